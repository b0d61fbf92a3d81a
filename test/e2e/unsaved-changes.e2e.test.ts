import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import {
  launch,
  newProfile,
  screenshot,
  startRendererServer,
  watchForeignRequests
} from './harness'

/**
 * No lost work (issue 10, point 4) and the last screen kept (issue 13, point 1), in Chromium: a
 * secretary edits a unit's address, then tries to leave by the navigation, Back and a reload;
 * later closes the browser and opens it again on the same profile.
 */
let server: Awaited<ReturnType<typeof startRendererServer>>
let context: BrowserContext
let page: Page
let foreign: string[]
const profile = newProfile()
const UNIT = 'Ủy ban MTTQ Việt Nam quận Ba Đình'
const TYPED = 'Số 1 phố Điện Biên Phủ, Ba Đình, Hà Nội'

async function open(url: string): Promise<void> {
  context = await launch(profile)
  page = context.pages()[0] ?? (await context.newPage())
  foreign = watchForeignRequests(page, new URL(server.url).origin)
  await page.goto(url)
}

const address = () => page.getByLabel('Địa chỉ')
const question = () => page.getByRole('alertdialog', { name: 'Có thay đổi chưa lưu' })

async function openUnit(): Promise<void> {
  await page.getByRole('link', { name: 'Đơn vị thành viên' }).click()
  await page.getByRole('link', { name: UNIT }).click()
  await page.getByRole('heading', { level: 1, name: UNIT }).waitFor()
}

beforeAll(async () => {
  server = await startRendererServer()
  await open(server.url)
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click()
  await page.getByRole('region', { name: /^Đơn vị thành viên/ }).waitFor()
})

afterAll(async () => {
  await context?.close()
  await server?.close()
})

describe('leaving a form with unsaved changes', () => {
  it('asks before another section opens; "Ở lại" keeps the typed text', async () => {
    await openUnit()
    await address().click()
    await address().fill(TYPED)
    await page.getByRole('link', { name: 'Hội nghị & Biên bản' }).click()
    await question().waitFor()
    expect(await question().textContent()).toContain('những thay đổi đó sẽ mất')
    await screenshot(page, '90-unsaved-question')
    // "Ở lại" is the default: Enter on the focused button stays.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ở lại')
    await page.getByRole('button', { name: 'Ở lại' }).click()
    await expect.poll(() => question().count()).toBe(0)
    expect(page.url()).toContain('#/don-vi/')
    expect(await address().inputValue()).toBe(TYPED)
  })

  it('asks on Back too', async () => {
    await page.goBack()
    await question().waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => question().count()).toBe(0)
    expect(await address().inputValue()).toBe(TYPED)
  })

  it('asks before a reload (the browser’s own question); staying keeps the text', async () => {
    const asked: string[] = []
    page.once('dialog', (dialog) => {
      asked.push(dialog.type())
      void dialog.dismiss()
    })
    await page.reload({ timeout: 3000 }).catch(() => undefined)
    expect(asked).toEqual(['beforeunload'])
    expect(await address().inputValue()).toBe(TYPED)
  })

  it('"Rời đi không lưu" leaves, and the unsaved text is gone', async () => {
    await page.getByRole('link', { name: 'Hội nghị & Biên bản' }).click()
    await question().waitFor()
    await page.getByRole('button', { name: 'Rời đi không lưu' }).click()
    await page.getByRole('heading', { level: 1, name: 'Hội nghị & Biên bản' }).waitFor()
    await openUnit()
    expect(await address().inputValue()).not.toBe(TYPED)
  })

  it('does not ask once the change is saved', async () => {
    await address().fill(TYPED)
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await page.getByText('Đã lưu.').waitFor()
    await page.getByRole('link', { name: 'Năm thi đua' }).click()
    await page.getByRole('heading', { level: 1, name: 'Năm thi đua' }).waitFor()
    expect(await question().count()).toBe(0)
  })
})

describe('closing and reopening', () => {
  it('shows the last screen after the browser is closed and opened again on the same profile', async () => {
    await page.getByRole('link', { name: 'Hội nghị & Biên bản' }).click()
    await page.getByRole('heading', { level: 1, name: 'Hội nghị & Biên bản' }).waitFor()
    expect(foreign).toEqual([])
    await context.close()
    await open(server.url)
    await page.getByRole('heading', { level: 1, name: 'Hội nghị & Biên bản' }).waitFor()
    expect(new URL(page.url()).hash).toBe('#/hoi-nghi')
    expect(foreign).toEqual([])
  })
})
