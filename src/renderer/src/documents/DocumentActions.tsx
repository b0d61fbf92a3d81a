import type { DocumentModel } from '@core/documents/model'
import { DocumentPreview } from './DocumentPreview'
import { exportMessage, exportUnnumbered } from './export-docx'
import { printDocument } from './print'
import { SavedFileActions } from './SavedFileActions'
import { useDocumentExport } from './useDocumentExport'

/**
 * "Xuất Word" and "In" for a document the app makes from its records (scoring, year-end), with
 * its print preview. The file is saved without a number (the register gives the number when the
 * secretary issues it from Văn bản). `label` and `title` name the file; `noun` is what the message
 * calls it ("bản nháp", "văn bản").
 */
export function DocumentActions({
  model,
  label,
  title,
  noun,
  primary = false
}: {
  model: DocumentModel | null
  label: string
  title: string
  noun?: string
  /** The page's main action (the scoring documents' tab), shown as such. */
  primary?: boolean
}) {
  const exporting = useDocumentExport()
  const exportNow = () =>
    exporting.run(async () => {
      if (!model) return 'Chưa có gì để xuất.'
      const result = await exportUnnumbered(label, title, model)
      return { message: exportMessage(null, result, noun), saved: result.ok ? result.value : null }
    })
  return (
    <>
      <div className="form-actions no-print">
        <button
          type="button"
          className={primary ? 'button primary' : 'button'}
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
