import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LOW_DISK_BYTES } from '@core/backup/rotation'
import { LOW_DISK_MESSAGE } from '@core/backup/space'
import { buildBackup, serializeBackup } from '@core/backup/format'
import {
  webBackupList,
  webBackupRemove,
  webBackupSave
} from '../../src/renderer/src/lib/web-backup-store'

const plenty = async () => 1e12

/** The stored backups, newest first. */
async function entries() {
  const list = await webBackupList()
  if (!list.ok) throw new Error(list.error.message)
  return list.value.entries
}

const nameOf = (result: Awaited<ReturnType<typeof webBackupSave>>) => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value.name
}

async function file() {
  return serializeBackup(
    await buildBackup(
      { clusters: [{ id: 'c', name: 'Cụm thi đua số 3' }], memberUnits: [{ id: 'u' }] },
      { appVersion: '0.1.0', schemaVersion: 6, reason: 'x', createdAt: '2026-11-01T00:00:00.000Z' }
    )
  )
}

afterEach(() => {
  vi.useRealTimers()
})

/** The browser build keeps its backups in the browser: the same policy as the desktop's folder. */
describe('the browser build’s backup store', () => {
  it('keeps every safety backup through a month of days, removes one only when asked', async () => {
    const bytes = await file()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 9, 1, 9, 0))
    const first = nameOf(await webBackupSave(bytes, 'before-restore', plenty))
    vi.setSystemTime(new Date(2026, 9, 1, 9, 5))
    const second = nameOf(await webBackupSave(bytes, 'before-restore', plenty))
    for (let day = 2; day <= 29; day++) {
      for (const hour of [8, 12, 17]) {
        vi.setSystemTime(new Date(2026, 9, day, hour))
        await webBackupSave(bytes, 'interval', plenty)
      }
    }
    const listed = await entries()
    expect(listed.map((e) => e.name)).toEqual(expect.arrayContaining([first, second]))
    expect(listed.find((e) => e.name === first)?.contents).toEqual({
      clusters: ['Cụm thi đua số 3'],
      counts: { clusters: 1, memberUnits: 1 }
    })
    const ordinary = listed.find((e) => e.reason === 'interval')!
    expect(await webBackupRemove(ordinary.name)).toMatchObject({ ok: false })
    expect(await webBackupRemove(first)).toEqual({ ok: true, value: { name: first } })
    expect((await entries()).map((e) => e.name)).not.toContain(first)
  })

  it('refuses to store a backup that would leave the disk nearly full, and stores nothing', async () => {
    const bytes = await file()
    const before = await entries()
    const result = await webBackupSave(bytes, 'before-restore', async () => LOW_DISK_BYTES)
    expect(result).toEqual({ ok: false, error: { code: 'io', message: LOW_DISK_MESSAGE } })
    expect(await entries()).toEqual(before)
  })
})
