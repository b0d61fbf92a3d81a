import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import {
  launch,
  newProfile,
  openAppWithSample,
  ROOT,
  screenshot,
  startRendererServer,
  unnamedControls,
  type AppSession
} from './harness'

const corpus = (sub: string, name: string) => join(ROOT, 'test/fixtures/backups', sub, name)

/**
 * Records what the page prints: the browser build's "Xuất PDF" prints a hidden frame holding the
 * printable page; its `print` is wrapped as the frame is reached, before the app calls it.
 */
function recordPrints(): void {
  const printed: string[] = []
  ;(window as unknown as { __printed: string[] }).__printed = printed
  const getter = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get(this: HTMLIFrameElement) {
      const win = getter.get!.call(this) as Window | null
      if (win && !(win as unknown as { __wrapped?: boolean }).__wrapped) {
        Object.assign(win, {
          __wrapped: true,
          print: () => printed.push(win.document.documentElement.outerHTML)
        })
      }
      return win
    }
  })
}

/**
 * The desktop as the page sees it through the preload, with a `file.exportPdf` that keeps what it
 * was sent and answers as main does after the save dialog.
 */
function fakeDesktop(): void {
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value })
  const sent: Array<{ html: string; suggestedName: string }> = []
  const entry = (reason: string) => ({
    name: `ctd-sao-luu-20261126-080000000-${reason}.json`,
    createdAt: '2026-11-26T08:00:00.000',
    reason,
    size: 1
  })
  ;(window as unknown as { __pdf: typeof sent }).__pdf = sent
  ;(window as unknown as { api: unknown }).api = {
    app: {
      getInfo: () =>
        ok({ name: 'x', version: '0', platform: 'linux', dataPath: '/d', isDesktop: true }),
      diskStatus: () => ok({ freeBytes: 1e12, isLow: false }),
      onCloseRequested: () => () => {},
      answerClose: () => ok(null),
      onBeforeQuit: () => () => {},
      quitReady: () => ok(null)
    },
    backup: {
      save: ({ reason }: { reason: string }) => ok(entry(reason)),
      list: () =>
        ok({ folder: '/b', entries: [], retention: { keepToday: 3, keepDays: 7, keepTotal: 10 } }),
      read: () => Promise.resolve({ ok: false, error: { code: 'not-found', message: 'x' } }),
      remove: ({ name }: { name: string }) => ok({ name }),
      setRetention: (r: unknown) => ok(r),
      chooseFolder: () => ok({ folder: '/b' })
    },
    file: {
      save: () => ok({ path: '/home/thu-ky/x.docx', method: 'dialog' }),
      open: () => Promise.resolve({ ok: false, error: { code: 'canceled', message: 'x' } }),
      exportPdf: (request: { html: string; suggestedName: string }) => (
        sent.push(request),
        ok({ path: `/home/thu-ky/Tài liệu/${request.suggestedName}`, method: 'dialog' })
      ),
      revealLastSaved: () => ok(null),
      openLastSaved: () => ok(null)
    }
  }
}

async function openNotice(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Văn bản' }).click()
  await page
    .getByRole('link', { name: 'Kết quả Hội nghị ký kết giao ước thi đua năm 2024' })
    .click()
  await page
    .getByRole('region', { name: 'Xem trước bản in' })
    .getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    .waitFor()
}

