import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { ballotSchema, type Ballot, type Totals } from '@core/ballot/model'
import { countOutcome } from '@core/ballot/result'
import { count, entry, NOW } from './fixtures'

// The machine is shared: slow runs are not failures.
vi.setConfig({ testTimeout: 120_000 })

/** A ballot of the sections given, for `electors` units. */
const ballotOf = (electors: number, sections: unknown[]): Ballot =>
  ballotSchema.parse({
    id: 'b1',
    createdAt: NOW,
    updatedAt: NOW,
    clusterYearId: 'y',
    title: 'Phiếu',
    electors,
    sections
  })

/** A share from `least` to 1, evenly spread (fc.double favours the extremes). */
const share = (least: number) =>
  fc.integer({ min: Math.round(least * 1000), max: 1000 }).map((n) => n / 1000)

/** A random count: members, those present, a ballot of 1–3 sections and consistent totals. */
const scenarioOf = (least: number) =>
  fc
    .record({
      members: fc.integer({ min: 1, max: 12 }),
      presentShare: fc.double({ min: least, max: 1, noNaN: true }),
      returnedShare: fc.double({ min: least, max: 1, noNaN: true }),
      validShare: fc.double({ min: least, max: 1, noNaN: true }),
      sections: fc.array(
        fc.record({
          candidates: fc.integer({ min: 1, max: 5 }),
          choices: fc.double({ min: 0, max: 1, noNaN: true }),
          den: fc.integer({ min: 1, max: 12 }),
          numShare: fc.double({ min: 0, max: 1, noNaN: true }),
          strict: fc.boolean(),
          denominator: fc.constantFrom('members', 'present', 'valid-ballots'),
          seed: fc.array(fc.nat(1000), { minLength: 15, maxLength: 15 })
        }),
        { minLength: 1, maxLength: 3 }
      )
    })
    .map((s) => {
      const present = Math.round(s.members * s.presentShare)
      const returned = Math.round(present * s.returnedShare)
      const valid = Math.round(returned * s.validShare)
      const ballot: Ballot = ballotSchema.parse({
        id: 'b1',
        createdAt: NOW,
        updatedAt: NOW,
        clusterYearId: 'y',
        title: 'Phiếu',
        electors: s.members,
        sections: s.sections.map((x, k) => {
          const num = Math.max(1, Math.round(x.numShare * x.den))
          return {
            key: `s${k}`,
            kind: 'merit',
            title: `Mục ${k}`,
            maxChoices: 1 + Math.floor(x.choices * (x.candidates - 1)),
            rule: {
              denominator: x.denominator,
              thresholdNum: num,
              thresholdDen: x.den,
              comparison: x.strict && num < x.den ? 'more-than' : 'at-least'
            },
            candidates: Array.from({ length: x.candidates }, (_, i) => ({
              unitId: `u${i}`,
              label: `Đơn vị ${i}`
            }))
          }
        })
      })
      // Each valid paper agrees with up to maxChoices units, chosen from the seed.
      const sections: Totals['sections'] = {}
      ballot.sections.forEach((section, k) => {
        const seed = s.sections[k]!.seed
        const rows = Object.fromEntries(
          section.candidates.map((c) => [c.unitId, { agree: 0, disagree: 0, blank: 0 }])
        )
        for (let p = 0; p < valid; p++) {
          let chosen = 0
          section.candidates.forEach((c, i) => {
            const r = seed[(p * 7 + i * 3) % seed.length]! % 3
            const row = rows[c.unitId]!
            if (r === 0 && chosen < section.maxChoices) {
              row.agree++
              chosen++
            } else if (r === 1) row.blank++
            else row.disagree++
          })
        }
        sections[section.key] = { void: 0, candidates: rows }
      })
      const totals: Totals = {
        valid,
        invalid: Array.from({ length: returned - valid }, () => ({
          reason: 'other' as const,
          note: ''
        })),
        sections
      }
      return { ballot, totals, members: s.members, present, returned }
    })

const scenario = scenarioOf(0.3)

/**
 * One candidate whose votes sit at the threshold of its rule, or one off: the cases where a
 * comparison of rounded percentages, or ≥ for >, gives the wrong answer.
 */
const atThreshold = fc
  .record({
    members: fc.integer({ min: 1, max: 40 }),
    den: fc.integer({ min: 1, max: 12 }),
    numShare: share(0),
    strict: fc.boolean(),
    denominator: fc.constantFrom('members', 'present', 'valid-ballots'),
    offset: fc.integer({ min: -1, max: 1 })
  })
  .map((s) => {
    const num = Math.max(1, Math.round(s.numShare * s.den))
    const strict = s.strict && num < s.den
    const present = s.members
    const valid = present
    const base =
      s.denominator === 'members' ? s.members : s.denominator === 'present' ? present : valid
    const agree = Math.min(valid, Math.max(0, Math.ceil((num * base) / s.den) + s.offset))
    const ballot = ballotOf(s.members, [
      {
        key: 's0',
        kind: 'leading-unit',
        title: 'Mục',
        maxChoices: 1,
        rule: {
          denominator: s.denominator,
          thresholdNum: num,
          thresholdDen: s.den,
          comparison: strict ? 'more-than' : 'at-least'
        },
        candidates: [{ unitId: 'u0', label: 'Đơn vị 0' }]
      }
    ])
    const totals: Totals = {
      valid,
      invalid: [],
      sections: {
        s0: { void: 0, candidates: { u0: { agree, disagree: valid - agree, blank: 0 } } }
      }
    }
    return {
      ballot,
      totals,
      members: s.members,
      present,
      returned: valid,
      agree,
      base,
      num,
      strict
    }
  })

