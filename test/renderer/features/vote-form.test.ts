import { describe, expect, it } from 'vitest'
import { clusterRulesSchema, voteSchema, type Vote } from '@core/model/entities'
import type { AttendanceSummary } from '@core/rules/meetings'
import {
  changeElectorBasis,
  changePurpose,
  emptyVote,
  shareLine,
  toVoteInput,
  viewVote,
  voteRowOf,
  type VoteRow
} from '../../../src/renderer/src/features/meetings/vote-form'

const rules = clusterRulesSchema.parse({})
/** Six member units, all present, twelve representatives listed. */
const six: AttendanceSummary = {
  members: 6,
  present: 6,
  absentExcused: 0,
  absentUnexcused: 0,
  representatives: 12
}

const ballot = (patch: Partial<VoteRow>, option: Partial<VoteRow['options'][0]>): VoteRow => ({
  ...emptyVote(rules),
  subject: 'Suy tôn đơn vị dẫn đầu',
  ...patch,
  options: [
    { label: 'Quận Long Biên', unitId: '', inFavour: '', against: '', abstain: '', ...option }
  ]
})

const fields = (row: VoteRow, attendance = six) =>
  viewVote(row, 0, attendance).issues.map((i) => i.field)

describe('the vote form (what the vote editor says as figures are typed)', () => {
  it('refuses twelve ballots of twelve representatives counted over six member units', () => {
    const row = ballot(
      { ballotsIssued: '12', ballotsReturned: '12', ballotsValid: '12', ballotsInvalid: '0' },
      { inFavour: '12', against: '0', abstain: '0' }
    )
    const view = viewVote(row, 0, six)
    expect(fields(row)).toEqual(['votes.0.ballotsIssued', 'votes.0.options.0'])
    expect(view.issues[0]!.message).toContain('mỗi đơn vị có mặt chỉ nhận một phiếu')
    expect(view.issues[1]!.message).toContain('12/6 đơn vị thành viên là hơn 100%')
  })

  it('counts the same ballots per representative on their own base once "who votes" says so', () => {
    const row = changeElectorBasis(
      ballot(
        { electors: '12', ballotsIssued: '12', ballotsReturned: '12', ballotsValid: '12' },
        { inFavour: '8', against: '4', abstain: '0' }
      ),
      'person'
    )
    const view = viewVote(row, 0, six)
    expect(view.issues).toEqual([])
    // Nobody typed who was present: the twelve representatives listed are.
    expect(view.tally!.present).toBe(12)
    expect(shareLine(view.tally!.options[0]!)).toBe(
      '8/12 đại biểu có quyền biểu quyết, đạt 66,67% — Đạt'
    )
  })

  it('gives four of nine ballots 44,44 % and "Không đạt", not 66,67 % of six units', () => {
    const row = changeElectorBasis(
      ballot(
        {
          electors: '9',
          present: '9',
          ballotsIssued: '9',
          ballotsReturned: '9',
          ballotsValid: '9',
          ballotsInvalid: '0'
        },
        { inFavour: '4', against: '5', abstain: '0' }
      ),
      'person'
    )
    const view = viewVote(row, 0, six)
    expect(view.issues).toEqual([])
    expect(shareLine(view.tally!.options[0]!)).toBe(
      '4/9 đại biểu có quyền biểu quyết, đạt 44,44% — Không đạt'
    )
    expect(view.ruleWords).toBe('quá 1/2 tổng số đại biểu có quyền biểu quyết')
  })

  it('needs the abstaining hands for the counts to add up, named as a show of hands names them', () => {
    const five = { ...six, present: 5, absentExcused: 1 }
    const hands = (abstain: string) =>
      ballot({ method: 'show-of-hands' }, { inFavour: '3', against: '1', abstain })
    const view = viewVote(hands(''), 0, five)
    expect(view.abstainLabel).toBe('Không biểu quyết')
    expect(view.issues.map((i) => i.message)).toEqual([
      'Biểu quyết 1 (“Suy tôn đơn vị dẫn đầu”): phương án “Quận Long Biên”: đồng ý (3) + không đồng ý (1) + không biểu quyết (0) = 4, phải bằng số đơn vị biểu quyết (5).'
    ])
    expect(viewVote(hands('1'), 0, five).issues).toEqual([])
    expect(viewVote(emptyVote(rules), 0, five).abstainLabel).toBe('Phiếu trống')
  })

  it('says what is wrong with a figure in the user’s words', () => {
    const row = ballot({ ballotsIssued: '-2', ballotsReturned: '4,5' }, {})
    const messages = viewVote(row, 0, six).issues.map((i) => i.message)
    expect(messages).toContain('Biểu quyết 1: Số phiếu phát ra: không được âm.')
    expect(messages).toContain(
      'Biểu quyết 1: Số phiếu thu vào: phải là số nguyên (không có phần lẻ).'
    )
  })

  it('takes the cluster’s rule of the purpose chosen, shown in the Quy chế’s words', () => {
    const withFlag = clusterRulesSchema.parse({
      voteRules: {
        flag: {
          thresholdNum: 4,
          thresholdDen: 5,
          comparison: 'at-least',
          basis: 'Điều 8 Quy chế hoạt động Cụm'
        }
      }
    })
    const row = changePurpose(emptyVote(withFlag), 'flag', withFlag)
    expect(row.rule).toMatchObject({ thresholdNum: 4, thresholdDen: 5, comparison: 'at-least' })
    expect(viewVote(row, 0, six).ruleWords).toBe('từ 80% trở lên tổng số đơn vị thành viên')
    expect(toVoteInput(row, 0)).toMatchObject({ purpose: 'flag', rule: row.rule })
  })

  it('keeps the rule a counted vote was taken under; an uncounted one follows Cài đặt', () => {
    const stored = voteSchema.parse({
      id: 'v1',
      meetingId: 'm1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      subject: 'Thông qua kế hoạch',
      purpose: 'adopt',
      method: 'show-of-hands',
      rule: { thresholdNum: 2, thresholdDen: 3, comparison: 'at-least' },
      options: [{ label: 'Kế hoạch', inFavour: 5, against: 0, abstain: 0 }],
      needsReview: { reason: 'Số đồng ý lớn hơn số có mặt.', flaggedAt: '2026-01-01T00:00:00.000Z' }
    }) as Vote
    const counted = voteRowOf(stored, rules)
    expect(counted.rule).toMatchObject({ thresholdNum: 2, thresholdDen: 3 })
    expect(counted.review).toBe('Số đồng ý lớn hơn số có mặt.')
    const uncounted = voteRowOf(
      { ...stored, options: [{ ...stored.options[0]!, inFavour: 0 }] },
      rules
    )
    expect(uncounted.rule).toMatchObject({ thresholdNum: 1, thresholdDen: 2 })
    // Per unit, the electorate comes from the year and attendance: nothing typed is sent for it.
    expect(toVoteInput({ ...counted, electors: '12', present: '3' }, 0)).toMatchObject({
      electors: 0,
      present: null
    })
  })
})
