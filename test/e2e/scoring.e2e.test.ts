import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { lintDocx } from '../../src/core/documents/docx-lint'
import {
  column,
  ID_SHEET_NAME,
  IDENTITY_KEYS,
  IDENTITY_ROWS_FROM,
  SHEET_NAME
} from '../../src/core/scoring/xlsx/layout'
import { docxText } from '../helpers/docx'
import {
  openAppWithSample,
  screenshot,
  startYearEndReview,
  unnamedControls,
  type AppSession
} from './harness'

let app: AppSession
let page: Page
let foreign: string[]
const dir = mkdtempSync(join(tmpdir(), 'ctd-scoring-'))
const sheets = new Map<string, Uint8Array>()

beforeAll(async () => {
  app = await openAppWithSample()
  ;({ page, foreign } = app)
})

afterAll(async () => {
  await app?.close()
})

const tab = (name: string) => page.getByRole('button', { name, exact: true }).click()
const gridMessage = () => page.locator('.grid-message')

async function download(action: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const event = page.waitForEvent('download')
  await action()
  const file = await event
  const path = join(dir, file.suggestedFilename())
  await file.saveAs(path)
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) }
}

/** A returned sheet as a unit fills it in Excel: scores typed in the yellow cells, signed. */
async function fillReturnedSheet(
  bytes: Uint8Array,
  scores: number[],
  change?: (identity: ExcelJS.Worksheet) => void
): Promise<Uint8Array> {
  const workbook = await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet(SHEET_NAME)!
  const identity = workbook.getWorksheet(ID_SHEET_NAME)!
  let base = 0
  for (let r = IDENTITY_ROWS_FROM; identity.getCell(r, 1).value; r++) {
    const row = Number(identity.getCell(r, 1).value)
    const kind = String(identity.getCell(r, 2).value)
    if (kind === 'base') sheet.getCell(`${column('score')}${row}`).value = scores[base++]!
    if (kind === 'bonus') {
      sheet.getCell(`${column('score')}${row}`).value = 2
      sheet.getCell(`${column('note')}${row}`).value = 'Mô hình «Tổ dân phố không rác thải nhựa»'
    }
    if (kind === 'signer') sheet.getCell(`${column('note')}${row}`).value = 'Nguyễn Văn An'
  }
  change?.(identity)
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

describe('Chấm điểm: the sample cluster’s 2024 year, end to end', () => {
  it('gives the 2024 pact its criteria (Giao ước)', async () => {
    await page.getByRole('link', { name: 'Giao ước', exact: true }).click()
    await page.getByLabel('Năm', { exact: true }).selectOption({ label: '2024' })
    await page.getByRole('button', { name: 'Tạo giao ước năm 2024' }).click()
    await page.getByLabel('Tổng điểm công bố').fill('100')
    for (const [button, kind, text, points] of [
      ['Thêm nhóm', null, 'Công tác tuyên truyền, vận động Nhân dân', null],
      ['Thêm tiêu chí', null, 'Tuyên truyền chủ trương, chính sách', '40'],
      ['Thêm tiêu chí', null, 'Giám sát và phản biện xã hội', '35'],
      ['Thêm tiêu chí', null, 'Công tác thi đua, khen thưởng', '25'],
      ['Thêm tiêu chí', 'bonus', 'Mô hình mới được nhân rộng', '5'],
      ['Thêm tiêu chí', 'penalty', 'Nộp báo cáo chậm (mỗi lần trừ 1 điểm)', '5']
    ] as const) {
      await page.getByRole('button', { name: button }).click()
      const i = await page.locator('table.criteria tbody tr').count()
      if (kind) await page.getByLabel(`Tiêu chí ${i}: loại`).selectOption(kind)
      await page.getByLabel(`Tiêu chí ${i}: nội dung`).fill(text)
      if (points) await page.getByLabel(`Tiêu chí ${i}: điểm`).fill(points)
    }
    await page.getByRole('button', { name: 'Lưu giao ước' }).click()
    await page.getByText('Đã lưu giao ước.').waitFor()
  })

  it('writes and adopts the rules of the year, with their legal basis', async () => {
    await page.getByRole('link', { name: 'Chấm điểm' }).click()
    await page.getByRole('heading', { name: 'Quy định chấm điểm năm 2024' }).waitFor()
    await page.getByLabel('Tổng điểm chuẩn công bố *').fill('90')
    await page.getByLabel('Điểm cộng tối đa (để trống: không giới hạn)').fill('5')
    await page.getByLabel('Hạn nộp bảng tự chấm').fill('25/10/2024')
    const basis = page.getByLabel(/^Căn cứ/)
    await basis.fill(`${await basis.inputValue()}\nQuy chế hoạt động của Cụm thi đua số 1`)
    await page.getByRole('button', { name: 'Lưu quy định' }).click()
    // 90 declared against criteria worth 100: saved as a draft, adoption refused with the reason.
    await page
      .getByText('Điểm chuẩn các tiêu chí cộng lại bằng 100, khác tổng điểm đã công bố (90).')
      .waitFor()
    await page.getByLabel('Tổng điểm chuẩn công bố *').fill('100')
    await page.getByRole('button', { name: 'Lưu quy định' }).click()
    await page.getByText('Đã lưu quy định chấm điểm.').waitFor()
    await page.getByLabel('Ngày thông qua').fill('28/02/2024')
    await page.getByRole('button', { name: 'Thông qua quy định' }).click()
    await page.getByText('Đã thông qua quy định ngày 28/02/2024.').waitFor()
    expect(await page.getByRole('button', { name: 'Lưu quy định' }).isDisabled()).toBe(true)
    expect(await unnamedControls(page)).toEqual([])
    await screenshot(page, '60-scoring-rules')
  })

  it('exports every unit’s score sheet in one go (a .zip in the browser build)', async () => {
    await tab('Trao đổi Excel')
    const zip = await download(() => page.getByRole('button', { name: 'Xuất phiếu chấm' }).click())
    expect(zip.name).toBe('Phiếu chấm điểm thi đua năm 2024.zip')
    for (const [name, bytes] of Object.entries(unzipSync(zip.bytes))) sheets.set(name, bytes)
    expect([...sheets.keys()].sort()).toEqual([
      'Phiếu chấm điểm thi đua 2024 - Ủy ban MTTQ Việt Nam quận Ba Đình.xlsx',
      'Phiếu chấm điểm thi đua 2024 - Ủy ban MTTQ Việt Nam quận Hai Bà Trưng.xlsx',
      'Phiếu chấm điểm thi đua 2024 - Ủy ban MTTQ Việt Nam quận Hoàn Kiếm.xlsx',
      'Phiếu chấm điểm thi đua 2024 - Ủy ban MTTQ Việt Nam quận Hoàng Mai.xlsx',
      'Phiếu chấm điểm thi đua 2024 - Ủy ban MTTQ Việt Nam quận Long Biên.xlsx',
      'Phiếu chấm điểm thi đua 2024 - Ủy ban MTTQ Việt Nam quận Đống Đa.xlsx'
    ])
  })

  it('imports two returned sheets: one merged after the differences are shown, one refused for the wrong year', async () => {
    const sheetOf = (district: string) =>
      sheets.get(`Phiếu chấm điểm thi đua 2024 - Ủy ban MTTQ Việt Nam quận ${district}.xlsx`)!
    const dongDa = join(dir, 'Đống Đa gửi lại.xlsx')
    writeFileSync(dongDa, await fillReturnedSheet(sheetOf('Đống Đa'), [40, 34.5, 25]))
    const baDinh = join(dir, 'Ba Đình gửi lại.xlsx')
    const year = IDENTITY_KEYS.indexOf('year') + 1
    writeFileSync(
      baDinh,
      await fillReturnedSheet(
        sheetOf('Ba Đình'),
        [40, 35, 25],
        (id) => (id.getCell(year, 2).value = '2023')
      )
    )
    await page.locator('.drop-zone input[type=file]').setInputFiles([dongDa, baDinh])
    const refused = page.getByRole('article', { name: 'Tệp Ba Đình gửi lại.xlsx: bị từ chối' })
    await refused
      .getByText('Tệp «Ba Đình gửi lại.xlsx», ô A1: phiếu chấm năm 2023, không phải năm 2024.')
      .waitFor()
    const accepted = page.getByRole('article', { name: /^Tệp Đống Đa gửi lại\.xlsx/ })
    expect(await accepted.getByRole('row').count()).toBe(1 + 3 + 2)
    expect(await accepted.textContent()).toContain('34,5')
    await screenshot(page, '61-scoring-import')
    await page.getByRole('button', { name: 'Nhập các mục đã chọn (1 tệp)' }).click()
    await page
      .getByText('Đã nhập 1 phiếu chấm (Ủy ban MTTQ Việt Nam quận Đống Đa)', { exact: false })
      .waitFor()
  })

  it('fills the other units’ self-scores by pasting a block copied from Excel, totals and ranks following', async () => {
    await tab('Bảng điểm')
    const grid = page.getByRole('grid')
    await grid.waitFor()
    await page.getByLabel('Nhập điểm tự chấm').check()
    await page.locator('#score-cell-1-0').click()
    // Hoàn Kiếm, Ba Đình, Hai Bà Trưng, Hoàng Mai, Long Biên: tabs and CR LF, comma decimals.
    const block = '39\t35\t24,5\r\n40\t34\t25\r\n38\t33,5\t25\r\n40\t34\t24,5\r\n36\t30\t22\r\n'
    await grid.evaluate((el, text) => {
      const data = new DataTransfer()
      data.setData('text/plain', text)
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      )
    }, block)
    await expect.poll(() => gridMessage().textContent()).toBe('Đã lưu 15 ô.')
    // Đống Đa 101,5 (99,5 + 2 bonus) first; Hoàn Kiếm and Hoàng Mai tie at 98,5 (đồng hạng).
    const rank = (row: number) =>
      page.locator(`tr[aria-rowindex="${row + 2}"] td.c-rank`).textContent()
    expect(await rank(0)).toContain('1')
    expect(await rank(1)).toContain('đồng hạng')
    expect(await rank(4)).toContain('đồng hạng')
    // What the total is made of is on the row: Đống Đa's criteria add up to «Điểm tiêu chí», and
    // with «Điểm cộng» and «Điểm trừ» to its total — no bonus hidden in it.
    await grid.getByRole('columnheader', { name: 'Điểm cộng' }).waitFor()
    await grid.getByRole('columnheader', { name: 'Điểm trừ' }).waitFor()
    const dongDa = page.locator('tr[aria-rowindex="2"]')
    const figure = async (cell: string) =>
      Number((await dongDa.locator(cell).textContent())!.replace(',', '.'))
    const criteria = (await dongDa.locator('td.score').allTextContents()).map((t) =>
      Number(t.replace(',', '.'))
    )
    expect(criteria).toEqual([40, 34.5, 25])
    expect(await figure('td.c-base')).toBe(99.5)
    expect(await figure('td.c-bonus')).toBe(2)
    expect(await figure('td.c-penalty')).toBe(0)
    expect(await figure('td.c-self')).toBe(101.5)
    expect(criteria.reduce((a, b) => a + b, 0) + (await figure('td.c-bonus'))).toBe(
      (await figure('td.c-self')) + (await figure('td.c-penalty'))
    )
    // Typed from the keyboard: a digit starts the cell, Enter saves and moves down; Ctrl+Z undoes.
    await page.locator('#score-cell-5-2').click()
    await page.keyboard.type('23')
    await expect
      .poll(() => page.locator('tr[aria-rowindex="7"] td.c-self').textContent())
      .toBe('89,0')
    await page.keyboard.press('Enter')
    await expect.poll(() => gridMessage().textContent()).toBe('Đã lưu.')
    await page.keyboard.press('Control+z')
    await expect.poll(() => gridMessage().textContent()).toBe('Đã hoàn tác 1 ô.')
    expect(await page.locator('tr[aria-rowindex="7"] td.c-self').textContent()).toBe('88,0')
    await page.getByRole('button', { name: 'Chuyển các phiếu đủ điểm sang «Đã nộp»' }).click()
    await expect.poll(() => gridMessage().textContent()).toBe('Đã chuyển 5 phiếu sang «Đã nộp».')
    await screenshot(page, '62-scoring-grid-self')
  })

  it('changes one score at the review, with its reason, and marks the difference', async () => {
    await page.getByLabel('Nhập điểm cụm chấm').check()
    await page.locator('#score-cell-1-1').click()
    await page.keyboard.type('33')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Lý do cụm chấm khác điểm tự chấm' })
    await dialog
      .getByText('Ủy ban MTTQ Việt Nam quận Hoàn Kiếm, I.2: tự chấm 35, cụm chấm 33.')
      .waitFor()
    expect(await dialog.getByRole('button', { name: 'Lưu' }).isDisabled()).toBe(true)
    await dialog.getByLabel('Lý do (bắt buộc)').fill('Chưa có biên bản giám sát quý IV')
    await screenshot(page, '63-scoring-reason')
    await dialog.getByRole('button', { name: 'Lưu' }).click()
    await expect.poll(() => gridMessage().textContent()).toBe('Đã lưu.')
    expect(await page.locator('#score-cell-1-1').getAttribute('class')).toContain('differs')
    await page
      .getByRole('button', { name: 'Chuyển các phiếu đã nộp đủ điểm sang «Đã chấm»' })
      .click()
    await expect.poll(() => gridMessage().textContent()).toBe('Đã chuyển 6 phiếu sang «Đã chấm».')
    await screenshot(page, '64-scoring-grid-reviewed')
  })

  it('records the unit’s explanation on its sheet', async () => {
    await tab('Phiếu từng đơn vị')
    await page
      .getByLabel('Đơn vị', { exact: true })
      .selectOption({ label: 'Ủy ban MTTQ Việt Nam quận Hoàn Kiếm' })
    // The criterion the review changed is open, its difference marked.
    await page.locator('details.criterion-card.differs[open]').waitFor()
    await page
      .getByLabel('Tiêu chí I.2: ý kiến giải trình của đơn vị')
      .fill('Đơn vị đã bổ sung biên bản giám sát ngày 20/10/2024')
    await page.getByRole('button', { name: 'Lưu phiếu' }).click()
    await page.getByText('Đã lưu phiếu chấm.').waitFor()
    await page.getByRole('button', { name: 'Đơn vị đã giải trình' }).click()
    await page.getByText('Phiếu chuyển sang «Đã giải trình».').waitFor()
    await screenshot(page, '65-scoring-sheet')
  })

  it('proposes the year-end review’s day and meeting for adopting the ranking', async () => {
    await startYearEndReview(page, '2024-12-10')
    await page.getByLabel('Chủ trì — họ và tên *').fill('Vũ Thị Thành')
    await page.getByRole('button', { name: 'Thêm hội nghị' }).click()
    await page.getByRole('heading', { level: 2, name: /^Biên bản/ }).waitFor()
    await page.getByRole('link', { name: 'Chấm điểm' }).click()
    await tab('Xếp hạng')
    // The meetings load after the panel is first drawn: the default waits for them.
    await expect.poll(() => page.getByLabel('Ngày thông qua').inputValue()).toBe('10/12/2024')
  })

  it('adopts the ranking (the tie after the review kept as đồng hạng) and locks it', async () => {
    await tab('Xếp hạng')
    const table = page.locator('table.ranking-table')
    await table.waitFor()
    expect(await table.locator('td.tied').count()).toBe(2)
    // A share names its base, so a total lifted above the maximum by a bonus reads as possible.
    await table.getByRole('columnheader', { name: /^Đạt so với \d+(,\d+)? điểm chuẩn$/ }).waitFor()
    await page.locator('.chart-box svg').first().waitFor()
    await page.getByLabel('Ngày thông qua').fill('10/12/2024')
    await page.getByRole('button', { name: 'Thông qua bảng xếp hạng' }).click()
    await page.getByText('Đã thông qua bảng xếp hạng ngày 10/12/2024.').waitFor()
    await page.getByRole('button', { name: 'Khóa bảng xếp hạng' }).click()
    await page.getByText('Đã khóa bảng xếp hạng và các phiếu chấm.').waitFor()
    await page.getByText('Bảng xếp hạng: đã khóa (thông qua ngày 10/12/2024)').waitFor()
    await screenshot(page, '66-scoring-ranking')
  })

  it('exports the three documents: the unit’s report, the summary table, the explanation', async () => {
    await tab('Văn bản')
    const exportDoc = async (kind: RegExp, unit?: [string, string]) => {
      await page.getByRole('radio', { name: kind }).check()
      if (unit) await page.getByLabel(unit[0], { exact: true }).selectOption({ label: unit[1] })
      const file = await download(() => page.getByRole('button', { name: 'Xuất Word' }).click())
      expect(lintDocx(file.bytes)).toEqual([])
      return docxText(file.bytes)
    }
    const summary = await exportDoc(/^Bảng tổng hợp/)
    expect(summary).toContain('BẢNG TỔNG HỢP')
    expect(summary).toContain('Kết quả chấm điểm thi đua, xếp hạng năm 2024 của Cụm thi đua số 1')
    expect(summary).toContain('(đồng hạng)')
    expect(summary).toContain('NGƯỜI LẬP BIỂU')
    await screenshot(page, '67-scoring-documents')
    const report = await exportDoc(/^Báo cáo kết quả/, [
      'Đơn vị',
      'Ủy ban MTTQ Việt Nam quận Đống Đa'
    ])
    expect(report).toContain('Kết quả thực hiện giao ước thi đua và tự chấm điểm năm 2024')
    expect(report).toContain('BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024')
    expect(report).toContain('Tổ dân phố không rác thải nhựa')
    const explanation = await exportDoc(/^Phiếu giải trình/, [
      'Đơn vị có điểm bị chấm khác',
      'Ủy ban MTTQ Việt Nam quận Hoàn Kiếm'
    ])
    expect(explanation).toContain('PHIẾU GIẢI TRÌNH ĐIỂM THI ĐUA')
    expect(explanation).toContain('Chưa có biên bản giám sát quý IV')
    expect(explanation).toContain('Đơn vị đã bổ sung biên bản giám sát ngày 20/10/2024')
  })

  it('keeps everything across a reload, and through a backup and restore', async () => {
    const check = async () => {
      await page.getByText('Bảng xếp hạng: đã khóa (thông qua ngày 10/12/2024)').waitFor()
      await tab('Bảng điểm')
      await page.getByRole('grid').waitFor()
      expect(await page.locator('#score-cell-1-1').textContent()).toContain('33')
      expect(await page.locator('tr[aria-rowindex="2"] td.c-total').textContent()).toBe('101,5')
    }
    await page.reload()
    await check()
    await page.getByRole('link', { name: 'Tổng quan' }).click()
    await page
      .getByRole('region', { name: 'Chấm điểm năm 2024' })
      .getByText('đã thông qua')
      .first()
      .waitFor()
    await screenshot(page, '68-overview-scoring')
    await page.getByRole('link', { name: 'Sao lưu' }).click()
    const backup = await download(() => page.getByRole('button', { name: 'Sao lưu ngay' }).click())
    const path = join(dir, backup.name)
    expect(JSON.parse(new TextDecoder().decode(backup.bytes)).header.counts.scoreEntries).toBe(18)
    // Something changed after the backup, then the backup restored over it.
    await page.getByRole('link', { name: 'Cài đặt' }).click()
    await page.getByLabel('Tên cụm *').fill('Cụm thi đua số 1 (đổi tên)')
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await page.getByText('Đã lưu.').waitFor()
    await page.getByRole('link', { name: 'Sao lưu' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Khôi phục từ tệp' }).click()
    await (await chooser).setFiles(path)
    const confirm = page.getByRole('group', { name: 'Xác nhận khôi phục' })
    await confirm.getByRole('button', { name: 'Khôi phục bản này' }).click()
    await page.getByText('Đã khôi phục', { exact: false }).waitFor()
    await page.getByRole('link', { name: 'Chấm điểm' }).click()
    await check()
  })

  it('never requested anything outside its own origin', () => {
    expect(foreign).toEqual([])
  })
})
