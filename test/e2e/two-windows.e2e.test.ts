import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openAppWithSample, screenshot, type AppSession } from './harness'

/**
 * Issue 16, point 2: two tabs of the browser build on the same origin share one database, as two
 * windows of the app would. A save started from an older version is refused, the form says so at
 * once, compares field by field and reloads; a person or guest added in the other window is never
 * deleted by this one.
 */
let app: AppSession
let a: Page
let b: Page

beforeAll(async () => {
  app = await openAppWithSample()
  a = app.page
  b = await app.context.newPage()
})

afterAll(async () => {
  await app?.close()
})

const banner = (page: Page) => page.locator('.record-changed')

/** Opens the same screen in the second tab, once the first is there. */
async function openSameIn(page: Page, from: Page, heading: string) {
  await page.goto(from.url())
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
}

describe('the units editor in two tabs', () => {
  const name = 'Ủy ban MTTQ Việt Nam quận Đống Đa'

  it('tells the second tab at once that the first one saved a change', async () => {
    await a.getByRole('link', { name: 'Đơn vị thành viên' }).click()
    await a.getByRole('link', { name }).click()
    await a.getByRole('heading', { level: 1, name }).waitFor()
    await openSameIn(b, a, name)

    await b.getByLabel('Điện thoại', { exact: true }).fill('024 3851 0000')
    await a.getByLabel('Địa chỉ', { exact: true }).fill('1 Tôn Đức Thắng')
    await a.getByRole('button', { name: 'Thêm người' }).click()
    const added = a.getByRole('group').last()
    await added.getByLabel(/họ và tên/).fill('Lê Thị Mới')
    await a.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await a.getByText('Đã lưu.').waitFor()

    await banner(b)
      .getByText(/vừa được thay đổi ở cửa sổ khác/)
      .waitFor()
    expect(await banner(a).count()).toBe(0)
  })

  it('refuses the stale save, shows what differs in Vietnamese and keeps the added person when saving over it', async () => {
    await b.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await banner(b)
      .getByText(/^Chưa lưu: bản ghi này vừa được thay đổi/)
      .waitFor()
    await banner(b).getByRole('button', { name: 'So sánh' }).click()
    const table = banner(b).getByRole('table', { name: /Khác nhau/ })
    await table.waitFor()
    const rows = await table.locator('tbody tr').allInnerTexts()
    expect(rows.join('\n')).toMatch(/Địa chỉ\s+\(để trống\)\s+1 Tôn Đức Thắng/)
    expect(rows.join('\n')).toMatch(/Điện thoại\s+024 3851 0000/)
    expect(rows.join('\n')).toMatch(/Người: Lê Thị Mới\s+\(không có\)/)
    await screenshot(b, '90-two-windows-compare')

    await banner(b).getByRole('button', { name: 'Vẫn lưu bản của tôi' }).click()
    await b.getByText('Đã lưu.').waitFor()
    expect(await banner(b).count()).toBe(0)
    // The person added in the other tab is still there, and now shown here too.
    await expect
      .poll(() =>
        b
          .getByLabel(/họ và tên/)
          .last()
          .inputValue()
      )
      .toBe('Lê Thị Mới')
    await a.reload()
    await a.getByRole('heading', { level: 1, name }).waitFor()
    expect(await a.getByLabel('Điện thoại', { exact: true }).inputValue()).toBe('024 3851 0000')
    const names = await a
      .getByLabel(/họ và tên/)
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect(names).toContain('Lê Thị Mới')
  })

  it('reloads after asking, when the form holds unsaved edits', async () => {
    await a.getByLabel('Địa chỉ', { exact: true }).fill('2 Tôn Đức Thắng')
    await a.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await a.getByText('Đã lưu.').waitFor()
    await banner(b).waitFor()
    await b.getByLabel('Ghi chú').fill('gõ dở')
    await banner(b).getByRole('button', { name: 'Tải lại' }).click()
    await banner(b)
      .getByText('Những gì bạn đã sửa ở đây mà chưa lưu sẽ bị bỏ. Vẫn tải lại?')
      .waitFor()
    await banner(b).getByRole('button', { name: 'Tải lại, bỏ phần đã sửa' }).click()
    await expect
      .poll(() => b.getByLabel('Địa chỉ', { exact: true }).inputValue())
      .toBe('2 Tôn Đức Thắng')
    expect(await b.getByLabel('Ghi chú').inputValue()).toBe('')
    expect(await banner(b).count()).toBe(0)
  })
})

