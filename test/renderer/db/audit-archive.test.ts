import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  ARCHIVE_RECORD_SIZE,
  compareAudit,
  LIVE_AUDIT_KEPT,
  packAuditLog
} from '@core/backup/audit-archive'
import { encodeBackup, parseBackup } from '@core/backup/format'
import type { AuditEntry } from '@core/model/entities'
import {
  createBackupBytes,
  prepareRestore,
  restoreBackup,
  RESTORE_AUDIT,
  RestoreCanceled,
  summarizeAgainst,
  tablesAtVersion
} from '../../../src/renderer/src/db/backup'
import type { OfficeDatabase } from '../../../src/renderer/src/db/database'
import { CURRENT_SCHEMA_VERSION, needsStaging } from '../../../src/renderer/src/db/migrations'
import { countAuditLog, listAuditFor } from '../../../src/renderer/src/db/repositories/audit'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import { dumpDb, makeTestDb } from '../../helpers/test-db'

/** Enough entries that a restore archives some of them (4,000 + the restore's own). */
const LOGGED = 4000
const WATCHED = { table: 'meetings', entityId: 'hn-theo-doi' }

/**
 * An audit log as an older app stored it, one row per entry: times a minute apart whose order is
 * not the ids' order, seven units edited in turn, and one meeting edited now and then, so its
 * history ends up partly archived and partly live.
 */
function auditLog(count: number, start = Date.UTC(2025, 0, 1)): AuditEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const watched = i % 900 === 0 || i > count - 4
    return {
      id: `nk-${String((i * 7919) % count).padStart(5, '0')}-${i}`,
      at: new Date(start + i * 60_000).toISOString(),
      ...(watched ? WATCHED : { table: 'memberUnits', entityId: `u-${i % 7}` }),
      action: 'update' as const,
      summary: `Sửa lần ${i + 1}`,
      before: { name: `cũ ${i}` },
      after: { name: `mới ${i}` }
    }
  })
}

const deps = (extra: Partial<Parameters<typeof restoreBackup>[2]> = {}) => {
  const saved: Uint8Array[] = []
  return {
    saved,
    deps: {
      saveSafetyBackup: async (bytes: Uint8Array) => {
        saved.push(bytes)
        return `an-toan-${saved.length}.json`
      },
      ...extra
    }
  }
}

/** A backup of the sample cluster with this audit log. */
async function backupWithLog(entries: AuditEntry[]): Promise<Uint8Array> {
  const source = makeTestDb()
  await loadSampleCluster(source)
  await source.auditLog.bulkAdd(entries)
  const { bytes } = await createBackupBytes(source, 'manual')
  source.close()
  return bytes
}

async function fileLog(bytes: Uint8Array) {
  const file = await parseBackup(bytes, CURRENT_SCHEMA_VERSION, tablesAtVersion)
  return { file, log: file.data['auditLog'] as AuditEntry[] }
}

/** A live database that restored a backup holding `LOGGED` entries: its archive is not empty. */
async function restoredLive(): Promise<{ db: OfficeDatabase; bytes: Uint8Array }> {
  const bytes = await backupWithLog(auditLog(LOGGED))
  const db = makeTestDb()
  await db.open()
  await restoreBackup(db, bytes, deps().deps)
  return { db, bytes }
}

describe('packing the audit log', () => {
  it('archives the oldest entries in full runs and leaves the newest as live rows', () => {
    const entries = auditLog(3300)
    const { archive, live } = packAuditLog([...entries].reverse())
    expect(archive).toHaveLength(2)
    expect(archive.every((r) => r.count === ARCHIVE_RECORD_SIZE)).toBe(true)
    expect(live).toHaveLength(3300 - 2 * ARCHIVE_RECORD_SIZE)
    expect(live.length).toBeGreaterThanOrEqual(LIVE_AUDIT_KEPT)
    const sorted = [...entries].sort(compareAudit)
    expect([...archive.flatMap((r) => r.entries), ...live]).toEqual(sorted)
    expect(archive[0]).toMatchObject({ from: sorted[0]!.at, to: sorted[499]!.at })
    // Each record's keys are exactly the entities its entries mention.
    for (const record of archive) {
      const mentioned = new Set(record.entries.map((e) => `${e.table} ${e.entityId}`))
      expect(new Set(record.keys.map(([t, id]) => `${t} ${id}`))).toEqual(mentioned)
    }
    expect(archive[0]!.keys).toContainEqual([WATCHED.table, WATCHED.entityId])
  })
})

