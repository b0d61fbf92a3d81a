import { useMemo } from 'react'
import type { MemberUnit } from '@core/model/entities'
import { todayIso } from '@core/text/dates'
import { useWindowRows } from '../../components/useWindowRows'
import { WindowedList } from '../../components/WindowedBody'
import { moveInOrder, orderNote } from './cluster-rules-form'

interface Props {
  order: string[]
  /** The order as stored, to tell the units added since. */
  stored: string[]
  units: MemberUnit[]
  onChange(order: string[]): void
}

/**
 * "Thứ tự luân phiên cụm trưởng": the real order the rotation follows, by full name, moved up or
 * down; units that joined after the order was set are at the end, units that left are kept (the
 * rotation skips them) and marked. A cluster of hundreds of units draws the units on screen only
 * (issue 13): 300 lines of two buttons each were most of the time to open Cài đặt.
 */
export function RotationOrderPanel({ order, stored, units, onChange }: Props) {
  const today = todayIso()
  // By id once: a search of every unit for each of hundreds of rows grew as its square.
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units])
  const storedIds = useMemo(() => new Set(stored), [stored])
  const rows = useWindowRows<HTMLOListElement>(order.length, 37, { fields: true })
  return (
    <fieldset className="people" data-field="rotationOrder">
      <legend>Thứ tự luân phiên cụm trưởng, cụm phó</legend>
      <p className="muted">
        Năm sau, cụm trưởng là đơn vị kế tiếp cụm trưởng năm trước trong thứ tự này, cụm phó là đơn
        vị kế tiếp nữa (bỏ qua đơn vị không tham gia năm đó).
      </p>
      <WindowedList
        className="order-list rotation-order"
        rows={rows}
        rowKey={(i) => order[i]!}
        row={(i) => {
          const id = order[i]!
          const unit = byId.get(id)
          const name = unit?.name ?? id
          const note = orderNote(unit, storedIds, today)
          return (
            <li data-index={i} ref={rows.measure} aria-setsize={order.length} aria-posinset={i + 1}>
              <span>
                {i + 1}. {name}
                {note ? <span className="muted"> — {note}</span> : null}
              </span>
              <button
                type="button"
                className="button small"
                disabled={i === 0}
                onClick={() => onChange(moveInOrder(order, i, -1))}
                aria-label={`Đưa ${name} lên`}
              >
                ↑
              </button>
              <button
                type="button"
                className="button small"
                disabled={i === order.length - 1}
                onClick={() => onChange(moveInOrder(order, i, 1))}
                aria-label={`Đưa ${name} xuống`}
              >
                ↓
              </button>
            </li>
          )
        }}
      />
    </fieldset>
  )
}
