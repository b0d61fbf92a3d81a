import type { PlanRow } from '@core/scoring/plan'
import { formatScore, parseScoreText, type Decimals, type Hundredths } from '@core/scoring/points'
import type { UnitTotals } from '@core/scoring/totals'
import type { CellChange } from '../../db/repositories/scoring-sheets-repo'

/**
 * The pure part of the score grid (units × base criteria): moving the active cell as Excel does,
 * reading a block pasted from Excel or Word, and the undo history. The grid component only wires
 * keys and clipboard events to these.
 */

/** Which score the grid shows and takes: the unit's own, or the cluster's review. */
export type Side = CellChange['side']

export interface GridPos {
  row: number
  col: number
}

export interface GridSize {
  rows: number
  cols: number
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n))

/**
 * Where a key takes the active cell: arrows one cell; Enter down (Shift up); Tab right (Shift
 * left), wrapping to the next row's first cell as in Excel; Home and End to the row's ends
 * (with Ctrl, the grid's corners); Page Up/Down a page of rows.
 */
export function moveCell(
  pos: GridPos,
  key: string,
  options: { shift?: boolean; ctrl?: boolean; page?: number },
  size: GridSize
): GridPos {
  if (size.rows === 0 || size.cols === 0) return { row: 0, col: 0 }
  const { shift = false, ctrl = false, page = 15 } = options
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(pos.row - 1, size.rows), col: pos.col }
    case 'ArrowDown':
      return { row: clamp(pos.row + 1, size.rows), col: pos.col }
    case 'ArrowLeft':
      return { row: pos.row, col: clamp(pos.col - 1, size.cols) }
    case 'ArrowRight':
      return { row: pos.row, col: clamp(pos.col + 1, size.cols) }
    case 'Enter':
      return { row: clamp(pos.row + (shift ? -1 : 1), size.rows), col: pos.col }
    case 'Tab': {
      if (!shift) {
        if (pos.col + 1 < size.cols) return { row: pos.row, col: pos.col + 1 }
        return pos.row + 1 < size.rows ? { row: pos.row + 1, col: 0 } : pos
      }
      if (pos.col > 0) return { row: pos.row, col: pos.col - 1 }
      return pos.row > 0 ? { row: pos.row - 1, col: size.cols - 1 } : pos
    }
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: pos.row, col: 0 }
    case 'End':
      return ctrl
        ? { row: size.rows - 1, col: size.cols - 1 }
        : { row: pos.row, col: size.cols - 1 }
    case 'PageUp':
      return { row: clamp(pos.row - page, size.rows), col: pos.col }
    case 'PageDown':
      return { row: clamp(pos.row + page, size.rows), col: pos.col }
    default:
      return pos
  }
}

/** The DOM id of a grid cell, and back. */
export const cellId = (row: number, col: number) => `score-cell-${row}-${col}`

export function cellAt(id: string): GridPos | null {
  const match = /^score-cell-(\d+)-(\d+)$/.exec(id)
  return match ? { row: Number(match[1]), col: Number(match[2]) } : null
}

/**
 * The empty space before and after the virtualised items on screen (rows or columns), so that the
 * table keeps its full size: `start` is what sits before the first item (the header, or the
 * columns kept at the left).
 */
export function pads(
  items: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  total: number
): [before: number, after: number] {
  const first = items[0]
  const last = items[items.length - 1]
  return first && last ? [first.start - start, total - last.end] : [0, 0]
}

/** A key that starts typing a score in the active cell (digits and the decimal separators). */
export function startsEditing(key: string): boolean {
  return /^[0-9.,]$/.test(key)
}

/**
 * The cells of a block copied from Excel (tab between cells, CR LF between rows, a cell holding a
 * line break or a quote is quoted) or from a Word table (tabs and paragraph breaks). The last
 * line break is not a row. Non-breaking spaces are spaces.
 */
export function parseBlock(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const source = text.replace(/\u00a0/g, ' ')
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
      continue
    }
    if (ch === '"' && cell === '') quoted = true
    else if (ch === '\t') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

export type { CellChange }

export interface PastePlan {
  changes: CellChange[]
  /** Cells not taken, each in the secretary's words (`Dòng 3, cột 2: «9,x» không phải…`). */
  problems: string[]
}

/**
 * What pasting a block at the active cell would change: each cell read as a score (comma or dot
 * decimals, empty clears the cell), mapped onto the units and criteria from the anchor on. Cells
 * past the grid's edges are left out and counted; unreadable ones are named. Nothing is checked
 * against the maxima here: the score book and the repository do that, naming the criterion.
 */