/** Counts in which at least one unit got a vote. */
const withVotes = scenarioOf(0.6).filter((s) =>
  Object.values(s.totals.sections).some((sec) =>
    Object.values(sec.candidates).some((f) => f.agree > 0)
  )
)

const attendanceOf = (s: { members: number; present: number }) => ({
  members: s.members,
  present: s.present,
  representatives: s.present
})

const countOf = (s: { returned: number }, entries: ReturnType<typeof entry>[], double = true) =>
  count(entries, { ballotsIssued: s.returned, ballotsReturned: s.returned, doubleEntry: double })

/** The exact rule: agree/base against num/den, in BigInt, with no percentage at all. */
function passesExactly(agree: number, base: number, num: number, den: number, strict: boolean) {
  if (base === 0) return false
  const left = BigInt(agree) * BigInt(den)
  const right = BigInt(num) * BigInt(base)
  return strict ? left > right : left >= right
}

describe('properties of the count', () => {
  it('the result of every row equals the exact fraction comparison, on the right base, for any tallies', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const e = entry({ mode: 'totals', totals: s.totals })
        const o = countOutcome(s.ballot, countOf(s, [e], false), attendanceOf(s))
        expect(o.status).toBe('ready')
        if (o.status !== 'ready') return
        for (const section of o.sections) {
          const r = section.section.rule
          const base =
            r.denominator === 'members'
              ? s.members
              : r.denominator === 'present'
                ? s.present
                : s.totals.valid
          expect(section.tally.base).toBe(base)
          for (const row of section.rows) {
            expect(row.passed).toBe(
              passesExactly(
                row.inFavour,
                base,
                r.thresholdNum,
                r.thresholdDen,
                r.comparison === 'more-than'
              )
            )
          }
          // Within the seats, most votes first; nobody left out has more votes than one chosen.
          const elected = section.rows.filter((x) => x.status === 'elected')
          expect(elected.length).toBeLessThanOrEqual(section.section.maxChoices)
          for (const x of elected) expect(x.passed).toBe(true)
          const passing = section.rows.filter((x) => x.passed)
          const left = passing.filter((x) => x.status !== 'elected')
          for (const out of left)
            for (const inn of elected) expect(out.inFavour).toBeLessThanOrEqual(inn.inFavour)
          if (passing.length <= section.section.maxChoices)
            expect(elected.length).toBe(passing.length)
          else if (!section.tie) expect(elected.length).toBe(section.section.maxChoices)
          else {
            expect(section.tie.unitIds.length).toBeGreaterThan(section.tie.seats)
            expect(elected.length + section.tie.seats).toBe(section.section.maxChoices)
          }
        }
      }),
      { numRuns: 300 }
    )
  })

  it('at the threshold and one vote either side, passes exactly when agree × den ≥ (or >) num × base', () => {
    fc.assert(
      fc.property(atThreshold, (s) => {
        const o = countOutcome(
          s.ballot,
          countOf(s, [entry({ mode: 'totals', totals: s.totals })], false),
          attendanceOf(s)
        )
        expect(o.status).toBe('ready')
        if (o.status !== 'ready') return
        const row = o.sections[0]!.rows[0]!
        const den = s.ballot.sections[0]!.rule.thresholdDen
        expect(row.passed).toBe(passesExactly(s.agree, s.base, s.num, den, s.strict))
        expect(o.sections[0]!.elected).toEqual(row.passed ? ['u0'] : [])
      }),
      { numRuns: 500 }
    )
  })

  it('two entries that agree give the same result as one entry', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const e = entry({ mode: 'totals', totals: s.totals })
        const single = countOutcome(s.ballot, countOf(s, [e], false), attendanceOf(s))
        const double = countOutcome(
          s.ballot,
          countOf(s, [e, { ...e, enteredBy: 1 }]),
          attendanceOf(s)
        )
        expect(double.status).toBe('ready')
        if (double.status !== 'ready' || single.status !== 'ready') return
        expect(double.sections).toEqual(single.sections)
        expect(double.figures).toEqual(single.figures)
      }),
      { numRuns: 200 }
    )
  })

  it('gives no result while the entries differ, and names the figure that differs', () => {
    fc.assert(
      fc.property(withVotes, fc.nat(), (s, pick) => {
        const rows = Object.entries(s.totals.sections).flatMap(([key, sec]) =>
          Object.entries(sec.candidates).map(([unitId, f]) => ({ key, unitId, f }))
        )
        // One vote read as against instead of for: entry B stays consistent on its own.
        const movable = rows.filter((r) => r.f.agree > 0)
        const target = movable[pick % movable.length]!
        const changed = structuredClone(s.totals)
        const row = changed.sections[target.key]!.candidates[target.unitId]!
        row.agree -= 1
        row.disagree += 1
        const a = entry({ mode: 'totals', totals: s.totals })
        const b = entry({ mode: 'totals', totals: changed, enteredBy: 1 })
        const o = countOutcome(s.ballot, countOf(s, [a, b]), attendanceOf(s))
        expect(o.status).toBe('differ')
        expect(o).not.toHaveProperty('sections')
        if (o.status !== 'differ') return
        expect(o.comparison.differences).toContainEqual(
          expect.objectContaining({
            sectionKey: target.key,
            unitId: target.unitId,
            figure: 'agree',
            a: target.f.agree,
            b: target.f.agree - 1
          })
        )
      }),
      { numRuns: 200 }
    )
  })
})
