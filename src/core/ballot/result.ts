import { voteSchema, type Vote } from '../model/entities'
import {
  checkVoteFigures,
  tallyVote,
  type OptionTally,
  type VoteAttendance,
  type VoteTally
} from '../rules/votes'
import {
  absentElectors,
  checkBoard,
  checkEntriesPresent,
  checkEntry,
  type BallotIssue
} from './checks'
import { compareEntries, type EntriesComparison } from './diff'
import type { Ballot, BallotCandidate, BallotCount, BallotSection, TallyEntry } from './model'
import { SECTION_PURPOSE } from './model'
import { entryFigures, type EntryFigures } from './papers'
import { sectionName } from './words'

/**
 * From an agreed count to the result of each section (issue 15 §2; year-end.md §B.2, §B.3.5–7).
 * Every section is tallied through the vote model (`tallyVote`), so the share is compared with
 * the rule of its purpose in integers, on its base — all member units, those present, or the valid
 * papers — and written opinions of absent electors count only where the base is all members.
 * Among the units that pass, at most `maxChoices` are chosen, most votes first; units with equal
 * votes at the cut-off are a tie, settled by a new round among them or by the rule the cluster
 * chose (higher score in the adopted ranking, or the chair).
 */

export type RowStatus = 'elected' | 'tied' | 'passed-not-chosen' | 'failed'

export interface SectionRow extends OptionTally {
  unitId: string
  candidate: BallotCandidate
  status: RowStatus
  /** How an elected row won its seat: on votes, or by the tie rule. */
  decidedBy: 'votes' | 'higher-score' | 'chair' | null
}

export interface SectionTie {
  /** The tied units at the cut-off (equal votes, all passing). */
  unitIds: string[]
  /** Seats left for them. */
  seats: number
  /** Their number of votes. */
  votes: number
  /** How it is settled: a new round, the chair, or the higher score of the ranking. */
  rule: BallotSection['rule']['tieRule']
  /**
   * `revote`: waits for the next round; `chair`: waits for the chair's decision; `resolved`:
   * settled (by score or by the recorded decision).
   */
  state: 'revote' | 'chair' | 'resolved'
  resolvedBy: 'higher-score' | 'chair' | null
  /** Units chosen by the resolution. */
  chosen: string[]
  /** Set when the higher score did not separate them and the chair must decide the rest. */
  scoresEqual: boolean
}

export interface SectionOutcome {
  section: BallotSection
  tally: VoteTally
  /** Most votes first; equal votes in ranking order. */
  rows: SectionRow[]
  /** Units chosen, most votes first (tie winners at the cut-off). */
  elected: string[]
  tie: SectionTie | null
  /** Written opinions counted in this section, and those received but not counted (the base). */
  writtenCounted: number
  writtenNotCounted: number
  /** The figures of the section's papers. */
  valid: number
  void: number
  voidRows: number
  /** False while a tie waits for a new round or for the chair. */
  complete: boolean
}

export type CountOutcome =
  | { status: 'waiting'; issues: BallotIssue[] }
  | { status: 'invalid'; issues: BallotIssue[] }
  | { status: 'differ'; comparison: EntriesComparison; issues: BallotIssue[] }
  | {
      status: 'ready'
      figures: EntryFigures
      sections: SectionOutcome[]
      /** Warnings that do not stop the result (the board, papers that cancel out). */
      warnings: BallotIssue[]
      comparison: EntriesComparison | null
    }

export type ReadyOutcome = Extract<CountOutcome, { status: 'ready' }>

