import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { CH } from '@shared/ipc/channels'
import { printableHtml } from '@core/documents/render-html'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { allSampleDocuments } from '@core/sample/all-documents'
import { createIpcRegistrar } from '../../src/main/ipc/register'
import { channelHandlers } from '../../src/main/ipc/register-handlers'
import { FileDialogService } from '../../src/main/services/file-dialogs'
import {
  PdfExportService,
  pdfWindowOptions,
  type PdfWindowLike
} from '../../src/main/services/pdf-export'
import { MAX_PDF_HTML_BYTES } from '../../src/main/ipc/schemas'

const PDF = new TextEncoder().encode('%PDF-1.7 bản in')
const html = printableHtml(
  allSampleDocuments(buildSampleDataset('2026-01-01T00:00:00.000Z'))[0]!.model
)

/** A hidden window as Electron would give it, recording what main does with it. */
function fakeWindow(print: () => Promise<Uint8Array> = async () => PDF) {
  const calls: string[] = []
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>()
  let filter: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined
  let destroyed = false
  const win: PdfWindowLike & { options?: unknown } = {
    webContents: {
      loadURL: vi.fn(async (url: string) => void calls.push(`load ${url.slice(0, 40)}`)),
      printToPDF: vi.fn(
        async (options) => (calls.push(`print ${JSON.stringify(options)}`), print())
      ),
      on: (event, listener) => listeners.set(event, listener),
      setWindowOpenHandler: vi.fn(),
      session: {
        webRequest: { onBeforeRequest: (listener) => void (filter = listener) },
        setPermissionRequestHandler: vi.fn()
      }
    },
    isDestroyed: () => destroyed,
    destroy: () => void ((destroyed = true), calls.push('destroy'))
  }
  const refused = (url: string) => {
    let cancel: boolean | undefined
    filter!({ url }, (r) => (cancel = r.cancel))
    return cancel
  }
  return { win, calls, listeners, refused, destroyed: () => destroyed }
}

async function setup(print?: () => Promise<Uint8Array>, choose = true) {
  const dir = await mkdtemp(join(tmpdir(), 'ctd-pdf-'))
  const fake = fakeWindow(print)
  const created: unknown[] = []
  const showSaveDialog = vi.fn(async (options: { defaultPath: string }) =>
    choose
      ? { canceled: false, filePath: join(dir, 'Thông báo đã chọn') }
      : { canceled: true, filePath: options.defaultPath }
  )
  const files = new FileDialogService(
    { showSaveDialog, showOpenDialog: vi.fn() },
    () => '/home/thu-ky/Tài liệu'
  )
  const service = new PdfExportService(
    (options) => (created.push(options), fake.win),
    files,
    () => {},
    200
  )
  return { dir, fake, created, showSaveDialog, service }
}

describe('Xuất PDF in main', () => {
  it('prints in a hidden window that runs nothing: no preload, no Node, no JavaScript, sandboxed', () => {
    const options = pdfWindowOptions()
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({
      offscreen: true,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false
    })
    expect(options.webPreferences).not.toHaveProperty('preload')
    expect(options.webPreferences!.partition).not.toMatch(/^persist:/)
  })

  it('loads the page as data, refuses every other request, prints, then saves where the user chose', async () => {
    const { dir, fake, created, showSaveDialog, service } = await setup()
    const result = await service.export({ html, suggestedName: 'Thông báo: 05/TB' })
    expect(created).toEqual([pdfWindowOptions()])
    const url = (fake.win.webContents.loadURL as ReturnType<typeof vi.fn>).mock
      .calls[0]![0] as string
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true)
    expect(Buffer.from(url.split(',')[1]!, 'base64').toString('utf8')).toBe(html)
    expect(fake.calls).toEqual([
      `load ${url.slice(0, 40)}`,
      'print {"preferCSSPageSize":true,"printBackground":true}',
      'destroy'
    ])
    for (const outside of ['https://example.com/x.css', 'file:///etc/passwd', 'app://cumthidua/'])
      expect(fake.refused(outside)).toBe(true)
    expect(fake.refused('data:image/png;base64,AAAA')).toBe(false)
    const navigation = { preventDefault: vi.fn() }
    fake.listeners.get('will-navigate')!(navigation)
    expect(navigation.preventDefault).toHaveBeenCalled()
    expect(fake.win.webContents.setWindowOpenHandler).toHaveBeenCalled()
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join('/home/thu-ky/Tài liệu', 'Thông báo 05-TB.pdf'),
        filters: [{ name: 'Tài liệu PDF', extensions: ['pdf'] }]
      })
    )
    const target = join(dir, 'Thông báo đã chọn.pdf')
    expect(result).toEqual({ ok: true, value: { path: target, method: 'dialog' } })
    expect(new Uint8Array(await readFile(target))).toEqual(PDF)
    expect(await readdir(dir)).toEqual(['Thông báo đã chọn.pdf'])
  })

  it('writes nothing when the dialog is cancelled, and closes the window', async () => {
    const { dir, fake, service } = await setup(undefined, false)
    const result = await service.export({ html, suggestedName: 'x' })
    expect(result).toMatchObject({ ok: false, error: { code: 'canceled' } })
    expect(await readdir(dir)).toEqual([])
    expect(fake.destroyed()).toBe(true)
  })

  it('says so in Vietnamese when printing fails or hangs, and shows no dialog', async () => {
    for (const print of [
      async () => Promise.reject(new Error('render process gone')),
      () => new Promise<Uint8Array>(() => {})
    ]) {
      const { fake, showSaveDialog, service } = await setup(print)
      const result = await service.export({ html, suggestedName: 'x' })
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
      if (!result.ok) expect(result.error.message).toContain('Không tạo được tệp PDF')
      expect(showSaveDialog).not.toHaveBeenCalled()
      expect(fake.destroyed()).toBe(true)
    }
  })

  it('checks the request over IPC: a whole printable page of bounded size', async () => {
    const handlers = new Map<string, (e: unknown, p: unknown) => Promise<unknown>>()
    const handle = createIpcRegistrar(
      { handle: (c, fn) => handlers.set(c, fn as never) },
      () => true
    )
    const exportPdf = vi.fn(async () => ({
      ok: true as const,
      value: { path: '/x.pdf', method: 'dialog' as const }
    }))
    const all = channelHandlers({ pdf: { export: exportPdf } } as never)
    handle(CH.fileExportPdf, all[CH.fileExportPdf])
    const call = (payload: unknown) =>
      handlers.get(CH.fileExportPdf)!({ sender: { id: 1 } }, payload)
    await expect(call({ html, suggestedName: 'a' })).resolves.toMatchObject({ ok: true })
    await expect(
      call({ html: '<script>alert(1)</script>', suggestedName: 'a' })
    ).resolves.toMatchObject({
      ok: false,
      error: { message: 'Dữ liệu gửi tới không hợp lệ: Nội dung văn bản không hợp lệ.' }
    })
    const huge = '<!DOCTYPE html>' + 'ệ'.repeat(MAX_PDF_HTML_BYTES / 3)
    const refused = (await call({ html: huge, suggestedName: 'a' })) as {
      error: { message: string }
    }
    expect(refused.error.message).toContain('Văn bản quá dài để xuất PDF trực tiếp')
    expect(exportPdf).toHaveBeenCalledTimes(1)
  })
})