describe('the meeting editor in two tabs', () => {
  const title = 'Hội nghị ký giao ước thi đua năm 2024 Cụm thi đua số 1'

  it('refuses a stale save, reloads to the other tab’s place and keeps its guest', async () => {
    await a.getByRole('link', { name: 'Hội nghị & Biên bản' }).click()
    await a.getByRole('link', { name: title }).click()
    await a.getByRole('heading', { level: 1, name: title }).waitFor()
    await openSameIn(b, a, title)

    await a.getByLabel('Địa điểm').fill('Hội trường tầng 3')
    await a.getByRole('button', { name: 'Thêm khách mời' }).click()
    await a
      .getByLabel(/^Khách mời \d+: họ và tên$/)
      .last()
      .fill('Đồng chí Khách Mời')
    await a.getByLabel('Chủ trì — họ và tên').fill('Nguyễn Văn Chủ')
    await a.getByRole('button', { name: 'Lưu hội nghị' }).click()
    await a.getByText('Đã lưu hội nghị.').waitFor()

    await banner(b)
      .getByText(/vừa được thay đổi ở cửa sổ khác/)
      .waitFor()
    await b.getByLabel('Kết luận của chủ trì').fill('Kết luận gõ ở tab thứ hai')
    await b.getByRole('button', { name: 'Lưu hội nghị' }).click()
    await banner(b)
      .getByText(/^Chưa lưu: bản ghi này vừa được thay đổi/)
      .waitFor()
    await banner(b).getByRole('button', { name: 'So sánh' }).click()
    const text = (await banner(b).getByRole('table').innerText()).replace(/\s+/g, ' ')
    expect(text).toContain('Địa điểm')
    expect(text).toContain('Hội trường tầng 3')
    expect(text).toContain('Khách mời: Đồng chí Khách Mời')
    expect(text).toContain('Kết luận gõ ở tab thứ hai')
    await screenshot(b, '91-two-windows-meeting-compare')

    await banner(b).getByRole('button', { name: 'Tải lại' }).click()
    await banner(b).getByRole('button', { name: 'Tải lại, bỏ phần đã sửa' }).click()
    await expect.poll(() => b.getByLabel('Địa điểm').inputValue()).toBe('Hội trường tầng 3')
    expect(await b.getByLabel('Kết luận của chủ trì').inputValue()).not.toContain('tab thứ hai')

    // Now on the current version, the second tab saves; the guest stays.
    await b.getByLabel('Kết luận của chủ trì').fill('Kết luận sau khi tải lại')
    await b.getByRole('button', { name: 'Lưu hội nghị' }).click()
    await b.getByText('Đã lưu hội nghị.').waitFor()
    await a.reload()
    await a.getByRole('heading', { level: 1, name: title }).waitFor()
    expect(await a.getByLabel('Kết luận của chủ trì').inputValue()).toBe('Kết luận sau khi tải lại')
    const guests = await a
      .getByLabel(/^Khách mời \d+: họ và tên$/)
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect(guests).toContain('Đồng chí Khách Mời')
  })
})

describe('the minutes text in two tabs', () => {
  const title = 'Hội nghị ký giao ước thi đua năm 2024 Cụm thi đua số 1'
  const box = (page: Page) => page.getByLabel('Nội dung biên bản')
  const minutesBanner = (page: Page) => page.locator('.minutes .record-changed')

  it('refuses a text saved over the other tab’s, compares it line by line and reloads', async () => {
    await b.reload()
    await b.getByRole('heading', { level: 1, name: title }).waitFor()
    await box(a).waitFor()
    await box(b).waitFor()
    const text = await box(a).inputValue()
    await box(a).fill(`${text}\nDòng thêm ở tab một`)
    await a.getByRole('button', { name: 'Lưu nội dung biên bản' }).click()
    await a.getByText('Đã lưu nội dung biên bản.').waitFor()
    expect(await minutesBanner(a).count()).toBe(0)

    await minutesBanner(b)
      .getByText(/vừa được thay đổi ở cửa sổ khác/)
      .waitFor()
    await box(b).fill(`${text}\nDòng gõ ở tab hai`)
    await b.getByRole('button', { name: 'Lưu nội dung biên bản' }).click()
    await minutesBanner(b)
      .getByText(/^Chưa lưu: bản ghi này vừa được thay đổi/)
      .waitFor()
    await minutesBanner(b).getByRole('button', { name: 'So sánh' }).click()
    const rows = (await minutesBanner(b).getByRole('table').innerText()).replace(/\s+/g, ' ')
    expect(rows).toContain('Dòng gõ ở tab hai')
    expect(rows).toContain('Dòng thêm ở tab một')
    await screenshot(b, '94-two-windows-minutes-compare')

    await minutesBanner(b).getByRole('button', { name: 'Tải lại' }).click()
    await minutesBanner(b).getByRole('button', { name: 'Tải lại, bỏ phần đã sửa' }).click()
    await expect.poll(() => box(b).inputValue()).toContain('Dòng thêm ở tab một')
    expect(await box(b).inputValue()).not.toContain('Dòng gõ ở tab hai')
    expect(await minutesBanner(b).count()).toBe(0)
    await a.reload()
    await box(a).waitFor()
    expect(await box(a).inputValue()).not.toContain('Dòng gõ ở tab hai')
  })
})

