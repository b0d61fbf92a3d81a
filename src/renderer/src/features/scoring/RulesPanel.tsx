import { useRef, useState } from 'react'
import { issuesFrom, ValidationError, type FieldIssue } from '@core/model/validation'
import { formatExact, SCORE_STEPS, stepWords } from '@core/scoring/points'
import { planMaxima } from '@core/scoring/plan'
import { formatDateVi, todayIso } from '@core/text/dates'
import { DateField } from '../../components/DateField'
import { Field } from '../../components/Field'
import { IssuesAlert } from '../../components/IssuesAlert'
import { focusFirstError } from '../../components/focus-first-error'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { useDatabase } from '../../db/DatabaseContext'
import {
  adoptScoringRules,
  reopenScoringRules,
  saveScoringRules
} from '../../db/repositories/scoring-rules-repo'
import { fieldError } from '../../lib/field-issues'
import { BandsEditor, TieBreakEditor } from './RulesListsEditors'
import {
  isRulesDirty,
  rulesWarnings,
  toRulesForm,
  toRulesInput,
  type RulesForm
} from './rules-form'
import type { PanelProps } from './ScoringYear'

/**
 * "Quy định": the rules of the year with their legal basis — the declared maximum, bonus and
 * penalty caps, the floor, the step and decimals, the bands, the deadline, who scores, the
 * optional tie-break chain — editable until adopted. What the criteria say against them is
 * shown as the secretary types; adoption refuses until it is settled.
 */
export function RulesPanel({ data }: PanelProps) {
  const [status, setStatus] = useState('')
  // A new form when the rules are adopted or reopened; a save keeps the form (and its focus).
  return <RulesEditor key={data.rules.status} data={data} status={status} setStatus={setStatus} />
}

