import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { docxText } from '../helpers/docx'
import { lintDocx } from '../../src/core/documents/docx-lint'
import {
  openAppWithSample,
  screenshot,
  startYearEndReview,
  type AppSession,
  unnamedControls
} from './harness'

let app: AppSession
let page: Page
let foreign: string[]

beforeAll(async () => {
  app = await openAppWithSample()
  ;({ page, foreign } = app)
})

afterAll(async () => {
  await app?.close()
})

/** Clicks `button` and reads the file; `issue`: the document takes its number, asked first. */
async function download(
  button: string,
  issue = false
): Promise<{ name: string; bytes: Uint8Array }> {
  const event = page.waitForEvent('download')
  await page.getByRole('button', { name: button, exact: true }).click()
  if (issue) await page.getByRole('button', { name: 'Cấp số và xuất' }).click()
  const file = await event
  const path = join(mkdtempSync(join(tmpdir(), 'ctd-dl-')), 'f.docx')
  await file.saveAs(path)
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) }
}

describe('Hội nghị & Biên bản: the year-end meeting of the sample cluster', () => {
  it('creates the meeting: one unit absent with a reason, two speakers, a secret ballot', async () => {
    await startYearEndReview(page, '2024-11-01')
    await page.getByLabel('Giờ bắt đầu').fill('08:30')
    await page.getByLabel('Giờ kết thúc').fill('11:00')
    await page.getByLabel('Địa điểm').fill('Hội trường Quận ủy Long Biên')
    await page.getByLabel('Chủ trì — họ và tên *').fill('Vũ Thị Thành')
    await page
      .getByLabel('Chủ trì — chức vụ')
      .fill('Chủ tịch Ủy ban MTTQ Việt Nam quận Long Biên, Cụm trưởng')
    await page.getByLabel('Thư ký — họ và tên').fill('Trần Văn Ghi')
    await page
      .getByLabel('Ủy ban MTTQ Việt Nam quận Hoàng Mai: tình trạng')
      .selectOption('absent-excused')
    await page
      .getByLabel('Ủy ban MTTQ Việt Nam quận Hoàng Mai: lý do vắng')
      .fill('Trùng lịch tiếp xúc cử tri')
    await page
      .getByLabel('Ủy ban MTTQ Việt Nam quận Long Biên: đại biểu dự')
      .fill('Vũ Thị Thành, Chủ tịch\nLê Văn Phó, Phó Chủ tịch')
    await page.getByRole('button', { name: 'Thêm ý kiến phát biểu' }).click()
    await page.getByLabel('Ý kiến 1: người phát biểu').fill('Nguyễn Xuân Diệp')
    await page
      .getByLabel('Ý kiến 1: chức vụ')
      .fill('Chủ tịch Ủy ban MTTQ Việt Nam quận Hai Bà Trưng')
    await page
      .getByLabel('Ý kiến 1: nội dung')
      .fill('Nhất trí với báo cáo tổng kết;\nđề nghị bổ sung kết quả giám sát.')
    await page.getByRole('button', { name: 'Thêm ý kiến phát biểu' }).click()
    await page.getByLabel('Ý kiến 2: người phát biểu').fill('Phạm Thị Hoa')
    await page
      .getByLabel('Ý kiến 2: nội dung')
      .fill('Đề nghị biểu dương mô hình "Khu dân cư văn minh".')
    await page.getByRole('button', { name: 'Thêm biểu quyết' }).click()
    await page.getByLabel('Nội dung biểu quyết').fill('Suy tôn đơn vị dẫn đầu Cụm năm 2024')
    await page.getByLabel('Phiếu phát ra').fill('5')
    await page.getByLabel('Phiếu thu vào').fill('6')
    await page.getByLabel('Phiếu hợp lệ').fill('5')
    await page
      .getByLabel('Biểu quyết 1, phương án 1', { exact: true })
      .fill('Ủy ban MTTQ Việt Nam quận Long Biên')
    await page.getByLabel('Biểu quyết 1, phương án 1: đồng ý').fill('4')
    await page.getByLabel('Biểu quyết 1, phương án 1: không đồng ý').fill('1')
    await page.getByLabel('Biểu quyết 1, phương án 1: phiếu trống').fill('0')
    expect(await unnamedControls(page)).toEqual([])
    // Said beside the figure as it is typed, and again when the save is refused.
    const vote = page.getByRole('group', { name: 'Biểu quyết 1', exact: true })
    await vote.getByText('số phiếu thu vào (6) nhiều hơn số phiếu phát ra (5).').waitFor()
    await page.getByRole('button', { name: 'Thêm hội nghị' }).click()
    expect(await page.getByRole('alert').first().textContent()).toContain(
      'số phiếu thu vào (6) nhiều hơn số phiếu phát ra (5)'
    )
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).id))
      .toBe(await page.getByLabel('Phiếu thu vào').getAttribute('id'))
    await page.getByLabel('Phiếu thu vào').fill('5')
    await page.getByRole('button', { name: 'Thêm hội nghị' }).click()
    await page.getByRole('heading', { level: 2, name: /^Biên bản/ }).waitFor()
    await screenshot(page, '30-meeting-editor')
  })

  it('shows the minutes generated from the facts, with the vote table in the preview', async () => {
    const body = await page.getByLabel('Nội dung biên bản').inputValue()
    expect(body).toContain('Có mặt: 5/6 đơn vị (2 đại biểu)')
    expect(body).toContain(
      'Vắng mặt có lý do: Ủy ban MTTQ Việt Nam quận Hoàng Mai (Trùng lịch tiếp xúc cử tri).'
    )
    expect(body).toContain(
      'Đồng chí Nguyễn Xuân Diệp, Chủ tịch Ủy ban MTTQ Việt Nam quận Hai Bà Trưng: Nhất trí với báo cáo tổng kết; đề nghị bổ sung kết quả giám sát.'
    )
    const preview = page.getByRole('region', { name: 'Xem trước bản in' })
    await preview.getByText('66,67%').waitFor()
    expect(await preview.getByText('Đạt', { exact: true }).count()).toBe(1)
  })

  it('warns when the edited text contradicts the record, then finalises with number 01/BB', async () => {
    const box = page.getByLabel('Nội dung biên bản')
    const body = await box.inputValue()
    await box.fill(body.replace('Có mặt: 5/6', 'Có mặt: 6/6'))
    await page
      .getByText('Biên bản ghi “Có mặt: 6/6” nhưng danh sách dự họp là 5/6 đơn vị.')
      .waitFor()
    await box.fill(body)
    await expect
      .poll(() => page.getByText('Nội dung biên bản khác với số liệu đã nhập').count())
      .toBe(0)
    await page.getByRole('button', { name: 'Hoàn tất biên bản và cấp số' }).click()
    await page.getByRole('heading', { level: 2, name: 'Biên bản số 01/BB-CTĐ1' }).waitFor()
    await screenshot(page, '31-minutes-finalised')
  })

  it('exports the minutes: the .docx has the number, counts, names and the vote', async () => {
    const { name, bytes } = await download('Xuất Word')
    expect(name).toBe(
      'Biên bản 01-BB-CTĐ1 Hội nghị tổng kết công tác thi đua năm 2024 Cụm thi đua số 1.docx'
    )
    expect(lintDocx(bytes)).toEqual([])
    const text = docxText(bytes)
    expect(text).toContain('Số: 01/BB-CTĐ1')
    expect(text).toContain('BIÊN BẢN')
    expect(text).toContain('Có mặt: 5/6 đơn vị (2 đại biểu)')
    expect(text).toContain('Vũ Thị Thành')
    expect(text).toContain('Nguyễn Xuân Diệp')
    expect(text).toContain('số phiếu phát ra: 5; số phiếu thu vào: 5; hợp lệ: 5; không hợp lệ: 0')
    expect(text).toContain('66,67%')
    expect(text).toContain('tỷ lệ tính trên tổng số 6 đơn vị thành viên')
    expect(text).toContain('Hội nghị kết thúc vào hồi 11 giờ 00 phút cùng ngày.')
    expect(text).toContain('CHỦ TRÌ')
  })

  it('exports the vote-count record of the secret ballot as its own numbered minutes', async () => {
    const { bytes } = await download(
      'Xuất biên bản kiểm phiếu: Suy tôn đơn vị dẫn đầu Cụm năm 2024',
      true
    )
    const text = docxText(bytes)
    expect(text).toContain('BIÊN BẢN KIỂM PHIẾU')
    expect(text).toContain('Số: 02/BB-CTĐ1')
    expect(text).toContain('Số phiếu thu vào: 5;')
  })

  it('refuses to edit the finalised meeting, and keeps everything after a reload', async () => {
    expect(await page.getByRole('button', { name: 'Lưu hội nghị' }).isDisabled()).toBe(true)
    await page.reload()
    await page.getByRole('heading', { level: 2, name: 'Biên bản số 01/BB-CTĐ1' }).waitFor()
    expect(
      await page.getByLabel('Ủy ban MTTQ Việt Nam quận Hoàng Mai: lý do vắng').inputValue()
    ).toBe('Trùng lịch tiếp xúc cử tri')
    expect(await page.getByLabel('Ý kiến 2: người phát biểu').inputValue()).toBe('Phạm Thị Hoa')
    await page.getByRole('link', { name: '← Danh sách hội nghị' }).click()
    await page.getByRole('cell', { name: 'Đã hoàn tất biên bản' }).waitFor()
    await screenshot(page, '32-meetings-list')
  })

  it('never requested anything outside its own origin', () => {
    expect(foreign).toEqual([])
  })
})
