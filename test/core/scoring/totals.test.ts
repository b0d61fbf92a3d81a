import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import type { Criterion } from '@core/model/entities'
import { compileCriteria, planMaxima, type CriteriaPlan } from '@core/scoring/plan'
import { computeUnitTotals, NONE, unitValuesFrom, type UnitValues } from '@core/scoring/totals'
import { ScoreBook } from '@core/scoring/score-book'
import { rankUnits } from '@core/scoring/ranking'
import type { ScoringArithmetic } from '@core/scoring/model'
import { criterion, RULES, sampleCriteria } from './helpers'

// The machine is shared: slow runs are not failures (speed is measured by npm run bench:scoring).
vi.setConfig({ testTimeout: 120_000 })

describe('computeUnitTotals', () => {
  const plan = compileCriteria(sampleCriteria())
  const values = (leaves: number[], bonus = 0, penalty = 0): UnitValues => ({
    leaves,
    bonus: [bonus],
    bonusOther: 0,
    penalty: [penalty],
    penaltyOther: 0
  })

  it('adds base, bonus and penalty in integers: 0,1 + 0,2 is exactly 0,3', () => {
    const t = computeUnitTotals(plan, RULES, values([10, 20, NONE, NONE, NONE]))
    expect(t.base).toBe(30)
    expect(t.missing).toBe(3)
    const full = computeUnitTotals(plan, RULES, values([1000, 1450, 1500, 2000, 3950], 250, 100))
    expect(full).toMatchObject({
      base: 9900,
      bonus: 250,
      penalty: 100,
      total: 10_050,
      fullMarks: 3,
      groups: [3950, 5950]
    })
  })

  it('caps bonus and penalty, counts a criterion at most its maximum, floors at zero only when told', () => {
    const capped = computeUnitTotals(
      plan,
      { ...RULES, bonusCap: 300 },
      values([0, 0, 0, 0, 0], 700, 900)
    )
    expect(capped).toMatchObject({ bonusRaw: 500, bonus: 300, penaltyRaw: 500, penalty: 500 })
    expect(capped.total).toBe(0)
    expect(capped.unfloored).toBe(-200)
    const negative = computeUnitTotals(
      plan,
      { ...RULES, floorAtZero: false },
      values([0, 0, 0, 0, 0], 0, 500)
    )
    expect(negative.total).toBe(-500)
  })

  it('never lets a group add more than its own maximum', () => {
    const capped = compileCriteria([
      criterion('g', 'group', 10, 0),
      criterion('a', 'base', 8, 1),
      criterion('b', 'base', 8, 2)
    ])
    const t = computeUnitTotals(capped, RULES, {
      leaves: [800, 600],
      bonus: [],
      bonusOther: 0,
      penalty: [],
      penaltyOther: 0
    })
    expect(t.groups).toEqual([1000])
    expect(t.base).toBe(1000)
    expect(t.groupsOver).toEqual([0])
  })

  it('reads stored entries and items on either side: reviewed wins, cluster-proposed items count only once reviewed', () => {
    const entries = [
      { criterionId: 'a', selfScore: 1000, reviewedScore: 800 },
      { criterionId: 'b', selfScore: 1500, reviewedScore: null },
      { criterionId: 'gone', selfScore: 500, reviewedScore: null }
    ]
    const items = [
      { criterionId: 'plus', kind: 'bonus' as const, selfPoints: 250, reviewedPoints: 0 },
      { criterionId: '', kind: 'penalty' as const, selfPoints: null, reviewedPoints: 200 }
    ]
    const self = computeUnitTotals(plan, RULES, unitValuesFrom(plan, entries, items, 'self'))
    const effective = computeUnitTotals(
      plan,
      RULES,
      unitValuesFrom(plan, entries, items, 'effective')
    )
    expect([self.base, self.bonus, self.penalty, self.total]).toEqual([2500, 250, 0, 2750])
    expect([effective.base, effective.bonus, effective.penalty, effective.total]).toEqual([
      2300, 0, 200, 2100
    ])
  })
})

