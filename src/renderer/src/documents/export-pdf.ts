import { documentFileName } from '@core/documents/file-name'
import type { DocumentModel } from '@core/documents/model'
import { printableHtml } from '@core/documents/render-html'
import type { Result } from '@shared/ipc/results'
import type { SaveFileResult } from '@shared/ipc/contract'
import { getDesktopApi } from '../lib/desktop-api'

/** What identifies the document in its file name: type, number (if any) and summary. */
export interface PdfName {
  /** Vietnamese type name: `Thông báo`, `Biên bản`. */
  label: string
  /** `05/TB-CTĐ1`, or null before the document is numbered. */
  symbol: string | null
  title: string
}

/**
 * "Xuất PDF": the document's printable page — the same layout as the .docx, with its own page
 * sizes and margins — goes to the desktop, which prints it to PDF and saves it where the user
 * chooses (in the browser build, it opens the browser's print dialog instead). The PDF is what the
 * preview shows: a document not numbered yet is exported without a number.
 */
export function exportPdf(model: DocumentModel, name: PdfName): Promise<Result<SaveFileResult>> {
  return getDesktopApi().file.exportPdf({
    html: printableHtml(model),
    suggestedName: documentFileName(name.label, name.symbol, name.title).replace(/\.docx$/, '.pdf')
  })
}

/** The sentence shown after "Xuất PDF". */
export function pdfMessage(result: Result<SaveFileResult>): string {
  if (!result.ok)
    return result.error.code === 'canceled' ? 'Chưa lưu tệp PDF.' : result.error.message
  if (result.value.method === 'print')
    return 'Đã mở hộp thoại In của trình duyệt: chọn máy in “Lưu dưới dạng PDF” (Save as PDF) rồi bấm Lưu để có tệp PDF.'
  return `Đã xuất PDF ra tệp: ${result.value.path}`
}