/** The vote model's record of one section: what the minutes and the register store as a vote. */
export function sectionVote(
  ballot: Ballot,
  count: Pick<BallotCount, 'present' | 'ballotsIssued' | 'ballotsReturned' | 'updatedAt'>,
  section: BallotSection,
  figures: EntryFigures
): Vote {
  const own = figures.sections[section.key]!
  const countsWritten = section.rule.denominator === 'members'
  const written = figures.written.sections[section.key]!
  const round = ballot.round > 1 ? ` (bỏ phiếu lần ${ballot.round})` : ''
  return voteSchema.parse({
    id: `${ballot.id}-${section.key}`.slice(0, 64),
    createdAt: count.updatedAt,
    updatedAt: count.updatedAt,
    meetingId: ballot.meetingId || ballot.id,
    order: ballot.sections.indexOf(section),
    subject: `${section.title}${round}`,
    method: 'secret-ballot',
    electors: ballot.electors,
    ballotsIssued: count.ballotsIssued,
    ballotsReturned: count.ballotsReturned,
    ballotsValid: own.valid,
    ballotsInvalid: count.ballotsReturned - own.valid,
    options: section.candidates.map((c) => {
      const mine = own.candidates[c.unitId]!
      const theirs = countsWritten ? written.candidates[c.unitId]! : null
      return {
        label: c.label,
        unitId: c.unitId,
        inFavour: mine.agree + (theirs?.agree ?? 0),
        against: mine.disagree + (theirs?.disagree ?? 0),
        abstain: mine.blank + (theirs?.blank ?? 0)
      }
    }),
    purpose: SECTION_PURPOSE[section.kind],
    rule: section.rule,
    present: count.present,
    writtenOpinions: countsWritten ? written.valid : 0
  })
}

/** Most votes first; equal votes by rank in the ranking, then by order on the paper. */
function byVotes(section: BallotSection) {
  const position = new Map(section.candidates.map((c, i) => [c.unitId, i]))
  return (a: SectionRow, b: SectionRow) =>
    b.inFavour - a.inFavour ||
    (a.candidate.rank ?? Infinity) - (b.candidate.rank ?? Infinity) ||
    position.get(a.unitId)! - position.get(b.unitId)!
}

/** Settles a tie by the rule of the section; what stays open waits for a round or the chair. */
function settleTie(
  tied: SectionRow[],
  seats: number,
  section: BallotSection,
  decisions: BallotCount['tieDecisions'],
  issues: BallotIssue[]
): SectionTie {
  const rule = section.rule.tieRule
  const base: SectionTie = {
    unitIds: tied.map((r) => r.unitId),
    seats,
    votes: tied[0]!.inFavour,
    rule,
    state: rule === 'revote' ? 'revote' : 'chair',
    resolvedBy: null,
    chosen: [],
    scoresEqual: false
  }
  if (rule === 'revote') return base
  let open = tied
  let chosen: string[] = []
  if (rule === 'higher-score') {
    const score = (r: SectionRow) => r.candidate.total ?? -1
    const sorted = [...tied].sort((a, b) => score(b) - score(a))
    const boundary = score(sorted[seats - 1]!)
    const above = sorted.filter((r) => score(r) > boundary)
    const atBoundary = sorted.filter((r) => score(r) === boundary)
    if (boundary >= 0 && above.length + atBoundary.length === seats) {
      return {
        ...base,
        state: 'resolved',
        resolvedBy: 'higher-score',
        chosen: [...above, ...atBoundary].map((r) => r.unitId)
      }
    }
    chosen = boundary >= 0 ? above.map((r) => r.unitId) : []
    open = boundary >= 0 ? atBoundary : tied
  }
  const left = seats - chosen.length
  const decision = decisions.find((d) => d.sectionKey === section.key)
  const openIds = open.map((r) => r.unitId)
  const scoresEqual = rule === 'higher-score'
  if (!decision) return { ...base, chosen, scoresEqual }
  const picked = decision.unitIds.filter((id) => !chosen.includes(id))
  const fits = picked.length === left && picked.every((id) => openIds.includes(id))
  if (!fits) {
    issues.push({
      field: `tieDecisions.${section.key}`,
      severity: 'error',
      message: `${section.title}: chủ trì phải chọn đúng ${left} trong số các đơn vị bằng phiếu (${open.map((r) => r.label).join(', ')}).`
    })
    return { ...base, chosen, scoresEqual }
  }
  return {
    ...base,
    state: 'resolved',
    resolvedBy: 'chair',
    chosen: [...chosen, ...picked],
    scoresEqual
  }
}

