import { useMemo, useReducer } from 'react'
import { ScoreBook, type BookRanking } from '@core/scoring/score-book'
import type { ScoringData } from './useScoringData'

/**
 * The grid's working copy of the year's scores: a `ScoreBook` built from the stored rows (again
 * whenever they change, after a save or an import), changed a cell at a time as the secretary
 * types so that totals and ranks follow each keystroke. `version` goes up with every change, for
 * the rows and totals that depend on it.
 */
export function useScoreBook(data: ScoringData) {
  const { plan, rules, record } = data
  const book = useMemo(
    () =>
      ScoreBook.from(plan, rules, record.year.memberUnitIds, record.entries, record.adjustments),
    [plan, rules, record.year.memberUnitIds, record.entries, record.adjustments]
  )
  const [version, bump] = useReducer((n: number) => n + 1, 0)
  const ranking = useMemo(() => {
    const byUnit = new Map<string, BookRanking>()
    for (const row of book.ranking()) byUnit.set(row.unitId, row)
    return byUnit
    // `version` marks a change inside the same book.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [book, version])
  return { book, version, bump, ranking }
}