function RulesEditor({
  data,
  status,
  setStatus
}: {
  data: PanelProps['data']
  status: string
  setStatus(text: string): void
}) {
  const db = useDatabase()
  const yearId = data.record.year.id
  const [saved, setSaved] = useState(() => toRulesForm(data.rules))
  const [form, setForm] = useState(saved)
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [adoptedOn, setAdoptedOn] = useState(todayIso())
  const [reason, setReason] = useState('')
  const ref = useRef<HTMLDivElement>(null)
  const adopted = data.rules.status === 'adopted'
  useUnsavedChanges(!adopted && (isRulesDirty(form, saved) || !data.rulesSaved))
  const warnings = rulesWarnings(form, data.plan)
  const maxima = planMaxima(data.plan)
  const update = (patch: Partial<RulesForm>) => setForm((f) => ({ ...f, ...patch }))
  const error = (field: string) => fieldError(issues, field)

  async function run(action: () => Promise<string>) {
    try {
      setStatus(await action())
      setIssues([])
    } catch (e) {
      setStatus('')
      setIssues(issuesFrom(e))
      await focusFirstError(ref.current)
    }
  }

  const save = () =>
    run(async () => {
      const submitted = form
      const { input, issues: typed } = toRulesInput(submitted)
      if (!input) throw new ValidationError(typed)
      const result = await saveScoringRules(db, yearId, input)
      const next = toRulesForm(result.rules)
      setSaved(next)
      // What was typed while the save was on its way stays in the form, to be saved next.
      setForm((current) => (current === submitted ? next : current))
      return result.warnings.length
        ? 'Đã lưu quy định. Còn vướng mắc với tiêu chí (xem dưới) nên chưa thông qua được.'
        : 'Đã lưu quy định chấm điểm.'
    })

  return (
    <div ref={ref} className="panel rules-panel" aria-labelledby="rules-title" role="region">
      <h2 id="rules-title">Quy định chấm điểm năm {data.record.year.year}</h2>
      <p className={adopted ? 'notice' : 'muted'}>
        {adopted
          ? `Đã thông qua ngày ${formatDateVi(data.rules.adoptedOn)}: quy định được khóa.`
          : 'Đang dự thảo: sửa được cho đến khi thông qua. Các tiêu chí và điểm chuẩn lấy từ giao ước.'}
      </p>
      <p className="muted">
        Giao ước có {data.plan.leaves.length} tiêu chí, điểm chuẩn cộng lại{' '}
        {formatExact(maxima.base)} điểm
        {maxima.bonus ? `; điểm cộng tối đa theo tiêu chí ${formatExact(maxima.bonus)}` : ''}
        {maxima.penalty ? `; điểm trừ tối đa theo tiêu chí ${formatExact(maxima.penalty)}` : ''}.
      </p>
      <IssuesAlert issues={issues} />
      <fieldset className="plain" disabled={adopted}>
        <div className="rules-grid">
          <Field
            name="declaredMax"
            label="Tổng điểm chuẩn công bố"
            required
            value={form.declaredMax}
            onChange={(v) => update({ declaredMax: v })}
            error={error('declaredMax')}
          />
          <Field
            name="bonusCap"
            label="Điểm cộng tối đa (để trống: không giới hạn)"
            value={form.bonusCap}
            onChange={(v) => update({ bonusCap: v })}
            error={error('bonusCap')}
          />
          <Field
            name="penaltyCap"
            label="Điểm trừ tối đa (để trống: không giới hạn)"
            value={form.penaltyCap}
            onChange={(v) => update({ penaltyCap: v })}
            error={error('penaltyCap')}
          />
          <div className="field">
            <label htmlFor="rules-step">Bước chấm</label>
            <select
              id="rules-step"
              value={form.step}
              onChange={(e) => update({ step: e.target.value as RulesForm['step'] })}
            >
              {SCORE_STEPS.map((s) => (
                <option key={s} value={String(s)}>
                  {stepWords(s)} điểm
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rules-decimals">Số chữ số thập phân khi in</label>
            <select
              id="rules-decimals"
              value={form.decimals}
              aria-invalid={error('decimals') ? true : undefined}
              onChange={(e) => update({ decimals: e.target.value as RulesForm['decimals'] })}
            >
              <option value="0">0 (ví dụ 95)</option>
              <option value="1">1 (ví dụ 95,5)</option>
              <option value="2">2 (ví dụ 95,25)</option>
            </select>
          </div>
          <DateField
            name="selfScoreDeadline"
            label="Hạn nộp bảng tự chấm"
            value={form.selfScoreDeadline}
            onChange={(v) => update({ selfScoreDeadline: v })}
            error={error('selfScoreDeadline')}
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={form.bonusInsideTotal}
            onChange={(e) => update({ bonusInsideTotal: e.target.checked })}
          />{' '}
          Điểm cộng nằm trong tổng điểm công bố (không cộng thêm ngoài tổng)
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={form.floorAtZero}
            onChange={(e) => update({ floorAtZero: e.target.checked })}
          />{' '}
          Tổng điểm âm thì tính 0 (chỉ chọn khi Quy chế quy định)
        </label>
        <fieldset className="plain">
          <legend>Ai chấm điểm</legend>
          <label className="check">
            <input
              type="radio"
              name="scorer"
              checked={form.scorer === 'cluster'}
              onChange={() => update({ scorer: 'cluster' })}
            />{' '}
            Cụm chấm (chấm chéo, thẩm định trong cụm)
          </label>
          <label className="check">
            <input
              type="radio"
              name="scorer"
              checked={form.scorer === 'provincial-board'}
              onChange={() => update({ scorer: 'provincial-board' })}
            />{' '}
            Ban của tỉnh, thành phố chấm; cụm ghi nhận kết quả
          </label>
          {form.scorer === 'provincial-board' ? (
            <Field
              name="scorerBody"
              label="Cơ quan chấm điểm"
              required
              value={form.scorerBody}
              onChange={(v) => update({ scorerBody: v })}
              error={error('scorerBody')}
            />
          ) : null}
        </fieldset>
        <BandsEditor form={form} update={update} error={error} />
        <Field
          name="basis"
          label="Căn cứ (mỗi dòng một văn bản: hướng dẫn của cấp trên, Quy chế của cụm)"
          hint={`Văn bản dẫn Bản giao ước thi đua năm ${data.record.year.year} trước; ở đây ghi thêm số, ngày của hướng dẫn chấm điểm và Quy chế của cụm.`}
          multiline
          value={form.basis}
          onChange={(v) => update({ basis: v })}
          error={error('basis')}
        />
        <TieBreakEditor form={form} update={update} />
      </fieldset>
      {warnings.length ? (
        <div className="alert warning" role="note">
          <p>
            <strong>Chưa khớp với tiêu chí của giao ước</strong> (phải sửa trước khi thông qua):
          </p>
          <ul>
            {warnings.map((w) => (
              <li key={w.field + w.message}>{w.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button primary" disabled={adopted} onClick={save}>
          Lưu quy định
        </button>
        {!adopted && data.rulesSaved ? (
          <>
            <DateField
              name="adoptedOn"
              label="Ngày thông qua"
              value={adoptedOn}
              onChange={setAdoptedOn}
              error={error('adoptedOn')}
            />
            <button
              type="button"
              className="button"
              disabled={isRulesDirty(form, saved)}
              title={isRulesDirty(form, saved) ? 'Hãy lưu trước khi thông qua' : undefined}
              onClick={() =>
                run(async () => {
                  await adoptScoringRules(db, yearId, adoptedOn)
                  return `Đã thông qua quy định ngày ${formatDateVi(adoptedOn)}.`
                })
              }
            >
              Thông qua quy định
            </button>
          </>
        ) : null}
        {adopted ? (
          <>
            <Field
              name="reason"
              label="Lý do mở lại để sửa"
              value={reason}
              onChange={setReason}
              error={error('reason')}
            />
            <button
              type="button"
              className="button"
              onClick={() =>
                run(async () => {
                  await reopenScoringRules(db, yearId, reason)
                  setReason('')
                  return 'Đã mở lại quy định; nhật ký thay đổi ghi lại lý do.'
                })
              }
            >
              Mở lại để sửa
            </button>
          </>
        ) : null}
        <span role="status" className="save-status">
          {status}
        </span>
      </div>
    </div>
  )
}
