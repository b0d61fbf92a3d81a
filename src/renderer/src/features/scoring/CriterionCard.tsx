import { useId } from 'react'
import type { MemberUnit } from '@core/model/entities'
import type { PlanRow } from '@core/scoring/plan'
import { formatExact, parseScoreText } from '@core/scoring/points'
import { DateField } from '../../components/DateField'
import { EvidenceEditor } from './EvidenceEditor'
import type { EntryForm } from './sheet-form'

interface Props {
  row: PlanRow
  entry: EntryForm
  onChange(patch: Partial<EntryForm>): void
  /** The problems of this criterion (empty: none), shown beside its fields. */
  error(field: string): string
  /** Which parts the sheet's status lets the secretary change now. */
  can: { self: boolean; review: boolean; explanation: boolean }
  reviewers: Array<Pick<MemberUnit, 'id' | 'name'>>
  open: boolean
}

const scoreOf = (text: string) => {
  const parsed = parseScoreText(text)
  return parsed.ok ? parsed.value : null
}

/**
 * One base criterion of a unit's sheet: a summary line (label, text, maximum, self and reviewed
 * scores, a difference marked) that opens on the unit's claim (target and result, self-score,
 * note, evidence), the review (score, reviewer, note, the reason a change requires) and the
 * unit's explanation.
 */
export function CriterionCard({ row, entry, onChange, error, can, reviewers, open }: Props) {
  const id = useId()
  const self = scoreOf(entry.selfScore)
  const reviewed = scoreOf(entry.reviewedScore)
  const differs = reviewed !== null && reviewed !== self
  const at = (f: string) => `entries.${row.id}.${f}`
  const invalid = (f: string) => (error(at(f)) ? true : undefined)
  const hasError = ['selfScore', 'reviewedScore', 'diffReason', 'target', 'actual'].some((f) =>
    error(at(f))
  )
  const label = `Tiêu chí ${row.fullLabel}`
  const input = (
    field: keyof EntryForm,
    text: string,
    enabled: boolean,
    extra: { inputMode?: 'decimal'; className?: string } = {}
  ) => (
    <div className={`field${error(at(field)) ? ' has-error' : ''}`}>
      <label htmlFor={`${id}-${field}`}>{text}</label>
      <input
        id={`${id}-${field}`}
        disabled={!enabled}
        value={entry[field] as string}
        aria-invalid={invalid(field)}
        inputMode={extra.inputMode}
        className={extra.className}
        onChange={(e) => onChange({ [field]: e.target.value })}
      />
      {error(at(field)) ? <p className="field-error">{error(at(field))}</p> : null}
    </div>
  )
  return (
    <details
      className={`criterion-card${differs ? ' differs' : ''}${hasError ? ' has-error' : ''}`}
      open={open || hasError || differs || undefined}
    >
      <summary aria-label={`${label}: ${row.text}`}>
        <span className="crit-label">{row.fullLabel}</span>
        <span className="crit-text">{row.text}</span>
        <span className="crit-scores" title="Điểm chuẩn">
          /{row.max === null ? '–' : formatExact(row.max)}
        </span>
        <span className="crit-scores" title="Điểm tự chấm">
          {self === null ? '–' : formatExact(self)}
        </span>
        <span className="crit-scores" title="Điểm cụm chấm">
          {reviewed === null ? '' : formatExact(reviewed)}
          {differs ? ' ≠' : ''}
        </span>
      </summary>
      <div className="criterion-body">
        {input('target', `${label}: chỉ tiêu`, can.self, { inputMode: 'decimal' })}
        {input('actual', `${label}: kết quả`, can.self, { inputMode: 'decimal' })}
        {input('selfScore', `${label}: điểm tự chấm`, can.self, { inputMode: 'decimal' })}
        <div className="field wide">
          <label htmlFor={`${id}-note`}>{label}: ghi chú của đơn vị</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            disabled={!can.self}
            value={entry.selfNote}
            onChange={(e) => onChange({ selfNote: e.target.value })}
          />
        </div>
        <EvidenceEditor
          owner={label}
          list={entry.evidence}
          disabled={!can.self}
          onChange={(evidence) => onChange({ evidence })}
        />
        {input('reviewedScore', `${label}: điểm cụm chấm`, can.review, { inputMode: 'decimal' })}
        <div className="field">
          <label htmlFor={`${id}-reviewer`}>Đơn vị chấm</label>
          <select
            id={`${id}-reviewer`}
            disabled={!can.review}
            value={entry.reviewerUnitId}
            onChange={(e) => onChange({ reviewerUnitId: e.target.value })}
          >
            <option value="">(không ghi)</option>
            {reviewers.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        {input('reviewerName', 'Người chấm', can.review)}
        <div className={`field wide${error(at('diffReason')) ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-reason`}>
            {label}: lý do chênh lệch{differs ? ' (bắt buộc)' : ''}
          </label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            disabled={!can.review}
            aria-invalid={invalid('diffReason')}
            value={entry.diffReason}
            onChange={(e) => onChange({ diffReason: e.target.value })}
          />
          {error(at('diffReason')) ? (
            <p className="field-error">{error(at('diffReason'))}</p>
          ) : null}
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-review-note`}>Nhận xét của cụm</label>
          <textarea
            id={`${id}-review-note`}
            rows={2}
            disabled={!can.review}
            value={entry.reviewNote}
            onChange={(e) => onChange({ reviewNote: e.target.value })}
          />
        </div>
        {differs || entry.explanation ? (
          <fieldset className="plain wide explanation" disabled={!can.explanation}>
            <div className="field">
              <label htmlFor={`${id}-explanation`}>{label}: ý kiến giải trình của đơn vị</label>
              <textarea
                id={`${id}-explanation`}
                rows={2}
                value={entry.explanation}
                onChange={(e) => onChange({ explanation: e.target.value })}
              />
            </div>
            <DateField
              name={`${id}-explanation-on`}
              label="Ngày giải trình"
              value={entry.explanationOn}
              onChange={(v) => onChange({ explanationOn: v })}
            />
          </fieldset>
        ) : null}
      </div>
    </details>
  )
}