/** A random pact: nested groups (some capped), base leaves, bonus and penalty criteria. */
const arbitraryPact = fc
  .array(
    fc.record({
      kind: fc.constantFrom<Criterion['kind']>('group', 'base', 'base', 'base', 'bonus', 'penalty'),
      max: fc.integer({ min: 0, max: 40 }),
      capped: fc.boolean(),
      parent: fc.nat()
    }),
    { minLength: 1, maxLength: 25 }
  )
  .map((specs) => {
    const rows: Criterion[] = []
    specs.forEach((s, i) => {
      const groups = rows.filter((r) => r.kind === 'group')
      const parent = groups.length && s.parent % 3 === 0 ? groups[s.parent % groups.length]!.id : ''
      rows.push(
        criterion(`c${i}`, s.kind, s.kind === 'group' && !s.capped ? null : s.max / 2, i, {
          parentId: parent
        })
      )
    })
    return compileCriteria(rows)
  })

const arbitraryRules: fc.Arbitrary<ScoringArithmetic> = fc.record({
  declaredMax: fc.constant(10_000),
  bonusInsideTotal: fc.boolean(),
  bonusCap: fc.option(
    fc.integer({ min: 0, max: 20 }).map((n) => n * 50),
    { nil: null }
  ),
  penaltyCap: fc.option(
    fc.integer({ min: 0, max: 20 }).map((n) => n * 50),
    { nil: null }
  ),
  floorAtZero: fc.boolean(),
  step: fc.constant(50 as const),
  decimals: fc.constant(1 as const),
  bands: fc.constant(RULES.bands),
  tieBreak: fc.constant([])
})

/** Scores on the grid within each maximum (or missing), item sums anywhere up to twice the max. */
function arbitraryValues(plan: CriteriaPlan): fc.Arbitrary<UnitValues> {
  const leaf = (max: number | null) =>
    fc.oneof(
      fc.constant(NONE),
      fc.integer({ min: 0, max: (max ?? 0) / 50 }).map((n) => n * 50)
    )
  const item = (max: number | null) =>
    fc.integer({ min: 0, max: ((max ?? 1000) * 2) / 50 }).map((n) => n * 50)
  return fc.record({
    leaves: fc.tuple(...plan.leaves.map((l) => leaf(l.max))).map((a) => a as number[]),
    bonus: fc.tuple(...plan.bonus.map((b) => item(b.max))).map((a) => a as number[]),
    bonusOther: fc.integer({ min: 0, max: 20 }).map((n) => n * 50),
    penalty: fc.tuple(...plan.penalty.map((p) => item(p.max))).map((a) => a as number[]),
    penaltyOther: fc.integer({ min: 0, max: 20 }).map((n) => n * 50)
  })
}

/** The totals written the slow, obvious way: recursion over the tree. */
function reference(plan: CriteriaPlan, rules: ScoringArithmetic, v: UnitValues) {
  const groupSum = (g: number): number => {
    let sum = 0
    plan.leaves.forEach((l, i) => {
      if (l.parent === g && v.leaves[i] !== NONE) sum += v.leaves[i]!
    })
    for (const [rows, sums] of [
      [plan.bonus, v.bonus],
      [plan.penalty, v.penalty]
    ] as const)
      rows.forEach((r, i) => {
        if (r.parent === g) sum += r.max === null ? sums[i]! : Math.min(sums[i]!, r.max)
      })
    plan.groups.forEach((child, c) => {
      if (child.parent === g) sum += groupSum(c)
    })
    const group = plan.groups[g]!
    return group.max === null ? sum : Math.min(sum, group.max)
  }
  const top = { base: 0, bonus: 0, penalty: 0 }
  plan.leaves.forEach((l, i) => {
    if (l.parent === -1 && v.leaves[i] !== NONE) top.base += v.leaves[i]!
  })
  for (const [rows, sums, part] of [
    [plan.bonus, v.bonus, 'bonus'],
    [plan.penalty, v.penalty, 'penalty']
  ] as const)
    rows.forEach((r, i) => {
      if (r.parent === -1) top[part] += r.max === null ? sums[i]! : Math.min(sums[i]!, r.max)
    })
  plan.groups.forEach((g, i) => {
    if (g.parent === -1) top[g.part] += groupSum(i)
  })
  const bonus = Math.min(top.bonus + v.bonusOther, rules.bonusCap ?? Infinity)
  const penalty = Math.min(top.penalty + v.penaltyOther, rules.penaltyCap ?? Infinity)
  const raw = top.base + bonus - penalty
  return { base: top.base, bonus, penalty, total: rules.floorAtZero ? Math.max(0, raw) : raw }
}

