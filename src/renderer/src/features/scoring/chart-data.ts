import type { Hundredths } from '@core/scoring/points'
import type { SummaryRow } from '@core/scoring/view'
import type { YearTotals } from '../../db/repositories/scoring-repo'

/** A bar of the totals chart: one unit, its total and rank, ties and flags marked. */
export interface TotalBar {
  unitId: string
  /** Short label under the bar (the unit's short name when it has one). */
  label: string
  total: Hundredths
  rank: number
  tied: boolean
}

/** The bars in ranking order (ties side by side, as the table lists them). */
export function totalBars(rows: SummaryRow[], shortName: (unitId: string) => string): TotalBar[] {
  return rows.map((r) => ({
    unitId: r.unitId,
    label: shortName(r.unitId),
    total: r.effective.total,
    rank: r.rank,
    tied: r.tied
  }))
}

/** One year's point of a unit's trend: the total as a share of that year's maximum, and the rank. */
export interface TrendPoint {
  year: number
  total: Hundredths
  /** Hundredths of a percent of the year's declared maximum (maxima differ between years). */
  percent: number
  rank: number
  tied: boolean
  adopted: boolean
}

/**
 * A unit's results over the scored years, oldest first. The current year comes from `current`
 * (the live table), the others from `history` (adopted where they were). Shares of the maximum,
 * not raw totals, are compared, since a year of 90 points and one of 100 are not on one scale.
 */
export function unitTrend(
  unitId: string,
  history: YearTotals[],
  current: { year: number; declaredMax: Hundredths; rows: SummaryRow[]; adopted: boolean }
): TrendPoint[] {
  const points: TrendPoint[] = []
  for (const year of history) {
    if (year.year === current.year) continue
    const row = year.units[unitId]
    if (!row) continue
    points.push({
      year: year.year,
      total: row.total,
      percent: Math.round((row.total * 10_000) / year.declaredMax),
      rank: row.rank,
      tied: row.tied,
      adopted: year.adopted
    })
  }
  const now = current.rows.find((r) => r.unitId === unitId)
  if (now)
    points.push({
      year: current.year,
      total: now.effective.total,
      percent: Math.round((now.effective.total * 10_000) / current.declaredMax),
      rank: now.rank,
      tied: now.tied,
      adopted: current.adopted
    })
  return points.sort((a, b) => a.year - b.year)
}
