import { Link } from 'react-router'
import type { MemberUnit } from '@core/model/entities'
import { formatDateVi, todayIso } from '@core/text/dates'
import { SpacerRow } from '../../components/SpacerRow'
import { useWindowRows } from '../../components/useWindowRows'

/**
 * Tổng quan's member units: number, name and whether each still takes part. A cluster of hundreds
 * of units draws only the rows on screen.
 */
export function OverviewUnitsPanel({ units }: { units: MemberUnit[] }) {
  const rows = useWindowRows(units.length)
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
          <tbody ref={rows.bodyRef}>
            <SpacerRow height={rows.before} columns={3} />
            {rows.indexes.map((index) => {
              const unit = units[index]!
              return (
                <tr key={unit.id} data-index={index} ref={rows.measure}>
                  <td className="num">{index + 1}</td>
                  <td>{unit.name}</td>
                  <td>
                    {unit.activeTo && unit.activeTo < today
                      ? `Đã kết thúc ${formatDateVi(unit.activeTo)}`
                      : 'Đang tham gia'}
                  </td>
                </tr>
              )
            })}
            <SpacerRow height={rows.after} columns={3} />
          </tbody>
        </table>
      ) : (
        <p>
          Chưa có đơn vị nào. <Link to="/don-vi">Đơn vị thành viên</Link>
        </p>
      )}
    </section>
  )
}
