import { useMemo, useRef, useState } from 'react'
import { issuesFrom, ValidationError, type FieldIssue } from '@core/model/validation'
import { formatScore } from '@core/scoring/points'
import { checkSheetEdit, SHEET_STATUS_LABELS } from '@core/scoring/sheet-status'
import { IssuesAlert } from '../../components/IssuesAlert'
import { UnitOptions } from '../../components/Options'
import { focusFirstError } from '../../components/focus-first-error'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { useDatabase } from '../../db/DatabaseContext'
import {
  changeSheetStatus,
  saveScoreSheet,
  type SheetStep
} from '../../db/repositories/scoring-sheets-repo'
import { fieldError } from '../../lib/field-issues'
import { CriterionCard } from './CriterionCard'
import { ItemsPanel } from './ItemsPanel'
import type { PanelProps } from './ScoringYear'
import { SheetReportPanel } from './SheetReportPanel'
import { SheetStatusBar } from './SheetStatusBar'
import { isSheetDirty, liveTotals, sheetProblems, toSheetForm, toSheetInput } from './sheet-form'

/**
 * "Phiếu từng đơn vị": one unit's sheet — its steps, every criterion with the unit's claim, the
 * review and the explanation, the bonus and penalty items, the vướng mắc flag and the report.
 */
export function SheetPanel({ data, unitId, onUnit }: PanelProps) {
  const members = data.record.year.memberUnitIds
  const chosen = members.includes(unitId) ? unitId : (members[0] ?? '')
  const [status, setStatus] = useState('')
  // A fresh form when another unit is chosen or this unit's records change (a save, a step).
  const stamp = [
    ...data.record.sheets.filter((s) => s.unitId === chosen),
    ...data.record.entries.filter((e) => e.unitId === chosen),
    ...data.record.adjustments.filter((a) => a.unitId === chosen)
  ]
    .map((r) => r.updatedAt)
    .sort()
    .join('|')
  return (
    <section className="panel sheet-panel" aria-labelledby="sheet-title">
      <div className="sheet-head">
        <h2 id="sheet-title">Phiếu chấm điểm của đơn vị</h2>
        <div className="field">
          <label htmlFor="sheet-unit">Đơn vị</label>
          <select
            id="sheet-unit"
            value={chosen}
            onChange={(e) => {
              setStatus('')
              onUnit(e.target.value)
            }}
          >
            <UnitOptions ids={members} nameOf={data.unitName} />
          </select>
        </div>
      </div>
      {chosen ? (
        <SheetEditor
          key={`${chosen}:${stamp}`}
          data={data}
          unitId={chosen}
          status={status}
          setStatus={setStatus}
        />
      ) : (
        <p>Năm này chưa có đơn vị tham gia.</p>
      )}
    </section>
  )
}

function SheetEditor({
  data,
  unitId,
  status,
  setStatus
}: {
  data: PanelProps['data']
  unitId: string
  status: string
  setStatus(text: string): void
}) {
  const db = useDatabase()
  const { record, plan, rules } = data
  const sheet = record.sheets.find((s) => s.unitId === unitId) ?? null
  const saved = useMemo(
    () =>
      toSheetForm(
        plan,
        sheet,
        record.entries.filter((e) => e.unitId === unitId),
        record.adjustments.filter((a) => a.unitId === unitId)
      ),
    [plan, sheet, record.entries, record.adjustments, unitId]
  )
  const [form, setForm] = useState(saved)
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [reason, setReason] = useState('')
  const [openAll, setOpenAll] = useState(false)
  const ref = useRef<HTMLDivElement>(null)
  const dirty = isSheetDirty(form, saved)
  useUnsavedChanges(dirty)
  const current = sheet?.status ?? 'draft'
  const closed = current === 'adopted' || current === 'locked'
  const allowed = (change: 'self' | 'review' | 'explanation') =>
    closed || checkSheetEdit({ status: current }, change).length === 0
  const can = {
    self: allowed('self'),
    review: allowed('review'),
    explanation: allowed('explanation')
  }
  const totals = liveTotals(form, plan, rules)
  const shown = [...issues, ...(dirty ? sheetProblems(form, plan, rules) : [])]
  const error = (field: string) => fieldError(shown, field)
  const reviewers = record.year.memberUnitIds.map((id) => ({ id, name: data.unitName(id) }))

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
      const { input, issues: typed } = toSheetInput(form, plan)
      if (!input) throw new ValidationError(typed)
      await saveScoreSheet(db, record.year.id, unitId, input, reason)
      return closed
        ? 'Đã lưu phiếu; nhật ký thay đổi giữ lại bản trước và lý do sửa.'
        : 'Đã lưu phiếu chấm.'
    })

  const move = (to: SheetStep) =>
    run(async () => {
      await changeSheetStatus(db, record.year.id, unitId, to)
      return `Phiếu chuyển sang «${SHEET_STATUS_LABELS[to]}».`
    })

  const points = (value: number) => formatScore(value, rules.decimals)
  return (
    <div ref={ref}>
      <SheetStatusBar status={current} hasSheet={sheet !== null} dirty={dirty} onMove={move} />
      <p className="sheet-totals" aria-live="polite">
        <span>
          Tự chấm: <strong>{points(totals.self.total)}</strong>
        </span>
        <span>
          Cụm chấm: <strong>{points(totals.effective.total)}</strong>
        </span>
        <span>
          (điểm tiêu chí {points(totals.effective.base)}, cộng {points(totals.effective.bonus)}, trừ{' '}
          {points(totals.effective.penalty)}
          {totals.effective.missing > 0
            ? `; còn ${totals.effective.missing} tiêu chí chưa chấm`
            : ''}
          )
        </span>
      </p>
      <IssuesAlert issues={issues} />
      <div className="form-actions">
        <button type="button" className="button small" onClick={() => setOpenAll((v) => !v)}>
          {openAll ? 'Thu gọn các tiêu chí' : 'Mở tất cả các tiêu chí'}
        </button>
        <span className="muted">Bấm vào một tiêu chí để xem và sửa chi tiết.</span>
      </div>
      <div className="criterion-columns" aria-hidden="true">
        <span>STT</span>
        <span>Tiêu chí</span>
        <span>Điểm chuẩn</span>
        <span>Tự chấm</span>
        <span>Cụm chấm</span>
      </div>
      {plan.leaves.map((row, i) => (
        <CriterionCard
          key={row.id}
          row={row}
          entry={form.entries[i]!}
          onChange={(patch) =>
            setForm((f) => ({
              ...f,
              entries: f.entries.map((e, k) => (k === i ? { ...e, ...patch } : e))
            }))
          }
          error={error}
          can={can}
          reviewers={reviewers}
          open={openAll}
        />
      ))}
      <ItemsPanel form={form} plan={plan} update={setForm} error={error} can={can} />
      <SheetReportPanel
        form={form}
        update={(patch) => setForm((f) => ({ ...f, ...patch }))}
        error={error}
        canSelf={can.self}
      />
      <div className="form-actions">
        {closed ? (
          <div className="field">
            <label htmlFor="sheet-reason">Lý do sửa sau khi thông qua (bắt buộc)</label>
            <input
              id="sheet-reason"
              value={reason}
              aria-invalid={error('reason') ? true : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
        ) : null}
        <button type="button" className="button primary" onClick={save} disabled={!dirty}>
          Lưu phiếu
        </button>
        <span role="status" className="save-status">
          {status}
        </span>
      </div>
    </div>
  )
}
