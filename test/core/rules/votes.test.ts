import { describe, expect, it } from 'vitest'
import { vote } from './vote-fixtures'
import fc from 'fast-check'
import { clusterRulesSchema, voteRuleSchema, type VoteRule } from '@core/model/entities'
import {
  checkVoteFigures,
  clusterVoteRule,
  exactPercent,
  fractionFromPercent,
  legacyVoteRule,
  passesThreshold,
  tallyVote,
  thresholdWords,
  votesNeeded,
  type VoteAttendance
} from '@core/rules/votes'

const rule = (over: Partial<VoteRule> = {}): VoteRule => voteRuleSchema.parse(over)
const sixUnits: VoteAttendance = { members: 6, present: 5, representatives: 12 }

/** The exact verdict, worked out independently with BigInt rationals. */
function oracle(agree: number, base: number, r: VoteRule): boolean {
  if (base === 0) return false
  const diff = BigInt(agree) * BigInt(r.thresholdDen) - BigInt(r.thresholdNum) * BigInt(base)
  return r.comparison === 'more-than' ? diff > 0n : diff >= 0n
}

/** The share in hundredths of a percent, rounded half up, worked out with BigInt. */
function oraclePercent(part: number, whole: number): string {
  const scaled = (BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole))
  const s = scaled.toString().padStart(3, '0')
  const whole_ = s.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${whole_},${s.slice(-2)}%`
}

const ruleArb = fc
  .record({
    den: fc.integer({ min: 1, max: 1000 }),
    frac: fc.double({ min: 0, max: 1, noNaN: true }),
    comparison: fc.constantFrom('at-least' as const, 'more-than' as const),
    electorBasis: fc.constantFrom('unit' as const, 'person' as const),
    denominator: fc.constantFrom('members' as const, 'present' as const, 'valid-ballots' as const)
  })
  .map(({ den, frac, comparison, electorBasis, denominator }) => {
    let num = Math.max(1, Math.min(den, Math.round(frac * den)))
    if (comparison === 'more-than' && num === den) num = Math.max(1, den - 1)
    if (comparison === 'more-than' && num === den) return rule({ electorBasis, denominator })
    return rule({ thresholdNum: num, thresholdDen: den, comparison, electorBasis, denominator })
  })

describe('thresholds are fractions with their comparison', () => {
  it('words the Quy chế’s phrases: “từ 80% trở lên” is ≥ 4/5, “quá 1/2” is > 1/2, 2/3 stays 2/3', () => {
    expect(thresholdWords(rule({ thresholdNum: 4, thresholdDen: 5, comparison: 'at-least' }))).toBe(
      'từ 80% trở lên'
    )
    expect(
      thresholdWords(rule({ thresholdNum: 1, thresholdDen: 2, comparison: 'more-than' }))
    ).toBe('quá 1/2')
    expect(thresholdWords(rule({ thresholdNum: 2, thresholdDen: 3, comparison: 'at-least' }))).toBe(
      'từ 2/3 trở lên'
    )
    expect(fractionFromPercent(66.67)).toEqual({ num: 2, den: 3 })
    expect(fractionFromPercent(80)).toEqual({ num: 4, den: 5 })
    expect(fractionFromPercent(62.5)).toEqual({ num: 5, den: 8 })
  })

  it('reproduces the worked examples of year-end.md §B.2', () => {
    const atLeast80 = rule({ thresholdNum: 4, thresholdDen: 5, comparison: 'at-least' })
    expect(votesNeeded(7, atLeast80)).toBe(6)
    expect(passesThreshold(5, 7, atLeast80)).toBe(false)
    expect(passesThreshold(6, 7, atLeast80)).toBe(true)
    expect(
      votesNeeded(6, rule({ thresholdNum: 1, thresholdDen: 2, comparison: 'more-than' }))
    ).toBe(4)
    expect(votesNeeded(6, rule({ thresholdNum: 2, thresholdDen: 3, comparison: 'at-least' }))).toBe(
      4
    )
  })

  it('passes 4 of 6 under “từ 2/3 trở lên”, which a rounded 66,67% would have refused', () => {
    const twoThirds = rule({ thresholdNum: 2, thresholdDen: 3, comparison: 'at-least' })
    expect(passesThreshold(4, 6, twoThirds)).toBe(true)
    expect(exactPercent(4, 6)).toBe('66,67%')
  })

  it('rejects a threshold above 100% and a “more than 100%” that nobody could reach', () => {
    expect(
      voteRuleSchema.safeParse({ thresholdNum: 5, thresholdDen: 4 }).error?.issues[0]?.message
    ).toBe('Tỷ lệ cần đạt: không được quá 100%.')
    expect(
      voteRuleSchema.safeParse({ thresholdNum: 1, thresholdDen: 1, comparison: 'more-than' }).error
        ?.issues[0]?.message
    ).toBe('Tỷ lệ cần đạt: “trên 100%” thì không đơn vị nào đạt được.')
  })

  it('per purpose, with the cluster’s old single rule as the default', () => {
    const rules = clusterRulesSchema.parse({
      voteThresholdPercent: 50,
      voteThresholdStrict: true,
      voteRules: { flag: { thresholdNum: 4, thresholdDen: 5, comparison: 'at-least' } }
    })
    expect(thresholdWords(clusterVoteRule(rules, 'flag'))).toBe('từ 80% trở lên')
    expect(clusterVoteRule(rules, 'leading-unit')).toEqual(legacyVoteRule(rules))
    expect(thresholdWords(clusterVoteRule(rules, 'leading-unit'))).toBe('quá 1/2')
  })
})

describe('property: the verdict is the exact fraction comparison', () => {
  it('for any count, base and rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        ruleArb,
        (agree, base, r) => {
          expect(passesThreshold(agree, base, r)).toBe(oracle(agree, base, r))
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('votesNeeded is the fewest votes that pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), ruleArb, (base, r) => {
        const needed = votesNeeded(base, r)
        if (needed <= base) expect(oracle(needed, base, r)).toBe(true)
        else expect(oracle(base, base, r)).toBe(false)
        if (needed > 0) expect(oracle(needed - 1, base, r)).toBe(false)
      }),
      { numRuns: 1000 }
    )
  })

  it('the percentage is the fraction rounded half up to two decimals', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole))),
        ([part, whole]) => {
          expect(exactPercent(part, whole)).toBe(oraclePercent(part, whole))
        }
      ),
      { numRuns: 2000 }
    )
    expect(exactPercent(1, 800)).toBe('0,13%')
    expect(exactPercent(5, 6)).toBe('83,33%')
  })

  it('any vote that may be saved has every share on its rule’s base, at most 100%, with the exact verdict', () => {
    const count = fc.integer({ min: 0, max: 14 })
    fc.assert(
      fc.property(
        ruleArb,
        fc.record({
          members: fc.integer({ min: 0, max: 12 }),
          present: count,
          representatives: count
        }),
        fc.record({
          method: fc.constantFrom('secret-ballot' as const, 'show-of-hands' as const),
          electors: count,
          ballotsIssued: count,
          ballotsReturned: count,
          ballotsValid: count,
          ballotsInvalid: count,
          writtenOpinions: fc.integer({ min: 0, max: 3 }),
          present: fc.option(count, { nil: null }),
          options: fc.array(fc.record({ inFavour: count, against: count, abstain: count }), {
            minLength: 1,
            maxLength: 3
          })
        }),
        (r, attendance, figures) => {
          const a = { ...attendance, present: Math.min(attendance.present, attendance.members) }
          const v = vote({
            ...figures,
            options: figures.options.map((o, i) => ({ ...o, label: `PA ${i + 1}`, unitId: '' }))
          })
          if (checkVoteFigures(v, r, a).length > 0) return
          const secret = v.method === 'secret-ballot'
          const electorate = r.electorBasis === 'unit' ? a.members : v.electors
          const present = v.present ?? (r.electorBasis === 'unit' ? a.present : a.representatives)
          const voters = (secret ? v.ballotsValid : present) + v.writtenOpinions
          const base =
            r.denominator === 'members'
              ? electorate
              : r.denominator === 'present'
                ? present
                : voters
          const tally = tallyVote(v, r, a)
          expect(tally.base).toBe(base)
          tally.options.forEach((o, i) => {
            if (
              figures.options[i]!.inFavour +
                figures.options[i]!.against +
                figures.options[i]!.abstain ===
              0
            )
              return
            expect(o.inFavour).toBeLessThanOrEqual(base)
            expect(o.fraction).toBe(`${o.inFavour}/${base}`)
            expect(o.passed).toBe(oracle(o.inFavour, base, r))
            expect(o.percent).toBe(oraclePercent(o.inFavour, base))
            expect(
              Number(o.percent.replace('%', '').replace(/\./g, '').replace(',', '.'))
            ).toBeLessThanOrEqual(100)
          })
        }
      ),
      { numRuns: 3000 }
    )
  })
})

describe('the walk of issue 10 can no longer be produced', () => {
  const clusterRule = legacyVoteRule(clusterRulesSchema.parse({}))

  it('“12 phiếu, 200,00%”: twelve hands counted for six member units is refused', () => {
    const issues = checkVoteFigures(
      vote({
        method: 'show-of-hands',
        options: [{ label: 'Long Biên', unitId: '', inFavour: 12, against: 0, abstain: 0 }]
      }),
      clusterRule,
      sixUnits
    )
    expect(issues).toEqual([
      {
        field: 'votes.0.options.0',
        message:
          'Biểu quyết 1 (“Suy tôn”): phương án “Long Biên”: đồng ý (12) + không đồng ý (0) + không biểu quyết (0) = 12, phải bằng số đơn vị biểu quyết (5).'
      }
    ])
  })

  it('“8/9 phiếu, 133,33%” and “4/9 phiếu, 66,67% — Đạt”: nine ballots for six units are refused', () => {
    const nine = (inFavour: number) =>
      vote({
        method: 'secret-ballot',
        electors: 9,
        ballotsIssued: 9,
        ballotsReturned: 9,
        ballotsValid: 9,
        options: [{ label: 'Long Biên', unitId: '', inFavour, against: 9 - inFavour, abstain: 0 }]
      })
    expect(checkVoteFigures(nine(4), clusterRule, sixUnits).map((i) => i.field)).toEqual([
      'votes.0.electors',
      'votes.0.ballotsIssued'
    ])
    const eight = checkVoteFigures(nine(8), clusterRule, sixUnits)
    expect(eight.map((i) => i.field)).toEqual([
      'votes.0.electors',
      'votes.0.ballotsIssued',
      'votes.0.options.0'
    ])
    expect(eight[2]!.message).toBe(
      'Biểu quyết 1 (“Suy tôn”): phương án “Long Biên”: 8/6 đơn vị thành viên là hơn 100%; số đồng ý không thể nhiều hơn số đơn vị thành viên.'
    )
    expect(checkVoteFigures(nine(4), clusterRule, sixUnits)[0]!.message).toBe(
      'Biểu quyết 1 (“Suy tôn”): biểu quyết theo đơn vị (mỗi đơn vị một phiếu) nên số có quyền biểu quyết (9) không thể nhiều hơn số đơn vị thành viên (6).'
    )
  })

  it('taken per person, the same nine ballots are measured on people, never on six units', () => {
    const perPerson = { ...clusterRule, electorBasis: 'person' as const }
    const v = vote({
      method: 'secret-ballot',
      electors: 12,
      present: 9,
      ballotsIssued: 9,
      ballotsReturned: 9,
      ballotsValid: 9,
      options: [{ label: 'Long Biên', unitId: '', inFavour: 4, against: 5, abstain: 0 }]
    })
    expect(checkVoteFigures(v, perPerson, sixUnits)).toEqual([])
    expect(tallyVote(v, perPerson, sixUnits).options[0]).toMatchObject({
      shareWords: '4/12 đại biểu có quyền biểu quyết, đạt 33,33%',
      passed: false
    })
    expect(
      tallyVote(v, { ...perPerson, denominator: 'valid-ballots' }, sixUnits).options[0]
    ).toMatchObject({ shareWords: '4/9 phiếu hợp lệ, đạt 44,44%', passed: false })
  })

  it('names each inconsistent figure and the vote it belongs to', () => {
    const issues = checkVoteFigures(
      vote({
        method: 'secret-ballot',
        electors: 6,
        ballotsIssued: 5,
        ballotsReturned: 6,
        ballotsValid: 4,
        ballotsInvalid: 1,
        writtenOpinions: 1,
        options: [{ label: 'A', unitId: '', inFavour: 3, against: 1, abstain: 0 }]
      }),
      { ...clusterRule, denominator: 'valid-ballots' },
      sixUnits,
      2
    )
    expect(issues.map((i) => i.field)).toEqual([
      'votes.2.ballotsReturned',
      'votes.2.ballotsValid',
      'votes.2.writtenOpinions',
      'votes.2.options.0'
    ])
    expect(issues[2]!.message).toBe(
      'Biểu quyết 3 (“Suy tôn”): phiếu lấy ý kiến bằng văn bản của thành viên vắng mặt chỉ được tính khi tỷ lệ tính trên tổng số thành viên.'
    )
  })

  it('counts the written opinions of absent members when the base is all members', () => {
    const v = vote({
      method: 'show-of-hands',
      writtenOpinions: 1,
      options: [{ label: 'A', unitId: '', inFavour: 5, against: 1, abstain: 0 }]
    })
    expect(checkVoteFigures(v, clusterRule, sixUnits)).toEqual([])
    expect(tallyVote(v, clusterRule, sixUnits).options[0]!.shareWords).toBe(
      '5/6 đơn vị thành viên, đạt 83,33%'
    )
    expect(
      checkVoteFigures({ ...v, writtenOpinions: 2 }, clusterRule, sixUnits)[0]!.message
    ).toContain('số phiếu lấy ý kiến bằng văn bản (2) nhiều hơn số đơn vị vắng mặt (1).')
  })

  it('lets a vote not counted yet be saved (all zero), so a planned meeting can be prepared', () => {
    const v = vote({ options: [{ label: 'A', unitId: '', inFavour: 0, against: 0, abstain: 0 }] })
    expect(checkVoteFigures(v, clusterRule, sixUnits)).toEqual([])
  })
})
