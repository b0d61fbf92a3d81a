import type { Band, TieBreakKey } from './model'
import type { Hundredths } from './points'

/**
 * The classification band of a total (year-end.md §A.3.4): the highest band whose lower bound,
 * a percentage of the declared maximum, the total reaches. Compared in integers:
 * `total / declaredMax ≥ minPercent / 10000` ⇔ `total × 10000 ≥ minPercent × declaredMax`,
 * so 89,995% never rounds into a 90% band. Null when no band is reached.
 */
export function classify(total: Hundredths, declaredMax: Hundredths, bands: Band[]): Band | null {
  let best: Band | null = null
  for (const band of bands) {
    if (
      total * 10_000 >= band.minPercent * declaredMax &&
      (!best || band.minPercent > best.minPercent)
    )
      best = band
  }
  return best
}

/** What the ranking reads of a unit: its total and the keys of the optional tie-break chain. */
export interface RankInput {
  unitId: string
  total: Hundredths
  /** Base points without bonus (`higher-base`). */
  base: Hundredths
  /** Penalty points counted (`fewer-penalty`). */
  penalty: Hundredths
  /** Base criteria at full marks (`more-full-marks`). */
  fullMarks: number
}

export interface Ranked {
  unitId: string
  /** Standard competition rank: 1, 1, 3. */
  rank: number
  /** Shares its rank with another unit (đồng hạng). */
  tied: boolean
  /** The tie-break that put this unit below a unit with the same total, if one did. */
  separatedBy: TieBreakKey | null
}

const KEY_ORDER: Record<TieBreakKey, (a: RankInput, b: RankInput) => number> = {
  'more-full-marks': (a, b) => b.fullMarks - a.fullMarks,
  'higher-base': (a, b) => b.base - a.base,
  'fewer-penalty': (a, b) => a.penalty - b.penalty
}

/**
 * Ranks units by total, highest first. Equal totals share a rank and the next rank skips
 * ("1, 1, 3"), never broken automatically; when the rules set a tie-break chain, units with
 * equal totals are compared by its keys in order and only those equal on every key stay tied.
 * `order` (unit ids) decides only the listing order inside a tie, never a rank.
 */
export function rankUnits(
  inputs: RankInput[],
  chain: readonly TieBreakKey[] = [],
  order: readonly string[] = []
): Ranked[] {
  const position = new Map(order.map((id, i) => [id, i]))
  const compareChain = (a: RankInput, b: RankInput): [number, TieBreakKey | null] => {
    for (const key of chain) {
      const c = KEY_ORDER[key](a, b)
      if (c !== 0) return [c, key]
    }
    return [0, null]
  }
  const sorted = [...inputs].sort(
    (a, b) =>
      b.total - a.total ||
      compareChain(a, b)[0] ||
      (position.get(a.unitId) ?? Infinity) - (position.get(b.unitId) ?? Infinity) ||
      (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0)
  )
  const out: Ranked[] = []
  for (let i = 0; i < sorted.length; i++) {
    const unit = sorted[i]!
    const previous = sorted[i - 1]
    let rank = i + 1
    let separatedBy: TieBreakKey | null = null
    if (previous && previous.total === unit.total) {
      const [c, key] = compareChain(previous, unit)
      if (c === 0) rank = out[i - 1]!.rank
      else separatedBy = key
    }
    out.push({ unitId: unit.unitId, rank, tied: false, separatedBy })
  }
  for (let i = 0; i < out.length; i++) {
    const sameAsPrevious = i > 0 && out[i - 1]!.rank === out[i]!.rank
    const sameAsNext = i + 1 < out.length && out[i + 1]!.rank === out[i]!.rank
    out[i]!.tied = sameAsPrevious || sameAsNext
  }
  return out
}