describe('a restore of a long audit log', () => {
  it('stores the older entries in the archive, and its backup gives back the same log in time order', async () => {
    const { db, bytes } = await restoredLive()
    const { log: original } = await fileLog(bytes)
    // The file's entries (the sample's own and `LOGGED`) and the restore's.
    const total = original.length + 1
    expect(original.length).toBeGreaterThan(LOGGED)
    expect(await db.auditArchive.count()).toBe(Math.floor((total - 2000) / 500))
    expect(await db.auditLog.count()).toBe(total - Math.floor((total - 2000) / 500) * 500)
    expect(await countAuditLog(db)).toBe(total)

    const { bytes: again, header } = await createBackupBytes(db, 'manual')
    const { file, log } = await fileLog(again)
    expect(Object.keys(file.data)).not.toContain('auditArchive')
    expect(header.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(header.counts['auditLog']).toBe(total)
    // The file's entries, in time order, then the restore's own entry.
    expect(log.slice(0, -1)).toEqual([...original].sort(compareAudit))
    expect(log.at(-1)).toMatchObject({ ...RESTORE_AUDIT, action: 'restore' })

    // Restored elsewhere and backed up again: the same entries in the same order.
    const other = makeTestDb()
    await other.open()
    await restoreBackup(other, again, deps().deps)
    const { log: third } = await fileLog((await createBackupBytes(other, 'manual')).bytes)
    expect(third.slice(0, -1)).toEqual(log)
    db.close()
    other.close()
  })

  it('lists an entity’s history from the archive and the live rows, newest first', async () => {
    const { db } = await restoredLive()
    const expected = auditLog(LOGGED)
      .filter((e) => e.table === WATCHED.table && e.entityId === WATCHED.entityId)
      .sort(compareAudit)
      .reverse()
    const archived = await db.auditArchive.where('keys').equals([WATCHED.table, WATCHED.entityId])
    expect(await archived.count()).toBeGreaterThan(0)
    expect(
      await db.auditLog.where('[table+entityId]').equals([WATCHED.table, WATCHED.entityId]).count()
    ).toBeGreaterThan(0)
    const listed = await listAuditFor(db, WATCHED.table, WATCHED.entityId)
    expect(listed.map((e) => e.id)).toEqual(expected.map((e) => e.id))
    db.close()
  })

  it('compares the logical log in the confirmation: the file just restored changes nothing', async () => {
    const { db, bytes } = await restoredLive()
    // Archive and live rows together are the file's log (and the restore's entry, always kept).
    const same = await summarizeAgainst(db, await prepareRestore(bytes))
    expect(same.tables.find((t) => t.table === 'auditLog')).toBeUndefined()
    // A file with one archived entry fewer: exactly that one is counted as removed.
    const { file, log } = await fileLog(bytes)
    const shorter = log.filter((e) => e.id !== log[1]!.id)
    const edited = await encodeBackup({ ...file.data, auditLog: shorter }, file.header)
    const summary = await summarizeAgainst(db, await prepareRestore(edited.bytes))
    expect(summary.tables.find((t) => t.table === 'auditLog')).toMatchObject({
      removed: 1,
      added: 0
    })
    db.close()
  })

  it('keeps the history of restores even when it was archived', async () => {
    const db = makeTestDb()
    await db.open()
    const small = await backupWithLog([])
    await restoreBackup(db, small, deps().deps)
    // A log whose entries are all newer than that first restore: it ends up in the archive.
    await restoreBackup(db, await backupWithLog(auditLog(3000, Date.UTC(2099, 0, 1))), deps().deps)
    const archived = await db.auditArchive
      .where('keys')
      .equals([RESTORE_AUDIT.table, RESTORE_AUDIT.entityId])
      .toArray()
    expect(archived.flatMap((r) => r.entries).filter((e) => e.action === 'restore')).toHaveLength(2)
    await restoreBackup(db, small, deps().deps)
    expect(await listAuditFor(db, RESTORE_AUDIT.table, RESTORE_AUDIT.entityId)).toHaveLength(3)
    db.close()
  })

  it('is undone exactly: the archive and the live log come back as they were', async () => {
    const { db } = await restoredLive()
    const before = await dumpDb(db)
    const { saved, deps: first } = deps()
    await restoreBackup(db, await backupWithLog([]), first)
    expect(await db.auditArchive.count()).toBe(0)
    await restoreBackup(db, saved[0]!, { ...deps().deps, source: { name: 'x', undo: true } })
    const after = await dumpDb(db)
    expect(after['auditArchive']).toEqual(before['auditArchive'])
    // The live log holds what it held, plus the restore and its undo.
    const ids = (rows: unknown[]) => (rows as AuditEntry[]).map((e) => e.id)
    const added = (after['auditLog'] as AuditEntry[]).filter(
      (e) => !ids(before['auditLog']!).includes(e.id)
    )
    expect(added).toHaveLength(2)
    expect(added.some((e) => e.summary.startsWith('Khôi phục bản sao lưu'))).toBe(true)
    expect(added.some((e) => e.summary.startsWith('Hoàn tác khôi phục'))).toBe(true)
    expect(after['auditLog']).toEqual(expect.arrayContaining(before['auditLog']!))
    db.close()
  })
})

/** Makes every addition to the archive fail, as a full disk would in the middle of the write. */
const failingArchive: Parameters<OfficeDatabase['use']>[0] = {
  stack: 'dbcore',
  name: 'failing-archive',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name)
      if (name !== 'auditArchive') return table
      return {
        ...table,
        mutate: (req) =>
          req.type === 'add' ? Promise.reject(new Error('QuotaExceededError')) : table.mutate(req)
      }
    }
  })
}

