import { useMemo, useState } from 'react'
import { buildRegisterDocument } from '@core/documents/kinds/register'
import type { Cluster, DocumentRecord } from '@core/model/entities'
import type { RegisterFilter } from '@core/rules/register'
import { useFormatProfile, useRegister } from '../../db/hooks'
import { DocumentPreview } from '../../documents/DocumentPreview'
import { exportMessage, exportNamed } from '../../documents/export-docx'
import { printDocument } from '../../documents/print'
import { SavedFileActions } from '../../documents/SavedFileActions'
import { useDocumentExport } from '../../documents/useDocumentExport'
import { getDesktopApi } from '../../lib/desktop-api'
import { registerCsvBytes, registerFileTitle } from './register-view'

interface Props {
  cluster: Cluster
  /** The filter chosen on screen. */
  filter: RegisterFilter
  /** The entries shown on screen (what the CSV holds). */
  entries: DocumentRecord[]
  /** The years the register holds, newest first. */
  years: number[]
}

/**
 * The register as the sổ đăng ký văn bản đi (ND30 Phụ lục IV, one book per year, voided numbers
 * kept with their reason): its print preview, "Xuất Word" and "In"; and the entries shown as a
 * CSV file for a spreadsheet.
 */
export function RegisterBookPanel({ cluster, filter, entries, years }: Props) {
  const [open, setOpen] = useState(false)
  // Read with the book, when it is opened: the closed screen has no use for it.
  const profile = useFormatProfile(open ? cluster.id : undefined)
  const exporting = useDocumentExport()
  const year = filter.year ?? years[0]
  // The book always lists voided numbers, whatever the screen shows. It is read and laid out only
  // when opened: a register of thousands of numbers must not slow the screen down.
  const book = useRegister(open ? cluster.id : undefined, {
    year,
    typeCode: filter.typeCode,
    withVoided: true
  })
  const bookFilter = useMemo(
    () => ({ year: year ?? 0, typeCode: filter.typeCode }),
    [year, filter.typeCode]
  )
  const model = useMemo(
    () =>
      open && profile && book && year !== undefined
        ? buildRegisterDocument(cluster, book.entries, bookFilter, profile)
        : null,
    [open, cluster, book, bookFilter, profile, year]
  )
  const title = registerFileTitle(bookFilter, cluster)

  const exportCsv = () =>
    exporting.run(async () => {
      const result = await getDesktopApi().file.save({
        kind: 'csv',
        suggestedName: registerFileTitle(filter, cluster),
        bytes: registerCsvBytes(entries, cluster)
      })
      return {
        message: exportMessage(null, result, `bảng tính ${entries.length} số văn bản`),
        saved: result.ok ? result.value : null
      }
    })

  const exportWord = () =>
    exporting.run(async () => {
      if (!model) return ''
      const result = await exportNamed(title, model)
      return {
        message: exportMessage(null, result, 'sổ đăng ký văn bản đi'),
        saved: result.ok ? result.value : null
      }
    })

  return (
    <div className="register-book">
      <div className="form-actions no-print">
        <button
          type="button"
          className="button"
          disabled={year === undefined}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
        >
          {open ? 'Đóng bản in sổ' : `Xem sổ đăng ký văn bản đi năm ${year ?? ''} để in`}
        </button>
        <button
          type="button"
          className="button"
          onClick={exportCsv}
          disabled={entries.length === 0 || exporting.busy}
        >
          Xuất bảng tính (CSV)
        </button>
        <SavedFileActions saved={exporting.saved} />
      </div>
      {filter.year === undefined && year !== undefined ? (
        <p className="muted no-print">
          Sổ đăng ký in theo từng năm: đang dùng năm {year}; chọn năm khác ở bộ lọc “Năm”.
        </p>
      ) : null}
      <p role="status" className="save-status no-print">
        {exporting.message}
      </p>
      {open && model ? (
        <>
          <div className="form-actions no-print">
            <button type="button" className="button primary" onClick={exportWord}>
              Xuất Word sổ đăng ký
            </button>
            <button type="button" className="button" onClick={printDocument}>
              In sổ đăng ký
            </button>
          </div>
          <DocumentPreview model={model} />
        </>
      ) : null}
    </div>
  )
}
