import { memo, type ReactNode } from 'react'
import { formatExact, formatScore, type Decimals } from '@core/scoring/points'

/** One visible cell's values: the unit's own score and the reviewed one (null: none). */
export interface CellValues {
  self: number | null
  reviewed: number | null
}

export interface GridRowProps {
  rowIndex: number
  unitId: string
  unitName: string
  statusWords: string
  flagged: boolean
  /** Totals and rank from the score book. */
  selfTotal: number
  total: number
  /**
   * What the side's total is made of (the side the cells show): criteria + bonus − penalty, so
   * a row can be checked by hand against «Tổng tự chấm» or «Tổng cụm chấm».
   */
  base: number
  bonus: number
  penalty: number
  /** Why a part counts less than its items add up to (a group, bonus or penalty cap), or ''. */
  baseNote: string
  bonusNote: string
  penaltyNote: string
  rank: number
  tied: boolean
  band: string
  missing: number
  /** True when the unit has no score at all yet: no total or rank is shown. */
  blank: boolean
  decimals: Decimals
  side: 'self' | 'reviewed'
  /** The visible criteria's values, in column order from `firstCol`. */
  cells: CellValues[]
  firstCol: number
  /** Active column in this row, or -1. */
  activeCol: number
  readOnly: boolean
  leftPad: number
  rightPad: number
  /** The editor, rendered in the active cell while typing. */
  editor: ReactNode
  cellId(row: number, col: number): string
}

const text = (value: number | null) => (value === null ? '' : formatExact(value))

/** Columns kept at the left: TT, đơn vị, the two totals, hạng, then tiêu chí, cộng, trừ. */
export const FIXED_COLUMNS = 8

/** A part of the total, marked with `*` (the reason in its tooltip) when a cap applied. */
function Part(p: { className: string; value: string; note: string }) {
  return (
    <td className={`sticky ${p.className} num`}>
      {p.value}
      {p.note ? (
        <span className="missing" title={p.note}>
          *
        </span>
      ) : null}
    </td>
  )
}

/** A cell's look: the score shown on this side, a difference between the sides marked. */
function Cell({
  values,
  side,
  id,
  active,
  col,
  children
}: {
  values: CellValues
  side: 'self' | 'reviewed'
  id: string
  active: boolean
  col: number
  children: ReactNode
}) {
  const differs = values.reviewed !== null && values.reviewed !== values.self
  const shown = side === 'self' ? values.self : (values.reviewed ?? values.self)
  const inherited = side === 'reviewed' && values.reviewed === null && values.self !== null
  const title = differs
    ? `Tự chấm ${text(values.self) || 'chưa có'}, cụm chấm ${text(values.reviewed)}`
    : undefined
  return (
    <td
      id={id}
      role="gridcell"
      aria-colindex={col + FIXED_COLUMNS + 1}
      aria-selected={active}
      className={`score${active ? ' active' : ''}${differs ? ' differs' : ''}${inherited ? ' inherited' : ''}`}
      title={title}
    >
      {children ?? (
        <>
          {text(shown)}
          {differs ? (
            <span className="other">
              {side === 'self' ? `→${text(values.reviewed)}` : `(${text(values.self) || '–'})`}
            </span>
          ) : null}
        </>
      )}
    </td>
  )
}

function sameCells(a: CellValues[], b: CellValues[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++)
    if (a[i]!.self !== b[i]!.self || a[i]!.reviewed !== b[i]!.reviewed) return false
  return true
}

/**
 * One unit's row: number, name and status, totals and rank, then what the side's total is made
 * of (criteria, bonus, penalty), all kept at the left while the criteria scroll, then the visible
 * criteria's cells. Memoised on its values, so a keystroke redraws
 * only the rows whose figures or rank changed.
 */
export const GridRow = memo(
  function GridRow(p: GridRowProps) {
    return (
      <tr role="row" aria-rowindex={p.rowIndex + 2} className={p.readOnly ? 'read-only' : ''}>
        <th scope="row" className="sticky c-no">
          {p.rowIndex + 1}
        </th>
        <th scope="row" className="sticky c-name" title={p.unitName}>
          <span className="unit-name">{p.unitName}</span>
          <span className="unit-status">
            {p.flagged ? <span className="flag">Vướng mắc · </span> : null}
            {p.statusWords}
          </span>
        </th>
        <td className="sticky c-self num" data-self-total={p.unitId}>
          {p.blank ? '–' : formatScore(p.selfTotal, p.decimals)}
        </td>
        <td className="sticky c-total num" data-total={p.unitId}>
          {p.blank ? '–' : formatScore(p.total, p.decimals)}
          {p.missing > 0 && !p.blank ? (
            <span className="missing" title={`Còn ${p.missing} tiêu chí chưa có điểm`}>
              *
            </span>
          ) : null}
        </td>
        <td className="sticky c-rank num" data-rank={p.unitId}>
          {p.blank ? '' : p.rank}
          {p.tied && !p.blank ? <span className="tie"> đồng hạng</span> : null}
          {p.band ? <span className="band">{p.band}</span> : null}
        </td>
        <Part
          className="c-base"
          value={p.blank ? '–' : formatScore(p.base, p.decimals)}
          note={p.blank ? '' : p.baseNote}
        />
        <Part
          className="c-bonus"
          value={p.blank ? '–' : formatScore(p.bonus, p.decimals)}
          note={p.blank ? '' : p.bonusNote}
        />
        <Part
          className="c-penalty"
          value={p.blank ? '–' : formatScore(p.penalty, p.decimals)}
          note={p.blank ? '' : p.penaltyNote}
        />
        {p.leftPad > 0 ? <td className="pad" style={{ width: p.leftPad }} /> : null}
        {p.cells.map((values, i) => {
          const col = p.firstCol + i
          const active = col === p.activeCol
          return (
            <Cell
              key={col}
              values={values}
              side={p.side}
              id={p.cellId(p.rowIndex, col)}
              active={active}
              col={col}
            >
              {active ? p.editor : null}
            </Cell>
          )
        })}
        {p.rightPad > 0 ? <td className="pad" style={{ width: p.rightPad }} /> : null}
      </tr>
    )
  },
  (a, b) => {
    for (const key of Object.keys(a) as Array<keyof GridRowProps>) {
      if (key === 'cells') {
        if (!sameCells(a.cells, b.cells)) return false
      } else if (key !== 'cellId' && a[key] !== b[key]) return false
    }
    return true
  }
)
