import type { Transaction } from 'dexie'

/**
 * Version 5: every composition says who issues it (`issuer`). Those stored before were all issued
 * by the cluster (pattern A), so they get `cluster`. No index changes.
 */
export const v5Stores = {} as const

export async function v5Upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('compositions')
    .toCollection()
    .modify((row: { issuer?: string }) => {
      if (row.issuer === undefined) row.issuer = 'cluster'
    })
}
