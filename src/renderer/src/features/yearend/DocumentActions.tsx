import type { DocumentModel } from '@core/documents/model'
import { DocumentPreview } from '../../documents/DocumentPreview'
import { exportMessage, exportUnnumbered } from '../../documents/export-docx'
import { printDocument } from '../../documents/print'
import { SavedFileActions } from '../../documents/SavedFileActions'
import { useDocumentExport } from '../../documents/useDocumentExport'

/**
 * "Xuất Word" and "In" for one year-end document, with its print preview: the documents room's
 * shared pieces. The file is saved as a draft without a number (the register gives the number
 * when the secretary issues it from Văn bản).
 */
export function DocumentActions({
  model,
  label,
  title
}: {
  model: DocumentModel | null
  label: string
  title: string
}) {
  const exporting = useDocumentExport()
  const exportNow = () =>
    exporting.run(async () => {
      if (!model) return 'Chưa có gì để xuất.'
      const result = await exportUnnumbered(label, title, model)
      return { message: exportMessage(null, result), saved: result.ok ? result.value : null }
    })
  return (
    <>
      <div className="form-actions no-print">
        <button
          type="button"
          className="button"
          disabled={!model || exporting.busy}
          onClick={exportNow}
        >
          Xuất Word
        </button>
        <button type="button" className="button" disabled={!model} onClick={printDocument}>
          In
        </button>
        <SavedFileActions saved={exporting.saved} />
        <span role="status">{exporting.message}</span>
      </div>
      {model ? <DocumentPreview model={model} /> : null}
    </>
  )
}
