import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { formatExact, parseScoreText } from '@core/scoring/points'
import { GridHeader } from './GridHeader'
import type { ScoreGridProps as Props } from './score-grid-props'
import { FIXED_COLUMNS, GridRow, type CellValues } from './GridRow'
import {
  cellAt,
  cellId,
  moveCell,
  pads,
  parseBlock,
  startsEditing,
  totalParts,
  type GridPos,
  type Side
} from './grid-model'

const ROW_H = 36
const HEAD_H = 44
const COL_W = 64
/** Width of the columns kept at the left: TT, đơn vị, tự chấm, tổng, hạng, tiêu chí, cộng, trừ. */
const LEFT_W = 40 + 250 + 76 + 76 + 96 + 3 * 68

interface Editing {
  text: string
  original: number | null
  /** Started by typing (arrows then leave the cell, as in Excel) or with F2 (arrows move the caret). */
  typed: boolean
}

/**
 * The grid of units × criteria, filled from the keyboard as in Excel: arrows, Enter, Tab,
 * Home/End, Page Up/Down; typing a digit starts a cell, F2 edits it, Delete clears it, Escape
 * takes the typing back; Ctrl+Z / Ctrl+Y undo and redo; a block copied from Excel or Word is
 * pasted from the active cell. Totals and ranks follow each keystroke. Rows and columns are
 * virtualised, so 300 units × 60 criteria draw only what is on screen.
 */
