import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { docxText } from '../helpers/docx'
import {
  fillSigners,
  newProfile,
  screenshot,
  startRendererServer,
  unnamedControls,
  watchForeignRequests
} from './harness'
import { killBrowser, startKillableBrowser, type KillableBrowser } from './killable-browser'

/**
 * Issue 10's walk, replayed by a new secretary in Chromium: the walk that once printed "12 phiếu,
 * 200,00%", "4/9 phiếu, 66,67% — Đạt", finalised minutes with "Chủ trì: …", dated things by the
 * UTC day before 07:00, could not correct a pact's signing date and lost half-typed work. Each step
 * is now refused with a message beside the field, or comes out right.
 *
 * The PC is in Hà Nội (TZ Asia/Ho_Chi_Minh) and its clock reads 06:30 on 30/11/2026 — still
 * 29/11 in UTC. One browser, killed once near the end as a crash would.
 */
const NOW = new Date('2026-11-29T23:30:00Z')
const HANOI = { TZ: 'Asia/Ho_Chi_Minh' }
const UNITS = ['Đống Đa', 'Hoàn Kiếm', 'Ba Đình', 'Hai Bà Trưng', 'Hoàng Mai', 'Long Biên'].map(
  (d) => `Ủy ban MTTQ Việt Nam quận ${d}`
)
const TITLE = 'Hội nghị tổng kết công tác thi đua năm 2024 Cụm thi đua số 1'

let server: Awaited<ReturnType<typeof startRendererServer>>
let browser: KillableBrowser
let page: Page
let foreign: string[] = []
const profile = newProfile()

async function open(): Promise<void> {
  browser = await startKillableBrowser(profile, HANOI)
  page = browser.page
  await page.clock.setFixedTime(NOW)
  foreign = watchForeignRequests(page, new URL(server.url).origin)
}

beforeAll(async () => {
  server = await startRendererServer()
  await open()
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click()
  await page.getByRole('region', { name: /^Đơn vị thành viên/ }).waitFor()
})

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await screenshot(page, `trust-walk-failed`)
})

afterAll(async () => {
  await browser?.browser.close().catch(() => undefined)
  if (browser) await killBrowser(browser.child)
  await server?.close()
})

async function download(click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const event = page.waitForEvent('download')
  await click()
  const file = await event
  const path = join(mkdtempSync(join(tmpdir(), 'ctd-walk-')), 'f')
  await file.saveAs(path)
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) }
}

const vote = (n: number) => page.getByRole('group', { name: `Biểu quyết ${n}`, exact: true })
const focusedLabel = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    return el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? ''
  })

describe('Cài đặt: the rule of each vote purpose, in the Quy chế’s words', () => {
  it('refuses a threshold that is not a fraction, beside it; "từ 80% trở lên" reads as ≥ 4/5', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click()
    const card = page.getByRole('group', { name: 'Suy tôn đơn vị dẫn đầu' })
    await card.getByLabel('Tỷ lệ').fill('80 phần trăm')
    await page.getByRole('button', { name: 'Lưu quy định' }).click()
    await card.getByText('hãy viết dạng phân số (1/2, 2/3) hoặc phần trăm (80%)').waitFor()
    expect(await focusedLabel()).toBe('Tỷ lệ')
    await card.getByLabel('Tỷ lệ').fill('80%')
    await card.getByLabel('Đạt khi số đồng ý').selectOption('at-least')
    await card
      .getByText('Đọc là: đạt khi số đồng ý từ 80% trở lên, tính trên tổng số thành viên.')
      .waitFor()
    await card.getByLabel('Căn cứ').fill('Điều 8 Quy chế hoạt động Cụm thi đua số 1')
    const merit = page.getByRole('group', { name: 'Đề nghị tặng Bằng khen' })
    await merit.getByLabel('Tính trên').selectOption('valid-ballots')
    await merit.getByLabel('Ai biểu quyết').selectOption('person')
    await page.getByLabel('Cấp số trong sổ văn bản khi ký kết').check()
    await page.getByRole('button', { name: 'Lưu quy định' }).click()
    await page.getByText('Đã lưu quy định.').waitFor()
    await screenshot(page, '100-settings-vote-rules')
  })
})

