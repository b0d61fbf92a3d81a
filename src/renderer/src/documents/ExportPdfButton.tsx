import type { DocumentModel } from '@core/documents/model'
import { useIsDesktop } from '../lib/useIsDesktop'
import { exportPdf, pdfMessage, type PdfName } from './export-pdf'
import type { useDocumentExport } from './useDocumentExport'

const HINTS = {
  desktop: 'Lưu văn bản thành tệp PDF, đúng như bản xem trước (cùng trang, cùng lề với tệp Word).',
  web: 'Mở hộp thoại In của trình duyệt: chọn “Lưu dưới dạng PDF” (Save as PDF) để lưu tệp PDF.'
}

/**
 * "Xuất PDF", next to "Xuất Word": the document as the preview shows it, printed to a PDF file.
 * `build` makes the model when the button is pressed (null when the form cannot make one yet).
 * Its hint says how it works here: a save dialog on the desktop, the print dialog in a browser.
 */
export function ExportPdfButton({
  build,
  name,
  actions
}: {
  build(): DocumentModel | null
  name: Omit<PdfName, 'title'> & { title?: string }
  actions: ReturnType<typeof useDocumentExport>
}) {
  const isDesktop = useIsDesktop()
  const hint = HINTS[isDesktop === false ? 'web' : 'desktop']
  return (
    <button
      type="button"
      className="button"
      title={hint}
      aria-description={hint}
      disabled={actions.busy}
      onClick={() =>
        actions.run(async () => {
          const model = build()
          if (!model) return 'Chưa xuất được PDF: hãy kiểm tra các mục đã nhập.'
          const result = await exportPdf(model, { ...name, title: name.title ?? model.title })
          return {
            message: pdfMessage(result),
            saved: result.ok && result.value.method === 'dialog' ? result.value : undefined
          }
        })
      }
    >
      Xuất PDF
    </button>
  )
}
