import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '@core/backup/format'
import { documentRecordSchema } from '@core/model/entities'
import {
  createBackupBytes,
  isKeptByRestore,
  readAllTables,
  restoreBackup
} from '../../src/renderer/src/db/backup'
import type { OfficeDatabase } from '../../src/renderer/src/db/database'
import { RestoreSession } from '../../src/renderer/src/db/restore-client'
import { loadSampleCluster } from '../../src/renderer/src/db/repositories/sample-repo'
import { makeTestDb } from '../helpers/test-db'

const accepted = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/backups/accepted', name)))

const fingerprint = async (db: OfficeDatabase) => sha256Hex(JSON.stringify(await readAllTables(db)))

/** Every table, without what a restore writes of itself (its audit entry, the data generation). */
async function restoredData(db: OfficeDatabase) {
  const tables = await readAllTables(db)
  for (const [table, rows] of Object.entries(tables))
    tables[table] = rows.filter((row) => !isKeptByRestore(table, row))
  return tables
}

async function live() {
  const db = makeTestDb()
  await loadSampleCluster(db)
  return db
}

describe('a restore as the Sao lưu screen runs it (worker protocol, in this thread)', () => {
  it('checks, says the file is another cluster, then writes it after the safety backup', async () => {
    const db = await live()
    const stages: string[] = []
    const session = new RestoreSession(db, (p) => stages.push(p.stage))
    const checked = await session.check(accepted('other-cluster.json'))
    expect(checked.summary?.clusterMatch).toBe('other')
    expect(checked.summary?.fileClusters.map((c) => c.name)).toEqual(['Cụm thi đua số 2'])
    expect(checked.summary?.units.added).toHaveLength(6)
    expect(checked.summary?.units.removed).toHaveLength(6)
    const order: string[] = []
    const outcome = await session.commit(async (bytes) => {
      order.push(`safety ${bytes.byteLength > 0}`)
      expect((await db.clusters.toArray())[0]!.name).toBe('Cụm thi đua số 1')
      return 'truoc-khi-khoi-phuc.json'
    })
    expect(order).toEqual(['safety true'])
    expect(outcome.safetyBackup).toBe('truoc-khi-khoi-phuc.json')
    expect((await db.clusters.toArray()).map((c) => c.name)).toEqual(['Cụm thi đua số 2'])
    expect(stages).toContain('validate')
    expect(stages.at(-1)).toBe('write')
  })

  it('rolls the whole write back when cancelled in the middle of it', async () => {
    const db = await live()
    const before = await fingerprint(db)
    let session: RestoreSession
    // eslint-disable-next-line prefer-const
    session = new RestoreSession(db, (p) => {
      if (p.stage === 'write' && p.fraction > 0.3) session.cancel()
    })
    await session.check(accepted('other-cluster.json'))
    const error = await session.commit(async () => 'x').catch((e: Error) => e)
    expect((error as Error).message).toContain('Đã hủy')
    expect(await fingerprint(db)).toBe(before)
  })

  it('says why a file is refused, and a refused file changes nothing', async () => {
    const db = await live()
    const before = await fingerprint(db)
    const bytes = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../fixtures/backups/refused/vote-figures.json'))
    )
    const error = await new RestoreSession(db, () => {}).check(bytes).catch((e: Error) => e)
    expect((error as Error).message).toContain('Bảng “Biểu quyết”, dòng 1 (mã bq1)')
    expect(await fingerprint(db)).toBe(before)
  })
})

describe('the write itself', () => {
  it('gives exactly the file’s rows whether it clears tables or writes only what changed', async () => {
    const source = await live()
    // Two register entries that swap numbers: adding before deleting would break the unique index.
    const doc = (id: string, number: number) =>
      documentRecordSchema.parse({
        id,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        clusterId: 'placeholder',
        year: 2024,
        typeCode: 'BB',
        number,
        symbol: '',
        issuedOn: '',
        title: 'Biên bản',
        fileName: '',
        sourceTable: '',
        sourceId: ''
      })
    const clusterId = (await source.clusters.toArray())[0]!.id
    await source.documents.bulkAdd([
      { ...doc('a', 1), clusterId },
      { ...doc('b', 2), clusterId }
    ])
    const { bytes } = await createBackupBytes(source, 'manual')
    const target = makeTestDb()
    await restoreBackup(target, bytes, { saveSafetyBackup: async () => 'x' })
    await target.documents.bulkDelete(['a', 'b'])
    await target.documents.bulkAdd([
      { ...doc('a', 2), clusterId },
      { ...doc('b', 1), clusterId }
    ])
    await target.memberUnits.put({
      ...(await target.memberUnits.toArray())[0]!,
      id: 'chi-o-may-nay',
      name: 'Đơn vị chỉ có ở máy này'
    })
    await restoreBackup(target, bytes, { saveSafetyBackup: async () => 'x' })
    expect(await restoredData(target)).toEqual(await readAllTables(source))
  })
})