export function ScoreGrid(p: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const gridRef = useRef<HTMLTableElement>(null)
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 })
  const [editing, setEditing] = useState<Editing | null>(null)
  const size = { rows: p.unitIds.length, cols: p.columns.length }
  const rows = useVirtualizer({
    count: size.rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 8,
    paddingStart: HEAD_H,
    scrollPaddingStart: HEAD_H,
    initialRect: { width: 1200, height: 600 }
  })
  const cols = useVirtualizer({
    horizontal: true,
    count: size.cols,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COL_W,
    overscan: 4,
    paddingStart: LEFT_W,
    scrollPaddingStart: LEFT_W,
    initialRect: { width: 1200, height: 600 }
  })

  const valueAt = useCallback(
    (row: number, col: number, side: Side) => p.book.get(p.unitIds[row]!, p.columns[col]!.id, side),
    [p.book, p.unitIds, p.columns]
  )

  const go = (next: GridPos) => {
    setActive(next)
    p.onActive(next)
    rows.scrollToIndex(next.row, { align: 'auto' })
    cols.scrollToIndex(next.col, { align: 'auto' })
  }

  // Set when the keyboard leaves a cell: the grid takes the focus back as soon as the editor is
  // gone (in the same task, so the next key cannot arrive in between).
  const refocus = useRef(false)
  const focusGrid = () => {
    refocus.current = true
  }
  useLayoutEffect(() => {
    if (refocus.current && !editing) {
      refocus.current = false
      gridRef.current?.focus({ preventScroll: true })
    }
  })

  /** Shows a typed value at once (totals and ranks follow); false when the book refuses it. */
  const preview = (text: string): boolean => {
    const parsed = parseScoreText(text)
    if (!parsed.ok) return false
    const result = p.book.set(
      p.unitIds[active.row]!,
      p.columns[active.col]!.id,
      p.side,
      parsed.value
    )
    if (result.ok) p.bump()
    return result.ok
  }

  const begin = (text: string, typed: boolean) => {
    const unitId = p.unitIds[active.row]
    if (!unitId || !p.columns[active.col]) return
    const locked = p.lockedBecause(unitId)
    if (locked) return p.onMessage(locked)
    setEditing({ text, original: valueAt(active.row, active.col, p.side), typed })
    if (typed) preview(text)
  }

  const cancel = () => {
    if (!editing) return
    p.book.set(p.unitIds[active.row]!, p.columns[active.col]!.id, p.side, editing.original)
    p.bump()
    setEditing(null)
    focusGrid()
  }

  /** Saves the typed value; true when the cell may be left. */
  const commit = (): boolean => {
    if (!editing) return true
    const parsed = parseScoreText(editing.text)
    if (!parsed.ok) {
      p.onMessage(`${p.columns[active.col]!.fullLabel}: ${parsed.message}.`)
      return false
    }
    const unitId = p.unitIds[active.row]!
    const criterionId = p.columns[active.col]!.id
    const result = p.book.set(unitId, criterionId, p.side, parsed.value)
    if (!result.ok) {
      p.onMessage(`${p.unitName(unitId)}: ${result.message}`)
      return false
    }
    p.bump()
    setEditing(null)
    if (parsed.value !== editing.original) {
      const edit = {
        unitId,
        criterionId,
        side: p.side,
        value: parsed.value,
        before: editing.original
      }
      void p.onCommit([edit]).then((saved) => {
        if (saved) return
        p.book.set(unitId, criterionId, p.side, editing.original)
        p.bump()
      })
    }
    return true
  }

  const onGridKey = (e: KeyboardEvent) => {
    if (editing) return
    const ctrl = e.ctrlKey || e.metaKey
    if (ctrl && (e.key === 'z' || e.key === 'Z')) {
      e.preventDefault()
      return p.onUndo(e.shiftKey)
    }
    if (ctrl && (e.key === 'y' || e.key === 'Y')) {
      e.preventDefault()
      return p.onUndo(true)
    }
    if (ctrl && !['Home', 'End'].includes(e.key)) return
    if (e.key === 'F2' || (e.key === 'Enter' && e.altKey)) {
      e.preventDefault()
      const value = valueAt(active.row, active.col, p.side)
      return begin(value === null ? '' : formatExact(value), false)
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault()
      const unitId = p.unitIds[active.row]
      if (!unitId) return
      const locked = p.lockedBecause(unitId)
      if (locked) return p.onMessage(locked)
      const before = valueAt(active.row, active.col, p.side)
      if (before === null) return
      p.book.set(unitId, p.columns[active.col]!.id, p.side, null)
      p.bump()
      void p
        .onCommit([
          { unitId, criterionId: p.columns[active.col]!.id, side: p.side, value: null, before }
        ])
        .then((saved) => {
          if (saved) return
          p.book.set(unitId, p.columns[active.col]!.id, p.side, before)
          p.bump()
        })
      return
    }
    if (startsEditing(e.key)) {
      e.preventDefault()
      return begin(e.key, true)
    }
    const next = moveCell(active, e.key, { shift: e.shiftKey, ctrl }, size)
    if (next !== active) {
      e.preventDefault()
      go(next)
    }
  }

  const onEditorKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter, Tab, Up and Down leave the cell; Left and Right too when typing began in it.
    const leaves =
      ['Enter', 'Tab', 'ArrowUp', 'ArrowDown'].includes(e.key) ||
      (['ArrowLeft', 'ArrowRight'].includes(e.key) && editing?.typed)
    if (e.key === 'Escape') {
      e.preventDefault()
      return cancel()
    }
    if (!leaves) return
    e.preventDefault()
    if (commit()) {
      go(moveCell(active, e.key, { shift: e.shiftKey }, size))
      focusGrid()
    }
  }

  const editor = editing ? (
    <input
      className="cell-editor"
      aria-label={`${p.unitName(p.unitIds[active.row]!)}, ${p.columns[active.col]!.fullLabel}: ${p.side === 'self' ? 'điểm tự chấm' : 'điểm cụm chấm'}`}
      autoFocus
      inputMode="decimal"
      value={editing.text}
      onChange={(e) => {
        setEditing({ ...editing, text: e.target.value })
        preview(e.target.value)
      }}
      onKeyDown={onEditorKey}
      onBlur={() => {
        if (!commit()) cancel()
      }}
    />
  ) : null

  const rowItems = rows.getVirtualItems()
  const colItems = cols.getVirtualItems()
  const [topPad, bottomPad] = pads(rowItems, HEAD_H, rows.getTotalSize())
  const [leftPad, rightPad] = pads(colItems, LEFT_W, cols.getTotalSize())
  const visibleCols = colItems.map((c) => c.index)

  return (
    <div ref={scrollRef} className="grid-scroll" data-version={p.version}>
      <table
        ref={gridRef}
        role="grid"
        className="score-grid"
        tabIndex={0}
        aria-label={`Bảng điểm ${p.side === 'self' ? 'tự chấm' : 'cụm chấm'}: ${size.rows} đơn vị, ${size.cols} tiêu chí`}
        aria-rowcount={size.rows + 1}
        aria-colcount={size.cols + FIXED_COLUMNS}
        aria-activedescendant={editing ? undefined : cellId(active.row, active.col)}
        onKeyDown={onGridKey}
        onPaste={(e) => {
          const text = e.clipboardData.getData('text/plain')
          if (editing && !/[\t\n]/.test(text)) return
          e.preventDefault()
          if (editing) cancel()
          p.onPaste(parseBlock(text), active)
        }}
        onCopy={(e) => {
          if (editing) return
          const value = valueAt(active.row, active.col, p.side)
          e.preventDefault()
          e.clipboardData.setData('text/plain', value === null ? '' : formatExact(value))
        }}
        style={{ width: cols.getTotalSize() }}
      >
        <GridHeader
          columns={p.columns}
          visible={visibleCols}
          activeCol={active.col}
          side={p.side}
          leftPad={leftPad}
          rightPad={rightPad}
          onColumn={(col) => go({ row: active.row, col })}
        />
        <tbody
          onMouseDown={(e) => {
            const pos = cellAt((e.target as HTMLElement).closest('td.score')?.id ?? '')
            if (pos) go(pos)
          }}
          onDoubleClick={() => {
            const value = valueAt(active.row, active.col, p.side)
            begin(value === null ? '' : formatExact(value), false)
          }}
        >
          {topPad > 0 ? <tr className="pad" style={{ height: topPad }} /> : null}
          {rowItems.map((r) => {
            const unitId = p.unitIds[r.index]!
            const rank = p.ranking.get(unitId)
            const cells: CellValues[] = visibleCols.map((c) => ({
              self: valueAt(r.index, c, 'self'),
              reviewed: valueAt(r.index, c, 'reviewed')
            }))
            return (
              <GridRow
                key={unitId}
                rowIndex={r.index}
                unitId={unitId}
                unitName={p.unitName(unitId)}
                statusWords={p.statusWords(unitId)}
                flagged={p.flagged(unitId)}
                {...totalParts(p.side === 'self' ? rank?.selfTotals : rank?.totals, p.decimals)}
                selfTotal={rank?.selfTotals.total ?? 0}
                total={rank?.totals.total ?? 0}
                rank={rank?.rank ?? 0}
                tied={rank?.tied ?? false}
                band={rank?.band?.label ?? ''}
                missing={rank?.totals.missing ?? 0}
                blank={
                  (rank?.totals.missing ?? 0) === p.columns.length &&
                  (rank?.selfTotals.missing ?? 0) === p.columns.length
                }
                decimals={p.decimals}
                side={p.side}
                cells={cells}
                firstCol={visibleCols[0] ?? 0}
                activeCol={r.index === active.row ? active.col : -1}
                readOnly={p.lockedBecause(unitId) !== ''}
                leftPad={leftPad}
                rightPad={rightPad}
                editor={r.index === active.row ? editor : null}
                cellId={cellId}
              />
            )
          })}
          {bottomPad > 0 ? <tr className="pad" style={{ height: bottomPad }} /> : null}
        </tbody>
      </table>
    </div>
  )
}
