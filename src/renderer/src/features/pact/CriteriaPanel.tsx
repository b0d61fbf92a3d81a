import { memo, useMemo } from 'react'
import type { Criterion } from '@core/model/entities'
import { formatNumber } from '@core/text/vietnamese'
import { FieldShell } from '../../components/FieldShell'
import {
  addCriterion,
  copyCriteria,
  KIND_LABELS,
  moveCriterion,
  pointsSummary,
  type CriterionRow,
  type PactForm
} from './pact-form'

interface Props {
  criteria: CriterionRow[]
  /** The declared total, as typed. */
  declared: string
  update(change: (form: PactForm) => PactForm): void
  /** Last year's criteria, offered to start from; empty when there are none. */
  previous: { year: number; criteria: Criterion[] } | null
  errorOf(field: string): string
}

/** "Tiêu chí chấm điểm": the declared total, the criteria table, and the totals as typed. */
export const CriteriaPanel = memo(function CriteriaPanel({
  criteria,
  declared,
  update,
  previous,
  errorOf
}: Props) {
  const summary = useMemo(() => pointsSummary({ criteria, declared }), [criteria, declared])
  const setCriteria = (change: (rows: CriterionRow[]) => CriterionRow[]) =>
    update((f) => ({ ...f, criteria: change(f.criteria) }))
  const setCriterion = (i: number, patch: Partial<CriterionRow>) =>
    setCriteria((rows) => rows.map((c, k) => (k === i ? { ...c, ...patch } : c)))
  const differs = summary.difference !== null && Math.abs(summary.difference) > 1e-9
  return (
    <section className="panel" aria-labelledby="pact-criteria" data-field="criteria">
      <h2 id="pact-criteria">Tiêu chí chấm điểm</h2>
      <FieldShell
        label="Tổng điểm công bố"
        field="declaredTotal"
        className="narrow-field"
        error={errorOf('declaredTotal')}
      >
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            value={declared}
            onChange={(e) => update((f) => ({ ...f, declared: e.target.value }))}
          />
        )}
      </FieldShell>
      <p role="status" className={differs ? 'field-error' : 'muted'}>
        Tổng điểm chuẩn: {formatNumber(summary.base, 1)}
        {summary.declared !== null
          ? ` / công bố ${formatNumber(summary.declared, 1)} (chênh ${formatNumber(summary.difference ?? 0, 1)})`
          : ''}
        ; điểm thưởng tối đa {formatNumber(summary.bonus, 1)}; điểm trừ tối đa{' '}
        {formatNumber(summary.penalty, 1)}.
      </p>
      {criteria.length > 0 ? (
        <table className="table criteria">
          <thead>
            <tr>
              <th scope="col">Loại</th>
              <th scope="col">Nội dung tiêu chí</th>
              <th scope="col">Điểm</th>
              <th scope="col">Cách chấm</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c, i) => {
              const message = errorOf(`criteria.${i}`)
              const invalid = message ? true : undefined
              return (
                <tr key={c.id} data-field={`criteria.${i}`}>
                  <td>
                    <select
                      aria-label={`Tiêu chí ${i + 1}: loại`}
                      value={c.kind}
                      onChange={(e) =>
                        setCriterion(i, { kind: e.target.value as Criterion['kind'] })
                      }
                    >
                      {Object.entries(KIND_LABELS).map(([v, l]) => (
                        <option key={v} value={v}>
                          {l}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <textarea
                      aria-label={`Tiêu chí ${i + 1}: nội dung`}
                      rows={2}
                      value={c.text}
                      onChange={(e) => setCriterion(i, { text: e.target.value })}
                      aria-invalid={errorOf(`criteria.${i}.text`) ? true : undefined}
                    />
                    {message ? <p className="field-error">{message}</p> : null}
                  </td>
                  <td>
                    {c.kind === 'group' ? null : (
                      <input
                        aria-label={`Tiêu chí ${i + 1}: điểm`}
                        inputMode="decimal"
                        value={c.points}
                        onChange={(e) => setCriterion(i, { points: e.target.value })}
                        aria-invalid={errorOf(`criteria.${i}.maxPoints`) ? true : invalid}
                      />
                    )}
                  </td>
                  <td>
                    <textarea
                      aria-label={`Tiêu chí ${i + 1}: cách chấm`}
                      rows={2}
                      value={c.rule}
                      onChange={(e) => setCriterion(i, { rule: e.target.value })}
                    />
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button small"
                      onClick={() => setCriteria((rows) => moveCriterion(rows, i, -1))}
                      aria-label={`Đưa tiêu chí ${i + 1} lên`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button small"
                      onClick={() => setCriteria((rows) => moveCriterion(rows, i, 1))}
                      aria-label={`Đưa tiêu chí ${i + 1} xuống`}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button small danger"
                      onClick={() => setCriteria((rows) => rows.filter((_, k) => k !== i))}
                      aria-label={`Xóa tiêu chí ${i + 1}`}
                    >
                      Xóa
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button small"
          onClick={() => setCriteria((rows) => addCriterion(rows, 'group'))}
        >
          Thêm nhóm
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => setCriteria((rows) => addCriterion(rows, 'base'))}
        >
          Thêm tiêu chí
        </button>
        {previous && previous.criteria.length > 0 ? (
          <button
            type="button"
            className="button small"
            onClick={() => setCriteria((rows) => copyCriteria(rows, previous.criteria))}
          >
            Lấy tiêu chí năm {previous.year}
          </button>
        ) : null}
      </div>
    </section>
  )
})
