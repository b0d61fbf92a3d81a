import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import type { Locator, Page } from 'playwright-core'
import { parseBackup } from '../../src/core/backup/format'
import { TABLE_NAMES } from '../../src/core/model/entities'
import { CURRENT_SCHEMA_VERSION } from '../../src/renderer/src/db/migrations'
import { docxText } from '../helpers/docx'
import { openAppWithSample, screenshot, unnamedControls, type AppSession } from './harness'
import { scoredSampleBackup } from './year-end-backup'

let app: AppSession
let page: Page
let foreign: string[]
const dir = mkdtempSync(join(tmpdir(), 'ctd-year-end-'))
let before = ''

beforeAll(async () => {
  app = await openAppWithSample()
  ;({ page, foreign } = app)
})

afterAll(async () => {
  await app?.close()
})

async function download(action: () => Promise<void>): Promise<{ name: string; path: string }> {
  const event = page.waitForEvent('download')
  await action()
  const file = await event
  const path = join(dir, file.suggestedFilename())
  await file.saveAs(path)
  return { name: file.suggestedFilename(), path }
}

async function restore(path: string, done: string): Promise<void> {
  await page.getByRole('link', { name: 'Sao lưu' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Khôi phục từ tệp' }).click()
  await (await chooser).setFiles(path)
  await page.getByRole('button', { name: 'Khôi phục bản này' }).click()
  await page.getByText(done, { exact: false }).waitFor()
}

async function backupNow(): Promise<string> {
  await page.getByRole('link', { name: 'Sao lưu' }).click()
  const { path } = await download(() => page.getByRole('button', { name: 'Sao lưu ngay' }).click())
  return path
}

const tab = (name: string) => page.getByRole('button', { name, exact: true }).click()

async function openYear(): Promise<void> {
  await page.getByRole('link', { name: 'Bình xét' }).click()
  await page.getByLabel('Năm', { exact: true }).selectOption({ label: '2024' })
}

/** Fills an entry's grid: `figures(caption, unit)` gives agree / disagree / blank. */
async function fillEntry(
  group: Locator,
  who: string,
  figures: (caption: string, unit: string) => [number, number, number]
): Promise<void> {
  await group.getByLabel('Người nhập').selectOption({ label: who })
  await group.getByLabel('Số phiếu hợp lệ').fill('6')
  for (const table of await group.locator('table').all()) {
    const caption = (await table.locator('caption').textContent()) ?? ''
    for (const row of await table.locator('tbody tr').all()) {
      const unit = (await row.locator('th').textContent()) ?? ''
      const values = figures(caption, unit)
      const inputs = await row.locator('input').all()
      for (const [i, input] of inputs.entries()) await input.fill(String(values[i]))
    }
  }
}

async function fillBoard(): Promise<void> {
  const names = ['Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Văn Cường']
  for (const [i, name] of names.entries()) {
    await page.getByLabel(`Thành viên ${i + 1}: họ và tên`).fill(name)
    await page.getByLabel(`Thành viên ${i + 1}: đơn vị`).selectOption({ index: i + 5 - i * 2 })
  }
  await page.getByLabel('Số phiếu thu vào').fill('6')
  await page.getByRole('button', { name: 'Lưu Ban kiểm phiếu' }).click()
  await page.getByText('Đã lưu Ban kiểm phiếu và số phiếu.').waitFor()
}

const round1 =
  (bdMerit: number) =>
  (caption: string, unit: string): [number, number, number] => {
    if (caption.startsWith('Suy tôn')) return [5, 1, 0]
    if (caption.includes('Bằng khen'))
      return unit.endsWith('Ba Đình') ? [bdMerit, 6 - bdMerit, 0] : [4, 2, 0]
    return [6, 0, 0]
  }

describe('Bình xét: the sample cluster’s 2024 year-end, from the adopted ranking to the dossier', () => {
  it('starts from the adopted ranking, with a backup taken before the meeting', async () => {
    const seed = join(dir, 'scored.json')
    writeFileSync(seed, await scoredSampleBackup())
    await restore(seed, 'Đã khôi phục')
    before = await backupNow()
    await openYear()
    await page.getByRole('heading', { name: 'Phiếu bình xét' }).waitFor()
    expect(
      await page
        .getByRole('checkbox', { name: /Long Biên \(xếp thứ 1\)/ })
        .first()
        .isChecked()
    ).toBe(true)
    await screenshot(page, '70-year-end-ballot')
    expect(await unnamedControls(page)).toEqual([])
  })

  it('prints the papers: electors plus spares, one per page', async () => {
    await page.getByRole('button', { name: 'Lưu phiếu' }).click()
    await page.getByText('Đã lưu phiếu.').waitFor()
    const file = await download(() => page.getByRole('button', { name: 'Xuất Word' }).click())
    const text = docxText(new Uint8Array(readFileSync(file.path)))
    expect(text.match(/PHIẾU BÌNH XÉT THI ĐUA NĂM 2024/g)).toHaveLength(8)
  })

  it('counts twice, lists the one difference, and gives no result until it is resolved', async () => {
    await tab('Kiểm phiếu')
    await fillBoard()
    await fillEntry(page.getByRole('group', { name: 'Lần nhập A' }), 'Lê Thị Bình', round1(4))
    await page.getByRole('button', { name: 'Lưu lần nhập A' }).click()
    await page.getByRole('group', { name: 'Lần nhập B' }).waitFor()
    await fillEntry(page.getByRole('group', { name: 'Lần nhập B' }), 'Phạm Văn Cường', round1(3))
    await page.getByRole('button', { name: 'Lưu lần nhập B' }).click()
    const differ = page.getByRole('alert').filter({ hasText: 'Hai lần nhập khác nhau ở 2 chỗ' })
    await differ.waitFor()
    expect(await differ.textContent()).toContain('Ba Đình: số phiếu đồng ý, A nhập 4, B nhập 3')
    expect(await page.getByRole('button', { name: 'Chốt kết quả' }).isDisabled()).toBe(true)
    await screenshot(page, '71-year-end-count-differ')
    const fix = page.getByRole('group', { name: 'Lần nhập Sửa B' })
    await fix.getByLabel(/Ba Đình, Đồng ý/).fill('4')
    await fix.getByLabel(/Ba Đình, Không đồng ý/).fill('2')
    await page.getByLabel('Cách đối chiếu (ghi vào biên bản)').fill('Đọc lại phiếu thứ 3, mục II')
    await page.getByRole('button', { name: 'Lưu bản đã đối chiếu' }).click()
    await page.getByText('Hai lần nhập khớp nhau.').waitFor()
    await page.getByRole('button', { name: 'Chốt kết quả' }).click()
    await page.getByText('đã lập phiếu bỏ phiếu lần 2').waitFor()
  })

  it('settles the Bằng khen tie in a second round', async () => {
    await tab('Phiếu bình xét')
    await page
      .getByLabel('Phiếu', { exact: true })
      .selectOption({ label: 'Phiếu bình xét thi đua năm 2024 — lần 2 (Dự thảo)' })
    await download(() => page.getByRole('button', { name: 'Xuất Word' }).click())
    await page.getByText('Đã xuất phiếu').waitFor()
    await tab('Kiểm phiếu')
    await page.getByLabel('Phiếu', { exact: true }).selectOption({
      label: 'Phiếu bình xét thi đua năm 2024 — lần 2'
    })
    await fillBoard()
    const r2 = (_: string, unit: string): [number, number, number] =>
      unit.endsWith('Ba Đình') ? [5, 1, 0] : unit.endsWith('Hai Bà Trưng') ? [4, 2, 0] : [3, 3, 0]
    await fillEntry(page.getByRole('group', { name: 'Lần nhập A' }), 'Nguyễn Văn An', r2)
    await page.getByRole('button', { name: 'Lưu lần nhập A' }).click()
    await fillEntry(page.getByRole('group', { name: 'Lần nhập B' }), 'Lê Thị Bình', r2)
    await page.getByRole('button', { name: 'Lưu lần nhập B' }).click()
    await page.getByText('Hai lần nhập khớp nhau.').waitFor()
    await page.getByRole('button', { name: 'Chốt kết quả' }).click()
    await page.getByText('Đã chốt kết quả kiểm phiếu.').waitFor()
    await tab('Kết quả')
    const results = page.getByRole('region', { name: 'Kết quả bình xét năm 2024' })
    await results.getByText(/Được chọn: Ủy ban MTTQ Việt Nam quận Ba Đình \(lần 2\)/).waitFor()
    expect(await results.textContent()).toContain(
      'Đơn vị dẫn đầu năm 2024: Ủy ban MTTQ Việt Nam quận Long Biên'
    )
    expect(await results.textContent()).toMatch(/Năm 2025: Cụm trưởng Ủy ban MTTQ/)
    await screenshot(page, '72-year-end-results')
    // The meeting's minutes gain the score and vote sections.
    await page.getByLabel('Văn bản', { exact: true }).selectOption({
      label: 'Biên bản hội nghị (có kết quả chấm điểm, bình xét)'
    })
    const minutes = await download(() => page.getByRole('button', { name: 'Xuất Word' }).click())
    const text = docxText(new Uint8Array(readFileSync(minutes.path)))
    expect(text).toContain('Kết quả chấm điểm thi đua năm 2024')
    expect(text).toContain('Bỏ phiếu bình xét thi đua')
    expect(text).toMatch(/Ba Đình \(5\/6 đơn vị thành viên, đạt 83,33%, lần 2\)/)
  })

  it('proposes the awards and exports the dossier as one folder', async () => {
    await tab('Khen thưởng')
    await page.getByRole('button', { name: 'Lập đề nghị từ kết quả bình xét' }).click()
    await page.getByText('Đã lập 3 đề nghị từ kết quả bình xét.').waitFor()
    // Each proposal carries its vote; the secretary records the higher level's decision on one.
    await page.getByRole('button', { name: 'Ghi quyết định' }).nth(2).waitFor()
    expect(await page.getByRole('button', { name: 'Ghi quyết định' }).count()).toBe(3)
    const first = page.getByRole('article').first()
    await first.getByLabel('Số quyết định').fill('15/QĐ-MTTQ-BTT')
    await first.getByLabel('Ngày quyết định').fill('10/01/2025')
    await first.getByRole('button', { name: 'Ghi quyết định' }).click()
    await first.getByText('(Đã có quyết định)').waitFor()
    // The recorded decision is shown as it stands; changing it asks for a reason.
    await first.getByText(/Quyết định của cấp trên: Được khen, số 15\/QĐ-MTTQ-BTT/).waitFor()
    await first.getByRole('button', { name: 'Sửa quyết định' }).click()
    await first.getByLabel('Số quyết định').fill('17/QĐ-MTTQ-BTT')
    await first.getByRole('button', { name: 'Lưu quyết định đã sửa' }).click()
    await first.getByText('Sửa quyết định: ghi lý do sửa (sẽ lưu vào nhật ký).').waitFor()
    await first.getByLabel('Lý do sửa quyết định (ghi vào nhật ký)').fill('Ghi nhầm số quyết định')
    await first.getByRole('button', { name: 'Lưu quyết định đã sửa' }).click()
    await first.getByText(/Quyết định của cấp trên: Được khen, số 17\/QĐ-MTTQ-BTT/).waitFor()
    await page
      .getByText(/Năm 2024: Cờ thi đua/)
      .first()
      .waitFor({ state: 'attached' })
    await screenshot(page, '73-year-end-awards')
    await tab('Hồ sơ')
    // The browser build says it cannot make PDFs, and writes the .docx only.
    await page.getByText('chỉ xuất được tệp Word (.docx)', { exact: false }).waitFor()
    // The secretary writes the report's own parts; the export saves them first.
    const report = page.getByRole('group', { name: 'Báo cáo tổng kết: phần thư ký viết' })
    await report
      .getByLabel('Hoạt động của Cụm trong năm')
      .fill('- Tổ chức kiểm tra chéo giữa 6 đơn vị.')
    await report
      .getByLabel('Đánh giá chung (ưu điểm, hạn chế, nguyên nhân)')
      .fill('Các đơn vị chủ động, báo cáo đúng hạn.')
    await report
      .getByLabel('Phương hướng, nhiệm vụ năm 2025')
      .fill('- Tiếp tục phong trào thi đua.')
    const file = await download(() => page.getByRole('button', { name: 'Xuất hồ sơ' }).click())
    expect(file.name).toMatch(/^Hồ sơ đề nghị khen thưởng năm 2024/)
    const names = Object.keys(unzipSync(new Uint8Array(readFileSync(file.path))))
    expect(names[0]).toBe('00 Danh mục hồ sơ.docx')
    expect(names.some((n) => /Tờ trình/.test(n))).toBe(true)
    expect(names.filter((n) => /Báo cáo thành tích/.test(n))).toHaveLength(3)
    expect(names.every((n) => n.endsWith('.docx'))).toBe(true)
    const zip = unzipSync(new Uint8Array(readFileSync(file.path)))
    const reportName = names.find((n) => /Báo cáo tổng kết/.test(n))!
    const reportXml = strFromU8(unzipSync(zip[reportName]!)['word/document.xml']!)
    expect(reportXml).toContain('Tổ chức kiểm tra chéo giữa 6 đơn vị.')
    expect(reportXml).toContain('Tiếp tục phong trào thi đua.')
    expect(reportXml).not.toContain('[chưa ghi')
    await page.getByRole('status').filter({ hasText: 'Đã xuất' }).waitFor()
    // Saved by the export: nothing is left to save once the stored dossier is read back.
    await report
      .locator('button:disabled', { hasText: 'Lưu nội dung báo cáo' })
      .waitFor({ timeout: 15_000 })
    await screenshot(page, '74-year-end-dossier')
  })

  it('restoring the backup taken before the meeting brings everything back exactly', async () => {
    await restore(before, 'Đã khôi phục')
    const after = await backupNow()
    const read = async (path: string) =>
      (await parseBackup(new Uint8Array(readFileSync(path)), CURRENT_SCHEMA_VERSION, TABLE_NAMES))
        .data
    const [a, b] = [await read(before), await read(after)]
    for (const table of TABLE_NAMES.filter((t) => !['auditLog', 'settings', 'drafts'].includes(t)))
      expect(b[table], table).toEqual(a[table])
    expect(b['ballots']).toEqual([])
    expect(foreign).toEqual([])
  })
})
