import {
  ballotCountSchema,
  ballotSchema,
  paperSchema,
  tallyEntrySchema,
  type Ballot,
  type BallotCount,
  type Mark,
  type Paper,
  type TallyEntry
} from '@core/ballot/model'
import { voteRuleSchema, type VoteRule } from '@core/model/entities'

export const NOW = '2024-11-01T03:00:00.000Z'
const stamp = { createdAt: NOW, updatedAt: NOW }

/** Six member units u1…u6, all present but u6. */
export const ATTENDANCE = { members: 6, present: 5, representatives: 5 }
export const ABSENT = ['u6']

export const rule = (over: Partial<VoteRule> = {}): VoteRule =>
  voteRuleSchema.parse({
    denominator: 'members',
    thresholdNum: 1,
    thresholdDen: 2,
    comparison: 'more-than',
    tieRule: 'revote',
    ...over
  })

/**
 * A ballot of two sections: `lead` (u1, u2; choose 1) and `merit` (u3, u4, u5; choose 2), every
 * section on the rule given.
 */
export function twoSections(
  over: Partial<Ballot> = {},
  rules: { lead?: Partial<VoteRule>; merit?: Partial<VoteRule> } = {}
): Ballot {
  return ballotSchema.parse({
    ...stamp,
    id: 'b1',
    clusterYearId: 'y1',
    meetingId: 'm1',
    title: 'Phiếu bình xét thi đua năm 2024',
    electors: 6,
    sections: [
      {
        key: 'lead',
        kind: 'leading-unit',
        title: 'Suy tôn đơn vị dẫn đầu',
        awardTypeId: 'flag',
        maxChoices: 1,
        rule: rule(rules.lead),
        candidates: [
          { unitId: 'u1', label: 'Đơn vị 1', rank: 1, total: 10_000 },
          { unitId: 'u2', label: 'Đơn vị 2', rank: 2, total: 9_500 }
        ]
      },
      {
        key: 'merit',
        kind: 'merit',
        title: 'Đề nghị tặng Bằng khen',
        awardTypeId: 'merit',
        maxChoices: 2,
        rule: rule(rules.merit),
        candidates: [
          { unitId: 'u3', label: 'Đơn vị 3', rank: 3, total: 9_000 },
          { unitId: 'u4', label: 'Đơn vị 4', rank: 4, total: 8_500 },
          { unitId: 'u5', label: 'Đơn vị 5', rank: 5, total: 8_000 }
        ]
      }
    ],
    ...over
  })
}

/** A paper from marks `{ lead: { u1: 'agree' }, … }`. */
export const paper = (
  marks: Record<string, Record<string, Mark>>,
  over: Partial<Paper> = {}
): Paper => paperSchema.parse({ marks, ...over })

export const entry = (over: Partial<TallyEntry>): TallyEntry =>
  tallyEntrySchema.parse({ enteredBy: 0, mode: 'papers', savedAt: NOW, ...over })

export const BOARD = [
  { name: 'Người A', unitId: 'u6', unitName: '', position: '', role: 'head' as const },
  { name: 'Người B', unitId: 'u7', unitName: '', position: '', role: 'member' as const },
  {
    name: 'Người C',
    unitId: '',
    unitName: 'Ban Thường trực cấp trên',
    position: '',
    role: 'member' as const
  }
]

/** A count of `ballot` with the entries given (5 papers issued and returned by default). */
export function count(entries: TallyEntry[], over: Partial<BallotCount> = {}): BallotCount {
  return ballotCountSchema.parse({
    ...stamp,
    id: 'c1',
    ballotId: 'b1',
    board: BOARD,
    ballotsIssued: 5,
    ballotsReturned: entries[0]?.mode === 'papers' ? entries[0].papers.length : 5,
    entries,
    ...over
  })
}

/** The same entry typed twice by two members. */
export const twice = (e: TallyEntry): TallyEntry[] => [
  { ...e, enteredBy: 0 },
  { ...e, enteredBy: 1 }
]