describe('totals (property)', () => {
  it('equal the tree computed the obvious way, are integers, respect every cap and maximum', () => {
    fc.assert(
      fc.property(
        arbitraryPact.chain((plan) =>
          fc.tuple(fc.constant(plan), arbitraryRules, arbitraryValues(plan))
        ),
        ([plan, rules, values]) => {
          const t = computeUnitTotals(plan, rules, values)
          expect({ base: t.base, bonus: t.bonus, penalty: t.penalty, total: t.total }).toEqual(
            reference(plan, rules, values)
          )
          for (const n of [t.base, t.bonus, t.penalty, t.total])
            expect(Number.isInteger(n)).toBe(true)
          expect(t.unfloored).toBe(t.base + t.bonus - t.penalty)
          expect(t.total).toBe(rules.floorAtZero ? Math.max(0, t.unfloored) : t.unfloored)
          if (rules.bonusCap !== null) expect(t.bonus).toBeLessThanOrEqual(rules.bonusCap)
          if (rules.penaltyCap !== null) expect(t.penalty).toBeLessThanOrEqual(rules.penaltyCap)
          expect(t.base).toBeLessThanOrEqual(planMaxima(plan).base)
          plan.groups.forEach((g, i) => {
            if (g.max !== null) expect(t.groups[i]).toBeLessThanOrEqual(g.max)
          })
          expect(t.missing).toBe(Array.from(values.leaves).filter((x) => x === NONE).length)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('do not depend on the order the criteria are stored in', () => {
    const rows = sampleCriteria()
    fc.assert(
      fc.property(
        fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
        (shuffled) => {
          const a = compileCriteria(rows)
          const b = compileCriteria(shuffled)
          const entries = [
            { criterionId: 'a', selfScore: 950, reviewedScore: null },
            { criterionId: 'e', selfScore: 3000, reviewedScore: 2500 }
          ]
          const totals = (plan: CriteriaPlan) =>
            computeUnitTotals(plan, RULES, unitValuesFrom(plan, entries, [], 'effective'))
          expect(totals(b)).toEqual(totals(a))
          expect(b.version).toBe(a.version)
        }
      )
    )
  })
})

describe('ScoreBook', () => {
  const plan = compileCriteria(sampleCriteria())
  const units = ['u1', 'u2', 'u3', 'u4']

  it('refuses a cell off the grid or above the maximum, naming the criterion, and changes nothing', () => {
    const book = new ScoreBook(plan, RULES, units)
    expect(book.set('u1', 'a', 'self', 930)).toEqual({
      ok: false,
      message: 'Tiêu chí I.1 «Tiêu chí a»: điểm 9,3 không đúng bước chấm 0,5 điểm.'
    })
    expect(book.set('u1', 'a', 'self', 1050)).toEqual({
      ok: false,
      message: 'Tiêu chí I.1 «Tiêu chí a»: điểm 10,5 vượt điểm chuẩn 10.'
    })
    expect(book.set('u1', 'g1', 'self', 100)).toMatchObject({ ok: false })
    expect(book.set('zz', 'a', 'self', 100)).toMatchObject({ ok: false })
    expect(book.get('u1', 'a', 'self')).toBeNull()
    expect(book.version).toBe(0)
  })

  it('agrees with the pure computation after any sequence of keystrokes (property)', () => {
    const cell = fc.record({
      unit: fc.constantFrom(...units),
      leaf: fc.integer({ min: 0, max: plan.leaves.length - 1 }),
      side: fc.constantFrom<'self' | 'reviewed'>('self', 'reviewed'),
      value: fc.option(
        fc.integer({ min: 0, max: 80 }).map((n) => n * 50),
        { nil: null }
      )
    })
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (keystrokes) => {
        const book = new ScoreBook(plan, { ...RULES, tieBreak: ['more-full-marks'] }, units)
        const stored = new Map<string, { self: number | null; reviewed: number | null }>()
        for (const k of keystrokes) {
          const leaf = plan.leaves[k.leaf]!
          const result = book.set(k.unit, leaf.id, k.side, k.value)
          const accepted = k.value === null || k.value <= leaf.max!
          expect(result.ok).toBe(accepted)
          if (!accepted) continue
          const key = `${k.unit}|${leaf.id}`
          const row = stored.get(key) ?? { self: null, reviewed: null }
          row[k.side] = k.value
          stored.set(key, row)
          // Interleave reads, so that the caches are exercised between writes.
          book.ranking()
        }
        const totals = units.map((unitId) => {
          const entries = [...stored]
            .filter(([key]) => key.startsWith(`${unitId}|`))
            .map(([key, v]) => ({
              criterionId: key.split('|')[1]!,
              selfScore: v.self,
              reviewedScore: v.reviewed
            }))
          return {
            unitId,
            self: computeUnitTotals(plan, RULES, unitValuesFrom(plan, entries, [], 'self')),
            effective: computeUnitTotals(
              plan,
              RULES,
              unitValuesFrom(plan, entries, [], 'effective')
            )
          }
        })
        for (const t of totals) {
          expect(book.totals(t.unitId, 'self')).toEqual(t.self)
          expect(book.totals(t.unitId)).toEqual(t.effective)
        }
        const expected = rankUnits(
          totals.map((t) => ({ unitId: t.unitId, ...t.effective })),
          ['more-full-marks'],
          units
        )
        expect(book.ranking().map(({ unitId, rank, tied }) => ({ unitId, rank, tied }))).toEqual(
          expected.map(({ unitId, rank, tied }) => ({ unitId, rank, tied }))
        )
        for (const row of book.ranking()) expect(row.totals).toEqual(book.totals(row.unitId))
      }),
      { numRuns: 150 }
    )
  })

  it('builds from stored rows, keeps items per criterion, and re-ranks only when a total moves', () => {
    const book = ScoreBook.from(
      plan,
      RULES,
      ['u1', 'u2'],
      [
        { unitId: 'u1', criterionId: 'a', selfScore: 1000, reviewedScore: null },
        { unitId: 'u2', criterionId: 'a', selfScore: 900, reviewedScore: null },
        { unitId: 'other', criterionId: 'a', selfScore: 100, reviewedScore: null }
      ],
      [{ unitId: 'u2', criterionId: 'plus', kind: 'bonus', selfPoints: 150, reviewedPoints: null }]
    )
    expect(book.ranking().map((r) => [r.unitId, r.rank, r.tied])).toEqual([
      ['u2', 1, false],
      ['u1', 2, false]
    ])
    const first = book.ranking()
    expect(book.set('u1', 'b', 'reviewed', null)).toEqual({ ok: true, changedRank: false })
    expect(book.ranking()).toBe(first)
    expect(book.set('u1', 'b', 'self', 50)).toEqual({ ok: true, changedRank: true })
    expect(book.ranking().map((r) => [r.unitId, r.rank, r.tied])).toEqual([
      ['u1', 1, true],
      ['u2', 1, true]
    ])
    expect(book.setItems('u2', [])).toMatchObject({ ok: true, changedRank: true })
    expect(book.totals('u2').bonus).toBe(0)
  })
})
