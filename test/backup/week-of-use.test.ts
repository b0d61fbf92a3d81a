import 'fake-indexeddb/auto'
import { mkdtemp, readdir } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupError } from '@core/backup/format'
import { isSafetyBackup } from '@core/backup/rotation'
import { createBackupBytes, restoreBackup } from '../../src/renderer/src/db/backup'
import type { OfficeDatabase } from '../../src/renderer/src/db/database'
import { updateCluster } from '../../src/renderer/src/db/repositories/clusters-repo'
import { loadSampleCluster } from '../../src/renderer/src/db/repositories/sample-repo'
import { BackupStore } from '../../src/main/services/backup-store'
import { makeTestDb } from '../helpers/test-db'

const fixture = (sub: string, name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/backups', sub, name)))

/**
 * A week of the secretary's work against the real backup folder (main's `BackupStore` on a temp
 * directory, its clock driven by the test) and the real restore (on fake-indexeddb): a backup at
 * start, one every 15 minutes of editing, one at close; on Wednesday a wrong file is restored and
 * then — instead of “Hoàn tác” — another one; on Friday a restore is refused and another is
 * cancelled while writing. Each edit leaves a marker in the cluster's place name. At the end of the
 * week, every state the secretary could want back must still be in the folder.
 */
describe('a week of simulated use with two restores', () => {
  it('keeps a way back to every day’s data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-week-'))
    let clock = new Date(2026, 10, 23, 8, 0)
    const store = new BackupStore(
      () => dir,
      undefined,
      () => clock,
      async () => 1e12
    )
    const at = (day: number, hour: number, minute = 0) =>
      (clock = new Date(2026, 10, 22 + day, hour, minute))
    const live = makeTestDb()
    const cluster = await loadSampleCluster(live)
    const backup = async (db: OfficeDatabase, reason: string) =>
      (await store.save((await createBackupBytes(db, reason)).bytes, reason)).name
    const mark = async (marker: string) => {
      const current = (await live.clusters.get(cluster.id))!
      await updateCluster(live, cluster.id, { ...current, placeName: marker })
    }
    /** A restore as the app runs it; `cancel` presses “Hủy khôi phục” once the writing is under way. */
    const restore = (bytes: Uint8Array, name: string, cancel = false) => {
      const abort = new AbortController()
      return restoreBackup(live, bytes, {
        saveSafetyBackup: async (b) => (await store.save(b, 'before-restore')).name,
        discardSafetyBackup: (n) => store.remove(n),
        source: { name },
        signal: abort.signal,
        onProgress: (p) => void (cancel && p.stage === 'write' && p.fraction > 0 && abort.abort())
      })
    }
    /** What the secretary may want back: a marker, and the moment it was the latest state. */
    const wanted: string[] = []
    const safetyBefore = async () => (await readdir(dir)).filter(isSafetyBackup).length

    for (let day = 1; day <= 7; day++) {
      at(day, 8)
      await backup(live, 'start')
      for (let slot = 1; slot <= 8; slot++) {
        at(day, 8, slot * 15)
        await mark(`ngày ${day}, lần sửa ${slot}`)
        await backup(live, 'interval')
        if (day === 3 && slot === 4) {
          // 09:00 Wednesday: the morning's work is restored over by another cluster's file…
          wanted.push(`ngày 3, lần sửa 4`)
          at(day, 9, 5)
          await restore(fixture('accepted', 'other-cluster.json'), 'other-cluster.json')
          // …and, instead of undoing, Tuesday's closing backup is restored over that.
          at(day, 9, 10)
          const tuesday = (await store.list()).find(
            (e) => e.name.includes('20261124') && e.reason === 'quit'
          )!
          await restore(await store.read(tuesday.name), tuesday.name)
        }
        if (day === 5 && slot === 2) {
          const before = await safetyBefore()
          at(day, 8, 40)
          const refused = await restore(fixture('refused', 'vote-figures.json'), 'hong.json').catch(
            (e: unknown) => e
          )
          expect(refused).toBeInstanceOf(BackupError)
          at(day, 8, 41)
          const canceled = await restore(
            fixture('accepted', 'other-cluster.json'),
            'other-cluster.json',
            true
          ).catch((e: unknown) => e)
          expect((canceled as Error).message).toContain('Đã hủy')
          // Neither attempt left a safety backup behind.
          expect(await safetyBefore()).toBe(before)
        }
      }
      wanted.push(`ngày ${day}, lần sửa 8`)
      at(day, 17)
      await backup(live, 'quit')
    }

    const held = new Set<string>()
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json'))) {
      const file = JSON.parse(new TextDecoder().decode(await store.read(name))) as {
        data: { clusters: Array<{ placeName: string }> }
      }
      for (const c of file.data.clusters) held.add(c.placeName)
    }
    expect(wanted.filter((marker) => !held.has(marker))).toEqual([])
    // The two safety backups of Wednesday are both still there.
    expect((await readdir(dir)).filter(isSafetyBackup)).toHaveLength(2)
  }, 120_000)
})
