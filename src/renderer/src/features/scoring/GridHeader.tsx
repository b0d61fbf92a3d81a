import type { PlanRow } from '@core/scoring/plan'
import { formatExact } from '@core/scoring/points'

interface Props {
  columns: PlanRow[]
  /** Indices of the criteria columns on screen. */
  visible: number[]
  activeCol: number
  side: 'self' | 'reviewed'
  leftPad: number
  rightPad: number
  onColumn(col: number): void
}

/**
 * The grid's header row: the columns kept at the left (the totals, then the criteria, bonus and
 * penalty the side's total adds up from), then each visible criterion's label and maximum, its full wording in the tooltip (the line above the grid names the active one).
 */
export function GridHeader({
  columns,
  visible,
  activeCol,
  side,
  leftPad,
  rightPad,
  onColumn
}: Props) {
  const sideWord = side === 'self' ? 'tự chấm' : 'cụm chấm'
  return (
    <thead>
      <tr role="row" aria-rowindex={1}>
        <th className="sticky c-no">TT</th>
        <th className="sticky c-name">Đơn vị</th>
        <th className="sticky c-self">Tổng tự chấm</th>
        <th className="sticky c-total">{side === 'self' ? 'Tổng xếp hạng' : 'Tổng cụm chấm'}</th>
        <th className="sticky c-rank">Hạng</th>
        <th className="sticky c-base" title={`Cộng điểm các tiêu chí (${sideWord})`}>
          Điểm tiêu chí
        </th>
        <th className="sticky c-bonus" title={`Điểm cộng (${sideWord}), đã tính mức tối đa`}>
          Điểm cộng
        </th>
        <th className="sticky c-penalty" title={`Điểm trừ (${sideWord}), đã tính mức tối đa`}>
          Điểm trừ
        </th>
        {leftPad > 0 ? <th className="pad" style={{ width: leftPad }} /> : null}
        {visible.map((c) => {
          const column = columns[c]!
          return (
            <th
              key={c}
              className={`crit${c === activeCol ? ' active' : ''}`}
              title={`${column.fullLabel}. ${column.text}`}
              onClick={() => onColumn(c)}
            >
              {column.fullLabel}
              <span className="max">/{column.max === null ? '–' : formatExact(column.max)}</span>
            </th>
          )
        })}
        {rightPad > 0 ? <th className="pad" style={{ width: rightPad }} /> : null}
      </tr>
    </thead>
  )
}
