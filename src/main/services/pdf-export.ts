import type { BrowserWindowConstructorOptions } from 'electron'
import { fail, type Result } from '@shared/ipc/results'
import type { ExportPdfRequest, SaveFileResult } from '@shared/ipc/contract'
import type { FileDialogService } from './file-dialogs'

/** What the service needs of a BrowserWindow: injected, so tests run without Electron. */
export interface PdfWindowLike {
  webContents: {
    loadURL(url: string): Promise<void>
    printToPDF(options: {
      preferCSSPageSize: boolean
      printBackground: boolean
    }): Promise<Uint8Array>
    on(
      event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
      listener: (event: { preventDefault(): void }) => void
    ): unknown
    setWindowOpenHandler(handler: () => { action: 'deny' }): void
    session: {
      webRequest: {
        onBeforeRequest(
          listener: (
            details: { url: string },
            callback: (response: { cancel: boolean }) => void
          ) => void
        ): void
      }
      setPermissionRequestHandler(
        handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void
      ): void
    }
  }
  isDestroyed(): boolean
  destroy(): void
}

/** An in-memory session of its own: its request filter and permissions touch no other window. */
export const PDF_PARTITION = 'ctd-pdf-export'

/**
 * The hidden window that prints a document. It runs nothing of ours and nothing of the page's: no
 * preload, no Node, JavaScript off, sandboxed and isolated, never shown (rendered offscreen), in a
 * session of its own. The page it loads is our printable HTML as a `data:` URL, and every other
 * request is refused (see `PdfExportService.print`). Asserted field by field in
 * `test/main/pdf-export.test.ts`.
 */
export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      offscreen: true,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      partition: PDF_PARTITION
    }
  }
}

/** The printable page as a URL that needs no file and no server. */
export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`
}

/** How long printing may take before the export is given up (a hung renderer). */
const PRINT_TIMEOUT_MS = 60_000

export const NOT_PRINTED =
  'Không tạo được tệp PDF từ văn bản này. Hãy thử lại; nếu vẫn lỗi, hãy dùng “Xuất Word” rồi lưu thành PDF trong Word.'

/**
 * "Xuất PDF" on the desktop: the document's printable page (the same layout as the .docx, with
 * its own `@page` sizes and margins) is printed by Chromium in a hidden window, then saved through
 * the same dialog and atomic write as every other file — where the user chooses, nowhere else.
 */
export class PdfExportService {
  constructor(
    private readonly createWindow: (options: BrowserWindowConstructorOptions) => PdfWindowLike,
    private readonly files: Pick<FileDialogService, 'save'>,
    private readonly log: (message: string, error?: unknown) => void = () => {},
    private readonly timeoutMs = PRINT_TIMEOUT_MS
  ) {}

  async export(request: ExportPdfRequest): Promise<Result<SaveFileResult>> {
    let bytes: Uint8Array
    try {
      bytes = await this.print(request.html)
    } catch (error) {
      this.log('printToPDF failed', error)
      return fail('internal', NOT_PRINTED)
    }
    return this.files.save({ kind: 'pdf', suggestedName: request.suggestedName, bytes })
  }

  /** Prints the page to PDF bytes in a window made for it and destroyed after. */
  async print(html: string): Promise<Uint8Array> {
    const win = this.createWindow(pdfWindowOptions())
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const contents = win.webContents
      // The page needs nothing from outside itself: fonts are the system's, rules are borders.
      contents.session.webRequest.onBeforeRequest((details, callback) =>
        callback({ cancel: !details.url.startsWith('data:') })
      )
      contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
      for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const)
        contents.on(event, (e) => e.preventDefault())
      contents.setWindowOpenHandler(() => ({ action: 'deny' }))
      const printed = (async () => {
        await contents.loadURL(htmlDataUrl(html))
        return contents.printToPDF({ preferCSSPageSize: true, printBackground: true })
      })()
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('printToPDF timed out')), this.timeoutMs)
      })
      // Given up on time, the print may still fail later: that is expected, not an error to report.
      printed.catch(() => undefined)
      const pdf = await Promise.race([printed, timeout])
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    } finally {
      clearTimeout(timer)
      if (!win.isDestroyed()) win.destroy()
    }
  }
}
