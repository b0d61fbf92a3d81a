import { describe, expect, it } from 'vitest'
import { checkBoard } from '@core/ballot/checks'
import { correctEntry } from '@core/ballot/diff'
import { applyElection, electedLeadership, leadingUnitOf } from '@core/ballot/effects'
import type { Mark, Paper } from '@core/ballot/model'
import {
  countOutcome,
  finalResults,
  nextRound,
  sectionVote,
  type ReadyOutcome
} from '@core/ballot/result'
import { clusterYearSchema } from '@core/model/entities'
import { ABSENT, ATTENDANCE, count, entry, NOW, paper, twice, twoSections } from './fixtures'

/** Five papers: lead u1 agree on `leadAgree` of them; merit marks as given per paper. */
function papers(
  leadAgree: number,
  merit: Array<Partial<Record<'u3' | 'u4' | 'u5', Mark>>>
): Paper[] {
  return merit.map((m, i) =>
    paper({
      lead: { u1: i < leadAgree ? 'agree' : 'disagree', u2: 'disagree' },
      merit: { u3: 'disagree', u4: 'disagree', u5: 'disagree', ...m }
    })
  )
}

const ready = (o: ReturnType<typeof countOutcome>): ReadyOutcome => {
  if (o.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(o)}`)
  return o
}

const A = 'agree' as const
// merit: u3 4, u4 3, u5 3 of 5 → u3 in, u4 and u5 tied for the second seat
const TIED = papers(4, [
  { u3: A, u4: A },
  { u3: A, u5: A },
  { u3: A, u4: A },
  { u3: A, u5: A },
  { u4: A, u5: A }
])

describe('countOutcome', () => {
  it('gives no result until both entries are in, from two different members', () => {
    const ballot = twoSections()
    const one = entry({ papers: TIED })
    expect(countOutcome(ballot, count([one]), ATTENDANCE).status).toBe('waiting')
    const same = countOutcome(ballot, count([one, one]), ATTENDANCE)
    expect(same.status).toBe('waiting')
    expect(same.status === 'waiting' && same.issues[0]!.message).toMatch(/hai thành viên khác nhau/)
    expect(countOutcome(ballot, count([one], { doubleEntry: false }), ATTENDANCE).status).toBe(
      'ready'
    )
  })

  it('lists every difference between the two entries and gives no result while they differ', () => {
    const ballot = twoSections()
    const b = TIED.map((p, i) =>
      i === 1
        ? { ...p, marks: { ...p.marks, merit: { ...p.marks.merit, u5: 'disagree' as const } } }
        : p
    )
    const o = countOutcome(
      ballot,
      count([entry({ papers: TIED }), entry({ enteredBy: 1, papers: b })]),
      ATTENDANCE
    )
    expect(o.status).toBe('differ')
    if (o.status !== 'differ') return
    expect(
      o.comparison.differences.map((d) => [d.sectionKey, d.unitId, d.figure, d.a, d.b])
    ).toEqual([
      ['merit', 'u5', 'agree', 3, 2],
      ['merit', 'u5', 'disagree', 2, 3]
    ])
    expect(o.comparison.papers.map((p) => p.message)).toEqual([
      'Phiếu thứ 2, Mục II. Đề nghị tặng Bằng khen — Đơn vị 5: A ghi “Đồng ý”, B ghi “Không đồng ý”.'
    ])
    expect(o).not.toHaveProperty('sections')
  })

  it('settles a disagreement by correcting one entry, keeping how many figures differed and how', () => {
    const ballot = twoSections()
    const wrong = TIED.map((p, i) =>
      i === 0 ? { ...p, marks: { ...p.marks, lead: { u1: 'disagree' as const } } } : p
    )
    const c = count([entry({ papers: TIED }), entry({ enteredBy: 1, papers: wrong })])
    expect(countOutcome(ballot, c, ATTENDANCE).status).toBe('differ')
    const fixed = correctEntry(
      ballot,
      c,
      1,
      entry({ enteredBy: 1, papers: TIED }),
      'Đọc lại phiếu thứ 1',
      NOW
    )
    expect(fixed.reconciliations).toEqual([
      { at: NOW, differences: 4, note: 'Đọc lại phiếu thứ 1' }
    ])
    expect(countOutcome(ballot, fixed, ATTENDANCE).status).toBe('ready')
    expect(() =>
      correctEntry(ballot, fixed, 1, entry({ enteredBy: 1, papers: TIED }), 'x', NOW)
    ).toThrow('đã khớp')
  })

  it('refuses an entry whose papers are not the papers returned, or whose totals do not add up', () => {
    const ballot = twoSections()
    const short = countOutcome(
      ballot,
      count(twice(entry({ papers: TIED.slice(0, 4) })), { ballotsReturned: 5 }),
      ATTENDANCE
    )
    expect(short.status).toBe('invalid')
    expect(short.status === 'invalid' && short.issues[0]!.message).toBe(
      'Lần nhập A (Người A): đã nhập 4 phiếu nhưng số phiếu thu vào là 5.'
    )
    const totals = entry({
      mode: 'totals',
      totals: {
        valid: 5,
        invalid: [],
        sections: {
          lead: {
            void: 0,
            candidates: {
              u1: { agree: 4, disagree: 0, blank: 0 },
              u2: { agree: 0, disagree: 5, blank: 0 }
            }
          },
          merit: {
            void: 0,
            candidates: {
              u3: { agree: 5, disagree: 0, blank: 0 },
              u4: { agree: 5, disagree: 0, blank: 0 },
              u5: { agree: 5, disagree: 0, blank: 0 }
            }
          }
        }
      }
    })
    const o = countOutcome(ballot, count([totals], { doubleEntry: false }), ATTENDANCE)
    expect(o.status === 'invalid' && o.issues.map((i) => i.message)).toEqual([
      'Số liệu (Người A), Mục I. Suy tôn đơn vị dẫn đầu — Đơn vị 1: đồng ý (4) + không đồng ý (0) + để trống (0) = 4, phải bằng 5 phiếu được tính ở mục này.',
      'Số liệu (Người A), Mục II. Đề nghị tặng Bằng khen: tổng số phiếu đồng ý (15) vượt quá 2 × 5 phiếu; mỗi phiếu chỉ chọn tối đa 2 đơn vị.'
    ])
  })

  it('refuses a written opinion from a unit that was present, or more than the absent', () => {
    const ballot = twoSections()
    const w = { unitId: 'u2', fromName: '', marks: {} }
    const o = countOutcome(
      ballot,
      count([entry({ papers: TIED, written: [w] })], { doubleEntry: false }),
      ATTENDANCE,
      ABSENT
    )
    expect(o.status === 'invalid' && o.issues.map((i) => i.message)).toEqual([
      'Số liệu (Người A): phiếu lấy ý kiến thứ 1 của đơn vị không vắng mặt; đơn vị có mặt thì bỏ phiếu tại hội nghị.'
    ])
    const two = [w, { ...w, unitId: 'u6' }]
    const many = countOutcome(
      ballot,
      count([entry({ papers: TIED, written: two })], { doubleEntry: false }),
      ATTENDANCE
    )
    expect(many.status === 'invalid' && many.issues[0]!.message).toBe(
      'Số liệu (Người A): 2 phiếu lấy ý kiến bằng văn bản nhưng chỉ có 1 người (đơn vị) vắng mặt.'
    )
  })

  it('counts a written opinion where the base is all members and says it does not where the base is the valid papers', () => {
    const ballot = twoSections({}, { merit: { denominator: 'valid-ballots' } })
    const w = { unitId: 'u6', fromName: '', marks: { lead: { u1: A }, merit: { u4: A, u5: A } } }
    const o = ready(
      countOutcome(
        ballot,
        count([entry({ papers: TIED, written: [w] })], { doubleEntry: false }),
        ATTENDANCE,
        ABSENT
      )
    )
    const [lead, merit] = o.sections as [ReadyOutcome['sections'][0], ReadyOutcome['sections'][0]]
    expect([lead.writtenCounted, lead.writtenNotCounted, lead.rows[0]!.shareWords]).toEqual([
      1,
      0,
      '5/6 đơn vị thành viên, đạt 83,33%'
    ])
    expect([merit.writtenCounted, merit.writtenNotCounted, merit.tally.base]).toEqual([0, 1, 5])
    expect(merit.rows.find((r) => r.unitId === 'u4')!.inFavour).toBe(3)
  })

  it('elects only units over the threshold: 3 of 6 members is not more than half, so no tie', () => {
    const o = ready(countOutcome(twoSections(), count(twice(entry({ papers: TIED }))), ATTENDANCE))
    const lead = o.sections[0]!
    expect([lead.elected, lead.rows[0]!.passed, lead.tally.needed]).toEqual([['u1'], true, 4])
    const merit = o.sections[1]!
    expect(merit.rows.map((r) => [r.unitId, r.inFavour, r.passed, r.status])).toEqual([
      ['u3', 4, true, 'elected'],
      ['u4', 3, false, 'failed'],
      ['u5', 3, false, 'failed']
    ])
    expect([merit.elected, merit.tie, merit.complete]).toEqual([['u3'], null, true])
  })

  it('elects passing units most votes first within the seats and leaves a tie at the cut-off to a new round', () => {
    const o = ready(
      countOutcome(
        twoSections({}, { merit: { denominator: 'valid-ballots' } }),
        count(twice(entry({ papers: TIED }))),
        ATTENDANCE
      )
    )
    const merit = o.sections[1]!
    expect(merit.tally.base).toBe(5)
    expect(merit.rows.map((r) => [r.unitId, r.inFavour, r.passed, r.status])).toEqual([
      ['u3', 4, true, 'elected'],
      ['u4', 3, true, 'tied'],
      ['u5', 3, true, 'tied']
    ])
    expect(merit.elected).toEqual(['u3'])
    expect(merit.tie).toMatchObject({ unitIds: ['u4', 'u5'], seats: 1, votes: 3, state: 'revote' })
    expect(merit.complete).toBe(false)
  })

  it('settles a tie by the higher score of the ranking, or leaves it to the chair when scores are equal too', () => {
    const byScore = twoSections(
      {},
      { merit: { denominator: 'valid-ballots', tieRule: 'higher-score' } }
    )
    const o = ready(countOutcome(byScore, count(twice(entry({ papers: TIED }))), ATTENDANCE))
    expect(o.sections[1]!.elected).toEqual(['u3', 'u4'])
    expect(o.sections[1]!.tie).toMatchObject({
      state: 'resolved',
      resolvedBy: 'higher-score',
      chosen: ['u4']
    })
    expect(o.sections[1]!.rows.find((r) => r.unitId === 'u4')!.decidedBy).toBe('higher-score')
    const equal = {
      ...byScore,
      sections: byScore.sections.map((s) =>
        s.key === 'merit'
          ? { ...s, candidates: s.candidates.map((c) => ({ ...c, total: 8_000 })) }
          : s
      )
    }
    const pending = ready(countOutcome(equal, count(twice(entry({ papers: TIED }))), ATTENDANCE))
    expect(pending.sections[1]!.tie).toMatchObject({ state: 'chair', scoresEqual: true })
    const decided = ready(
      countOutcome(
        equal,
        count(twice(entry({ papers: TIED })), {
          tieDecisions: [{ sectionKey: 'merit', unitIds: ['u5'], note: '' }]
        }),
        ATTENDANCE
      )
    )
    expect(decided.sections[1]!.elected).toEqual(['u3', 'u5'])
    expect(decided.sections[1]!.tie!.resolvedBy).toBe('chair')
  })

  it('refuses a chair decision that does not pick from the tied units exactly the seats left', () => {
    const chair = twoSections(
      {},
      { merit: { denominator: 'valid-ballots', tieRule: 'chair-decides' } }
    )
    const o = countOutcome(
      chair,
      count(twice(entry({ papers: TIED })), {
        tieDecisions: [{ sectionKey: 'merit', unitIds: ['u3', 'u5'], note: '' }]
      }),
      ATTENDANCE
    )
    expect(o.status).toBe('invalid')
    expect(o.status === 'invalid' && o.issues[0]!.message).toBe(
      'Đề nghị tặng Bằng khen: chủ trì phải chọn đúng 1 trong số các đơn vị bằng phiếu (Đơn vị 4, Đơn vị 5).'
    )
  })

  it('warns when a board member comes from a candidate unit, and requires one head', () => {
    const ballot = twoSections()
    const board = [
      { name: 'X', unitId: 'u1', unitName: '', position: '', role: 'member' as const },
      { name: 'Y', unitId: 'u1', unitName: '', position: '', role: 'member' as const }
    ]
    expect(
      checkBoard(ballot, { board }, { u1: 'Đơn vị 1' }).map((i) => [i.severity, i.message])
    ).toEqual([
      ['error', 'Ban kiểm phiếu: chưa chọn Trưởng ban.'],
      [
        'warning',
        'Ban kiểm phiếu có 2 người; thông thường gồm 03 người (Trưởng ban và 02 thành viên).'
      ],
      [
        'warning',
        'Ban kiểm phiếu: X thuộc Đơn vị 1, đơn vị có tên trên phiếu (Suy tôn đơn vị dẫn đầu).'
      ],
      [
        'warning',
        'Ban kiểm phiếu: X và Y cùng đơn vị Đơn vị 1; thành viên thường ở các đơn vị khác nhau.'
      ],
      [
        'warning',
        'Ban kiểm phiếu: Y thuộc Đơn vị 1, đơn vị có tên trên phiếu (Suy tôn đơn vị dẫn đầu).'
      ]
    ])
    expect(
      countOutcome(ballot, count(twice(entry({ papers: TIED })), { board }), ATTENDANCE).status
    ).toBe('invalid')
  })

  it('makes each section a vote of the vote model, whose figures the minutes can store', () => {
    const ballot = twoSections()
    const o = ready(countOutcome(ballot, count(twice(entry({ papers: TIED }))), ATTENDANCE))
    const vote = sectionVote(ballot, count([]), ballot.sections[1]!, o.figures)
    expect(vote).toMatchObject({
      method: 'secret-ballot',
      purpose: 'merit',
      ballotsValid: 5,
      ballotsInvalid: 0,
      subject: 'Đề nghị tặng Bằng khen'
    })
    expect(vote.options.map((x) => [x.unitId, x.inFavour, x.against])).toEqual([
      ['u3', 4, 1],
      ['u4', 3, 2],
      ['u5', 3, 2]
    ])
  })
})

describe('rounds', () => {
  const ballot = twoSections({}, { merit: { denominator: 'valid-ballots' } })
  const first = count(twice(entry({ papers: TIED })))
  const firstOutcome = ready(countOutcome(ballot, first, ATTENDANCE))
  const second = nextRound(ballot, firstOutcome, { id: 'b2', now: NOW })!

  it('puts the tied units of each section left to a re-vote on a new paper, round 2, with its parent', () => {
    expect([second.round, second.parentBallotId, second.status, second.subtitle]).toEqual([
      2,
      'b1',
      'draft',
      ''
    ])
    expect(
      second.sections.map((s) => [s.key, s.maxChoices, s.candidates.map((c) => c.unitId)])
    ).toEqual([['merit', 1, ['u4', 'u5']]])
    expect(second.sections[0]!.rule).toEqual(ballot.sections[1]!.rule)
    expect(
      nextRound(ballot, ready(countOutcome(twoSections(), first, ATTENDANCE)), {
        id: 'x',
        now: NOW
      })
    ).toBeNull()
  })

  it('keeps each round and gives the final result over them, the round of each unit named', () => {
    const round2 = ['u5', 'u5', 'u5', 'u4', 'u4'].map((u) =>
      paper({ merit: { u4: u === 'u4' ? A : 'disagree', u5: u === 'u5' ? A : 'disagree' } })
    )
    const secondCount = { ...count(twice(entry({ papers: round2 }))), id: 'c2', ballotId: 'b2' }
    const results = finalResults([
      { ballot, count: first, outcome: firstOutcome },
      {
        ballot: second,
        count: secondCount,
        outcome: ready(countOutcome(second, secondCount, ATTENDANCE))
      }
    ])
    const merit = results.find((r) => r.key === 'merit')!
    expect(merit.elected.map((e) => [e.unitId, e.round, e.row.shareWords])).toEqual([
      ['u3', 1, '4/5 phiếu hợp lệ, đạt 80,00%'],
      ['u5', 2, '3/5 phiếu hợp lệ, đạt 60,00%']
    ])
    expect([merit.complete, merit.rounds.map((r) => r.round)]).toEqual([true, [1, 2]])
    const waiting = finalResults([{ ballot, count: first, outcome: firstOutcome }])
    expect(waiting.find((r) => r.key === 'merit')!.complete).toBe(false)
    expect(leadingUnitOf(results)).toBe('u1')
  })
})

describe('what the results set', () => {
  const year2025 = clusterYearSchema.parse({
    id: 'y2025',
    createdAt: NOW,
    updatedAt: NOW,
    clusterId: 'c',
    year: 2025,
    memberUnitIds: ['u1', 'u2', 'u3'],
    leaderUnitId: 'u9'
  })
  const election = (leader: string, deputy: string) => {
    const ballot = twoSections({
      sections: [
        {
          ...twoSections().sections[0]!,
          key: 'leader',
          kind: 'leader',
          title: 'Bầu Cụm trưởng',
          candidates: [{ unitId: leader, label: leader, rank: null, total: null, tied: false }]
        },
        {
          ...twoSections().sections[0]!,
          key: 'deputy',
          kind: 'deputy',
          title: 'Bầu Cụm phó',
          candidates: [{ unitId: deputy, label: deputy, rank: null, total: null, tied: false }]
        }
      ]
    })
    const ps = Array.from({ length: 5 }, () =>
      paper({ leader: { [leader]: A }, deputy: { [deputy]: A } })
    )
    const c = count(twice(entry({ papers: ps })))
    return finalResults([{ ballot, count: c, outcome: ready(countOutcome(ballot, c, ATTENDANCE)) }])
  }

  it('sets next year’s cụm trưởng and cụm phó from the election', () => {
    const results = election('u2', 'u3')
    expect(electedLeadership(results)).toEqual({
      leaderUnitId: 'u2',
      deputyUnitId: 'u3',
      complete: true
    })
    const { year, issues } = applyElection(year2025, results)
    expect(issues).toEqual([])
    expect([year.leaderUnitId, year.deputyUnitId]).toEqual(['u2', 'u3'])
  })

  it('refuses a leader who is not a member next year, and leaves the year as it was', () => {
    const { year, issues } = applyElection(year2025, election('u5', 'u3'), { u5: 'Đơn vị 5' })
    expect(issues.map((i) => i.message)).toEqual([
      'Cụm trưởng được bầu (Đơn vị 5) không có trong danh sách đơn vị năm 2025.'
    ])
    expect(year.leaderUnitId).toBe('u9')
  })
})
