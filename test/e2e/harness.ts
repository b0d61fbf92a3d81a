import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'

export const ROOT = resolve(import.meta.dirname, '../..')
export const SCREENSHOTS = join(ROOT, '.ci-out', 'screenshots')
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/** Serves the built renderer (`out/renderer`) on 127.0.0.1, on a free port. */
export async function startRendererServer(): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = join(ROOT, 'out', 'renderer')
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the end-to-end tests.')
  }
  const server: PreviewServer = await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false }
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('preview server has no URL')
  return { url, close: () => server.close() }
}

/** A fresh browser profile folder; pass it again to `launch` to restart "the same PC". */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'ctd-e2e-profile-'))
}

/**
 * Debian's Chromium, headless, at a common office screen size, on a persistent profile so that
 * IndexedDB survives a browser restart as it survives an app restart.
 */
/** Debian's Chromium as the tests and benchmarks run it: quiet, offline, in Vietnamese. */
export const CHROMIUM_ARGS = [
  '--lang=vi-VN',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    acceptDownloads: true,
    args: CHROMIUM_ARGS
  })
}

/**
 * Records every request the page makes that leaves its own origin. The app runs on office PCs
 * without internet: fonts, icons and scripts must all come from the app itself.
 */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return
    foreign.push(url)
  })
  return foreign
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/**
 * Types a name for every signer of the pact on screen: the sample cluster names nobody, and a
 * pact is signed (or a signed one amended) only with every signature block named.
 */
export async function fillSigners(page: Page): Promise<void> {
  const names = page.getByRole('region', { name: 'Người ký' }).getByLabel(/: người ký$/)
  const count = await names.count()
  for (let i = 0; i < count; i++) await names.nth(i).fill(`Người Ký Số ${i + 1}`)
}

/**
 * Opens a new meeting's form from Hội nghị & Biên bản, the sample's 2024 year-end review, with
 * its date (`YYYY-MM-DD`): the rest of the form is the caller's.
 */
export async function startYearEndReview(page: Page, date: string): Promise<void> {
  await page.getByRole('link', { name: 'Hội nghị & Biên bản' }).click()
  await page.getByRole('link', { name: 'Thêm hội nghị' }).click()
  await page.getByLabel('Năm thi đua').selectOption({ label: '2024' })
  await page.getByLabel('Loại hội nghị').selectOption('year-end-review')
  await page
    .getByLabel('Tên hội nghị *')
    .fill('Hội nghị tổng kết công tác thi đua năm 2024 Cụm thi đua số 1')
  await page.getByLabel('Ngày họp *').fill(date)
}

/**
 * Names of interactive elements that have no accessible name: each should be empty.
 * A control a screen reader cannot name is a control a secretary cannot find by keyboard.
 */
export async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    for (const el of Array.from(document.querySelectorAll('a, button, input, select, textarea'))) {
      const html = el as HTMLElement
      const labelled =
        html.getAttribute('aria-label') ||
        html.getAttribute('aria-labelledby') ||
        ((el as HTMLInputElement).labels?.length ?? 0) > 0 ||
        (html.textContent ?? '').trim() !== ''
      if (!labelled) out.push(html.outerHTML.slice(0, 120))
    }
    return out
  })
}

/** A browser on the served app, with the sample cluster loaded as a secretary would load it. */
export interface AppSession {
  server: Awaited<ReturnType<typeof startRendererServer>>
  context: BrowserContext
  page: Page
  /** Requests that left the app's origin; each test file ends by checking it is empty. */
  foreign: string[]
  close(): Promise<void>
}

export async function openAppWithSample(): Promise<AppSession> {
  const server = await startRendererServer()
  const context = await launch(newProfile())
  const page = context.pages()[0] ?? (await context.newPage())
  const foreign = watchForeignRequests(page, new URL(server.url).origin)
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click()
  await page.getByRole('region', { name: /^Đơn vị thành viên/ }).waitFor()
  return {
    server,
    context,
    page,
    foreign,
    close: async () => {
      await context.close()
      await server.close()
    }
  }
}

/** Restores a backup file from Sao lưu as a secretary would, confirming, until it is done. */
export async function restoreBackupFile(page: Page, file: string): Promise<void> {
  await page.getByRole('link', { name: 'Sao lưu' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Khôi phục từ tệp' }).click()
  await (await chooser).setFiles(file)
  await page
    .getByRole('group', { name: 'Xác nhận khôi phục' })
    .getByRole('button', { name: 'Khôi phục bản này' })
    .click()
  await page.getByText('Đã khôi phục:').waitFor()
}
