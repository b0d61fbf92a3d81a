import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBackup, serializeBackup } from '@core/backup/format'
import { restoreBackup, tablesAtVersion } from '../../src/renderer/src/db/backup'
import { makeTestDb } from '../helpers/test-db'

const T = '2026-11-26T00:00:00.000Z'

/** The frozen v6 database with a criterion and two scores, as a schema v6 backup file. */
async function v6BackupWithScores(): Promise<Uint8Array> {
  const tables = JSON.parse(
    readFileSync(join(import.meta.dirname, '../fixtures/db/v6/sample-cluster.json'), 'utf8')
  ).tables
  const data = Object.fromEntries(tablesAtVersion(6).map((t) => [t, tables[t] ?? []]))
  data['criteria'] = [
    {
      id: 'c1',
      createdAt: T,
      updatedAt: T,
      pactId: 'v1-026',
      parentId: '',
      order: 0,
      code: '',
      text: 'Tuyên truyền',
      kind: 'base',
      maxPoints: 10,
      rule: ''
    }
  ]
  data['scores'] = ['v1-002', 'v1-003'].map((unitId, i) => ({
    id: `s${i}`,
    createdAt: T,
    updatedAt: T,
    clusterYearId: 'v1-008',
    criterionId: 'c1',
    unitId,
    selfScore: 9.5,
    clusterScore: i === 1 ? 8 : null,
    note: ''
  }))
  const file = await buildBackup(data, {
    appVersion: '0.1.0',
    schemaVersion: 6,
    reason: 'manual',
    createdAt: T
  })
  return serializeBackup(file)
}

describe('a backup made by schema v6 with scores', () => {
  it('restores: the staging database runs the v7 migration and the scores become entries', async () => {
    const db = makeTestDb()
    const outcome = await restoreBackup(db, await v6BackupWithScores(), {
      saveSafetyBackup: async () => 'safety'
    })
    expect(outcome.counts['scoreEntries']).toBe(2)
    const entries = (await db.scoreEntries.toArray()).sort((a, b) => a.id.localeCompare(b.id))
    expect(entries.map((e) => [e.selfScore, e.reviewedScore])).toEqual([
      [950, null],
      [950, 800]
    ])
    expect(entries[1]!.diffReason).not.toBe('')
    db.close()
  })
})
