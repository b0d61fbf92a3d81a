import type { Transaction } from 'dexie'
import { v1Stores } from './v1-initial'
import { v2Stores } from './v2-compositions'
import { v3Stores, v3Upgrade } from './v3-rotation-order'
import { v4Stores, v4Upgrade } from './v4-pact-signatories'
import { v5Stores, v5Upgrade } from './v5-composition-issuer'
import { v6Stores, v6Upgrade } from './v6-vote-model'
import { v7Stores, v7Upgrade } from './v7-scoring'
import { v8Stores, v8Upgrade } from './v8-year-end'

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
  { version: 8, stores: v8Stores, upgrade: v8Upgrade }
]

export const CURRENT_SCHEMA_VERSION = SCHEMA_STEPS[SCHEMA_STEPS.length - 1]!.version
