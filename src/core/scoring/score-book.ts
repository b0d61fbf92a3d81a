import type { Band, ScoreAdjustment, ScoreEntry, ScoringArithmetic } from './model'
import { checkLeafScore } from './checks'
import type { CriteriaPlan } from './plan'
import type { Hundredths } from './points'
import { classify, rankUnits, type Ranked } from './ranking'
import { computeUnitTotals, NONE, sideValue, type UnitTotals, type UnitValues } from './totals'

/** A row of the live ranking: the rank, both totals and the band. */
export interface BookRanking extends Ranked {
  totals: UnitTotals
  selfTotals: UnitTotals
  band: Band | null
}

export type SetResult = { ok: true; changedRank: boolean } | { ok: false; message: string }

type ItemLike = Pick<ScoreAdjustment, 'criterionId' | 'kind' | 'selfPoints' | 'reviewedPoints'>

/**
 * The scores of a whole year held for the grid (units × criteria), built once from the stored
 * rows and then changed a cell at a time. A change validates the value, recomputes that one
 * unit's totals (linear in its criteria) and re-ranks only if its total moved, so a keystroke
 * costs microseconds even for 300 units × 60 criteria (`npm run bench:scoring`).
 *
 * Scores live in flat typed arrays (unit-major), hundredths, `NONE` for "not scored". The book
 * is the screen's working copy: the repository saves the same change, and the book is rebuilt
 * from the database after an import or a reload.
 */
export class ScoreBook {
  readonly unitIndex: Map<string, number>
  private readonly self: Int32Array
  private readonly reviewed: Int32Array
  /** Per unit: item sums per bonus criterion then per penalty criterion, self and effective. */
  private readonly itemsSelf: Int32Array
  private readonly itemsEffective: Int32Array
  /** Per unit: [bonus other, penalty other] for items outside the criteria, self and effective. */
  private readonly otherSelf: Int32Array
  private readonly otherEffective: Int32Array
  private readonly scratch: Int32Array
  private readonly cache: Array<{ self: UnitTotals; effective: UnitTotals } | null>
  private rankingCache: BookRanking[] | null = null
  /** Goes up with every accepted change, for screens that memoise on it. */
  version = 0

  constructor(
    readonly plan: CriteriaPlan,
    readonly rules: ScoringArithmetic,
    readonly unitIds: readonly string[]
  ) {
    const units = unitIds.length
    const leaves = plan.leaves.length
    const items = plan.bonus.length + plan.penalty.length
    this.unitIndex = new Map(unitIds.map((id, i) => [id, i]))
    this.self = new Int32Array(units * leaves).fill(NONE)
    this.reviewed = new Int32Array(units * leaves).fill(NONE)
    this.itemsSelf = new Int32Array(units * items)
    this.itemsEffective = new Int32Array(units * items)
    this.otherSelf = new Int32Array(units * 2)
    this.otherEffective = new Int32Array(units * 2)
    this.scratch = new Int32Array(leaves)
    this.cache = new Array(units).fill(null)
  }

  /** A book filled from stored entries and items (rows of units outside the year are ignored). */
  static from(
    plan: CriteriaPlan,
    rules: ScoringArithmetic,
    unitIds: readonly string[],
    entries: Array<Pick<ScoreEntry, 'unitId' | 'criterionId' | 'selfScore' | 'reviewedScore'>>,
    adjustments: Array<ItemLike & { unitId: string }>
  ): ScoreBook {
    const book = new ScoreBook(plan, rules, unitIds)
    const leaves = plan.leaves.length
    for (const entry of entries) {
      const u = book.unitIndex.get(entry.unitId)
      const row = plan.byId.get(entry.criterionId)
      if (u === undefined || row?.kind !== 'base') continue
      book.self[u * leaves + row.slot] = entry.selfScore ?? NONE
      book.reviewed[u * leaves + row.slot] = entry.reviewedScore ?? NONE
    }
    const byUnit = new Map<number, ItemLike[]>()
    for (const item of adjustments) {
      const u = book.unitIndex.get(item.unitId)
      if (u !== undefined) byUnit.set(u, [...(byUnit.get(u) ?? []), item])
    }
    for (const [u, items] of byUnit) book.writeItems(u, items)
    return book
  }

  /** A unit's score for a base criterion on one side, or null. */
  get(unitId: string, criterionId: string, side: 'self' | 'reviewed'): Hundredths | null {
    const u = this.unitIndex.get(unitId)
    const row = this.plan.byId.get(criterionId)
    if (u === undefined || row?.kind !== 'base') return null
    const value = (side === 'self' ? this.self : this.reviewed)[
      u * this.plan.leaves.length + row.slot
    ]!
    return value === NONE ? null : value
  }

  /**
   * Records one cell (a base criterion's self or reviewed score), refusing a value off the step
   * grid or above the maximum with the criterion named. Only that unit is recomputed.
   */
  set(
    unitId: string,
    criterionId: string,
    side: 'self' | 'reviewed',
    value: Hundredths | null
  ): SetResult {
    const u = this.unitIndex.get(unitId)
    const row = this.plan.byId.get(criterionId)
    if (u === undefined) return { ok: false, message: 'Đơn vị không thuộc cụm năm này.' }
    if (row?.kind !== 'base') return { ok: false, message: 'Ô này không nhập điểm được.' }
    if (value !== null) {
      const problem = checkLeafScore(row, value, this.rules.step)
      if (problem) return { ok: false, message: problem }
    }
    const at = u * this.plan.leaves.length + row.slot
    const target = side === 'self' ? this.self : this.reviewed
    const next = value ?? NONE
    if (target[at] === next) return { ok: true, changedRank: false }
    target[at] = next
    return { ok: true, changedRank: this.refresh(u) }
  }

