import { useMemo, useRef, useState } from 'react'
import { issuesFrom } from '@core/model/validation'
import { formatExact } from '@core/scoring/points'
import { checkSheetEdit, SHEET_STATUS_LABELS } from '@core/scoring/sheet-status'
import { useDatabase } from '../../db/DatabaseContext'
import { changeSheetStatuses, saveScoreCells } from '../../db/repositories/scoring-sheets-repo'
import { planPaste, UndoHistory, type CellEdit, type GridPos, type Side } from './grid-model'
import { ReasonDialog } from './ReasonDialog'
import { ScoreGrid } from './ScoreGrid'
import type { PanelProps } from './ScoringYear'
import { useScoreBook } from './useScoreBook'

interface ReasonRequest {
  edits: CellEdit[]
  resolve(reason: string | null): void
}

/**
 * "Bảng điểm": the grid with its toolbar — which score is typed (self or reviewed), undo and redo,
 * moving every complete sheet a step — and the line that names the active criterion in full.
 * A reviewed score that differs from the self-score asks for its reason before it is saved.
 */
export function ScoreGridPanel({ data, onUnit }: PanelProps) {
  const db = useDatabase()
  const { book, version, bump, ranking } = useScoreBook(data)
  const [side, setSide] = useState<Side>(() =>
    data.record.sheets.some((s) => s.status !== 'draft') ? 'reviewed' : 'self'
  )
  const [message, setMessage] = useState('')
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 })
  const [asking, setAsking] = useState<ReasonRequest | null>(null)
  const history = useRef(new UndoHistory())
  const { record, plan, rules, unitName } = data
  const yearId = record.year.id
  const unitIds = record.year.memberUnitIds
  const sheetOf = useMemo(() => new Map(record.sheets.map((s) => [s.unitId, s])), [record.sheets])
  const reasonOf = useMemo(
    () => new Map(record.entries.map((e) => [`${e.unitId}|${e.criterionId}`, e.diffReason])),
    [record.entries]
  )
  const lockedBecause = (unitId: string) => {
    const sheet = sheetOf.get(unitId) ?? { status: 'draft' as const }
    const issue = checkSheetEdit(sheet, side === 'self' ? 'self' : 'review')[0]
    return issue ? `${unitName(unitId)}: ${issue.message}` : ''
  }

  const needsReason = (edits: CellEdit[]) =>
    edits.filter(
      (e) =>
        e.side === 'reviewed' &&
        e.value !== null &&
        e.value !== book.get(e.unitId, e.criterionId, 'self') &&
        !reasonOf.get(`${e.unitId}|${e.criterionId}`)
    )

  /** Saves edits already shown in the grid; asks for a reason first when a change needs one. */
  async function commit(edits: CellEdit[], record = true): Promise<boolean> {
    let diffReason = ''
    const unexplained = needsReason(edits)
    if (unexplained.length > 0) {
      const reason = await new Promise<string | null>((resolve) =>
        setAsking({ edits: unexplained, resolve })
      )
      setAsking(null)
      if (reason === null) {
        setMessage('Đã hủy: điểm cụm chấm khác điểm tự chấm cần có lý do.')
        return false
      }
      diffReason = reason
    }
    try {
      await saveScoreCells(db, yearId, edits, { diffReason })
      if (record) history.current.record(edits)
      setMessage(edits.length === 1 ? 'Đã lưu.' : `Đã lưu ${edits.length} ô.`)
      return true
    } catch (error) {
      setMessage(
        issuesFrom(error)
          .map((i) => i.message)
          .join(' ')
      )
      return false
    }
  }

  function paste(block: string[][], anchor: GridPos) {
    const plan_ = planPaste(block, anchor, unitIds, plan.leaves, side)
    const problems = [...plan_.problems]
    const edits: CellEdit[] = []
    for (const change of plan_.changes) {
      const locked = lockedBecause(change.unitId)
      if (locked) {
        problems.push(locked)
        continue
      }
      const before = book.get(change.unitId, change.criterionId, side)
      const result = book.set(change.unitId, change.criterionId, side, change.value)
      if (!result.ok) problems.push(`${unitName(change.unitId)}: ${result.message}`)
      else edits.push({ ...change, before })
    }
    bump()
    if (edits.length === 0) return setMessage(problems.join(' ') || 'Không có ô nào để dán.')
    void commit(edits).then((saved) => {
      if (!saved) {
        for (const e of edits) book.set(e.unitId, e.criterionId, e.side, e.before)
        bump()
      } else if (problems.length)
        setMessage(`Đã dán ${edits.length} ô. Không dán: ${[...new Set(problems)].join(' ')}`)
    })
  }

  async function undo(redo: boolean) {
    const h = history.current
    const edits = redo ? h.peekRedo() : h.peekUndo()
    if (!edits) return setMessage(redo ? 'Không có gì để làm lại.' : 'Không có gì để hoàn tác.')
    for (const e of edits) book.set(e.unitId, e.criterionId, e.side, e.value)
    bump()
    if (await commit(edits, false)) {
      if (redo) h.commitRedo()
      else h.commitUndo()
      setMessage(redo ? `Đã làm lại ${edits.length} ô.` : `Đã hoàn tác ${edits.length} ô.`)
    } else {
      for (const e of edits) book.set(e.unitId, e.criterionId, e.side, e.before)
      bump()
    }
  }

  async function moveAll(to: 'submitted' | 'reviewed') {
    const from = to === 'submitted' ? 'draft' : 'submitted'
    const candidates = unitIds.filter((u) => (sheetOf.get(u)?.status ?? 'draft') === from)
    try {
      const { moved, refused } = await changeSheetStatuses(db, yearId, candidates, to)
      setMessage(
        `Đã chuyển ${moved.length} phiếu sang «${SHEET_STATUS_LABELS[to]}».` +
          (refused.length
            ? ` Chưa chuyển ${refused.length} phiếu: ${refused.map((r) => r.message).join(' ')}`
            : '')
      )
    } catch (error) {
      setMessage(
        issuesFrom(error)
          .map((i) => i.message)
          .join(' ')
      )
    }
  }

  const column = plan.leaves[active.col]
  const activeUnit = unitIds[active.row]
  return (
    <section className="panel grid-panel" aria-labelledby="grid-title">
      <h2 id="grid-title">Bảng điểm các đơn vị</h2>
      <div className="toolbar grid-toolbar" role="group" aria-label="Công cụ bảng điểm">
        <fieldset className="plain side-switch">
          <legend className="visually-hidden">Nhập loại điểm</legend>
          {(['self', 'reviewed'] as const).map((s) => (
            <label key={s} className={`check${side === s ? ' chosen' : ''}`}>
              <input
                type="radio"
                name="grid-side"
                checked={side === s}
                onChange={() => setSide(s)}
              />{' '}
              {s === 'self' ? 'Nhập điểm tự chấm' : 'Nhập điểm cụm chấm'}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button small" onClick={() => void undo(false)}>
          Hoàn tác (Ctrl+Z)
        </button>
        <button type="button" className="button small" onClick={() => void undo(true)}>
          Làm lại (Ctrl+Y)
        </button>
        {side === 'self' ? (
          <button type="button" className="button small" onClick={() => void moveAll('submitted')}>
            Chuyển các phiếu đủ điểm sang «Đã nộp»
          </button>
        ) : (
          <button type="button" className="button small" onClick={() => void moveAll('reviewed')}>
            Chuyển các phiếu đã nộp đủ điểm sang «Đã chấm»
          </button>
        )}
      </div>
      <p className="grid-help muted">
        Gõ số để nhập (dấu phẩy hoặc dấu chấm đều được), Enter xuống dòng, Tab sang cột; F2 sửa ô,
        Delete xóa ô, Esc bỏ phần đang gõ. Dán được cả cột hoặc cả vùng chép từ Excel, Word. Ô tô
        màu: điểm cụm chấm khác điểm tự chấm.
      </p>
      <p className="active-criterion" aria-live="polite">
        {column
          ? `${column.fullLabel}. ${column.text} — điểm chuẩn ${column.max === null ? 'chưa có' : formatExact(column.max)}`
          : ''}
        {activeUnit ? (
          <>
            {' · '}
            <button
              type="button"
              className="link-button"
              onClick={() => onUnit(activeUnit, 'phieu')}
            >
              Mở phiếu của {unitName(activeUnit)}
            </button>
          </>
        ) : null}
      </p>
      <p role="status" className="save-status grid-message">
        {message}
      </p>
      <ScoreGrid
        book={book}
        version={version}
        ranking={ranking}
        unitIds={unitIds}
        columns={plan.leaves}
        side={side}
        decimals={rules.decimals}
        unitName={(u) => record.units.find((x) => x.id === u)?.shortName || unitName(u)}
        statusWords={(u) =>
          SHEET_STATUS_LABELS[sheetOf.get(u)?.status ?? 'draft'] +
          (sheetOf.has(u) ? '' : ' (chưa có phiếu)')
        }
        flagged={(u) => Boolean(sheetOf.get(u)?.flag)}
        lockedBecause={lockedBecause}
        onCommit={(edits) => commit(edits)}
        onPaste={paste}
        onUndo={(redo) => void undo(redo)}
        onMessage={setMessage}
        onActive={setActive}
        bump={bump}
      />
      {asking ? (
        <ReasonDialog
          title="Lý do cụm chấm khác điểm tự chấm"
          text={
            asking.edits
              .slice(0, 5)
              .map((e) => {
                const row = plan.byId.get(e.criterionId)
                const self = book.get(e.unitId, e.criterionId, 'self')
                return `${unitName(e.unitId)}, ${row?.fullLabel ?? ''}: tự chấm ${self === null ? 'chưa có' : formatExact(self)}, cụm chấm ${formatExact(e.value!)}`
              })
              .join('; ') +
            (asking.edits.length > 5 ? `; và ${asking.edits.length - 5} ô khác.` : '.')
          }
          label="Lý do (bắt buộc)"
          onConfirm={(reason) => asking.resolve(reason)}
          onCancel={() => asking.resolve(null)}
        />
      ) : null}
    </section>
  )
}
