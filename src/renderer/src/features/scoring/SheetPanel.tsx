import { useEffect, useMemo, useRef, useState } from 'react'
import { issuesFrom, ValidationError, type FieldIssue } from '@core/model/validation'
import { formatScore } from '@core/scoring/points'
import { checkSheetEdit, SHEET_STATUS_LABELS } from '@core/scoring/sheet-status'
import { compareForms } from '../../components/concurrency/compare'
import { RecordChangedBanner } from '../../components/concurrency/RecordChangedBanner'
import { useSaveGuard, type RecordStamp } from '../../components/concurrency/useSaveGuard'
import { IssuesAlert } from '../../components/IssuesAlert'
import { UnitOptions } from '../../components/Options'
import { focusFirstError } from '../../components/focus-first-error'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { NOT_STORED, type SaveBase } from '../../db/concurrency'
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
import { sheetCompareSpec } from './sheet-compare'
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
          key={chosen}
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
  const items = useMemo(
    () => record.adjustments.filter((a) => a.unitId === unitId),
    [record.adjustments, unitId]
  )
  const saved = useMemo(
    () =>
      toSheetForm(
        plan,
        sheet,
        record.entries.filter((e) => e.unitId === unitId),
        items
      ),
    [plan, sheet, record.entries, items, unitId]
  )
  // The sheet as stored now: its stamp (every score saved moves it) and its items.
  const live = useMemo<RecordStamp>(
    () => ({
      updatedAt: sheet?.updatedAt ?? NOT_STORED,
      children: { adjustments: items.map((a) => a.id) }
    }),
    [sheet?.updatedAt, items]
  )
  const guard = useSaveGuard(live)
  const [form, setForm] = useState(saved)
  // This form's own save or step, until the live records show it: then the form starts from them.
  const [awaiting, setAwaiting] = useState<string | null>(null)
  const arrived = awaiting !== null && live.updatedAt === awaiting
  useEffect(() => {
    if (!arrived) return
    setAwaiting(null)
    setForm(saved)
    guard.accept(live)
  }, [arrived, saved, guard, live])
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

  /** The record moved to `stamp` by this form: not a change made elsewhere. */
  const started = (stamp: string) => {
    guard.accept({ ...live, updatedAt: stamp })
    setAwaiting(stamp)
  }

  /** Runs a write; a refusal as stale shows the banner rather than a list of issues. */
  const guarded = (action: () => Promise<string>) =>
    run(async () => {
      try {
        return await action()
      } catch (e) {
        if (!guard.refuse(e)) throw e
        return ''
      }
    })

  const save = (base: SaveBase | undefined = guard.base()) =>
    guarded(async () => {
      const { input, issues: typed } = toSheetInput(form, plan)
      if (!input) throw new ValidationError(typed)
      started((await saveScoreSheet(db, record.year.id, unitId, input, reason, base)).updatedAt)
      return closed
        ? 'Đã lưu phiếu; nhật ký thay đổi giữ lại bản trước và lý do sửa.'
        : 'Đã lưu phiếu chấm.'
    })

  const move = (to: SheetStep) =>
    guarded(async () => {
      started(await changeSheetStatus(db, record.year.id, unitId, to, '', guard.base()))
      return `Phiếu chuyển sang «${SHEET_STATUS_LABELS[to]}».`
    })

  const reload = () => {
    setForm(saved)
    setIssues([])
    guard.accept(live)
    setStatus('Đã tải lại phiếu đang lưu.')
  }

  const points = (value: number) => formatScore(value, rules.decimals)
  return (
    <div ref={ref}>
      <RecordChangedBanner
        guard={guard}
        dirty={dirty}
        compare={() => compareForms(form, saved, sheetCompareSpec(plan))}
        onReload={reload}
        onOverwrite={() => save(guard.overwrite())}
      />
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
        <button
          type="button"
          className="button primary"
          onClick={() => void save()}
          disabled={!dirty}
        >
          Lưu phiếu
        </button>
        <span role="status" className="save-status">
          {status}
        </span>
      </div>
    </div>
  )
}