describe('a restore that does not complete', () => {
  it('leaves the archive and the log byte-identical when cancelled during the write', async () => {
    const { db, bytes } = await restoredLive()
    const before = await dumpDb(db)
    const controller = new AbortController()
    const { deps: cancelled } = deps({
      signal: controller.signal,
      onProgress: ({ stage, fraction }) => {
        if (stage === 'write' && fraction > 0.5) controller.abort()
      }
    })
    await expect(restoreBackup(db, bytes, cancelled)).rejects.toBeInstanceOf(RestoreCanceled)
    expect(await dumpDb(db)).toEqual(before)
    db.close()
  })

  it('leaves the archive and the log byte-identical when writing the archive fails', async () => {
    const { db, bytes } = await restoredLive()
    const before = await dumpDb(db)
    db.close()
    db.use(failingArchive)
    await db.open()
    await expect(restoreBackup(db, bytes, deps().deps)).rejects.toThrow(/Chưa khôi phục gì/)
    db.close()
    db.unuse({ stack: 'dbcore', name: 'failing-archive' })
    await db.open()
    expect(await dumpDb(db)).toEqual(before)
    db.close()
  })
})

describe('backups of schema v8 and v9', () => {
  it('hold the same tables: the archive is never a table of a backup', () => {
    expect(tablesAtVersion(9).sort()).toEqual(tablesAtVersion(8).sort())
    expect(tablesAtVersion(CURRENT_SCHEMA_VERSION)).not.toContain('auditArchive')
    // A v8 file needs no staging copy (v9 only adds storage); a v7 file still does.
    expect(needsStaging(8)).toBe(false)
    expect(needsStaging(7)).toBe(true)
    expect(needsStaging(CURRENT_SCHEMA_VERSION)).toBe(false)
  })

  it('restore a v8 file with a long log into the archive, its log intact', async () => {
    const { file, log } = await fileLog(await backupWithLog(auditLog(LOGGED)))
    const v8 = await encodeBackup(file.data, { ...file.header, schemaVersion: 8 })
    const db = makeTestDb()
    await db.open()
    await restoreBackup(db, v8.bytes, deps().deps)
    expect(await db.auditArchive.count()).toBeGreaterThan(0)
    const { log: after } = await fileLog((await createBackupBytes(db, 'manual')).bytes)
    expect(after.slice(0, -1)).toEqual(log)
    db.close()
  })
})
