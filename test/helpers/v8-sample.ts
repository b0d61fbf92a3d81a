import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { OfficeDatabase } from '../../src/renderer/src/db/database'

/** The frozen v8 sample cluster's rows, per table. */
export function v8SampleTables(): Record<string, unknown[]> {
  return JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../fixtures/db/v8/sample-cluster.json'), 'utf8')
  ).tables as Record<string, unknown[]>
}

/** Writes the frozen v8 sample cluster into `db`; call inside a transaction over all tables. */
export async function addV8Sample(db: OfficeDatabase): Promise<void> {
  for (const [table, rows] of Object.entries(v8SampleTables())) await db.table(table).bulkAdd(rows)
}