describe('Cài đặt in two tabs', () => {
  it('saves the identity then the rules in one tab without a false alarm, and warns the other tab', async () => {
    await a.getByRole('link', { name: 'Cài đặt' }).click()
    await a.getByLabel('Tên cụm *').waitFor()
    await b.getByRole('link', { name: 'Cài đặt' }).click()
    await b.getByLabel('Tên cụm *').waitFor()

    await a.getByLabel('Tên cụm *').fill('Cụm thi đua số 1 (tab một)')
    await a.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await a.getByText('Đã lưu.').waitFor()
    await a.getByRole('button', { name: 'Lưu quy định' }).click()
    await a.getByText('Đã lưu quy định.').waitFor()
    expect(await banner(a).count()).toBe(0)

    await banner(b)
      .getByText(/vừa được thay đổi ở cửa sổ khác/)
      .waitFor()
    await b.getByLabel('Tên cụm *').fill('Cụm thi đua số 1 (tab hai)')
    await b.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await b
      .getByText(/^Chưa lưu: bản ghi này vừa được thay đổi/)
      .first()
      .waitFor()
    await banner(b).getByRole('button', { name: 'So sánh' }).click()
    const text = (await banner(b).getByRole('table').innerText()).replace(/\s+/g, ' ')
    expect(text).toContain('Tên cụm Cụm thi đua số 1 Cụm thi đua số 1 (tab một)')
    await screenshot(b, '93-two-windows-settings')
    await banner(b).getByRole('button', { name: 'Tải lại' }).click()
    await banner(b).getByRole('button', { name: 'Tải lại, bỏ phần đã sửa' }).click()
    await expect
      .poll(() => b.getByLabel('Tên cụm *').inputValue())
      .toBe('Cụm thi đua số 1 (tab một)')
    expect(await banner(b).count()).toBe(0)
  })
})

