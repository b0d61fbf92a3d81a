import {
  voteSchema,
  type ClusterRules,
  type Vote,
  type VotePurpose,
  type VoteRule
} from '@core/model/entities'
import { collectRowIssues, type FieldIssue } from '@core/model/validation'
import type { AttendanceSummary } from '@core/rules/meetings'
import {
  checkVoteFigures,
  clusterVoteRule,
  isUncounted,
  tallyVote,
  thresholdWords,
  voteBase,
  type VoteTally
} from '@core/rules/votes'
import type { MeetingInput } from '../../db/repositories/meetings-repo'

/**
 * One vote as the secretary types it (issue 10, point 1): what it decides, how it is taken, who
 * votes, the counts as text, and the rule it is taken under — kept with the row, so what the
 * screen shows is exactly what is saved and what the minutes will print.
 */
export interface VoteRow {
  id?: string
  subject: string
  purpose: VotePurpose
  method: Vote['method']
  /**
   * The rule of this vote: the copy stored with a counted vote, else the cluster's rule for its
   * purpose; "who votes" is changed here.
   */
  rule: VoteRule
  /** People entitled to vote, when each person present votes; unused per unit. */
  electors: string
  /** People present when the vote was taken; empty means the representatives listed. */
  present: string
  writtenOpinions: string
  ballotsIssued: string
  ballotsReturned: string
  ballotsValid: string
  ballotsInvalid: string
  options: VoteOptionRow[]
  /** Why the figures stored before schema v6 were flagged; '' when they were not. */
  review: string
}

export interface VoteOptionRow {
  label: string
  unitId: string
  inFavour: string
  against: string
  abstain: string
}

const text = (n: number) => String(n)

/** An option with nothing typed yet. */
export const emptyOption = (): VoteOptionRow => ({
  label: '',
  unitId: '',
  inFavour: '',
  against: '',
  abstain: ''
})

/** A new vote: a secret ballot for "Thông qua" under the cluster's rule, one option to fill in. */
export function emptyVote(rules: ClusterRules, purpose: VotePurpose = 'adopt'): VoteRow {
  return {
    subject: '',
    purpose,
    method: 'secret-ballot',
    rule: clusterVoteRule(rules, purpose),
    electors: '',
    present: '',
    writtenOpinions: '',
    ballotsIssued: '',
    ballotsReturned: '',
    ballotsValid: '',
    ballotsInvalid: '0',
    options: [emptyOption()],
    review: ''
  }
}

/**
 * The row of a stored vote. A counted vote keeps the rule it was taken under; one not counted
 * yet (or stored before it had a rule) follows the cluster's current rule for its purpose, as
 * the repository does when it is saved.
 */
export function voteRowOf(vote: Vote, rules: ClusterRules): VoteRow {
  const counted = !vote.options.every(isUncounted)
  return {
    id: vote.id,
    subject: vote.subject,
    purpose: vote.purpose,
    method: vote.method,
    rule: vote.rule && counted ? vote.rule : clusterVoteRule(rules, vote.purpose),
    electors: vote.electors ? text(vote.electors) : '',
    present: vote.present === null ? '' : text(vote.present),
    writtenOpinions: vote.writtenOpinions ? text(vote.writtenOpinions) : '',
    ballotsIssued: text(vote.ballotsIssued),
    ballotsReturned: text(vote.ballotsReturned),
    ballotsValid: text(vote.ballotsValid),
    ballotsInvalid: text(vote.ballotsInvalid),
    options: vote.options.map((o) => ({
      label: o.label,
      unitId: o.unitId,
      inFavour: text(o.inFavour),
      against: text(o.against),
      abstain: text(o.abstain)
    })),
    review: vote.needsReview?.reason ?? ''
  }
}

/**
 * A count as typed: empty is 0; "-2" stays -2 and "5,5" stays 5.5 so that the save says what is
 * wrong ("không được âm", "phải là số nguyên"); anything else is not a number.
 */
export function count(value: string): number {
  const t = value.trim()
  if (t === '') return 0
  return /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : Number.NaN
}

/** Another purpose: the vote is now taken under the cluster's rule for it. */
export function changePurpose(row: VoteRow, purpose: VotePurpose, rules: ClusterRules): VoteRow {
  return { ...row, purpose, rule: clusterVoteRule(rules, purpose) }
}

