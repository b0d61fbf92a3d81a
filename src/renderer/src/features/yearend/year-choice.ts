import type { ClusterYear } from '@core/model/entities'
import type { YearEndProgress } from '../../db/repositories/year-end-repo'

/**
 * The year Bình xét opens on when the address names none: the latest year whose ranking is
 * adopted and whose proposals are not all decided yet (the year-end in progress — in November the
 * next year already exists but has nothing to vote on), else the latest year. `years` is latest
 * first.
 */
export function yearToOpen(
  years: ClusterYear[],
  progress: Record<string, YearEndProgress> | undefined
): ClusterYear | undefined {
  const open = progress && years.find((y) => progress[y.id]?.ranked && !progress[y.id]?.closed)
  return open ?? years[0]
}