describe('Hội nghị: votes with twelve representatives and nine ballots', () => {
  it('says beside the date that 31/02/2024 does not exist', async () => {
    await page.getByRole('link', { name: 'Hội nghị & Biên bản' }).click()
    await page.getByRole('link', { name: 'Thêm hội nghị' }).click()
    await page.getByLabel('Năm thi đua').selectOption({ label: '2024' })
    await page.getByLabel('Loại hội nghị').selectOption('year-end-review')
    await page.getByLabel('Tên hội nghị *').fill(TITLE)
    await page.getByLabel('Ngày họp').fill('31/02/2024')
    await page.getByText('Ngày họp: ngày 31/02/2024 không có thật.').waitFor()
    await page.getByLabel('Ngày họp').fill('01/11/2024')
    await page.getByLabel('Giờ bắt đầu').fill('08:30')
    await page.getByLabel('Chủ trì — họ và tên *').fill('Vũ Thị Thành')
    for (const unit of UNITS) {
      await page
        .getByLabel(`${unit}: đại biểu dự`)
        .fill('Nguyễn Văn A, Chủ tịch\nTrần Thị B, Phó Chủ tịch')
    }
    await page.getByText('Có mặt 6/6 đơn vị (12 đại biểu)', { exact: false }).waitFor()
  })

  it('refuses twelve ballots counted per member unit, beside the figures, as they are typed', async () => {
    await page.getByRole('button', { name: 'Thêm biểu quyết' }).click()
    const v = vote(1)
    await v.getByLabel('Nội dung biểu quyết').fill('Suy tôn đơn vị dẫn đầu Cụm năm 2024')
    await v.getByLabel('Mục đích').selectOption('leading-unit')
    await v.getByText('từ 80% trở lên tổng số đơn vị thành viên').waitFor()
    await v.getByText('Căn cứ: Điều 8 Quy chế hoạt động Cụm thi đua số 1.').waitFor()
    await v.getByLabel('Phiếu phát ra').fill('12')
    await v.getByLabel('Phiếu thu vào').fill('12')
    await v.getByLabel('Phiếu hợp lệ').fill('12')
    await v.getByLabel('Biểu quyết 1, phương án 1', { exact: true }).fill(UNITS[5]!)
    await v.getByLabel('Biểu quyết 1, phương án 1: đồng ý').fill('12')
    await v.getByLabel('Biểu quyết 1, phương án 1: không đồng ý').fill('0')
    await v.getByLabel('Biểu quyết 1, phương án 1: phiếu trống').fill('0')
    await v
      .getByText(
        'số phiếu phát ra (12) nhiều hơn số đơn vị có mặt (6); mỗi đơn vị có mặt chỉ nhận một phiếu.'
      )
      .waitFor()
    await v.getByText('12/6 đơn vị thành viên là hơn 100%', { exact: false }).waitFor()
    expect(await v.getByText('200,00%').count()).toBe(0)
    await page.getByRole('button', { name: 'Thêm hội nghị' }).click()
    // The save is refused and the cursor is on the first wrong figure, not at the top of the page.
    await page.getByText('Chưa lưu.', { exact: false }).first().waitFor()
    await expect.poll(focusedLabel).toBe('Phiếu phát ra')
    await screenshot(page, '101-vote-refused')
  })

  it('counts them per representative once "who votes" says so: 8/12, with abstaining ballots', async () => {
    const v = vote(1)
    await v.getByLabel('Ai biểu quyết').selectOption('person')
    await v.getByLabel('Số đại biểu có quyền biểu quyết').fill('12')
    await v.getByLabel('Biểu quyết 1, phương án 1: đồng ý').fill('8')
    await v.getByLabel('Biểu quyết 1, phương án 1: không đồng ý').fill('3')
    await v
      .getByText('để trống (0) = 11, phải bằng số phiếu hợp lệ (12)', { exact: false })
      .waitFor()
    await v.getByLabel('Biểu quyết 1, phương án 1: phiếu trống').fill('1')
    await v.getByText('8/12 đại biểu có quyền biểu quyết, đạt 66,67% — Không đạt').waitFor()
  })

  it('gives four of nine ballots 44,44 % — Không đạt, never 66,67 % of six units', async () => {
    await page.getByRole('button', { name: 'Thêm biểu quyết' }).click()
    const v = vote(2)
    await v.getByLabel('Nội dung biểu quyết').fill('Đề nghị Bằng khen cho quận Hoàng Mai')
    await v.getByLabel('Biểu quyết 2, phương án 1', { exact: true }).fill(UNITS[4]!)
    await v.getByLabel('Phiếu phát ra').fill('9')
    await v.getByLabel('Phiếu thu vào').fill('9')
    await v.getByLabel('Phiếu hợp lệ').fill('9')
    await v.getByLabel('Biểu quyết 2, phương án 1: đồng ý').fill('8')
    await v.getByLabel('Biểu quyết 2, phương án 1: không đồng ý').fill('1')
    await v.getByLabel('Biểu quyết 2, phương án 1: phiếu trống').fill('0')
    // Per member unit, nine ballots cannot be: 8/6 would be 133,33 %.
    await v
      .getByText('số phiếu phát ra (9) nhiều hơn số đơn vị có mặt (6)', { exact: false })
      .waitFor()
    expect(await v.getByText('133,33%').count()).toBe(0)
    // The rule of "Đề nghị Bằng khen" (Cài đặt): per representative, on the valid ballots.
    await v.getByLabel('Mục đích').selectOption('merit')
    expect(await v.getByLabel('Ai biểu quyết').inputValue()).toBe('person')
    await v.getByLabel('Số đại biểu có quyền biểu quyết').fill('12')
    await v.getByLabel('Số đại biểu có mặt khi biểu quyết').fill('9')
    await v.getByLabel('Biểu quyết 2, phương án 1: đồng ý').fill('4')
    await v.getByLabel('Biểu quyết 2, phương án 1: không đồng ý').fill('5')
    await v.getByText('4/9 phiếu hợp lệ, đạt 44,44% — Không đạt').waitFor()
    expect(await v.getByText('66,67%').count()).toBe(0)
    expect(await unnamedControls(page)).toEqual([])
    await page.getByRole('button', { name: 'Thêm hội nghị' }).click()
    await page.getByRole('heading', { level: 2, name: /^Biên bản/ }).waitFor()
    await screenshot(page, '102-votes-saved')
  })
})

