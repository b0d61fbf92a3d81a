import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { newProfile, startRendererServer } from './harness'
import { killBrowser, startKillableBrowser } from './killable-browser'

/**
 * Crash during write (data-safety.md §4.1): the app saves the cluster over and over through its
 * own form and repository (each save writes the cluster and its audit entry in one transaction),
 * and the whole browser process group is killed with SIGKILL at a random moment. After each
 * restart on the same profile: every save the app acknowledged ("Đã lưu.") is there, and the
 * audit log agrees with the data exactly — no transaction is half applied. Safety only: how many
 * saves a busy machine manages before each kill is not the test's business.
 */
const CYCLES = Number(process.env['CRASH_CYCLES'] ?? 20)

let server: Awaited<ReturnType<typeof startRendererServer>>
const profile = newProfile()

beforeAll(async () => {
  server = await startRendererServer()
})

afterAll(async () => {
  await server?.close()
})

const startBrowser = () => startKillableBrowser(profile)
const killGroup = killBrowser

/**
 * Reads the saved place name and the number of cluster updates in the audit log, with plain
 * IndexedDB. A database found missing or empty after a restart is reported as such (a failure
 * with its reason), never left as a read that hangs.
 */
async function readState(page: Page): Promise<{ place: string; updates: number }> {
  return page.evaluate(
    () =>
      new Promise<{ place: string; updates: number }>((resolve, reject) => {
        const open = indexedDB.open('cum-thi-dua')
        open.onerror = () => reject(open.error)
        open.onupgradeneeded = () => reject(new Error('the database is missing after the restart'))
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['clusters', 'auditLog'])
          const clusters = tx.objectStore('clusters').getAll()
          const audit = tx.objectStore('auditLog').getAll()
          tx.onabort = () => reject(tx.error)
          tx.oncomplete = () => {
            db.close()
            const cluster = clusters.result[0] as { placeName: string } | undefined
            if (!cluster) {
              reject(new Error('the database holds no cluster after the restart'))
              return
            }
            const updates = (audit.result as Array<{ table: string; action: string }>).filter(
              (a) => a.table === 'clusters' && a.action === 'update'
            ).length
            resolve({ place: cluster.placeName, updates })
          }
        }
      })
  )
}

describe('crash during write, in Chromium', () => {
  it(`loses no acknowledged save and applies no transaction by half over ${CYCLES} kills`, async () => {
    let { child, browser, page } = await startBrowser()
    await page.goto(server.url)
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click()
    await page.getByRole('region', { name: /^Đơn vị thành viên/ }).waitFor()
    let acknowledged = 0
    let attempted = 0
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      await page.goto(server.url + '#/cai-dat')
      const place = page.getByLabel('Địa danh ghi ở dòng ngày tháng *')
      await place.waitFor()
      /** One save through the form, counted as acknowledged once the app says "Đã lưu.". */
      const save = async (timeout?: number) => {
        attempted += 1
        await place.fill(`Nơi ${attempted}`)
        await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
        await page.getByText('Đã lưu.').waitFor({ timeout })
        acknowledged = attempted
      }
      // However slow the machine, each kill then has acknowledged work it could destroy; the
      // test needs no number of saves per second, only that none of them is lost.
      await save()
      const killAt = Date.now() + 300 + Math.random() * 1200
      let killed = false
      const writer = (async () => {
        try {
          while (!killed) await save(60_000)
        } catch {
          // The browser was killed under the writer: expected.
        }
      })()
      await new Promise((r) => setTimeout(r, Math.max(0, killAt - Date.now())))
      killed = true
      await killGroup(child)
      await writer
      await browser.close().catch(() => undefined)
      ;({ child, browser, page } = await startBrowser())
      await page.goto(server.url)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      const state = await readState(page)
      const saved = Number(state.place.replace('Nơi ', ''))
      // The save in flight may or may not have committed; an acknowledged one always has.
      expect(saved, `cycle ${cycle + 1}`).toBeGreaterThanOrEqual(acknowledged)
      expect(saved, `cycle ${cycle + 1}`).toBeLessThanOrEqual(attempted)
      // Each save writes the cluster and one audit entry together: both or neither.
      expect(state.updates, `cycle ${cycle + 1}`).toBe(saved)
      acknowledged = saved
      attempted = saved
    }
    await browser.close().catch(() => undefined)
    await killGroup(child)
  }, 1_800_000)
})
