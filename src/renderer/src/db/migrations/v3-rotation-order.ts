import type { Transaction } from 'dexie'

/**
 * Version 3: every cluster has a `rotationOrder` (the order in which units take turns as cụm
 * trưởng). Clusters stored before it get their member units in display order, so the rotation
 * planner has an order to follow from the first day. No index changes.
 */
export const v3Stores = {} as const

export async function v3Upgrade(tx: Transaction): Promise<void> {
  const units = await tx.table('memberUnits').toArray()
  await tx
    .table('clusters')
    .toCollection()
    .modify((cluster: { id: string; rotationOrder?: string[] }) => {
      if (Array.isArray(cluster.rotationOrder)) return
      cluster.rotationOrder = units
        .filter((u: { clusterId: string }) => u.clusterId === cluster.id)
        .sort(
          (a: { displayOrder: number }, b: { displayOrder: number }) =>
            a.displayOrder - b.displayOrder
        )
        .map((u: { id: string }) => u.id)
    })
}
