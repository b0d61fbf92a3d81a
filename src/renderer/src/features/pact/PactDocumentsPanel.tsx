import { memo, useState } from 'react'
import {
  buildPactDocument,
  buildSelfAssessmentForm,
  buildTrackingDocument,
  type PactFacts
} from '@core/documents/kinds/pact'
import { documentSymbol, type IssuedNumber } from '@core/documents/kinds/common'
import type { DocumentModel } from '@core/documents/model'
import type { FormatProfile } from '@core/documents/profile'
import type { ClusterYear, CommitmentProgress } from '@core/model/entities'
import { exportMessage, exportUnnumbered } from '../../documents/export-docx'
import { ExportPdfButton } from '../../documents/ExportPdfButton'
import { printDocument } from '../../documents/print'
import { SavedFileActions } from '../../documents/SavedFileActions'
import { useDocumentExport } from '../../documents/useDocumentExport'
import { UnitOptions } from '../../components/Options'

interface Props {
  /** What the documents are built from: the form as it stands when a button is pressed. */
  factsNow(): PactFacts
  hasCriteria: boolean
  /** The tracking entries, for the tracking table. */
  progress: CommitmentProgress[]
  profile: FormatProfile
  year: ClusterYear
  unitNameOf(unitId: string): string
  /** The signed pact's number, when the cluster numbers its pacts. */
  issued: IssuedNumber | null
}

/**
 * "Văn bản" of the pact: the pact itself, the tracking table and each unit's self-assessment
 * form, exported as they stand. The signed pact carries the register's number when the cluster
 * numbers its pacts (Cài đặt); otherwise it is unnumbered, as each unit signs it.
 */
export const PactDocumentsPanel = memo(function PactDocumentsPanel(props: Props) {
  const { factsNow, hasCriteria, progress, profile, year, unitNameOf, issued } = props
  const [formUnit, setFormUnit] = useState(year.memberUnitIds[0] ?? '')
  const exporting = useDocumentExport()
  const save = (label: string, title: string, model: DocumentModel, symbol: string | null = null) =>
    exporting.run(async () => {
      const result = await exportUnnumbered(label, title, model, symbol)
      return {
        message: exportMessage(symbol, result, 'văn bản'),
        saved: result.ok ? result.value : null
      }
    })
  return (
    <section className="panel" aria-labelledby="pact-docs">
      <h2 id="pact-docs">Văn bản</h2>
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          onClick={() =>
            save(
              'Bản giao ước thi đua',
              `năm ${year.year}`,
              buildPactDocument(factsNow(), profile, issued),
              issued
                ? documentSymbol(issued.number, issued.typeCode, factsNow().cluster.symbol)
                : null
            )
          }
        >
          Xuất Word giao ước
        </button>
        <ExportPdfButton
          build={() => buildPactDocument(factsNow(), profile)}
          name={{ label: 'Bản giao ước thi đua', symbol: null, title: `năm ${year.year}` }}
          actions={exporting}
        />
        <button type="button" className="button" onClick={printDocument}>
          In
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            save(
              'Bảng theo dõi giao ước',
              `năm ${year.year}`,
              buildTrackingDocument(factsNow(), progress, profile)
            )
          }
        >
          Xuất bảng theo dõi
        </button>
        <SavedFileActions saved={exporting.saved} />
      </div>
      <div className="form-actions">
        <label htmlFor="form-unit">Phiếu tự chấm điểm cho</label>
        <select id="form-unit" value={formUnit} onChange={(e) => setFormUnit(e.target.value)}>
          <UnitOptions ids={year.memberUnitIds} nameOf={unitNameOf} />
        </select>
        <button
          type="button"
          className="button"
          disabled={!hasCriteria}
          onClick={() =>
            save(
              'Phiếu tự chấm điểm',
              `${unitNameOf(formUnit)} năm ${year.year}`,
              buildSelfAssessmentForm(factsNow(), formUnit, profile)
            )
          }
        >
          Xuất phiếu tự chấm
        </button>
      </div>
      <p role="status" className="save-status">
        {exporting.message}
      </p>
    </section>
  )
})
