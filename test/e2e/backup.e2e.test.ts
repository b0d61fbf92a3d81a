import { CURRENT_SCHEMA_VERSION } from '../../src/renderer/src/db/migrations'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { parseBackup } from '../../src/core/backup/format'
import { TABLES } from '../../src/core/model/entities'
import { ROOT, openAppWithSample, screenshot, type AppSession } from './harness'

let app: AppSession
let server: AppSession['server']
let page: Page
let foreign: string[]
let backupPath = ''

beforeAll(async () => {
  app = await openAppWithSample()
  ;({ server, page, foreign } = app)
})

afterAll(async () => {
  await app?.close()
})

async function clusterName(): Promise<string> {
  await page.getByRole('link', { name: 'Cài đặt' }).click()
  const field = page.getByLabel('Tên cụm *')
  await field.waitFor()
  return field.inputValue()
}

async function renameCluster(name: string): Promise<void> {
  await page.getByRole('link', { name: 'Cài đặt' }).click()
  await page.getByLabel('Tên cụm *').fill(name)
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
  await page.getByText('Đã lưu.').waitFor()
}

async function restoreFrom(path: string): Promise<void> {
  await page.getByRole('link', { name: 'Sao lưu' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Khôi phục từ tệp' }).click()
  await (await chooser).setFiles(path)
}

describe('Sao lưu: back up, restore, undo', () => {
  it('backs up everything to a file the user keeps, with a checked header', async () => {
    await page.getByRole('link', { name: 'Sao lưu' }).click()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click()
    const file = await download
    backupPath = join(mkdtempSync(join(tmpdir(), 'ctd-bk-')), file.suggestedFilename())
    await file.saveAs(backupPath)
    expect(file.suggestedFilename()).toMatch(/^Sao lưu Cụm thi đua \d{4}-\d{2}-\d{2}\.json$/)
    const parsed = await parseBackup(
      new Uint8Array(readFileSync(backupPath)),
      CURRENT_SCHEMA_VERSION,
      Object.keys(TABLES)
    )
    expect(parsed.header.counts['memberUnits']).toBe(6)
    await page.getByText('Đã sao lưu toàn bộ dữ liệu vào tệp').waitFor()
  })

  it('refuses a broken file with a message, and nothing changes', async () => {
    await renameCluster('Cụm thi đua số 1 (đã sửa)')
    await restoreFrom(join(ROOT, 'test/fixtures/backups/refused/truncated-50.json'))
    await page.getByText('Tệp bị hỏng hoặc không đầy đủ').waitFor()
    expect(await clusterName()).toBe('Cụm thi đua số 1 (đã sửa)')
  })

  it('restores the file after showing what it holds, then undoes the restore', async () => {
    await restoreFrom(backupPath)
    const confirm = page.getByRole('group', { name: 'Xác nhận khôi phục' })
    await confirm.waitFor()
    const text = (await confirm.textContent()) ?? ''
    expect(text).toMatch(/Bản sao lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(sao lưu thủ công\)/)
    // The cluster was renamed since the backup: both names are shown, and the change counted.
    expect(text).toContain('“Cụm thi đua số 1”')
    expect(text).toContain('“Cụm thi đua số 1 (đã sửa)”')
    expect(await confirm.getByRole('row', { name: /^Cụm thi đua/ }).textContent()).toContain(
      'Sửa 1'
    )
    await screenshot(page, '40-restore-confirm')
    await confirm.getByRole('button', { name: 'Khôi phục bản này' }).click()
    await page.getByText('Đã khôi phục: 1 cụm, 6 đơn vị, 2 hội nghị.', { exact: false }).waitFor()
    expect(await clusterName()).toBe('Cụm thi đua số 1')
    await page.getByRole('link', { name: 'Sao lưu' }).click()
    await page.getByRole('button', { name: 'Hoàn tác khôi phục' }).click()
    await page.getByText('Đã hoàn tác').waitFor()
    expect(await clusterName()).toBe('Cụm thi đua số 1 (đã sửa)')
  })

  it('keeps automatic backups and shows the latest one', async () => {
    await page.getByRole('link', { name: 'Sao lưu' }).click()
    await page.getByRole('button', { name: 'Tạo bản sao lưu tự động ngay' }).click()
    const table = page.getByRole('table', { name: 'Các bản sao lưu tự động' })
    await table.getByText('định kỳ').first().waitFor()
    expect(await page.locator('.last-backup').textContent()).toMatch(
      /Bản sao lưu tự động gần nhất: \d{2}:\d{2} ngày/
    )
    await page.getByLabel('Số bản giữ trong ngày').fill('0')
    await page.getByRole('button', { name: 'Lưu cách giữ bản sao lưu' }).click()
    await page.getByText('Số bản sao lưu giữ lại phải là số nguyên từ 1 đến 400.').waitFor()
    // Not read as 5 (hexadecimal) or 10 (an exponent): digits only. Refused, so the stored
    // value (3 by default) is what the page shows after a reload.
    for (const typed of ['0x5', '1e1']) {
      await page.getByLabel('Số bản giữ trong ngày').fill(typed)
      await page.getByRole('button', { name: 'Lưu cách giữ bản sao lưu' }).click()
      await page.getByText('Số bản sao lưu giữ lại phải là số nguyên từ 1 đến 400.').waitFor()
      await page.reload()
      await expect.poll(() => page.getByLabel('Số bản giữ trong ngày').inputValue()).toBe('3')
    }
    await page.getByLabel('Số bản giữ trong ngày').fill('5')
    await page.getByRole('button', { name: 'Lưu cách giữ bản sao lưu' }).click()
    await page.getByText('Đã lưu số bản sao lưu giữ lại.').waitFor()
    await page.reload()
    await expect.poll(() => page.getByLabel('Số bản giữ trong ngày').inputValue()).toBe('5')
    await screenshot(page, '41-backup-page')
  })

  it('offers the newest backup when the database is found empty', async () => {
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.deleteDatabase('cum-thi-dua')
          request.onsuccess = request.onerror = () => resolve(null)
        })
    )
    await page.goto(server.url + '#/')
    await page.reload()
    await page.getByRole('group', { name: 'Khôi phục dữ liệu' }).waitFor()
    await screenshot(page, '42-empty-with-backups')
    await page.getByRole('button', { name: 'Khôi phục bản sao lưu gần nhất' }).click()
    await page.getByRole('heading', { level: 1, name: 'Cụm thi đua số 1 (đã sửa)' }).waitFor()
    expect(await page.getByRole('region', { name: 'Đơn vị thành viên (6)' }).isVisible()).toBe(true)
  })

  it('never requested anything outside its own origin', () => {
    expect(foreign).toEqual([])
  })
})