describe('Hoàn tất biên bản with blanks', () => {
  it('lists every blank fact and placeholder, takes the secretary there, and numbers nothing', async () => {
    await page.getByRole('button', { name: 'Hoàn tất biên bản và cấp số' }).click()
    const list = page.getByRole('alert', { name: 'Kiểm tra trước khi hoàn tất' })
    await list.getByText('Chưa hoàn tất được biên bản', { exact: false }).waitFor()
    const text = (await list.textContent()) ?? ''
    for (const expected of [
      'Giờ kết thúc: chưa ghi.',
      'Địa điểm: chưa ghi.',
      'Thư ký: chưa ghi họ tên người ghi biên bản.',
      'còn chỗ “[chưa ghi thư ký]” chưa điền'
    ])
      expect(text).toContain(expected)
    await list.getByRole('button', { name: 'Thư ký: chưa ghi họ tên người ghi biên bản.' }).click()
    await expect.poll(focusedLabel).toBe('Thư ký — họ và tên')
    // The line of the text holding the placeholder is where its link goes.
    await list.getByRole('button', { name: /\[chưa ghi giờ kết thúc\]/ }).click()
    const selected = await page.evaluate(() => {
      const box = document.activeElement as HTMLTextAreaElement
      return box.value.slice(box.selectionStart, box.selectionEnd)
    })
    expect(selected).toContain('Hội nghị kết thúc vào hồi [chưa ghi giờ kết thúc]')
    await screenshot(page, '103-finalise-blanks')
    await page.getByRole('link', { name: 'Văn bản' }).click()
    await page.getByText('Chưa cấp số văn bản nào.', { exact: false }).waitFor()
    await page.goBack()
  })

  it('asks before "Tạo lại từ số liệu" replaces edited text', async () => {
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    await page.getByLabel('Thư ký — họ và tên').fill('Trần Văn Ghi')
    await page.getByLabel('Giờ kết thúc').fill('11:00')
    await page.getByLabel('Địa điểm').fill('Hội trường Quận ủy Long Biên')
    await page.getByRole('button', { name: 'Lưu hội nghị' }).click()
    await page.getByText('Đã lưu hội nghị.').waitFor()
    const box = page.getByLabel('Nội dung biên bản')
    await expect.poll(() => box.inputValue()).toContain('Thư ký: Đồng chí Trần Văn Ghi')
    await box.fill((await box.inputValue()) + '\nCác đại biểu thống nhất cao.')
    await page.getByRole('button', { name: 'Tạo lại từ số liệu' }).click()
    const ask = page.getByRole('alertdialog', { name: 'Tạo lại từ số liệu' })
    await ask.getByText('Các đại biểu thống nhất cao.').waitFor()
    await ask.getByRole('button', { name: 'Giữ nội dung đang có' }).click()
    expect(await box.inputValue()).toContain('Các đại biểu thống nhất cao.')
    await page.getByRole('button', { name: 'Tạo lại từ số liệu' }).click()
    await ask.getByRole('button', { name: 'Thay bằng nội dung tạo lại' }).click()
    expect(await box.inputValue()).not.toContain('Các đại biểu thống nhất cao.')
  })

  it('finalises once nothing is missing: the first number of the book, 01/BB', async () => {
    await page.getByRole('button', { name: 'Hoàn tất biên bản và cấp số' }).click()
    await page.getByRole('heading', { level: 2, name: 'Biên bản số 01/BB-CTĐ1' }).waitFor()
  })
})

