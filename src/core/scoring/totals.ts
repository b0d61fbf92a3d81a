import type { ScoreAdjustment, ScoreEntry, ScoringArithmetic } from './model'
import type { CriteriaPlan, PlanPart } from './plan'
import type { Hundredths } from './points'

/** Marks a leaf without a score in the typed arrays of the fast path. */
export const NONE = -1

/**
 * One unit's scores in the shape the arithmetic reads: one value per base leaf (NONE when not
 * scored), the item sums per bonus and penalty criterion, and the items outside the criteria.
 */
export interface UnitValues {
  leaves: ArrayLike<number>
  bonus: ArrayLike<number>
  bonusOther: Hundredths
  penalty: ArrayLike<number>
  penaltyOther: Hundredths
}

export interface UnitTotals {
  /** Base points: Σ leaf scores, each group capped at its own maximum. */
  base: Hundredths
  /** Bonus before and after the year's cap. */
  bonusRaw: Hundredths
  bonus: Hundredths
  penaltyRaw: Hundredths
  penalty: Hundredths
  /** base + bonus − penalty before the floor at zero. */
  unfloored: Hundredths
  /** What is ranked: `unfloored`, or 0 when it is negative and the rules floor at zero. */
  total: Hundredths
  /** Base leaves not scored yet. */
  missing: number
  /** Base leaves at their maximum (a tie-break key). */
  fullMarks: number
  /** Each group's sum (capped at its maximum), by group index. */
  groups: Hundredths[]
  /** Indices of the groups whose children add up to more than the group's maximum. */
  groupsOver: number[]
}

/**
 * The totals of one unit (year-end.md §A.3): integers throughout, groups never above their
 * maximum, bonus and penalty capped, floor at zero only when the rules say so. Runs in time
 * linear in the number of criteria, with no allocation beyond the result.
 */
export function computeUnitTotals(
  plan: CriteriaPlan,
  rules: Pick<ScoringArithmetic, 'bonusCap' | 'penaltyCap' | 'floorAtZero'>,
  values: UnitValues
): UnitTotals {
  const direct = new Array<number>(plan.groups.length).fill(0)
  const top: Record<PlanPart, number> = { base: 0, bonus: 0, penalty: 0 }
  let missing = 0
  let fullMarks = 0
  const add = (parent: number, part: PlanPart, value: number) => {
    if (parent >= 0) direct[parent]! += value
    else top[part] += value
  }
  for (let i = 0; i < plan.leaves.length; i++) {
    const leaf = plan.leaves[i]!
    const value = values.leaves[i]!
    if (value === NONE) {
      missing++
      continue
    }
    if (leaf.max !== null && value === leaf.max) fullMarks++
    add(leaf.parent, 'base', value)
  }
  for (const [rows, sums, part] of [
    [plan.bonus, values.bonus, 'bonus'],
    [plan.penalty, values.penalty, 'penalty']
  ] as const) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!
      const sum = Math.max(0, sums[i] ?? 0)
      add(row.parent, part, row.max === null ? sum : Math.min(sum, row.max))
    }
  }
  const groups = new Array<number>(plan.groups.length).fill(0)
  const groupsOver: number[] = []
  for (const g of plan.deepestFirst) {
    const group = plan.groups[g]!
    const raw = direct[g]!
    const capped = group.max !== null && raw > group.max ? group.max : raw
    if (capped !== raw) groupsOver.push(g)
    groups[g] = capped
    add(group.parent, group.part, capped)
  }
  groupsOver.sort((a, b) => a - b)
  const bonusRaw = top.bonus + values.bonusOther
  const bonus = rules.bonusCap === null ? bonusRaw : Math.min(bonusRaw, rules.bonusCap)
  const penaltyRaw = top.penalty + values.penaltyOther
  const penalty = rules.penaltyCap === null ? penaltyRaw : Math.min(penaltyRaw, rules.penaltyCap)
  const unfloored = top.base + bonus - penalty
  return {
    base: top.base,
    bonusRaw,
    bonus,
    penaltyRaw,
    penalty,
    unfloored,
    total: rules.floorAtZero && unfloored < 0 ? 0 : unfloored,
    missing,
    fullMarks,
    groups,
    groupsOver
  }
}

/** Which scores a total is made of: the unit's own, or the reviewed ones (self where unchanged). */
export type ScoreSide = 'self' | 'effective'

/** The score a record counts with on a side: reviewed wins over self on the effective side. */
export function sideValue(
  self: Hundredths | null,
  reviewed: Hundredths | null,
  side: ScoreSide
): Hundredths | null {
  return side === 'self' ? self : (reviewed ?? self)
}

/** A unit's stored entries and items in the arrays the arithmetic reads. */
export function unitValuesFrom(
  plan: CriteriaPlan,
  entries: Array<Pick<ScoreEntry, 'criterionId' | 'selfScore' | 'reviewedScore'>>,
  adjustments: Array<
    Pick<ScoreAdjustment, 'criterionId' | 'kind' | 'selfPoints' | 'reviewedPoints'>
  >,
  side: ScoreSide
): UnitValues {
  const values: UnitValues = {
    leaves: new Array<number>(plan.leaves.length).fill(NONE),
    bonus: new Array<number>(plan.bonus.length).fill(0),
    bonusOther: 0,
    penalty: new Array<number>(plan.penalty.length).fill(0),
    penaltyOther: 0
  }
  const leaves = values.leaves as number[]
  for (const entry of entries) {
    const row = plan.byId.get(entry.criterionId)
    const value = sideValue(entry.selfScore, entry.reviewedScore, side)
    if (row?.kind === 'base' && value !== null) leaves[row.slot] = value
  }
  for (const item of adjustments) {
    const value = sideValue(item.selfPoints, item.reviewedPoints, side)
    if (value === null) continue
    const row = plan.byId.get(item.criterionId)
    if (row && row.kind === item.kind) {
      ;(item.kind === 'bonus' ? (values.bonus as number[]) : (values.penalty as number[]))[
        row.slot
      ]! += value
    } else if (item.kind === 'bonus') values.bonusOther += value
    else values.penaltyOther += value
  }
  return values
}