  /** Replaces a unit's bonus and penalty items (the item panel saves the whole list). */
  setItems(unitId: string, items: ItemLike[]): SetResult {
    const u = this.unitIndex.get(unitId)
    if (u === undefined) return { ok: false, message: 'Đơn vị không thuộc cụm năm này.' }
    this.writeItems(u, items)
    return { ok: true, changedRank: this.refresh(u) }
  }

  /** The unit's totals on one side, computed on demand and cached until its scores change. */
  totals(unitId: string, side: 'self' | 'effective' = 'effective'): UnitTotals {
    const u = this.unitIndex.get(unitId)
    if (u === undefined) throw new Error(`Unknown unit ${unitId}`)
    return this.unitTotals(u)[side]
  }

  /** The ranking of every unit, cached until a total changes. */
  ranking(): BookRanking[] {
    if (this.rankingCache) return this.rankingCache
    const all = this.unitIds.map((unitId, u) => ({ unitId, ...this.unitTotals(u) }))
    const byId = new Map(all.map((row) => [row.unitId, row]))
    const ranked = rankUnits(
      all.map(({ unitId, effective }) => ({
        unitId,
        total: effective.total,
        base: effective.base,
        penalty: effective.penalty,
        fullMarks: effective.fullMarks
      })),
      this.rules.tieBreak,
      this.unitIds
    )
    this.rankingCache = ranked.map((r) => {
      const row = byId.get(r.unitId)!
      return {
        ...r,
        totals: row.effective,
        selfTotals: row.self,
        band: classify(row.effective.total, this.rules.declaredMax, this.rules.bands)
      }
    })
    return this.rankingCache
  }

  private unitTotals(u: number): { self: UnitTotals; effective: UnitTotals } {
    let cached = this.cache[u]
    if (!cached) {
      cached = { self: this.compute(u, 'self'), effective: this.compute(u, 'effective') }
      this.cache[u] = cached
    }
    return cached
  }

  private compute(u: number, side: 'self' | 'effective'): UnitTotals {
    const leaves = this.plan.leaves.length
    const bonusCount = this.plan.bonus.length
    const items = bonusCount + this.plan.penalty.length
    const self = this.self.subarray(u * leaves, (u + 1) * leaves)
    let leafValues: ArrayLike<number> = self
    if (side === 'effective') {
      const reviewed = this.reviewed.subarray(u * leaves, (u + 1) * leaves)
      for (let i = 0; i < leaves; i++)
        this.scratch[i] = reviewed[i] !== NONE ? reviewed[i]! : self[i]!
      leafValues = this.scratch
    }
    const itemSums = (side === 'self' ? this.itemsSelf : this.itemsEffective).subarray(
      u * items,
      (u + 1) * items
    )
    const other = side === 'self' ? this.otherSelf : this.otherEffective
    const values: UnitValues = {
      leaves: leafValues,
      bonus: itemSums.subarray(0, bonusCount),
      bonusOther: other[u * 2]!,
      penalty: itemSums.subarray(bonusCount),
      penaltyOther: other[u * 2 + 1]!
    }
    return computeUnitTotals(this.plan, this.rules, values)
  }

  /** Recomputes unit `u`; drops the ranking when its total or a tie-break key moved. */
  private refresh(u: number): boolean {
    this.version++
    const before = this.cache[u]
    this.cache[u] = null
    const after = this.unitTotals(u)
    const moved =
      !before ||
      before.effective.total !== after.effective.total ||
      before.effective.base !== after.effective.base ||
      before.effective.penalty !== after.effective.penalty ||
      before.effective.fullMarks !== after.effective.fullMarks ||
      before.self.total !== after.self.total
    if (moved) this.rankingCache = null
    else if (this.rankingCache) {
      // Same rank and band: only the row's figures (groups, missing count) are refreshed.
      const unitId = this.unitIds[u]
      this.rankingCache = this.rankingCache.map((row) =>
        row.unitId === unitId ? { ...row, totals: after.effective, selfTotals: after.self } : row
      )
    }
    return moved
  }

  private writeItems(u: number, items: ItemLike[]): void {
    const bonusCount = this.plan.bonus.length
    const count = bonusCount + this.plan.penalty.length
    for (const [sums, other, side] of [
      [this.itemsSelf, this.otherSelf, 'self'],
      [this.itemsEffective, this.otherEffective, 'effective']
    ] as const) {
      sums.fill(0, u * count, (u + 1) * count)
      other[u * 2] = 0
      other[u * 2 + 1] = 0
      for (const item of items) {
        const value = sideValue(item.selfPoints, item.reviewedPoints, side)
        if (value === null) continue
        const row = this.plan.byId.get(item.criterionId)
        if (row && row.kind === item.kind)
          sums[u * count + (item.kind === 'bonus' ? row.slot : bonusCount + row.slot)]! += value
        else other[u * 2 + (item.kind === 'bonus' ? 0 : 1)]! += value
      }
    }
  }
}
