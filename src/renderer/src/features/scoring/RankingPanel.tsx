import { lazy, Suspense, useMemo, useState } from 'react'
import { FLAG_WORDS, selfItemsNotes } from '@core/documents/kinds/score-summary'
import { reviewerWord } from '@core/documents/kinds/scoring-common'
import { formatPercentHundredths, formatScore, percentHundredths } from '@core/scoring/points'
import { yearSummary } from '@core/scoring/view'
import { UnitOptions } from '../../components/Options'
import { useScoringHistory } from '../../db/hooks'
import { rankingRows } from '../../db/repositories/scoring-ranking-repo'
import { totalBars, unitTrend } from './chart-data'
import { RankingAdoption } from './RankingAdoption'
import type { PanelProps } from './ScoringYear'

/** The chart library is loaded with the charts, not with the table (decision 0008). */
const Charts = lazy(() => import('./RankingCharts').then((m) => ({ default: m.TotalsChart })))
const Trend = lazy(() => import('./RankingCharts').then((m) => ({ default: m.TrendChart })))

/**
 * "Xếp hạng": the score table as it stands (rank, đồng hạng never broken unless the year's
 * rules set a tie-break chain, band, vướng mắc), the bar chart of totals, a unit's trend over
 * the years, and the adoption at the year-end meeting.
 */
export function RankingPanel({ data, unitId }: PanelProps) {
  const { record, rules, facts } = data
  const rows = useMemo(() => yearSummary(facts), [facts])
  const history = useScoringHistory(record.cluster.id)
  const members = record.year.memberUnitIds
  const [trendUnit, setTrendUnit] = useState(members.includes(unitId) ? unitId : (members[0] ?? ''))
  const snapshot = record.snapshot
  const stale = useMemo(() => {
    if (!snapshot) return false
    const now = JSON.stringify(rankingRows(facts).map((r) => [r.unitId, r.total, r.rank]))
    return now !== JSON.stringify(snapshot.rows.map((r) => [r.unitId, r.total, r.rank]))
  }, [snapshot, facts])
  const points = (value: number) => formatScore(value, rules.decimals)
  const shortName = (id: string) =>
    record.units.find((u) => u.id === id)?.shortName || data.unitName(id)
  const trend = unitTrend(trendUnit, history ?? [], {
    year: record.year.year,
    declaredMax: rules.declaredMax,
    rows,
    adopted: snapshot !== null
  })
  return (
    <>
      <section className="panel" aria-labelledby="ranking-title">
        <h2 id="ranking-title">Bảng xếp hạng năm {record.year.year}</h2>
        <p className="muted">
          Xếp theo tổng điểm cụm chấm (điểm tự chấm khi cụm không chấm lại).{' '}
          {rules.tieBreak.length === 0
            ? 'Các đơn vị bằng điểm được xếp đồng hạng.'
            : 'Bằng điểm thì xét tiêu chí phụ theo quy định của năm.'}
          {stale ? (
            <strong className="stale"> Số liệu đã thay đổi sau khi bảng được thông qua.</strong>
          ) : null}
        </p>
        <table className="table ranking-table">
          <thead>
            <tr>
              <th scope="col">Xếp thứ</th>
              <th scope="col">Đơn vị</th>
              {/* Both on the criteria alone, as in the Bảng tổng hợp: with the bonus in one of
                  them only, a bonus would read as a cut. */}
              <th scope="col">Tự chấm (điểm chuẩn)</th>
              <th scope="col">{reviewerWord(facts)} (điểm chuẩn)</th>
              <th scope="col">Điểm cộng</th>
              <th scope="col">Điểm trừ</th>
              <th scope="col">Tổng điểm</th>
              {/* The base of the share is named: a bonus may lift a total above the declared maximum,
                  and "101,50%" alone would read as impossible. */}
              <th scope="col">Đạt so với {points(rules.declaredMax)} điểm chuẩn</th>
              <th scope="col">Xếp loại</th>
              <th scope="col">Ghi chú</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.unitId}>
                <td className={`num${r.tied ? ' tied' : ''}`}>
                  {r.rank}
                  {r.tied ? ' (đồng hạng)' : ''}
                </td>
                <td>{r.unitName}</td>
                <td className="num">{points(r.self.base)}</td>
                <td className="num">{points(r.effective.base)}</td>
                <td className="num">{points(r.effective.bonus)}</td>
                <td className="num">{points(r.effective.penalty)}</td>
                <td className="num">
                  <strong>{points(r.effective.total)}</strong>
                </td>
                <td className="num">
                  {formatPercentHundredths(percentHundredths(r.effective.total, rules.declaredMax))}
                </td>
                <td>{r.band?.label ?? 'Chưa xếp loại'}</td>
                <td>
                  {[
                    ...selfItemsNotes(facts, r),
                    r.effective.missing ? `Còn ${r.effective.missing} tiêu chí chưa chấm` : '',
                    r.sheet?.flag ? `Vướng mắc: ${FLAG_WORDS[r.sheet.flag.kind]}` : '',
                    r.separatedBy ? 'Phân định bằng tiêu chí phụ' : ''
                  ]
                    .filter(Boolean)
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="chart-box">
          <h3>Tổng điểm các đơn vị</h3>
          <Suspense fallback={<p role="status">Đang vẽ biểu đồ…</p>}>
            <Charts
              bars={totalBars(rows, shortName)}
              declaredMax={rules.declaredMax}
              decimals={rules.decimals}
            />
          </Suspense>
        </div>
        <div className="chart-box">
          <h3>Kết quả qua các năm</h3>
          <div className="field narrow">
            <label htmlFor="trend-unit">Đơn vị</label>
            <select
              id="trend-unit"
              value={trendUnit}
              onChange={(e) => setTrendUnit(e.target.value)}
            >
              <UnitOptions ids={members} nameOf={data.unitName} />
            </select>
          </div>
          {trend.length > 0 ? (
            <Suspense fallback={<p role="status">Đang vẽ biểu đồ…</p>}>
              <Trend points={trend} unitName={data.unitName(trendUnit)} />
            </Suspense>
          ) : null}
          {trend.length < 2 ? (
            <p className="muted">Chưa có năm nào khác được chấm điểm trong ứng dụng để so sánh.</p>
          ) : null}
        </div>
      </section>
      <RankingAdoption data={data} stale={stale} />
    </>
  )
}
