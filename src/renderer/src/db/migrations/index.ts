import type { Transaction } from 'dexie'
import { v1Stores } from './v1-initial'
import { v2Stores } from './v2-compositions'
import { v3Stores, v3Upgrade } from './v3-rotation-order'
import { v4Stores, v4Upgrade } from './v4-pact-signatories'
import { v5Stores, v5Upgrade } from './v5-composition-issuer'
import { v6Stores, v6Upgrade } from './v6-vote-model'
import { v7Stores, v7Upgrade } from './v7-scoring'
import { v8Stores, v8Upgrade } from './v8-year-end'
import { STORAGE_ONLY_TABLES, v9Stores } from './v9-audit-archive'

export { STORAGE_ONLY_TABLES } from './v9-audit-archive'

/** One released step of the schema: its stores and, when data must change, its upgrade. */
export interface SchemaStep {
  version: number
  stores: Record<string, string | null>
  /** Must return (or await) its whole promise chain, or Dexie may commit it half done. */
  upgrade?: (tx: Transaction) => Promise<void>
}

/**
 * Every released schema version, in order. A step is never edited after release; each gets a
 * frozen fixture under `test/fixtures/db/vN` and a test in `test/renderer/db/migrations.test.ts`
 * that opens the fixture at N-1 and upgrades it to N.
 */
export const SCHEMA_STEPS: readonly SchemaStep[] = [
  { version: 1, stores: v1Stores },
  { version: 2, stores: v2Stores },
  { version: 3, stores: v3Stores, upgrade: v3Upgrade },
  { version: 4, stores: v4Stores, upgrade: v4Upgrade },
  { version: 5, stores: v5Stores, upgrade: v5Upgrade },
  { version: 6, stores: v6Stores, upgrade: v6Upgrade },
  { version: 7, stores: v7Stores, upgrade: v7Upgrade },
  { version: 8, stores: v8Stores, upgrade: v8Upgrade },
  { version: 9, stores: v9Stores }
]

export const CURRENT_SCHEMA_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]!.version

/**
 * Whether a backup of this schema version must go through a staging database to reach the current
 * one: only when a later step changes data (an upgrade) or the logical tables. A step that only
 * adds a storage-only table (v9) leaves the file's rows exactly as the current schema reads them.
 */
export function needsStaging(version: number): boolean {
  return SCHEMA_STEPS.some(
    (step) =>
      step.version > version &&
      (step.upgrade !== undefined ||
        Object.keys(step.stores).some((name) => !STORAGE_ONLY_TABLES.includes(name)))
  )
}
