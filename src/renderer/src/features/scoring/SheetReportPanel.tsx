import type { SheetFlag } from '@core/scoring/model'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import { FLAG_LABELS, type SheetForm } from './sheet-form'

interface Props {
  form: SheetForm
  update(patch: Partial<SheetForm>): void
  error(field: string): string
  canSelf: boolean
}

/**
 * The sheet's own facts: the vướng mắc flag (the unit is scored, and the award step will refuse
 * it), who signed the unit's report and when it was submitted, and the report's text (outline:
 * `# Mục`, `## Mục con`), which the Báo cáo kết quả… prints before the figures.
 */
export function SheetReportPanel({ form, update, error, canSelf }: Props) {
  return (
    <section className="panel" aria-labelledby="report-title">
      <h3 id="report-title">Vướng mắc và báo cáo của đơn vị</h3>
      <label className="check">
        <input
          type="checkbox"
          checked={form.flagged}
          onChange={(e) => update({ flagged: e.target.checked })}
        />{' '}
        Đơn vị đang có vướng mắc (đang xem xét kỷ luật, thanh tra, kiểm tra hoặc có đơn thư): vẫn
        chấm điểm, nhưng không đề nghị khen thưởng
      </label>
      {form.flagged ? (
        <div className="rules-grid">
          <div className="field">
            <label htmlFor="flag-kind">Loại vướng mắc</label>
            <select
              id="flag-kind"
              value={form.flagKind}
              onChange={(e) => update({ flagKind: e.target.value as SheetFlag['kind'] })}
            >
              {Object.entries(FLAG_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <Field
            name="flagNote"
            label="Nội dung vướng mắc"
            required
            value={form.flagNote}
            onChange={(v) => update({ flagNote: v })}
            error={error('sheet.flag.note')}
          />
          <DateField
            name="flagSince"
            label="Từ ngày"
            value={form.flagSince}
            onChange={(v) => update({ flagSince: v })}
            error={error('sheet.flag.since')}
          />
        </div>
      ) : null}
      <fieldset className="plain" disabled={!canSelf}>
        <div className="rules-grid">
          <Field
            name="signerName"
            label="Người ký báo cáo của đơn vị"
            value={form.signerName}
            onChange={(v) => update({ signerName: v })}
            error={error('sheet.signerName')}
          />
          <Field
            name="signerTitle"
            label="Chức vụ người ký"
            value={form.signerTitle}
            onChange={(v) => update({ signerTitle: v })}
            error={error('sheet.signerTitle')}
          />
          <DateField
            name="submittedOn"
            label="Ngày đơn vị nộp"
            value={form.submittedOn}
            onChange={(v) => update({ submittedOn: v })}
            error={error('sheet.submittedOn')}
          />
        </div>
        <Field
          name="narrative"
          label="Báo cáo kết quả thực hiện giao ước (dòng bắt đầu bằng # là tiêu đề mục)"
          multiline
          value={form.narrative}
          onChange={(v) => update({ narrative: v })}
          error={error('sheet.narrative')}
        />
      </fieldset>
    </section>
  )
}
