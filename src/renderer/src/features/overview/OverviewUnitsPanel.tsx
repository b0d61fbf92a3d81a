import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import type { MemberUnit } from '@core/model/entities'
import { formatDateVi, todayIso } from '@core/text/dates'
import { VIRTUAL_FROM } from '../../components/virtual-from'

/** The rows of a cluster of hundreds of units, windowed: the windowing code loads only for one. */
const WindowedUnitRows = lazy(() =>
  import('./WindowedUnitRows').then((m) => ({ default: m.WindowedUnitRows }))
)

/** One member unit's line: its number, name and whether it still takes part. */
export function UnitRow({
  unit,
  index,
  today,
  measure
}: {
  unit: MemberUnit
  index: number
  today: string
  measure?: (row: Element | null) => void
}) {
  return (
    <tr data-index={index} ref={measure}>
      <td className="num">{index + 1}</td>
      <td>{unit.name}</td>
      <td>
        {unit.activeTo && unit.activeTo < today
          ? `Đã kết thúc ${formatDateVi(unit.activeTo)}`
          : 'Đang tham gia'}
      </td>
    </tr>
  )
}

/**
 * Tổng quan's member units: number, name and whether each still takes part. A cluster of hundreds
 * of units draws only the rows on screen.
 */
export function OverviewUnitsPanel({ units }: { units: MemberUnit[] }) {
  const today = todayIso()
  return (
    <section className="panel" aria-labelledby="units-title">
      <h2 id="units-title">Đơn vị thành viên ({units.length})</h2>
      {units.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">TT</th>
              <th scope="col">Tên đơn vị</th>
              <th scope="col">Tình trạng</th>
            </tr>
          </thead>
          {units.length >= VIRTUAL_FROM ? (
            <Suspense fallback={<tbody />}>
              <WindowedUnitRows units={units} today={today} />
            </Suspense>
          ) : (
            <tbody>
              {units.map((unit, index) => (
                <UnitRow key={unit.id} unit={unit} index={index} today={today} />
              ))}
            </tbody>
          )}
        </table>
      ) : (
        <p>
          Chưa có đơn vị nào. <Link to="/don-vi">Đơn vị thành viên</Link>
        </p>
      )}
    </section>
  )
}
