import type { Transaction } from 'dexie'

/**
 * Version 4: every pact has `signatories` (who signs for each unit, in order) and `witness`.
 * Pacts stored before get an empty list — the defaults (each unit's chairman, cụm trưởng first)
 * apply until the secretary changes them — and no witness. No index changes.
 */
export const v4Stores = {} as const

export async function v4Upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('pacts')
    .toCollection()
    .modify((pact: { signatories?: unknown[]; witness?: unknown }) => {
      if (!Array.isArray(pact.signatories)) pact.signatories = []
      if (pact.witness === undefined) pact.witness = null
    })
}
