import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openAppWithSample, screenshot, type AppSession } from './harness'

/**
 * The pact's draft: an amendment typed on the signed pact and never saved survives the window
 * being closed, is offered back when the pact is opened again, and can be taken back or thrown
 * away; nothing of it reaches the stored pact until "Lưu sửa đổi".
 */
let app: AppSession
let page: Page

const REASON = 'Bổ sung nội dung theo hướng dẫn mới của Thành phố'
const TYPED = 'Tuyên truyền, vận động Nhân dân thực hiện Nghị quyết Đại hội (bản sửa, chưa lưu).'

/** Closes the window without its "leave?" question, as a crash or a power cut would. */
async function reopenOnPact(): Promise<void> {
  await page.close({ runBeforeUnload: false })
  page = await app.context.newPage()
  await page.goto(app.server.url + '#/giao-uoc')
  await page.getByLabel('Năm', { exact: true }).selectOption({ label: '2020' })
}

const offer = () => page.getByRole('alert').filter({ hasText: 'Có bản nháp chưa lưu' })

beforeAll(async () => {
  app = await openAppWithSample()
  page = app.page
})

afterAll(async () => {
  await app?.close()
})

describe('Giao ước: an unsaved amendment and its draft', () => {
  let original = ''

  it('keeps an amendment typed on the signed pact as a draft while it is unsaved', async () => {
    await page.getByRole('link', { name: 'Giao ước', exact: true }).click()
    await page.getByLabel('Năm', { exact: true }).selectOption({ label: '2020' })
    await page.getByText('Đã ký ngày 05/02/2020.', { exact: false }).first().waitFor()
    original = await page.getByLabel('Nội dung 1 (1.)').inputValue()
    expect(original).not.toBe('')
    await page.getByRole('button', { name: 'Sửa đổi sau khi ký' }).click()
    await page.getByLabel('Lý do sửa đổi (bắt buộc)').fill(REASON)
    await page.getByLabel('Nội dung 1 (1.)').fill(TYPED)
    await page.getByText('Đã tự giữ bản nháp lúc', { exact: false }).waitFor()
  })

  it('offers it back after the window was closed, and «Khôi phục» returns the amendment', async () => {
    await reopenOnPact()
    await offer().getByText('Có bản nháp chưa lưu của giao ước', { exact: false }).waitFor()
    // Until the secretary chooses, the form shows the stored pact and cannot be typed into.
    expect(await page.getByLabel('Nội dung 1 (1.)').inputValue()).toBe(original)
    expect(await page.getByLabel('Nội dung 1 (1.)').isDisabled()).toBe(true)
    await screenshot(page, '51-pact-draft-offered')
    await offer().getByRole('button', { name: 'Khôi phục' }).click()
    expect(await page.getByLabel('Nội dung 1 (1.)').inputValue()).toBe(TYPED)
    expect(await page.getByLabel('Lý do sửa đổi (bắt buộc)').inputValue()).toBe(REASON)
    expect(await page.getByRole('button', { name: 'Lưu sửa đổi' }).isEnabled()).toBe(true)
  })

  it('«Bỏ bản nháp» leaves the signed pact as it was stored, and the offer does not come back', async () => {
    await reopenOnPact()
    await offer().getByRole('button', { name: 'Bỏ bản nháp' }).click()
    await offer().waitFor({ state: 'detached' })
    expect(await page.getByLabel('Nội dung 1 (1.)').inputValue()).toBe(original)
    expect(await page.getByRole('button', { name: 'Sửa đổi sau khi ký' }).isVisible()).toBe(true)
    await reopenOnPact()
    await page.getByText('Đã ký ngày 05/02/2020.', { exact: false }).first().waitFor()
    expect(await page.getByLabel('Nội dung 1 (1.)').inputValue()).toBe(original)
    expect(await offer().count()).toBe(0)
  })
})
