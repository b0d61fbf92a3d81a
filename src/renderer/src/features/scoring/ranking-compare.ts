import type { RankingRow } from '@core/scoring/model'
import { formatScore, type Decimals } from '@core/scoring/points'
import { ABSENT, type Difference } from '../../components/concurrency/compare'

/**
 * "So sánh" of the ranking: each unit whose total, rank or band differs between the table the
 * secretary looked at and the table as it stands now (a sheet changed in another window).
 */
export function rankingDifferences(
  seen: RankingRow[],
  now: RankingRow[],
  decimals: Decimals
): Difference[] {
  const line = (row: RankingRow | undefined) =>
    row
      ? [
          `${formatScore(row.total, decimals)} điểm`,
          `xếp thứ ${row.rank}${row.tied ? ' (đồng hạng)' : ''}`,
          row.band
        ]
          .filter(Boolean)
          .join(', ')
      : ABSENT
  const before = new Map(seen.map((r) => [r.unitId, r]))
  const after = new Map(now.map((r) => [r.unitId, r]))
  const out: Difference[] = []
  for (const unitId of new Set([...before.keys(), ...after.keys()])) {
    const [mine, theirs] = [line(before.get(unitId)), line(after.get(unitId))]
    if (mine !== theirs)
      out.push({
        label: (after.get(unitId) ?? before.get(unitId))!.unitName,
        mine,
        theirs
      })
  }
  return out
}
