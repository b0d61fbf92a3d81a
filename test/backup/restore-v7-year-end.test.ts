import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBackup, serializeBackup } from '@core/backup/format'
import { TABLES, YEAR_END_TABLE_NAMES, type TableName } from '@core/model/entities'
import { restoreBackup, tablesAtVersion } from '../../src/renderer/src/db/backup'
import { makeTestDb } from '../helpers/test-db'

const T = '2026-11-30T00:00:00.000Z'

function fixture(version: number): Record<string, unknown[]> {
  return JSON.parse(
    readFileSync(
      join(import.meta.dirname, `../fixtures/db/v${version}/sample-cluster.json`),
      'utf8'
    )
  ).tables
}

async function backupOf(version: number): Promise<Uint8Array> {
  const tables = fixture(version)
  const data = Object.fromEntries(tablesAtVersion(version).map((t) => [t, tables[t] ?? []]))
  const file = await buildBackup(data, {
    appVersion: '0.1.0',
    schemaVersion: version,
    reason: 'manual',
    createdAt: T
  })
  return serializeBackup(file)
}

describe('backups across schema v8', () => {
  it('a v7 backup restores: every year without a leading unit, the new tables empty', async () => {
    const db = makeTestDb()
    const outcome = await restoreBackup(db, await backupOf(7), {
      saveSafetyBackup: async () => 'safety'
    })
    expect(outcome.counts['clusterYears']).toBe(2)
    const years = await db.clusterYears.toArray()
    expect(years.map((y) => y.leadingUnitId)).toEqual([null, null])
    expect(await db.ballots.count()).toBe(0)
    expect(await db.scoreEntries.count()).toBe(18)
    db.close()
  })

  it('a v8 backup restores every ballot, count, award and dossier exactly', async () => {
    const db = makeTestDb()
    await restoreBackup(db, await backupOf(8), { saveSafetyBackup: async () => 'safety' })
    const tables = fixture(8)
    for (const table of ['clusterYears', ...YEAR_END_TABLE_NAMES]) {
      const rows = (await db.table(table).toArray()).sort((a, b) => a.id.localeCompare(b.id))
      // As the current schema reads a v8 row: fields added since (with their defaults) appear.
      const schema = TABLES[table as TableName] as { parse(row: unknown): { id: string } }
      const expected = (tables[table] as unknown[])
        .map((row) => schema.parse(row))
        .sort((a, b) => a.id.localeCompare(b.id))
      expect(rows).toEqual(expected)
    }
    db.close()
  })
})