describe('Dates before 07:00 in Hà Nội, and the register', () => {
  it('numbers the Giấy mời on the local day, 30/11/2026, not the UTC day', async () => {
    const { bytes } = await download(async () => {
      await page.getByRole('button', { name: 'Xuất giấy mời' }).click()
      await page.getByRole('button', { name: 'Cấp số và xuất' }).click()
    })
    expect(docxText(bytes)).toContain('Hà Nội, ngày 30 tháng 11 năm 2026')
  })

  it('shows the register by year and type, voids a number with its reason, exports it', async () => {
    await page.getByRole('link', { name: 'Văn bản' }).click()
    const book = page.getByRole('table', { name: 'Sổ văn bản' })
    await book.getByRole('cell', { name: '30/11/2026' }).waitFor()
    await page.getByLabel('Năm', { exact: true }).selectOption('2024')
    await expect.poll(() => book.locator('tbody tr').count()).toBe(1)
    await page.getByLabel('Năm', { exact: true }).selectOption('')
    await page.getByRole('button', { name: 'Hủy số 01/GM-CTĐ1' }).click()
    await page.getByRole('button', { name: 'Xác nhận hủy số 01/GM-CTĐ1' }).click()
    await page.getByText('Lý do hủy số: hãy ghi rõ vì sao', { exact: false }).waitFor()
    await page.getByLabel('Lý do hủy số (bắt buộc)').fill('Xuất nhầm giấy mời khi hội nghị đã họp')
    await page.getByRole('button', { name: 'Xác nhận hủy số 01/GM-CTĐ1' }).click()
    await book
      .getByText('Đã hủy số lúc 30/11/2026 06:30: Xuất nhầm giấy mời khi hội nghị đã họp')
      .waitFor()
    const csv = await download(() =>
      page.getByRole('button', { name: 'Xuất bảng tính (CSV)' }).click()
    )
    expect(csv.name).toBe('Sổ đăng ký văn bản đi.csv')
    // UTF-8 with its byte order mark, so that Excel reads the Vietnamese letters.
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const content = new TextDecoder().decode(csv.bytes)
    expect(content).toContain('Số, ký hiệu văn bản')
    expect(content).toContain('Số đã hủy ngày 30/11/2026: Xuất nhầm giấy mời khi hội nghị đã họp')
    await page.getByLabel('Năm', { exact: true }).selectOption('2026')
    await page.getByRole('button', { name: 'Xem sổ đăng ký văn bản đi năm 2026 để in' }).click()
    const preview = page.getByRole('region', { name: 'Xem trước bản in' })
    await preview.getByText('SỔ ĐĂNG KÝ VĂN BẢN ĐI').waitFor()
    await screenshot(page, '104-register')
  })
})

