import { useEffect } from 'react'
import { useSearchParams } from 'react-router'
import { useActiveCluster, useClusterYears, useYearEndProgress } from '../../db/hooks'
import { YearOptions } from '../../components/Options'
import { YearEndYear } from './YearEndYear'
import { yearToOpen } from './year-choice'
import { YEAR_END_TABS } from './yearend-tabs'
// The tabs, grids and warning boxes of Chấm điểm, shared rather than copied.
import '../scoring/scoring.css'
import './yearend.css'

/**
 * Route `/binh-xet` — Bình xét: the year-end ballot from the adopted ranking to the result, the
 * award proposals and the dossier. The year and the part (`muc`) are in the address, so a reload
 * keeps the secretary where she was; with no year in it, the year-end in progress opens.
 */
export function YearEndRoute() {
  const cluster = useActiveCluster()
  const years = useClusterYears(cluster?.id)
  const [params, setParams] = useSearchParams()
  const progress = useYearEndProgress(years?.map((y) => y.id))
  const chosen = years && progress ? yearToOpen(years, progress)?.id : undefined
  const named = params.get('nam')
  // The year chosen on opening is written into the address at once, so it stays put when a
  // decision recorded later closes that year.
  useEffect(() => {
    if (!named && chosen)
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          next.set('nam', chosen)
          return next
        },
        { replace: true }
      )
  }, [named, chosen, setParams])
  if (cluster === undefined || years === undefined || progress === undefined)
    return <p role="status">Đang tải dữ liệu…</p>
  if (cluster === null) return <p>Chưa có cụm thi đua. Hãy tạo cụm ở màn hình Tổng quan.</p>
  const year = years.find((y) => y.id === named) ?? yearToOpen(years, progress)
  if (!year) return <p>Hãy tạo năm thi đua trước (mục Năm thi đua).</p>
  const tab = YEAR_END_TABS.find((t) => t.id === params.get('muc'))?.id ?? 'phieu'
  const set = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) next.set(key, value)
        return next
      },
      { replace: true }
    )
  return (
    <section aria-labelledby="page-title" className="yearend">
      <header className="page-header no-print">
        <h1 id="page-title">Bình xét thi đua năm {year.year}</h1>
        <div className="field narrow">
          <label htmlFor="yearend-year">Năm</label>
          <select id="yearend-year" value={year.id} onChange={(e) => set({ nam: e.target.value })}>
            <YearOptions years={years} />
          </select>
        </div>
      </header>
      <YearEndYear key={year.id} yearId={year.id} tab={tab} onTab={(muc) => set({ muc })} />
    </section>
  )
}