describe('Sao lưu: the way back survives a second restore, and nothing is left behind', () => {
  let app: AppSession
  let page: Page

  beforeAll(async () => {
    app = await openAppWithSample()
    page = app.page
    await page.getByRole('link', { name: 'Sao lưu' }).click()
  })

  afterAll(async () => {
    await app?.close()
  })

  async function restoreFile(name: string): Promise<void> {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Khôi phục từ tệp' }).click()
    await (await chooser).setFiles(corpus('accepted', name))
    const confirm = page.getByRole('group', { name: 'Xác nhận khôi phục' })
    await confirm.getByRole('button', { name: 'Khôi phục bản này' }).click()
    await page.getByText('Đã khôi phục:').waitFor()
  }

  it('lists a safety backup per restore, with its time, cluster and counts', async () => {
    await restoreFile('other-cluster.json')
    // The screens follow the restored data at once (the worker's writes reach the window).
    await page.getByRole('link', { name: 'Tổng quan' }).click()
    await page.getByRole('heading', { level: 1, name: 'Cụm thi đua số 2' }).waitFor()
    await page.getByRole('link', { name: 'Sao lưu' }).click()
    await restoreFile('schema-v5.json')
    const table = page.getByRole('table', { name: 'Các bản sao lưu trước khi khôi phục' })
    await expect.poll(() => table.getByRole('row').count()).toBe(3)
    const rows = await table.getByRole('row').allTextContents()
    // Newest first: the data the second restore replaced, then the sample the first one replaced.
    expect(rows[1]).toContain('Cụm thi đua số 2')
    expect(rows[2]).toContain('Cụm thi đua số 1')
    expect(rows[2]).toMatch(/6 đơn vị, \d+ năm thi đua, \d+ hội nghị/)
    expect(rows[2]).toMatch(/^\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/)
    expect(await unnamedControls(page)).toEqual([])
    await screenshot(page, '46-safety-backups')
  })

  it('removes one the secretary no longer needs, after asking', async () => {
    const table = page.getByRole('table', { name: 'Các bản sao lưu trước khi khôi phục' })
    await table
      .getByRole('button', { name: /^Xóa bản trước khi khôi phục/ })
      .first()
      .click()
    await table.getByRole('button', { name: 'Giữ lại' }).click()
    expect(await table.getByRole('row').count()).toBe(3)
    await table
      .getByRole('button', { name: /^Xóa bản trước khi khôi phục/ })
      .first()
      .click()
    await table.getByRole('button', { name: 'Xóa hẳn' }).click()
    await page.getByText('Đã xóa bản sao lưu trước khi khôi phục lúc').waitFor()
    await expect.poll(() => table.getByRole('row').count()).toBe(2)
    expect(await table.textContent()).toContain('Cụm thi đua số 1')
  })

  it('removes at start the staging copy an interrupted restore left, and says so', async () => {
    const stale = `cum-thi-dua-staging-${Date.now() - 2 * 3600_000}`
    await page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name, 50)
          request.onupgradeneeded = () => request.result.createObjectStore('clusters')
          request.onsuccess = () => (request.result.close(), resolve())
          request.onerror = () => reject(request.error)
        }),
      stale
    )
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Sao lưu' }).waitFor()
    await page.getByText(/Khi mở, ứng dụng đã dọn 1 bản dữ liệu tạm/).waitFor({ timeout: 15_000 })
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))
    expect(names).not.toContain(stale)
    await screenshot(page, '47-staging-cleaned')
  })

  it('never requested anything outside its own origin', () => {
    expect(app.foreign).toEqual([])
  })
})

describe('Xuất PDF next to Xuất Word', () => {
  it('in the browser build, prints the same printable page through the print dialog', async () => {
    const app = await openAppWithSample()
    try {
      await app.page.addInitScript(recordPrints)
      await app.page.reload()
      await openNotice(app.page)
      const button = app.page.getByRole('button', { name: 'Xuất PDF' })
      expect(await button.getAttribute('title')).toContain('Lưu dưới dạng PDF')
      await button.click()
      await app.page.getByText('Đã mở hộp thoại In của trình duyệt').waitFor()
      const printed = await app.page.evaluate(
        () => (window as unknown as { __printed: string[] }).__printed
      )
      expect(printed).toHaveLength(1)
      expect(printed[0]).toContain('@page')
      expect(printed[0]).toContain('Kết quả Hội nghị ký kết giao ước thi đua năm 2024')
      expect(printed[0]).not.toContain('<script')
      expect(app.foreign).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('on the desktop, hands the printable page and a safe name to main and shows where it was saved', async () => {
    const server = await startRendererServer()
    let context: BrowserContext | undefined
    try {
      context = await launch(newProfile())
      const page = context.pages()[0] ?? (await context.newPage())
      await page.addInitScript(fakeDesktop)
      await page.goto(server.url)
      await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click()
      await openNotice(page)
      const button = page.getByRole('button', { name: 'Xuất PDF' })
      await expect.poll(() => button.getAttribute('title')).toContain('đúng như bản xem trước')
      await button.click()
      await page.getByText('Đã xuất PDF ra tệp: /home/thu-ky/Tài liệu/').waitFor()
      const sent = await page.evaluate(
        () => (window as unknown as { __pdf: Array<{ html: string; suggestedName: string }> }).__pdf
      )
      expect(sent).toHaveLength(1)
      expect(sent[0]!.suggestedName).toBe(
        'Thông báo chưa cấp số Kết quả Hội nghị ký kết giao ước thi đua năm 2024.pdf'
      )
      expect(sent[0]!.html.startsWith('<!DOCTYPE html>')).toBe(true)
      expect(sent[0]!.html).toContain('@page')
      expect(sent[0]!.html).not.toContain('<script')
      // Saved through the dialog: the file can be opened or shown in its folder.
      await page.getByRole('button', { name: 'Mở tệp' }).waitFor()
      await screenshot(page, '48-export-pdf')
    } finally {
      await context?.close()
      await server.close()
    }
  })
})