describe('Giao ước: the signing date, corrected in an amendment', () => {
  it('refuses an impossible date and a missing reason, beside the fields, then corrects it', async () => {
    await page.getByRole('link', { name: 'Giao ước', exact: true }).click()
    await page.getByLabel('Năm', { exact: true }).selectOption({ label: '2020' })
    await page.getByText('Đã ký ngày 05/02/2020', { exact: false }).first().waitFor()
    // The sample names no signer: an amendment names them first, as a correction requires.
    await page.getByRole('button', { name: 'Sửa đổi sau khi ký' }).click()
    await page.getByLabel('Lý do sửa đổi (bắt buộc)').fill('Ghi họ tên người ký')
    await fillSigners(page)
    await page.getByRole('button', { name: 'Lưu sửa đổi' }).click()
    await page.getByText('Đã lưu sửa đổi; nhật ký thay đổi ghi lại lý do.').waitFor()
    await page.getByRole('button', { name: 'Đính chính ngày ký' }).click()
    await page.getByLabel('Ngày ký đúng').fill('30/02/2020')
    await page.getByText('Ngày ký đúng: ngày 30/02/2020 không có thật.').waitFor()
    await page.getByLabel('Ngày ký đúng').fill('06/02/2020')
    await page.getByRole('button', { name: 'Lưu đính chính ngày ký' }).click()
    await page
      .getByText('Lý do đính chính: hãy ghi vì sao sửa ngày ký', { exact: false })
      .first()
      .waitFor()
    await expect.poll(focusedLabel).toBe('Lý do đính chính (bắt buộc)')
    await page
      .getByLabel('Lý do đính chính (bắt buộc)')
      .fill('Biên bản hội nghị ghi ký ngày 06/02/2020')
    await page.getByLabel('Ngày ký đúng').fill('06/02/2021')
    await page.getByRole('button', { name: 'Lưu đính chính ngày ký' }).click()
    await page
      .getByText('giao ước năm 2020 không thể ký ngày 06/02/2021', { exact: false })
      .first()
      .waitFor()
    await expect.poll(focusedLabel).toBe('Ngày ký đúng')
    await page.getByLabel('Ngày ký đúng').fill('06/02/2020')
    await page.getByRole('button', { name: 'Lưu đính chính ngày ký' }).click()
    await page.getByText('Đã ký ngày 06/02/2020', { exact: false }).first().waitFor()
    const preview = page.getByRole('region', { name: 'Xem trước bản in' })
    await preview.getByText('Hà Nội, ngày 06 tháng 02 năm 2020', { exact: false }).waitFor()
    await screenshot(page, '105-pact-signing-corrected')
  })
})

describe('Giao ước: numbered when signed, as the cluster decided in Cài đặt', () => {
  it('signs the 2024 pact on its meeting’s date and prints the number it took', async () => {
    await page.getByLabel('Năm', { exact: true }).selectOption({ label: '2024' })
    await page.getByRole('button', { name: 'Sao chép từ giao ước năm 2020' }).click()
    // The date starts as the date of the year's signing meeting, never a made-up day.
    await expect
      .poll(() => page.getByLabel('Ngày ký', { exact: true }).inputValue())
      .toBe('28/02/2024')
    await fillSigners(page)
    await page.getByRole('button', { name: 'Ký kết giao ước' }).click()
    await page.getByText('số 01/GƯTĐ-CTĐ1', { exact: false }).waitFor()
    const preview = page.getByRole('region', { name: 'Xem trước bản in' })
    await preview.getByText('Số: 01/GƯTĐ-CTĐ1').waitFor()
  })
})

describe('A half-typed form, a crash, and the draft', () => {
  const NOTE = 'Đề nghị các đơn vị gửi báo cáo trước ngày 15/12/2026'

  it('asks before leaving a half-typed form', async () => {
    await page.getByRole('link', { name: 'Hội nghị & Biên bản' }).click()
    await page.getByRole('link', { name: 'Thêm hội nghị' }).click()
    await page.getByLabel('Tên hội nghị *').fill('Hội nghị sơ kết 6 tháng năm 2024')
    await page.getByLabel('Kết luận của chủ trì').fill(NOTE)
    await page.getByRole('link', { name: 'Giao ước', exact: true }).click()
    const ask = page.getByRole('alertdialog', { name: 'Có thay đổi chưa lưu' })
    await ask.waitFor()
    await ask.getByRole('button', { name: 'Ở lại' }).click()
    expect(await page.getByLabel('Kết luận của chủ trì').inputValue()).toBe(NOTE)
  })

  it('keeps the typing through a killed browser, and offers it back on the same profile', async () => {
    await page.getByText('Đã tự giữ bản nháp lúc 06:30').waitFor()
    expect(foreign).toEqual([])
    await killBrowser(browser.child)
    await browser.browser.close().catch(() => undefined)
    await open()
    await page.goto(server.url + '#/hoi-nghi/moi')
    const offer = page.getByRole('alert').filter({ hasText: 'Có bản nháp chưa lưu' })
    await offer.getByText('Có bản nháp chưa lưu của hội nghị mới lúc 30/11/2026 06:30.').waitFor()
    await screenshot(page, '106-draft-offered')
    await offer.getByRole('button', { name: 'Khôi phục' }).click()
    expect(await page.getByLabel('Kết luận của chủ trì').inputValue()).toBe(NOTE)
    expect(await page.getByLabel('Tên hội nghị *').inputValue()).toBe(
      'Hội nghị sơ kết 6 tháng năm 2024'
    )
    expect(foreign).toEqual([])
  })
})
