import 'fake-indexeddb/auto'
import { CURRENT_SCHEMA_VERSION } from '../../src/renderer/src/db/migrations'
import { describe, expect, it, vi } from 'vitest'
import { Dexie } from 'dexie'
import { parseBackup } from '@core/backup/format'
import { tablesAtVersion } from '../../src/renderer/src/db/backup'
import { ok } from '@shared/ipc/results'
import type { DesktopApi } from '@shared/ipc/contract'
import {
  AutoBackup,
  backupBeforeUpgrade,
  DiskWatch,
  LOW_DISK_MESSAGE,
  WriteGuard
} from '../../src/renderer/src/db/safety'
import { DATABASE_NAME } from '../../src/renderer/src/db/database'
import { updateCluster } from '../../src/renderer/src/db/repositories/clusters-repo'
import { loadSampleCluster } from '../../src/renderer/src/db/repositories/sample-repo'
import { v1Stores } from '../../src/renderer/src/db/migrations/v1-initial'
import { v2Stores } from '../../src/renderer/src/db/migrations/v2-compositions'
import { dumpDb, makeTestDb } from '../helpers/test-db'

function fakeApi(
  over: Partial<DesktopApi['backup']> = {},
  disk = { freeBytes: 1e12, isLow: false }
) {
  const saved: Array<{ bytes: Uint8Array; reason: string }> = []
  const api = {
    app: {
      getInfo: vi.fn(),
      diskStatus: vi.fn(async () => ok(disk)),
      onBeforeQuit: vi.fn(() => () => {}),
      quitReady: vi.fn(async () => ok(null))
    },
    file: {} as DesktopApi['file'],
    backup: {
      save: vi.fn(async ({ bytes, reason }: { bytes: Uint8Array; reason: string }) => {
        saved.push({ bytes, reason })
        return ok({
          name: `ctd-sao-luu-20261126-08000000${saved.length}-${reason}.json`,
          createdAt: '2026-11-26T08:00:00.000',
          reason,
          size: bytes.byteLength
        })
      }),
      list: vi.fn(async () => ok({ folder: '/x', entries: [] })),
      read: vi.fn(),
      chooseFolder: vi.fn(),
      ...over
    }
  } as unknown as DesktopApi
  return { api, saved }
}

describe('writes while the disk is nearly full', () => {
  it('are refused with a Vietnamese message and nothing is written', async () => {
    const db = makeTestDb()
    const guard = new WriteGuard()
    db.use(guard.middleware())
    const cluster = await loadSampleCluster(db)
    const { api } = fakeApi({}, { freeBytes: 1, isLow: true })
    await new DiskWatch(api, guard).check()
    const before = await dumpDb(db)
    await expect(updateCluster(db, cluster.id, { ...cluster, name: 'Đổi tên' })).rejects.toThrow(
      LOW_DISK_MESSAGE
    )
    expect(await dumpDb(db)).toEqual(before)
    guard.blocked = false
    await updateCluster(db, cluster.id, { ...cluster, name: 'Đổi tên' })
    expect((await db.clusters.get(cluster.id))!.name).toBe('Đổi tên')
  })
})

describe('automatic backups', () => {
  it('take one at start, then only when something changed', async () => {
    const db = makeTestDb()
    const guard = new WriteGuard()
    db.use(guard.middleware())
    const cluster = await loadSampleCluster(db)
    const { api, saved } = fakeApi()
    const auto = new AutoBackup(db, api, guard, 60_000)
    expect(auto.checked).toBe(false)
    await auto.start()
    expect(auto.checked).toBe(true)
    expect(saved.map((s) => s.reason)).toEqual(['start'])
    expect(guard.dirty).toBe(false)
    await updateCluster(db, cluster.id, { ...cluster, placeName: 'Hà Nội' })
    expect(guard.dirty).toBe(true)
    await auto.backupNow('interval')
    expect(auto.latest?.reason).toBe('interval')
    const parsed = await parseBackup(saved[1]!.bytes, CURRENT_SCHEMA_VERSION, tablesAtVersion)
    expect(parsed.header.reason).toBe('interval')
    auto.stop()
  })

  it('report a failed backup instead of hiding it', async () => {
    const db = makeTestDb()
    const guard = new WriteGuard()
    const { api } = fakeApi({
      save: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'io' as const, message: 'Ổ đĩa đã đầy.' }
      }))
    })
    const auto = new AutoBackup(db, api, guard)
    expect(await auto.backupNow('interval')).toBeNull()
    expect(auto.lastError).toBe('Ổ đĩa đã đầy.')
  })
})

describe('the newest automatic backup, as the sidebar says it', () => {
  it('is read from the backups on disk at start, even when none is taken then', async () => {
    const db = makeTestDb()
    const entry = {
      name: 'ctd-sao-luu-20261125-170000000-quit.json',
      createdAt: '2026-11-25T17:00:00.000',
      reason: 'quit',
      size: 10
    }
    const { api, saved } = fakeApi({
      list: vi.fn(async () => ok({ folder: '/x', entries: [entry] }))
    } as Partial<DesktopApi['backup']>)
    const auto = new AutoBackup(db, api, new WriteGuard())
    // An empty database takes no start-up backup; the one on disk is still the newest.
    await auto.start()
    expect(saved).toEqual([])
    expect(auto.checked).toBe(true)
    expect(auto.latest).toEqual(entry)
    auto.stop()
  })

  it('is not claimed to be none when the backups could not be read', async () => {
    const db = makeTestDb()
    const { api } = fakeApi({
      list: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'io' as const, message: 'Không đọc được thư mục sao lưu.' }
      }))
    } as Partial<DesktopApi['backup']>)
    const auto = new AutoBackup(db, api, new WriteGuard())
    await auto.start()
    expect(auto.latest).toBeNull()
    expect(auto.lastError).toBe('Không đọc được thư mục sao lưu.')
    auto.stop()
  })
})

describe('backup before a schema upgrade', () => {
  it('saves the old version’s data, read as stored, before the app opens it', async () => {
    await Dexie.delete(DATABASE_NAME)
    const old = new Dexie(DATABASE_NAME)
    old.version(1).stores(v1Stores)
    old.version(2).stores(v2Stores)
    await old.open()
    await old.table('clusters').add({ id: 'c1', name: 'Cụm cũ' })
    old.close()
    const { api, saved } = fakeApi()
    expect(await backupBeforeUpgrade(api)).toBe('saved')
    const file = await parseBackup(saved[0]!.bytes, CURRENT_SCHEMA_VERSION, tablesAtVersion)
    expect(file.header).toMatchObject({ schemaVersion: 2, reason: 'before-upgrade' })
    expect(file.data['clusters']).toEqual([{ id: 'c1', name: 'Cụm cũ' }])
    await Dexie.delete(DATABASE_NAME)
  })

  it('does nothing on a first start or when the schema is current', async () => {
    const { api, saved } = fakeApi()
    expect(await backupBeforeUpgrade(api)).toBe('none')
    const current = makeTestDb(undefined, DATABASE_NAME)
    await current.open()
    current.close()
    expect(await backupBeforeUpgrade(api)).toBe('none')
    expect(saved).toEqual([])
    await Dexie.delete(DATABASE_NAME)
  })
})
