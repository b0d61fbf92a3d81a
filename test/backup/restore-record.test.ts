import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { LOW_DISK_BYTES } from '@core/backup/rotation'
import { LOW_DISK_MESSAGE } from '@core/backup/space'
import { sha256Hex } from '@core/backup/format'
import {
  createBackupBytes,
  readAllTables,
  restoreBackup,
  RESTORE_AUDIT
} from '../../src/renderer/src/db/backup'
import type { OfficeDatabase } from '../../src/renderer/src/db/database'
import {
  assertSameGeneration,
  readGeneration,
  RESTORED_UNDER_FORM
} from '../../src/renderer/src/db/generation'
import { RestoreSession } from '../../src/renderer/src/db/restore-client'
import { STAGING_PREFIX, sweepStagingLeftovers } from '../../src/renderer/src/db/restore-staging'
import { WriteGuard } from '../../src/renderer/src/db/safety'
import { loadSampleCluster } from '../../src/renderer/src/db/repositories/sample-repo'
import { makeTestDb } from '../helpers/test-db'

const fixture = (sub: string, name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/backups', sub, name)))
const fingerprint = async (db: OfficeDatabase) => sha256Hex(JSON.stringify(await readAllTables(db)))
const restores = async (db: OfficeDatabase) =>
  (await db.auditLog.toArray())
    .filter((e) => e.action === 'restore')
    .sort((a, b) => a.at.localeCompare(b.at))

async function live() {
  const db = makeTestDb()
  await loadSampleCluster(db)
  return db
}

describe('a restore in the audit log', () => {
  it('is recorded with the file’s name, checksum and counts, and the history of restores survives the next one', async () => {
    const db = await live()
    const { bytes: morning } = await createBackupBytes(db, 'manual')
    const other = fixture('accepted', 'other-cluster.json')
    const otherSha = JSON.parse(new TextDecoder().decode(other)).header.sha256 as string
    const first = await restoreBackup(db, other, {
      saveSafetyBackup: async () => 'ctd-sao-luu-20261126-090000000-before-restore.json',
      source: { name: 'other-cluster.json' }
    })
    const [entry] = await restores(db)
    expect(entry).toMatchObject({ ...RESTORE_AUDIT, action: 'restore' })
    expect(entry!.summary).toContain('Khôi phục bản sao lưu “other-cluster.json”')
    expect(entry!.summary).toContain(`SHA-256 ${otherSha.toLowerCase()}`)
    expect(entry!.summary).toContain('1 cụm, 6 đơn vị')
    expect(entry!.after).toMatchObject({
      file: 'other-cluster.json',
      sha256: otherSha.toLowerCase(),
      counts: { clusters: 1, memberUnits: 6 }
    })
    expect(entry!.before).toMatchObject({
      safetyBackup: 'ctd-sao-luu-20261126-090000000-before-restore.json'
    })

    // The morning's backup knows nothing of that restore; restoring it keeps the record anyway.
    await restoreBackup(db, morning, {
      saveSafetyBackup: async () => 'ctd-sao-luu-20261126-091000000-before-restore.json',
      source: { name: 'sang-nay.json', undo: true }
    })
    const history = await restores(db)
    expect(history).toHaveLength(2)
    expect(history[0]!.summary).toMatch(/^Khôi phục bản sao lưu “other-cluster\.json”/)
    expect(history[1]!.summary).toMatch(/^Hoàn tác khôi phục: trở lại dữ liệu của “sang-nay\.json”/)
    expect(first.generation).not.toBe(await readGeneration(db))
  })

  it('gives the data a new generation, so a form opened before cannot write its old rows back', async () => {
    const db = await live()
    const opened = await readGeneration(db)
    expect(opened).toBe('')
    await assertSameGeneration(db, opened)
    const outcome = await restoreBackup(db, fixture('accepted', 'other-cluster.json'), {
      saveSafetyBackup: async () => 'x'
    })
    expect(await readGeneration(db)).toBe(outcome.generation)
    await expect(assertSameGeneration(db, opened)).rejects.toThrow(RESTORED_UNDER_FORM)
  })
})

describe('a restore that does not happen leaves nothing behind', () => {
  it('removes the safety backup of a write that was rolled back', async () => {
    const db = await live()
    const before = await fingerprint(db)
    const abort = new AbortController()
    const discard = vi.fn(async () => {})
    const error = await restoreBackup(db, fixture('accepted', 'other-cluster.json'), {
      saveSafetyBackup: async () => 'ctd-sao-luu-20261126-090000000-before-restore.json',
      discardSafetyBackup: discard,
      signal: abort.signal,
      onProgress: (p) => void (p.stage === 'write' && p.fraction > 0 && abort.abort())
    }).catch((e: Error) => e)
    expect((error as Error).message).toContain('Đã hủy')
    expect(discard).toHaveBeenCalledWith('ctd-sao-luu-20261126-090000000-before-restore.json')
    expect(await fingerprint(db)).toBe(before)
  })

  it('removes the staging databases an interrupted restore left, and only old ones', async () => {
    const now = Date.now()
    const names = [`${STAGING_PREFIX}${now - 3 * 3600_000}`, `${STAGING_PREFIX}${now - 60_000}`]
    for (const name of names) {
      const staging = makeTestDb(undefined, name)
      await staging.open()
      staging.close()
    }
    const removed = await sweepStagingLeftovers(indexedDB, now)
    expect(removed.map((r) => r.name)).toEqual([names[0]])
    expect(removed[0]!.createdAt).toBe(new Date(now - 3 * 3600_000).toISOString())
    const left = (await indexedDB.databases()).map((d) => d.name)
    expect(left).not.toContain(names[0])
    expect(left).toContain(names[1])
  })
})

describe('a restore respects the disk', () => {
  /** A session whose disk has `free` bytes, writing pausing when `blocked`. */
  const session = (db: OfficeDatabase, free: number, blocked = false) =>
    new RestoreSession(db, () => {}, { disk: async () => ({ freeBytes: free, blocked }) })

  it('refuses an older file before its staging copy when the disk cannot take it', async () => {
    const db = await live()
    const before = await fingerprint(db)
    const stagings = async () =>
      (await indexedDB.databases()).filter((d) => d.name?.startsWith(STAGING_PREFIX)).length
    const staged = await stagings()
    const file = fixture('accepted', 'schema-v5.json')
    const error = await session(db, LOW_DISK_BYTES + file.byteLength)
      .check(file)
      .catch((e: Error) => e)
    expect((error as Error).message).toMatch(/^Chưa khôi phục vì ổ đĩa còn trống 300 MB/)
    expect((error as Error).message).toContain('Dữ liệu hiện tại không thay đổi.')
    expect(await fingerprint(db)).toBe(before)
    expect(await stagings()).toBe(staged)
  })

  it('checks again before the safety backup and the rows: refused, nothing saved or written', async () => {
    const db = await live()
    const before = await fingerprint(db)
    const { bytes: file } = await createBackupBytes(await live(), 'manual')
    // Enough to check a current-version file (no staging), not to write it.
    const restore = session(db, LOW_DISK_BYTES + file.byteLength)
    await restore.check(file)
    const save = vi.fn(async () => 'x')
    const error = await restore.commit(save).catch((e: Error) => e)
    expect((error as Error).message).toContain('Chưa khôi phục vì ổ đĩa còn trống')
    expect(save).not.toHaveBeenCalled()
    expect(await fingerprint(db)).toBe(before)
  })

  it('refuses at once while writing is paused, and the write guard covers the staging copy', async () => {
    const db = await live()
    const file = fixture('accepted', 'schema-v5.json')
    const paused = await session(db, 1e12, true)
      .check(file)
      .catch((e: Error) => e)
    expect((paused as Error).message).toContain(LOW_DISK_MESSAGE)
    const guard = new WriteGuard()
    guard.blocked = true
    const save = vi.fn(async () => 'x')
    const guarded = await restoreBackup(db, file, {
      saveSafetyBackup: save,
      writeGuard: guard
    }).catch((e: Error) => e)
    expect((guarded as Error).message).toContain(LOW_DISK_MESSAGE)
    expect((guarded as Error).message).toContain('Chưa khôi phục gì')
    expect(save).not.toHaveBeenCalled()
  })
})
