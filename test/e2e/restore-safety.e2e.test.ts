import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { writeBigBackup } from '../../scripts/make-big-backup.mjs'
import { openAppWithSample, ROOT, screenshot, unnamedControls, type AppSession } from './harness'

let app: AppSession
let page: Page

beforeAll(async () => {
  app = await openAppWithSample()
  page = app.page
})

afterAll(async () => {
  await app?.close()
})

const corpus = (sub: string, name: string) => join(ROOT, 'test/fixtures/backups', sub, name)

/** Every row of every table of the app's database, as text: equal text, nothing changed. */
function dumpDatabase(): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('cum-thi-dua')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const names = Array.from(db.objectStoreNames).sort()
          const tx = db.transaction(names, 'readonly')
          const out: Record<string, unknown> = {}
          for (const name of names) {
            const all = tx.objectStore(name).getAll()
            all.onsuccess = () => (out[name] = all.result)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(JSON.stringify(out))
          }
        }
      })
  )
}

async function chooseBackupFile(path: string): Promise<void> {
  await page.getByRole('link', { name: 'Sao lưu' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Khôi phục từ tệp' }).click()
  await (await chooser).setFiles(path)
}

describe('a restore brings back a whole, consistent database or nothing', () => {
  it.each([
    ['active-cluster-true.json', 'cài đặt “activeClusterId” có giá trị không hợp lệ'],
    ['clusters-twice.json', 'bảng “Cụm thi đua” được ghi hai lần'],
    ['vote-figures.json', 'Bảng “Biểu quyết”, dòng 1 (mã bq1)'],
    ['only-clusters-and-units.json', 'thiếu bảng']
  ])('refuses %s with its reason, and the database stays byte for byte', async (name, reason) => {
    const before = await dumpDatabase()
    await chooseBackupFile(corpus('refused', name))
    const alert = page.getByRole('alert').filter({ hasText: reason })
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/không thay đổi|giữ nguyên/)
    expect(await dumpDatabase()).toBe(before)
  })

  it('shows a progress bar while checking a large file, and cancelling changes nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ctd-big-')), 'lon.json')
    // Large enough (about 20 MB) that the check still runs when the test has seen the bar move
    // and cancels, even on a busy machine where the page answers slowly.
    await writeBigBackup(file, 0.4)
    const before = await dumpDatabase()
    await chooseBackupFile(file)
    const progress = page.getByRole('group', { name: /^Đang kiểm tra tệp lon\.json/ })
    await progress.waitFor()
    expect(await progress.getByRole('progressbar').count()).toBe(1)
    // The bar moves while the worker reads and checks the file.
    await expect
      .poll(async () => Number(await progress.getByRole('progressbar').getAttribute('value')), {
        timeout: 60_000,
        interval: 100
      })
      .toBeGreaterThan(20)
    await screenshot(page, '44-restore-progress')
    await progress.getByRole('button', { name: 'Hủy kiểm tra' }).click()
    await page.getByText('Đã hủy. Dữ liệu hiện tại không thay đổi.').waitFor()
    expect(await dumpDatabase()).toBe(before)
  })

  it('warns that a backup is of another cluster, names both, and the app starts on it', async () => {
    await chooseBackupFile(corpus('accepted', 'other-cluster.json'))
    const confirm = page.getByRole('group', { name: 'Xác nhận khôi phục' })
    await confirm.waitFor()
    const warning = confirm.getByRole('alert')
    expect(await warning.textContent()).toContain(
      'Bản sao lưu này là của một cụm khác (“Cụm thi đua số 2”), không phải cụm đang có trên máy (“Cụm thi đua số 1”)'
    )
    expect(await confirm.textContent()).toContain('Bản sao lưu lúc 26/11/2026')
    const units = confirm.getByRole('heading', { name: 'Đơn vị thành viên' }).locator('..')
    expect(await units.textContent()).toContain('Thêm (6)')
    expect(await units.textContent()).toContain('Bỏ (6)')
    expect(await unnamedControls(page)).toEqual([])
    await screenshot(page, '43-restore-other-cluster')
    await confirm.getByRole('button', { name: 'Khôi phục bản này' }).click()
    await page.getByText('Đã khôi phục: 1 cụm, 6 đơn vị').waitFor()
    await page.reload()
    await page.getByRole('link', { name: 'Tổng quan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Cụm thi đua số 2' }).waitFor()
  })

  it('opens in safe mode when a setting is damaged, says what it repaired, and reaches Sao lưu', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('cum-thi-dua')
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const tx = request.result.transaction('settings', 'readwrite')
            tx.objectStore('settings').put({
              key: 'activeClusterId',
              value: { hỏng: true },
              updatedAt: '2026-01-01T00:00:00.000Z'
            })
            tx.oncomplete = () => (request.result.close(), resolve())
          }
        })
    )
    await page.reload()
    const notice = page.getByRole('alert', { name: 'Chế độ an toàn' })
    await notice.waitFor()
    expect(await notice.textContent()).toContain(
      'Đã sửa: Cụm đang dùng được đặt lại thành “Cụm thi đua số 2”'
    )
    await page.getByRole('link', { name: 'Tổng quan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Cụm thi đua số 2' }).waitFor()
    await screenshot(page, '45-safe-mode')
    await notice.getByRole('link', { name: 'Mở Sao lưu' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sao lưu' }).waitFor()
    await page.getByRole('button', { name: 'Đã hiểu' }).first().click()
    await expect.poll(() => notice.count()).toBe(0)
  })

  it('offers Sao lưu from the error screen when a damaged row breaks a screen', async () => {
    // A meeting row written by something other than the app, without its chair: its editor fails.
    const id = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const request = indexedDB.open('cum-thi-dua')
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const tx = request.result.transaction('meetings', 'readwrite')
            const store = tx.objectStore('meetings')
            const all = store.getAll()
            all.onsuccess = () => {
              const meeting = { ...all.result[0], id: 'hong', chair: null }
              store.put(meeting)
            }
            tx.oncomplete = () => (request.result.close(), resolve('hong'))
          }
        })
    )
    await page.goto(`${app.server.url}#/hoi-nghi/${id}`)
    await page.getByRole('heading', { name: 'Màn hình này gặp lỗi' }).waitFor()
    await page.getByRole('link', { name: 'Mở Sao lưu' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sao lưu' }).waitFor()
    await chooseBackupFile(corpus('accepted', 'schema-v5.json'))
    const confirm = page.getByRole('group', { name: 'Xác nhận khôi phục' })
    await confirm.getByRole('button', { name: 'Khôi phục bản này' }).click()
    await page.getByText('Đã khôi phục: 1 cụm, 6 đơn vị, 2 hội nghị.').waitFor()
  })

  it('never requested anything outside its own origin', () => {
    expect(app.foreign).toEqual([])
  })
})
