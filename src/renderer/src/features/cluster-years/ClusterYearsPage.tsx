import { Link } from 'react-router'
import type { ClusterYear, MemberUnit } from '@core/model/entities'
import { useClusterYearsScreen } from '../../db/queries/cluster-years-screen'
import { RotationPlanPanel } from './RotationPlanPanel'
import './years.css'

/** The name a year recorded for a unit, falling back to its current name. */
export function nameInYear(
  year: ClusterYear,
  unitId: string,
  units: MemberUnit[] | undefined
): string {
  if (!unitId) return '—'
  return year.unitNames[unitId] || units?.find((u) => u.id === unitId)?.name || '—'
}

/**
 * Năm thi đua: every year with its leading and deputy unit, the way to start the next, and the
 * rotation plan of the coming five years.
 */
export function ClusterYearsPage() {
  const screen = useClusterYearsScreen()
  if (screen === undefined) return <p role="status">Đang tải dữ liệu…</p>
  const { cluster, years, units, plan, profile } = screen
  if (cluster === null) return <p>Chưa có cụm thi đua. Hãy tạo cụm ở màn hình Tổng quan.</p>
  return (
    <section aria-labelledby="page-title">
      <header className="page-header no-print">
        <h1 id="page-title">Năm thi đua</h1>
        <Link className="button primary" to="/nam-thi-dua/moi">
          Bắt đầu năm mới
        </Link>
      </header>
      {years.length > 0 ? (
        <table className="table panel-table no-print" aria-label="Các năm thi đua">
          <thead>
            <tr>
              <th scope="col">Năm</th>
              <th scope="col">Cụm trưởng</th>
              <th scope="col">Cụm phó</th>
              <th scope="col">Số đơn vị</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year.id}>
                <td>{year.year}</td>
                <td>{nameInYear(year, year.leaderUnitId, units)}</td>
                <td>{nameInYear(year, year.deputyUnitId, units)}</td>
                <td className="num">{year.memberUnitIds.length}</td>
                <td>
                  <Link to={`/nam-thi-dua/${year.id}`} aria-label={`Sửa năm ${year.year}`}>
                    Sửa
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="no-print">Chưa có năm thi đua nào. Bấm “Bắt đầu năm mới”.</p>
      )}
      <RotationPlanPanel cluster={cluster} units={units} rows={plan} profile={profile} />
    </section>
  )
}