/** One voice per member unit, or per person present: the counts typed stay as they are. */
export function changeElectorBasis(row: VoteRow, basis: VoteRule['electorBasis']): VoteRow {
  return { ...row, rule: { ...row.rule, electorBasis: basis } }
}

/** The vote as the repository's input; a per-unit vote takes its electorate from the year. */
export function toVoteInput(row: VoteRow, order: number): MeetingInput['votes'][number] {
  const secret = row.method === 'secret-ballot'
  const perPerson = row.rule.electorBasis === 'person'
  return {
    id: row.id,
    order,
    subject: row.subject,
    purpose: row.purpose,
    rule: row.rule,
    method: row.method,
    electors: perPerson ? count(row.electors) : 0,
    present: perPerson && row.present.trim() !== '' ? count(row.present) : null,
    writtenOpinions: row.rule.denominator === 'members' ? count(row.writtenOpinions) : 0,
    ballotsIssued: secret ? count(row.ballotsIssued) : 0,
    ballotsReturned: secret ? count(row.ballotsReturned) : 0,
    ballotsValid: secret ? count(row.ballotsValid) : 0,
    ballotsInvalid: secret ? count(row.ballotsInvalid) : 0,
    options: row.options.map((o) => ({
      label: o.label,
      unitId: o.unitId,
      inFavour: count(o.inFavour),
      against: count(o.against),
      abstain: count(o.abstain)
    }))
  }
}

/** What happens on a tie, as the rule line says it. */
export const TIE_RULE_WORDS: Record<VoteRule['tieRule'], string> = {
  revote: 'biểu quyết lại giữa các phương án bằng phiếu',
  'chair-decides': 'chủ trì quyết định',
  'higher-score': 'chọn đơn vị có điểm cao hơn'
}

const STAMP = '2000-01-01T00:00:00.000Z'

/** What the vote editor shows beside the figures as they are typed. */
export interface VoteView {
  /** "từ 2/3 trở lên tổng số đơn vị thành viên" */
  ruleWords: string
  /** The counts, base and verdict of each option; null while a figure is not a number. */
  tally: VoteTally | null
  /** Every figure that cannot be saved, with its field (`votes.N.…`), as the save would say. */
  issues: FieldIssue[]
  /** Words of the abstain column: "Không biểu quyết" by hand, "Phiếu trống" on a ballot. */
  abstainLabel: string
}

/**
 * The live reading of one vote: its rule in words, its tally on the base the rule names, and what
 * the save would refuse — the same schema and checks as the repository, so nothing shown as fine
 * is refused later, and nothing refused is shown as fine.
 */
export function viewVote(row: VoteRow, index: number, attendance: AttendanceSummary): VoteView {
  const input = toVoteInput(row, index)
  const issues: FieldIssue[] = []
  const parsed = collectRowIssues(
    voteSchema,
    { ...input, id: 'v', meetingId: 'm', createdAt: STAMP, updatedAt: STAMP },
    ['votes', index],
    issues,
    `Biểu quyết ${index + 1}`
  )
  const tally = parsed ? tallyVote(parsed, row.rule, attendance) : null
  if (parsed) issues.push(...checkVoteFigures(parsed, row.rule, attendance, index))
  // The base is named even while a figure is still being typed.
  const whole = (n: number | null) => (n === null || Number.isFinite(n) ? n : 0)
  const base = voteBase(
    {
      ...input,
      rule: row.rule,
      purpose: row.purpose,
      electors: whole(input.electors)!,
      ballotsValid: whole(input.ballotsValid)!,
      present: whole(input.present ?? null),
      writtenOpinions: whole(input.writtenOpinions ?? 0)!
    },
    row.rule,
    attendance
  )
  return {
    ruleWords: `${thresholdWords(row.rule)} ${base.basePhrase}`,
    tally,
    issues,
    abstainLabel: row.method === 'secret-ballot' ? 'Phiếu trống' : 'Không biểu quyết'
  }
}

/** "4/6 đơn vị thành viên, đạt 66,67% — Đạt": an option's share with its base and verdict. */
export function shareLine(option: VoteTally['options'][number]): string {
  return `${option.shareWords} — ${option.passed ? 'Đạt' : 'Không đạt'}`
}
