import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { classify, rankUnits, type RankInput } from '@core/scoring/ranking'
import type { TieBreakKey } from '@core/scoring/model'
import { RULES } from './helpers'

// The machine is shared: slow runs are not failures (speed is measured by npm run bench:scoring).
vi.setConfig({ testTimeout: 120_000 })

const unit = (unitId: string, total: number, extra: Partial<RankInput> = {}): RankInput => ({
  unitId,
  total,
  base: total,
  penalty: 0,
  fullMarks: 0,
  ...extra
})

describe('rankUnits', () => {
  it('uses standard competition ranking: equal totals share a rank and the next one skips (1, 1, 3)', () => {
    const ranked = rankUnits([unit('c', 9000), unit('a', 9950), unit('b', 9950), unit('d', 8000)])
    expect(ranked.map((r) => [r.unitId, r.rank, r.tied])).toEqual([
      ['a', 1, true],
      ['b', 1, true],
      ['c', 3, false],
      ['d', 4, false]
    ])
  })

  it('never breaks a tie unless the rules set a chain, and then says which key did', () => {
    const inputs = [
      unit('a', 9950, { fullMarks: 3, base: 9700 }),
      unit('b', 9950, { fullMarks: 5, base: 9700 }),
      unit('c', 9950, { fullMarks: 5, base: 9800 })
    ]
    expect(rankUnits(inputs).map((r) => r.rank)).toEqual([1, 1, 1])
    const chained = rankUnits(inputs, ['more-full-marks'])
    expect(chained.map((r) => [r.unitId, r.rank, r.tied, r.separatedBy])).toEqual([
      ['b', 1, true, null],
      ['c', 1, true, null],
      ['a', 3, false, 'more-full-marks']
    ])
    const both = rankUnits(inputs, ['more-full-marks', 'higher-base'])
    expect(both.map((r) => [r.unitId, r.rank, r.tied, r.separatedBy])).toEqual([
      ['c', 1, false, null],
      ['b', 2, false, 'higher-base'],
      ['a', 3, false, 'more-full-marks']
    ])
  })

  it('lists tied units in the given order (by name), which never changes a rank', () => {
    const ranked = rankUnits([unit('x', 10), unit('y', 10)], [], ['y', 'x'])
    expect(ranked.map((r) => r.unitId)).toEqual(['y', 'x'])
  })

  const inputs = fc.uniqueArray(
    fc.record({
      unitId: fc.string({ minLength: 1, maxLength: 4 }),
      total: fc.integer({ min: -50, max: 50 }).map((n) => n * 50),
      base: fc.integer({ min: 0, max: 4 }),
      penalty: fc.integer({ min: 0, max: 4 }),
      fullMarks: fc.integer({ min: 0, max: 4 })
    }),
    { selector: (u) => u.unitId, maxLength: 40 }
  )
  const chain = fc.subarray<TieBreakKey>(['more-full-marks', 'higher-base', 'fewer-penalty'])

  it('gives every unit 1 + the number of units ahead of it, whatever the input order (property)', () => {
    fc.assert(
      fc.property(inputs, chain, fc.nat(), (units, keys, seed) => {
        const better = (a: RankInput, b: RankInput) => {
          if (a.total !== b.total) return a.total > b.total
          for (const key of keys) {
            const d =
              key === 'more-full-marks'
                ? a.fullMarks - b.fullMarks
                : key === 'higher-base'
                  ? a.base - b.base
                  : b.penalty - a.penalty
            if (d !== 0) return d > 0
          }
          return false
        }
        const ranked = rankUnits(units, keys)
        const rotated = [
          ...units.slice(seed % (units.length || 1)),
          ...units.slice(0, seed % (units.length || 1))
        ]
        const again = new Map(rankUnits(rotated, keys).map((r) => [r.unitId, r.rank]))
        for (const r of ranked) {
          const me = units.find((u) => u.unitId === r.unitId)!
          expect(r.rank).toBe(1 + units.filter((u) => better(u, me)).length)
          const equals = units.filter((u) => u !== me && !better(u, me) && !better(me, u))
          expect(r.tied).toBe(equals.length > 0)
          expect(again.get(r.unitId)).toBe(r.rank)
        }
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i]!.rank).toBeGreaterThanOrEqual(ranked[i - 1]!.rank)
          const total = (id: string) => units.find((u) => u.unitId === id)!.total
          expect(total(ranked[i]!.unitId)).toBeLessThanOrEqual(total(ranked[i - 1]!.unitId))
        }
        if (keys.length === 0) for (const r of ranked) expect(r.separatedBy).toBeNull()
      }),
      { numRuns: 300 }
    )
  })
})

describe('classify', () => {
  it('compares in integers: 89,995% is not 90%, 90% is', () => {
    expect(classify(8999, 10_000, RULES.bands)?.label).toBe('Vững mạnh')
    expect(classify(9000, 10_000, RULES.bands)?.label).toBe('Xuất sắc')
    // 17999,9/20000 would round to 90,00% on screen; it is still below the bound.
    expect(classify(17_999, 20_000, RULES.bands)?.label).toBe('Vững mạnh')
    expect(classify(10_500, 10_000, RULES.bands)?.label).toBe('Xuất sắc')
    expect(classify(6499, 10_000, RULES.bands)).toBeNull()
    expect(classify(-100, 10_000, [{ label: 'Tất cả', minPercent: 0 }])).toBeNull()
  })

  it('picks the highest band reached whatever order the bands are stored in (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 12_000 }),
        fc.shuffledSubarray(RULES.bands, { minLength: 3, maxLength: 3 }),
        (total, bands) => {
          const band = classify(total, 10_000, bands)
          const reached = RULES.bands.filter((b) => total * 10_000 >= b.minPercent * 10_000)
          expect(band?.label ?? null).toBe(reached[0]?.label ?? null)
        }
      )
    )
  })
})
