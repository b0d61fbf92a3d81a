import { useState } from 'react'
import type { Ballot, BoardMember, InvalidReason, TallyEntry } from '@core/ballot/model'
import { INVALID_REASON_LABELS } from '@core/ballot/words'
import { activeInvalidReasons } from '@core/ballot/build'
import type { FieldIssue } from '@core/model/validation'
import { IssuesAlert } from '../../components/IssuesAlert'
import { entryFromForm, FIGURES, totalsForm, type TotalsForm } from './count-form'
import { WrittenOpinions, type AbsentVoters } from './WrittenOpinions'

interface Props {
  /** `A`, `B` or `Sửa lần nhập B`: names the form and its fields for screen readers. */
  label: string
  ballot: Ballot
  board: BoardMember[]
  entry: TallyEntry | undefined
  locked: boolean
  /** Who was absent: their written opinions may be entered where the rule counts them. */
  absent: AbsentVoters
  /** Extra fields above the button (the reconciliation note). */
  children?: React.ReactNode
  submitLabel: string
  onSubmit(entry: Omit<TallyEntry, 'savedAt'>): Promise<FieldIssue[]>
}

const FIGURE_HEAD = { agree: 'Đồng ý', disagree: 'Không đồng ý', blank: 'Để trống' }

/**
 * One board member's entry of the tallies as totals: who entered it, the valid papers, each
 * invalid paper with its reason, and per section the papers that agreed, disagreed or left each
 * unit blank. Its own state: the two entries are typed apart and never see each other.
 */
export function TallyGrid(p: Props) {
  const [form, setForm] = useState<TotalsForm>(() => totalsForm(p.ballot, p.entry))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [status, setStatus] = useState('')
  const reasons = activeInvalidReasons(p.ballot) as InvalidReason[]
  const cell = (key: string, unitId: string, figure: (typeof FIGURES)[number], value: string) =>
    setForm((f) => ({
      ...f,
      sections: {
        ...f.sections,
        [key]: {
          ...f.sections[key]!,
          rows: {
            ...f.sections[key]!.rows,
            [unitId]: { ...f.sections[key]!.rows[unitId]!, [figure]: value }
          }
        }
      }
    }))
  const submit = async () => {
    const { entry, issues: found } = entryFromForm(p.ballot, form)
    if (!entry) return setIssues(found)
    const refused = await p.onSubmit(entry)
    setIssues(refused)
    setStatus(refused.length ? '' : 'Đã lưu.')
  }
  const id = (name: string) => `tally-${p.label.replace(/\W+/g, '-')}-${name}`
  return (
    <fieldset className="plain tally-grid" disabled={p.locked} aria-label={`Lần nhập ${p.label}`}>
      <legend>Lần nhập {p.label}</legend>
      <div className="rules-grid">
        <div className="field">
          <label htmlFor={id('by')}>Người nhập</label>
          <select
            id={id('by')}
            value={form.enteredBy}
            onChange={(e) => setForm({ ...form, enteredBy: e.target.value })}
          >
            <option value="">(chọn)</option>
            {p.board.map((m, i) => (
              <option key={i} value={String(i)}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field narrow">
          <label htmlFor={id('valid')}>Số phiếu hợp lệ</label>
          <input
            id={id('valid')}
            inputMode="numeric"
            value={form.valid}
            onChange={(e) => setForm({ ...form, valid: e.target.value })}
          />
        </div>
      </div>
      <p>Phiếu không hợp lệ: {form.invalid.length}</p>
      <ul className="plain-list">
        {form.invalid.map((inv, i) => (
          <li key={i}>
            <select
              aria-label={`Phiếu không hợp lệ ${i + 1}: lý do`}
              value={inv.reason}
              onChange={(e) =>
                setForm({
                  ...form,
                  invalid: form.invalid.map((x, j) =>
                    j === i ? { ...x, reason: e.target.value as InvalidReason } : x
                  )
                })
              }
            >
              {reasons.map((r) => (
                <option key={r} value={r}>
                  {INVALID_REASON_LABELS[r]}
                </option>
              ))}
            </select>{' '}
            <button
              type="button"
              className="button"
              onClick={() => setForm({ ...form, invalid: form.invalid.filter((_, j) => j !== i) })}
            >
              Bỏ
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() =>
          setForm({
            ...form,
            invalid: [...form.invalid, { reason: reasons[0] ?? 'other', note: '' }]
          })
        }
      >
        + Phiếu không hợp lệ
      </button>
      {p.ballot.sections.map((s) => (
        <table key={s.key} className="data-table">
          <caption>{s.title}</caption>
          <thead>
            <tr>
              <th>Đơn vị</th>
              {FIGURES.map((f) => (
                <th key={f}>{FIGURE_HEAD[f]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.candidates.map((c) => (
              <tr key={c.unitId}>
                <th scope="row">{c.label}</th>
                {FIGURES.map((f) => (
                  <td key={f}>
                    <input
                      aria-label={`${p.label}: ${c.label}, ${FIGURE_HEAD[f]}`}
                      inputMode="numeric"
                      value={form.sections[s.key]?.rows[c.unitId]?.[f] ?? ''}
                      onChange={(e) => cell(s.key, c.unitId, f, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <WrittenOpinions
        label={p.label}
        ballot={p.ballot}
        absent={p.absent}
        rows={form.written}
        onChange={(written) => setForm({ ...form, written })}
      />
      {p.children}
      <IssuesAlert issues={issues} />
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => void submit()}>
          {p.submitLabel}
        </button>
        <span role="status">{status}</span>
      </div>
    </fieldset>
  )
}