function sectionOutcome(
  ballot: Ballot,
  count: BallotCount,
  section: BallotSection,
  figures: EntryFigures,
  attendance: VoteAttendance,
  issues: BallotIssue[]
): SectionOutcome {
  const vote = sectionVote(ballot, count, section, figures)
  for (const issue of checkVoteFigures(vote, section.rule, attendance))
    issues.push({
      field: `sections.${section.key}`,
      severity: 'error',
      message: issue.message.replace(/^Biểu quyết 1 \(“[^”]*”\)/, sectionName(ballot, section.key))
    })
  const tally = tallyVote(vote, section.rule, attendance)
  const rows: SectionRow[] = tally.options.map((option, i) => ({
    ...option,
    unitId: section.candidates[i]!.unitId,
    candidate: section.candidates[i]!,
    status: option.passed ? 'passed-not-chosen' : 'failed',
    decidedBy: null
  }))
  rows.sort(byVotes(section))
  const passing = rows.filter((r) => r.passed)
  let elected: string[] = passing.map((r) => r.unitId)
  let tie: SectionTie | null = null
  if (passing.length > section.maxChoices) {
    const cut = passing[section.maxChoices - 1]!.inFavour
    const above = passing.filter((r) => r.inFavour > cut)
    const atCut = passing.filter((r) => r.inFavour === cut)
    const seats = section.maxChoices - above.length
    elected = above.map((r) => r.unitId)
    if (atCut.length > seats) {
      tie = settleTie(atCut, seats, section, count.tieDecisions, issues)
      elected.push(...tie.chosen)
    } else elected.push(...atCut.map((r) => r.unitId))
  }
  for (const row of rows) {
    if (elected.includes(row.unitId)) {
      row.status = 'elected'
      row.decidedBy = tie?.chosen.includes(row.unitId) ? (tie.resolvedBy ?? null) : 'votes'
    } else if (tie?.unitIds.includes(row.unitId) && tie.state !== 'resolved') row.status = 'tied'
  }
  const own = figures.sections[section.key]!
  const written = figures.written.sections[section.key]!
  const countsWritten = section.rule.denominator === 'members'
  return {
    section,
    tally,
    rows,
    elected: rows.filter((r) => r.status === 'elected').map((r) => r.unitId),
    tie,
    writtenCounted: countsWritten ? written.valid : 0,
    writtenNotCounted: figures.written.count - (countsWritten ? written.valid : 0),
    valid: own.valid,
    void: own.void,
    voidRows: own.voidRows,
    complete: !tie || tie.state === 'resolved'
  }
}

/**
 * The result of a count, or why there is none yet: an entry missing, an entry that does not add up
 * (or does not fit the papers returned), the two entries differing — listed one by one — or
 * figures the vote model refuses. `absentUnitIds` lets the check refuse a written opinion from a
 * unit that was present.
 */
export function countOutcome(
  ballot: Ballot,
  count: BallotCount,
  attendance: VoteAttendance,
  absentUnitIds?: string[]
): CountOutcome {
  const present = checkEntriesPresent(count)
  if (present.length > 0) return { status: 'waiting', issues: present }
  const absent = absentElectors(ballot, count, attendance, absentUnitIds)
  const used = count.entries.slice(0, count.doubleEntry ? 2 : 1) as TallyEntry[]
  const issues = [
    ...checkBoard(ballot, count),
    ...used.flatMap((entry, i) =>
      checkEntry(ballot, count, entry, absent, used.length > 1 ? `Lần nhập ${'AB'[i]}` : 'Số liệu')
    )
  ]
  if (count.ballotsReturned > count.ballotsIssued)
    issues.push({
      field: 'ballotsReturned',
      severity: 'error',
      message: `Số phiếu thu vào (${count.ballotsReturned}) nhiều hơn số phiếu phát ra (${count.ballotsIssued}).`
    })
  if (issues.some((i) => i.severity === 'error')) return { status: 'invalid', issues }
  let comparison: EntriesComparison | null = null
  if (used.length === 2) {
    comparison = compareEntries(ballot, used[0]!, used[1]!)
    if (!comparison.agree) return { status: 'differ', comparison, issues }
  }
  const figures = entryFigures(ballot, used[0]!)
  const sectionIssues: BallotIssue[] = []
  const sections = ballot.sections.map((section) =>
    sectionOutcome(ballot, count, section, figures, attendance, sectionIssues)
  )
  if (sectionIssues.some((i) => i.severity === 'error'))
    return { status: 'invalid', issues: [...issues, ...sectionIssues] }
  const warnings = [...issues, ...sectionIssues]
  if (comparison && comparison.papers.length > 0)
    warnings.push({
      field: 'entries',
      severity: 'warning',
      message: `Hai lần nhập khớp về số liệu nhưng khác nhau ở ${comparison.papers.length} dòng khi so từng phiếu (có thể nhập phiếu theo thứ tự khác nhau).`
    })
  return { status: 'ready', figures, sections, warnings, comparison }
}