export function planPaste(
  block: string[][],
  anchor: GridPos,
  unitIds: readonly string[],
  columns: readonly Pick<PlanRow, 'id'>[],
  side: Side
): PastePlan {
  const changes: CellChange[] = []
  const problems: string[] = []
  let outside = 0
  block.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const unitId = unitIds[anchor.row + r]
      const column = columns[anchor.col + c]
      if (!unitId || !column) {
        if (text.trim() !== '') outside++
        return
      }
      const parsed = parseScoreText(text)
      if (!parsed.ok) {
        problems.push(`Dòng ${r + 1}, cột ${c + 1} của vùng dán: ${parsed.message}.`)
        return
      }
      changes.push({ unitId, criterionId: column.id, side, value: parsed.value })
    })
  })
  if (outside > 0) problems.push(`${outside} ô nằm ngoài bảng điểm nên không dán.`)
  return { changes, problems }
}

/** A recorded change with the value it replaced, so that it can be undone. */
export interface CellEdit extends CellChange {
  before: Hundredths | null
}

/** The changes that undo a batch (in reverse order, each back to its earlier value). */
export function inverse(batch: readonly CellEdit[]): CellEdit[] {
  return [...batch].reverse().map((e) => ({ ...e, value: e.before, before: e.value }))
}

/**
 * The undo and redo history of the grid: one entry per save (a typed cell, a paste, a cleared
 * cell), at most `limit` kept. Pure data: the grid saves what `undo`/`redo` return.
 */
export class UndoHistory {
  private done: CellEdit[][] = []
  private undone: CellEdit[][] = []

  constructor(private readonly limit = 200) {}

  record(batch: CellEdit[]): void {
    const changed = batch.filter((e) => e.before !== e.value)
    if (changed.length === 0) return
    this.done.push(changed)
    if (this.done.length > this.limit) this.done.shift()
    this.undone = []
  }

  get canUndo(): boolean {
    return this.done.length > 0
  }

  get canRedo(): boolean {
    return this.undone.length > 0
  }

  /** The changes that take the last batch back, or null. Call `commitUndo` once they are saved. */
  peekUndo(): CellEdit[] | null {
    const last = this.done[this.done.length - 1]
    return last ? inverse(last) : null
  }

  commitUndo(): void {
    const last = this.done.pop()
    if (last) this.undone.push(last)
  }

  peekRedo(): CellEdit[] | null {
    const last = this.undone[this.undone.length - 1]
    return last ? [...last] : null
  }

  commitRedo(): void {
    const last = this.undone.pop()
    if (last) this.done.push(last)
  }

  clear(): void {
    this.done = []
    this.undone = []
  }
}

/** What a row's total is made of, as the grid's fixed columns show it (hundredths). */
export interface TotalParts {
  base: Hundredths
  bonus: Hundredths
  penalty: Hundredths
  baseNote: string
  bonusNote: string
  penaltyNote: string
}

/**
 * The parts of one side's total — criteria, bonus, penalty, each as counted — with the reason
 * when a part counts less than its items add up to, so that what the row shows adds up to its
 * total: base + bonus − penalty, or 0 where the rules floor a negative total (said on the penalty).
 */
export function totalParts(totals: UnitTotals | undefined, decimals: Decimals): TotalParts {
  if (!totals)
    return { base: 0, bonus: 0, penalty: 0, baseNote: '', bonusNote: '', penaltyNote: '' }
  const capped = (word: string, raw: Hundredths, counted: Hundredths) =>
    raw > counted
      ? `${word} ${formatScore(raw, decimals)}, tính tối đa ${formatScore(counted, decimals)}`
      : ''
  return {
    base: totals.base,
    bonus: totals.bonus,
    penalty: totals.penalty,
    baseNote: totals.groupsOver.length
      ? 'Có nhóm tiêu chí cộng vượt điểm tối đa của nhóm: nhóm tính theo điểm tối đa'
      : '',
    bonusNote: capped('Điểm cộng', totals.bonusRaw, totals.bonus),
    // The penalty is what takes a total below zero: the floor is said where it comes from.
    penaltyNote: [
      capped('Điểm trừ', totals.penaltyRaw, totals.penalty),
      totals.total !== totals.unfloored ? 'Tổng âm, tính 0 điểm' : ''
    ]
      .filter(Boolean)
      .join('; ')
  }
}
