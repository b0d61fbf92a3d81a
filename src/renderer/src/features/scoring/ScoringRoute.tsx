import { useSearchParams } from 'react-router'
import { useScoringScreen } from '../../db/queries/scoring-screen'
import { YearOptions } from '../../components/Options'
import { ScoringYear } from './ScoringYear'
import { SCORING_TABS, type ScoringTab } from './scoring-tabs'
import './scoring.css'

/**
 * Route `/cham-diem` — Chấm điểm. Reads the year, the part of the work (`muc`) and the unit
 * (`don-vi`) from the address, so a reload or Back keeps the secretary where she was, and hands
 * them to the year's container.
 */
export function ScoringRoute() {
  const [params, setParams] = useSearchParams()
  const screen = useScoringScreen(params.get('nam') ?? '')

  if (screen === undefined) return <p role="status">Đang tải dữ liệu…</p>
  const { cluster, years, record } = screen
  if (cluster === null) return <p>Chưa có cụm thi đua. Hãy tạo cụm ở màn hình Tổng quan.</p>
  const year = years.find((y) => y.id === params.get('nam')) ?? years[0]
  if (!year) return <p>Hãy tạo năm thi đua trước (mục Năm thi đua).</p>
  const tab = SCORING_TABS.find((t) => t.id === params.get('muc'))?.id ?? null
  const set = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true }
    )

  return (
    <section aria-labelledby="page-title" className="scoring">
      <header className="page-header no-print">
        <h1 id="page-title">Chấm điểm thi đua năm {year.year}</h1>
        <div className="field narrow">
          <label htmlFor="scoring-year">Năm</label>
          <select
            id="scoring-year"
            value={year.id}
            onChange={(e) => set({ nam: e.target.value, 'don-vi': null })}
          >
            <YearOptions years={years} />
          </select>
        </div>
      </header>
      <ScoringYear
        key={year.id}
        cluster={cluster}
        year={year}
        // Another year's records stay until the chosen year's are read: the year waits for its own.
        record={record?.year.id === year.id ? record : undefined}
        tab={tab}
        onTab={(next: ScoringTab) => set({ muc: next })}
        unitId={params.get('don-vi') ?? ''}
        onUnit={(unitId: string, next?: ScoringTab) =>
          set({ 'don-vi': unitId, ...(next ? { muc: next } : {}) })
        }
      />
    </section>
  )
}