/**
 * The next round for the ties a count leaves to a re-vote: a new paper with the same sections
 * (same key, rule, award) holding only the tied units, as many choices as seats left, the same
 * electors and validity rules, round + 1 and the parent kept; the subtitle is dropped. Null when nothing waits for a
 * re-vote.
 */
export function nextRound(
  ballot: Ballot,
  outcome: ReadyOutcome,
  options: { id: string; now: string }
): Ballot | null {
  const open = outcome.sections.filter((s) => s.tie?.state === 'revote')
  if (open.length === 0) return null
  return {
    ...ballot,
    id: options.id,
    createdAt: options.now,
    updatedAt: options.now,
    round: ballot.round + 1,
    parentBallotId: ballot.id,
    status: 'draft',
    // The first paper's line about what it decides no longer fits: the sections say it.
    subtitle: '',
    sections: open.map((s) => ({
      ...s.section,
      maxChoices: s.tie!.seats,
      candidates: s.section.candidates.filter((c) => s.tie!.unitIds.includes(c.unitId))
    }))
  }
}

/** One round as kept: the paper, its count and its result. */
export interface RoundRecord {
  ballot: Ballot
  count: BallotCount
  outcome: ReadyOutcome
}

export interface ElectedUnit {
  unitId: string
  label: string
  round: number
  /** The winning row of the round that chose it (votes, share and base). */
  row: SectionRow
}

/** A section's result over all its rounds. */
export interface FinalSection {
  key: string
  section: BallotSection
  elected: ElectedUnit[]
  /** The rounds the section went through, first to last. */
  rounds: Array<{ round: number; outcome: SectionOutcome }>
  /** False while the last round still waits for a re-vote or the chair. */
  complete: boolean
}

/**
 * The final result of every section across its rounds: round 1's sure winners, then each later
 * round's winners among the tied, in that order. Rounds are matched by their parent and the
 * section key; a section that waits for a round not yet counted stays incomplete.
 */
export function finalResults(rounds: RoundRecord[]): FinalSection[] {
  const first = rounds.find((r) => r.ballot.round === 1 || r.ballot.parentBallotId === '')
  if (!first) return []
  const childOf = (parentId: string) => rounds.find((r) => r.ballot.parentBallotId === parentId)
  return first.outcome.sections.map((start) => {
    const key = start.section.key
    const elected: ElectedUnit[] = []
    const trail: FinalSection['rounds'] = []
    let record: RoundRecord | undefined = first
    let current: SectionOutcome | undefined = start
    while (record && current) {
      trail.push({ round: record.ballot.round, outcome: current })
      for (const unitId of current.elected) {
        const row = current.rows.find((r) => r.unitId === unitId)!
        elected.push({ unitId, label: row.candidate.label, round: record.ballot.round, row })
      }
      if (current.tie?.state !== 'revote') break
      record = childOf(record.ballot.id)
      current = record?.outcome.sections.find((s) => s.section.key === key)
    }
    const last = trail[trail.length - 1]!.outcome
    return {
      key,
      section: start.section,
      elected,
      rounds: trail,
      complete: last.complete
    }
  })
}