describe('a unit’s score sheet in two tabs', () => {
  const sheetBanner = (page: Page) => page.locator('.sheet-panel .record-changed')
  const narrative = (page: Page) => page.getByLabel(/^Báo cáo kết quả thực hiện giao ước/)

  it('refuses a sheet saved over the other tab’s score, compares and reloads', async () => {
    await a.getByRole('link', { name: 'Giao ước', exact: true }).click()
    await a.getByLabel('Năm', { exact: true }).selectOption({ label: '2024' })
    await a.getByRole('button', { name: 'Tạo giao ước năm 2024' }).click()
    await a.getByLabel('Tổng điểm công bố').fill('100')
    await a.getByRole('button', { name: 'Thêm tiêu chí' }).click()
    await a.getByLabel('Tiêu chí 1: nội dung').fill('Tuyên truyền chủ trương, chính sách')
    await a.getByLabel('Tiêu chí 1: điểm').fill('100')
    await a.getByRole('button', { name: 'Lưu giao ước' }).click()
    await a.getByText('Đã lưu giao ước.').waitFor()
    await a.getByRole('link', { name: 'Chấm điểm' }).click()
    await a.getByLabel('Tổng điểm chuẩn công bố *').fill('100')
    await a.getByRole('button', { name: 'Lưu quy định' }).click()
    await a.getByText('Đã lưu quy định chấm điểm.').waitFor()

    for (const page of [a, b]) {
      if (page === b) await b.goto(a.url())
      await page.getByRole('button', { name: 'Phiếu từng đơn vị', exact: true }).click()
      await page.getByRole('button', { name: 'Mở tất cả các tiêu chí' }).click()
      await narrative(page).waitFor()
    }
    await a
      .getByLabel(/điểm tự chấm$/)
      .first()
      .fill('90')
    await a.getByRole('button', { name: 'Lưu phiếu' }).click()
    await a.getByText('Đã lưu phiếu chấm.').waitFor()
    expect(await sheetBanner(a).count()).toBe(0)

    await sheetBanner(b)
      .getByText(/vừa được thay đổi ở cửa sổ khác/)
      .waitFor()
    await narrative(b).fill('Báo cáo gõ ở tab hai')
    await b.getByRole('button', { name: 'Lưu phiếu' }).click()
    await sheetBanner(b)
      .getByText(/^Chưa lưu: bản ghi này vừa được thay đổi/)
      .waitFor()
    expect(await b.getByText('Đã lưu phiếu chấm.').count()).toBe(0)
    await sheetBanner(b).getByRole('button', { name: 'So sánh' }).click()
    const rows = (await sheetBanner(b).getByRole('table').innerText()).replace(/\s+/g, ' ')
    expect(rows).toContain('tự chấm 90')
    expect(rows).toContain('Báo cáo gõ ở tab hai')
    await screenshot(b, '95-two-windows-score-sheet')

    await sheetBanner(b).getByRole('button', { name: 'Tải lại' }).click()
    await sheetBanner(b).getByRole('button', { name: 'Tải lại, bỏ phần đã sửa' }).click()
    await expect
      .poll(() =>
        b
          .getByLabel(/điểm tự chấm$/)
          .first()
          .inputValue()
      )
      .toBe('90')
    expect(await narrative(b).inputValue()).toBe('')
    expect(await sheetBanner(b).count()).toBe(0)
  })
})

describe('a form left open across a restore made in the other tab', () => {
  const name = 'Ủy ban MTTQ Việt Nam quận Đống Đa'

  it('says the data was restored, refuses to write the old form over it, and reloads', async () => {
    await a.getByRole('link', { name: 'Sao lưu' }).click()
    const download = a.waitForEvent('download')
    await a.getByRole('button', { name: 'Sao lưu ngay' }).click()
    const file = await download
    const path = join(mkdtempSync(join(tmpdir(), 'ctd-2w-')), file.suggestedFilename())
    await file.saveAs(path)

    await b.getByRole('link', { name: 'Đơn vị thành viên' }).click()
    await b.getByRole('link', { name }).click()
    await b.getByRole('heading', { level: 1, name }).waitFor()
    await b.getByLabel('Địa chỉ', { exact: true }).fill('Gõ trước khi khôi phục')

    const chooser = a.waitForEvent('filechooser')
    await a.getByRole('button', { name: 'Khôi phục từ tệp' }).click()
    await (await chooser).setFiles(path)
    const confirm = a.getByRole('group', { name: 'Xác nhận khôi phục' })
    await confirm.getByRole('button', { name: 'Khôi phục bản này' }).click()
    await a.getByText('Đã khôi phục', { exact: false }).first().waitFor()

    await banner(b)
      .getByText(/^Dữ liệu vừa được khôi phục từ một bản sao lưu/)
      .waitFor()
    expect(await banner(b).getByRole('button', { name: 'Vẫn lưu bản của tôi' }).count()).toBe(0)
    await b.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await banner(b)
      .getByText(/^Chưa lưu\. Dữ liệu vừa được khôi phục/)
      .waitFor()
    expect(await b.getByText('Đã lưu.').count()).toBe(0)
    await screenshot(b, '92-two-windows-restored')

    await a.getByRole('link', { name: 'Đơn vị thành viên' }).click()
    await a.getByRole('link', { name }).click()
    expect(await a.getByLabel('Địa chỉ', { exact: true }).inputValue()).toBe('2 Tôn Đức Thắng')

    await banner(b).getByRole('button', { name: 'Tải lại' }).click()
    await banner(b).getByRole('button', { name: 'Tải lại, bỏ phần đã sửa' }).click()
    await expect.poll(() => banner(b).count()).toBe(0)
    expect(await b.getByLabel('Địa chỉ', { exact: true }).inputValue()).toBe('2 Tôn Đức Thắng')
  })

  it('sent nothing outside the app', () => {
    expect(app.foreign).toEqual([])
  })
})
