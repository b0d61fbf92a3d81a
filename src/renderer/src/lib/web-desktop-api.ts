import { toSafeFileName } from '@core/text/file-name'
import { fail, ok } from '@shared/ipc/results'
import type { DesktopApi, FileKind } from '@shared/ipc/contract'
import { LOW_DISK_BYTES } from '@core/backup/rotation'
import { APP_VERSION } from '@shared/version'
import {
  setWebRetention,
  webBackupList,
  webBackupRead,
  webBackupRemove,
  webBackupSave,
  webFreeBytes
} from './web-backup-store'
import { printInBrowser } from './web-print'

const EXTENSIONS: Record<FileKind, { ext: string; mime: string; accept: string }> = {
  docx: {
    ext: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    accept: '.docx'
  },
  backup: { ext: 'json', mime: 'application/json', accept: '.json,application/json' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8', accept: '.csv,text/csv' },
  pdf: { ext: 'pdf', mime: 'application/pdf', accept: '.pdf,application/pdf' },
  xlsx: {
    ext: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    accept: '.xlsx'
  }
}

/** Hands bytes to the browser as a download into Tải xuống. */
function download(doc: Document, name: string, bytes: Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }))
  const link = doc.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  doc.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * The desktop API for the browser build (end-to-end tests, demos): a save becomes a download,
 * an open becomes a file picker, and there is no folder to reveal.
 */
export function createWebDesktopApi(doc: Document = document): DesktopApi {
  return {
    app: {
      getInfo: async () =>
        ok({
          name: 'Thư ký Cụm thi đua',
          version: APP_VERSION,
          platform: 'web',
          dataPath: '',
          isDesktop: false
        }),
      diskStatus: async () => {
        const free = await webFreeBytes()
        return ok({ freeBytes: free, isLow: free < LOW_DISK_BYTES })
      },
      // A browser tab has no close to hold: the page's `beforeunload` asks instead.
      onCloseRequested: () => () => {},
      answerClose: async () => ok(null),
      onBeforeQuit: () => () => {},
      quitReady: async () => ok(null)
    },
    backup: {
      save: ({ bytes, reason }) => webBackupSave(bytes, reason),
      list: () => webBackupList(),
      read: ({ name }) => webBackupRead(name),
      remove: ({ name }) => webBackupRemove(name),
      setRetention: async (retention) => setWebRetention(retention),
      chooseFolder: async () =>
        fail(
          'unsupported',
          'Bản chạy trên trình duyệt giữ bản sao lưu trong trình duyệt, không chọn được thư mục.'
        )
    },
    file: {
      save: async ({ kind, suggestedName, bytes }) => {
        const { ext, mime } = EXTENSIONS[kind]
        const name = toSafeFileName(suggestedName, ext)
        download(doc, name, bytes, mime)
        return ok({ path: name, method: 'download' as const })
      },
      // No printToPDF in a browser: the same printable page goes to the browser's print dialog,
      // where the secretary chooses “Lưu dưới dạng PDF”.
      exportPdf: async ({ html, suggestedName }) => {
        await printInBrowser(html, doc)
        return ok({ path: toSafeFileName(suggestedName, 'pdf'), method: 'print' as const })
      },
      // A browser cannot write a folder: the files come as one .zip in Tải xuống. Nor can it
      // print a page to a PDF file without the user, so a folder asking for one is refused whole.
      saveFolder: async ({ folderName, kind, files }) => {
        if (files.some((file) => 'html' in file))
          return fail(
            'unsupported',
            'Bản chạy trên trình duyệt không tạo được tệp PDF trong thư mục; hãy xuất .docx rồi lưu thành PDF trong Word.'
          )
        const { zipSync } = await import('fflate')
        const names = new Set<string>()
        const entries = Object.fromEntries(
          files.flatMap((file) => {
            if (!('bytes' in file)) return []
            const { ext } = EXTENSIONS[file.kind ?? kind]
            let name = toSafeFileName(file.name, ext)
            for (let n = 2; names.has(name); n++) name = toSafeFileName(`${file.name} (${n})`, ext)
            names.add(name)
            return [[name, file.bytes]]
          })
        )
        const zip = toSafeFileName(folderName, 'zip')
        download(doc, zip, zipSync(entries, { level: 0 }), 'application/zip')
        return ok({ path: zip, count: files.length, method: 'download' as const })
      },
      open: ({ kind }) =>
        new Promise((resolve) => {
          const input = doc.createElement('input')
          input.type = 'file'
          input.accept = EXTENSIONS[kind].accept
          input.addEventListener('change', async () => {
            const file = input.files?.[0]
            if (!file) return resolve(fail('canceled', 'Đã hủy chọn tệp.'))
            resolve(ok({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))
          })
          input.addEventListener('cancel', () => resolve(fail('canceled', 'Đã hủy chọn tệp.')))
          input.click()
        }),
      revealLastSaved: async () =>
        fail(
          'unsupported',
          'Bản chạy trên trình duyệt không mở được thư mục; tệp nằm trong thư mục Tải xuống.'
        ),
      openLastSaved: async () =>
        fail(
          'unsupported',
          'Bản chạy trên trình duyệt không mở được tệp; hãy mở từ thư mục Tải xuống.'
        )
    }
  }
}
