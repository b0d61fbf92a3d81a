import type { Attendance, ClusterRules, Meeting, Vote } from '../model/entities'
import type { FieldIssue } from '../model/validation'
import { formatPercent } from '../text/vietnamese'

/** Who came, derived from the attendance rows: never typed twice. */
export interface AttendanceSummary {
  members: number
  present: number
  absentExcused: number
  absentUnexcused: number
  representatives: number
}

/** Counts the member units present and absent, and the representatives who came. */
export function summarizeAttendance(
  memberUnitIds: string[],
  attendances: Attendance[]
): AttendanceSummary {
  const byUnit = new Map(attendances.map((a) => [a.unitId, a]))
  let present = 0
  let absentExcused = 0
  let absentUnexcused = 0
  let representatives = 0
  for (const unitId of memberUnitIds) {
    const row = byUnit.get(unitId)
    if (!row || row.status === 'absent-unexcused') absentUnexcused++
    else if (row.status === 'absent-excused') absentExcused++
    else {
      present++
      representatives += row.representatives.length
    }
  }
  return { members: memberUnitIds.length, present, absentExcused, absentUnexcused, representatives }
}

/** The facts of a meeting that do not depend on its votes. */
export function checkMeeting(
  meeting: Pick<Meeting, 'startTime' | 'endTime' | 'chair'>
): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (meeting.startTime && meeting.endTime && meeting.endTime <= meeting.startTime) {
    issues.push({ field: 'endTime', message: 'Giờ kết thúc: phải sau giờ bắt đầu.' })
  }
  if (!meeting.chair.name)
    issues.push({ field: 'chair.name', message: 'Chủ trì: chưa ghi người chủ trì.' })
  return issues
}

/**
 * The arithmetic of one vote, each problem named: ballots returned cannot exceed those issued,
 * valid plus invalid must equal those returned, no more ballots than electors, and no option may
 * have more votes than there were valid ballots (secret ballot) or people present (show of hands).
 */
export function checkVote(vote: Vote, present: number, index = 0): FieldIssue[] {
  const at = (field: string) => `votes.${index}.${field}`
  const label = `Biểu quyết ${index + 1} (“${vote.subject}”)`
  const issues: FieldIssue[] = []
  if (vote.method === 'secret-ballot') {
    if (vote.ballotsIssued > vote.electors && vote.electors > 0) {
      issues.push({
        field: at('ballotsIssued'),
        message: `${label}: số phiếu phát ra (${vote.ballotsIssued}) nhiều hơn số người có quyền bỏ phiếu (${vote.electors}).`
      })
    }
    if (vote.ballotsReturned > vote.ballotsIssued) {
      issues.push({
        field: at('ballotsReturned'),
        message: `${label}: số phiếu thu vào (${vote.ballotsReturned}) nhiều hơn số phiếu phát ra (${vote.ballotsIssued}).`
      })
    }
    if (vote.ballotsValid + vote.ballotsInvalid !== vote.ballotsReturned) {
      issues.push({
        field: at('ballotsValid'),
        message: `${label}: số phiếu hợp lệ (${vote.ballotsValid}) cộng không hợp lệ (${vote.ballotsInvalid}) phải bằng số phiếu thu vào (${vote.ballotsReturned}).`
      })
    }
  }
  const ceiling = vote.method === 'secret-ballot' ? vote.ballotsValid : vote.electors || present
  const ceilingLabel = vote.method === 'secret-ballot' ? 'số phiếu hợp lệ' : 'số người biểu quyết'
  vote.options.forEach((option, k) => {
    if (option.inFavour + option.against + option.abstain > ceiling) {
      issues.push({
        field: at(`options.${k}`),
        message: `${label}, “${option.label}”: tổng số đồng ý, không đồng ý và không biểu quyết (${option.inFavour + option.against + option.abstain}) vượt quá ${ceilingLabel} (${ceiling}).`
      })
    }
  })
  return issues
}

/** The number the percentage of a vote is taken on, by the cluster's rule. */
export function voteDenominator(
  vote: Vote,
  rules: ClusterRules,
  summary: AttendanceSummary
): number {
  switch (rules.voteDenominator) {
    case 'members':
      return summary.members
    case 'present':
      return summary.present
    case 'valid-ballots':
      return vote.method === 'secret-ballot' ? vote.ballotsValid : summary.present
  }
}

export interface OptionResult {
  label: string
  inFavour: number
  percent: string
  passed: boolean
}

/**
 * Each option's share in favour and whether it passed by the cluster's threshold ("more than" or
 * "at least" the percentage of the chosen denominator).
 */
export function voteResults(
  vote: Vote,
  rules: ClusterRules,
  summary: AttendanceSummary
): OptionResult[] {
  const denominator = voteDenominator(vote, rules, summary)
  return vote.options.map((option) => {
    const share = denominator > 0 ? (option.inFavour / denominator) * 100 : 0
    const threshold = rules.voteThresholdPercent
    const passed =
      denominator > 0 &&
      (rules.voteThresholdStrict ? share > threshold + 1e-9 : share >= threshold - 1e-9)
    return {
      label: option.label,
      inFavour: option.inFavour,
      percent: formatPercent(option.inFavour, denominator),
      passed
    }
  })
}

const METHOD_WORDS = {
  'show-of-hands': 'biểu quyết giơ tay',
  'secret-ballot': 'bỏ phiếu kín'
} as const

export function methodWords(vote: Vote): string {
  return METHOD_WORDS[vote.method]
}

/** The wording of the denominator, for the minutes ("trên tổng số 6 đơn vị thành viên"). */
export function denominatorWords(rules: ClusterRules, vote: Vote, n: number): string {
  if (rules.voteDenominator === 'members') return `trên tổng số ${n} đơn vị thành viên`
  if (rules.voteDenominator === 'present') return `trên ${n} đơn vị có mặt`
  return vote.method === 'secret-ballot' ? `trên ${n} phiếu hợp lệ` : `trên ${n} đơn vị có mặt`
}
