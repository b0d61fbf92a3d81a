import { describe, expect, it, vi } from 'vitest'
import { ok } from '@shared/ipc/results'
import type { DesktopApi } from '@shared/ipc/contract'
import { DATABASE_NAME } from '../../../src/renderer/src/db/database'
import { backupBeforeUpgrade } from '../../../src/renderer/src/db/safety'
import { probeDatabase, singleDatabaseFactory } from '../../../src/renderer/src/lib/idb-probe'

function openRaw(name: string, version: number, store: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version)
    request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath: 'id' })
    request.onsuccess = () => {
      const db = request.result
      const tx = db.transaction(store, 'readwrite')
      tx.objectStore(store).put({ id: 'c1', name: 'Cụm thi đua số 1' })
      tx.oncomplete = () => (db.close(), resolve())
    }
    request.onerror = () => reject(request.error)
  })
}

describe('the start-up database probe', () => {
  it('gives the version of an existing database', async () => {
    await openRaw('probe-existing', 40, 'clusters')
    expect(await probeDatabase(indexedDB, 'probe-existing')).toEqual([
      { name: 'probe-existing', version: 40 }
    ])
  })

  it('reports a missing database as missing, and does not create it', async () => {
    expect(await probeDatabase(indexedDB, 'probe-missing')).toEqual([])
    const names = (await indexedDB.databases()).map((d) => d.name)
    expect(names).not.toContain('probe-missing')
  })

  it('still lets the backup before an upgrade see an older database and save it', async () => {
    await openRaw(DATABASE_NAME, 30, 'clusters')
    const save = vi.fn(async () =>
      ok({
        name: 'x.json',
        createdAt: '2026-01-01T00:00:00.000Z',
        reason: 'before-upgrade',
        size: 1
      })
    )
    const api = { backup: { save } } as unknown as DesktopApi
    const factory = singleDatabaseFactory(indexedDB, DATABASE_NAME)
    expect(await backupBeforeUpgrade(api, factory)).toBe('saved')
    const bytes = (save.mock.calls[0] as unknown as [{ bytes: Uint8Array }])[0].bytes
    expect(new TextDecoder().decode(bytes)).toContain('Cụm thi đua số 1')
  })
})
