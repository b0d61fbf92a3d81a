import { lazy, Suspense } from 'react'
import { useOverview } from '../../db/queries/overview-screen'
import { OverviewUnitsPanel } from './OverviewUnitsPanel'
import { ScoringProgressPanel } from './ScoringProgressPanel'

/** The first-run choice (sample, blank start, restore): only an empty database needs its code. */
const FirstRunPanel = lazy(() =>
  import('../first-run/FirstRunPanel').then((m) => ({ default: m.FirstRunPanel }))
)

function FirstRun() {
  return (
    <Suspense fallback={<p role="status">Đang tải…</p>}>
      <FirstRunPanel />
    </Suspense>
  )
}

/** Tổng quan: the cluster at a glance — its members and its years — or the first-run choice. */
export function OverviewPage() {
  const overview = useOverview()

  if (overview === undefined) return <p role="status">Đang tải dữ liệu…</p>
  const { firstRun, cluster, units, years, scoring } = overview
  if (firstRun === 'choose') return <FirstRun />
  if (cluster === null) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Tổng quan</h1>
        <p>Chưa có cụm thi đua nào.</p>
        <FirstRun />
      </section>
    )
  }

  const unitName = (id: string) => units.find((u) => u.id === id)

  return (
    <section aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <h1 id="page-title">{cluster.name}</h1>
          <p className="subtitle">
            {cluster.parentBody || 'Chưa ghi cơ quan chủ quản'} · Ký hiệu văn bản: {cluster.symbol}
          </p>
        </div>
        {cluster.isSample ? <span className="badge">Dữ liệu mẫu</span> : null}
      </header>

      <div className="panels">
        <OverviewUnitsPanel units={units} />

        {scoring ? <ScoringProgressPanel {...scoring} /> : null}

        <section className="panel" aria-labelledby="years-title">
          <h2 id="years-title">Năm thi đua ({years.length})</h2>
          {years.length > 0 ? (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Năm</th>
                  <th scope="col">Cụm trưởng</th>
                  <th scope="col">Cụm phó</th>
                  <th scope="col">Số đơn vị</th>
                </tr>
              </thead>
              <tbody>
                {years.map((year) => (
                  <tr key={year.id}>
                    <td>{year.year}</td>
                    <td>
                      {year.unitNames[year.leaderUnitId] ??
                        unitName(year.leaderUnitId)?.name ??
                        '—'}
                    </td>
                    <td>
                      {year.unitNames[year.deputyUnitId] ??
                        unitName(year.deputyUnitId)?.name ??
                        '—'}
                    </td>
                    <td className="num">{year.memberUnitIds.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>Chưa có năm thi đua nào.</p>
          )}
        </section>
      </div>
    </section>
  )
}
