import type { Attendance, ClusterRules, Meeting, Vote } from '../model/entities'
import type { FieldIssue } from '../model/validation'
import { checkVoteFigures, isUncounted, ruleOfVote, tallyVote } from './votes'

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
 * The arithmetic of one vote under the rule it is taken by (its own copy, or the cluster's for its
 * purpose): see `checkVoteFigures` for what is refused. Each problem names the vote and the field.
 */
export function checkVote(
  vote: Vote,
  rules: ClusterRules,
  attendance: AttendanceSummary,
  index = 0
): FieldIssue[] {
  return checkVoteFigures(vote, ruleOfVote(vote, rules), attendance, index)
}

export interface OptionResult {
  label: string
  inFavour: number
  /** `66,67%` */
  percent: string
  /** `4/6 đơn vị thành viên, đạt 66,67%`: the share with its base */
  share: string
  passed: boolean
}

/**
 * Each option's share in favour, with its base, and whether it passed under the vote's rule: an
 * exact comparison of fractions, never of rounded percentages.
 */
export function voteResults(
  vote: Vote,
  rules: ClusterRules,
  attendance: AttendanceSummary
): OptionResult[] {
  const tally = tallyVote(vote, ruleOfVote(vote, rules), attendance)
  return tally.options.map((o) => ({
    label: o.label,
    inFavour: o.inFavour,
    percent: o.percent,
    share: o.shareWords,
    passed: o.passed
  }))
}

const METHOD_WORDS = {
  'show-of-hands': 'biểu quyết giơ tay',
  'secret-ballot': 'bỏ phiếu kín'
} as const

export function methodWords(vote: Pick<Vote, 'method'>): string {
  return METHOD_WORDS[vote.method]
}

/** "…", "....", "[ ]", "(...)", "___" and the generator's "[chưa ghi …]": text still to fill in. */
const PLACEHOLDER =
  /\[chưa (?:ghi|có)[^\]]*\]|\[\s*(?:…|\.{2,})?\s*\]|\(\s*(?:…|\.{2,})\s*\)|…|\.{3,}|_{3,}/gu

export interface PlaceholderHit {
  /** Line number, from 1. */
  line: number
  placeholder: string
  text: string
}

/** Every placeholder left in a text, with its line: such a text cannot be finalised. */
export function findPlaceholders(text: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = []
  text.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(PLACEHOLDER)) {
      hits.push({ line: i + 1, placeholder: match[0], text: line.trim() })
    }
  })
  return hits
}

/** A fact is blank when empty or only a placeholder ("…", "[ ]"). */
export function isBlankFact(value: string): boolean {
  return value.replace(PLACEHOLDER, '').replace(/[\s.,;:_-]/g, '') === ''
}

/**
 * A meeting belongs to its cluster year: it is held that year, or the year before (a pact signed
 * early) or after (a year-end review in January). A date further away is a typing slip — «2090»
 * for «2025» — that every document of the meeting would print.
 */
export function checkMeetingYear(date: string, year: number): FieldIssue[] {
  const held = Number(date.slice(0, 4))
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Math.abs(held - year) <= 1) return []
  return [
    {
      field: 'date',
      message: `Ngày họp: hội nghị của năm thi đua ${year} phải họp trong năm ${year - 1}, ${year} hoặc ${year + 1}, không phải năm ${held}.`
    }
  ]
}

/** A problem that blocks finalising; `line` points into the minutes text when it is there. */
export interface FinaliseIssue extends FieldIssue {
  line?: number
}

/**
 * The facts a finalised Biên bản must state (ND30 Mẫu 1.9): chair, secretary, start and end time,
 * place, who attended, and the result of every vote — counted, consistent under its rule and not
 * waiting for the secretary's review. Each problem names the field of the meeting form.
 */
export function checkMeetingBeforeFinalising(
  meeting: Pick<Meeting, 'chair' | 'secretary' | 'startTime' | 'endTime' | 'place' | 'date'>,
  attendance: AttendanceSummary,
  votes: Vote[],
  rules: ClusterRules
): FinaliseIssue[] {
  const issues: FinaliseIssue[] = []
  const need = (field: string, blank: boolean, message: string) => {
    if (blank) issues.push({ field, message })
  }
  need('date', isBlankFact(meeting.date), 'Ngày họp: chưa ghi.')
  need('startTime', isBlankFact(meeting.startTime), 'Giờ bắt đầu: chưa ghi.')
  need('endTime', isBlankFact(meeting.endTime), 'Giờ kết thúc: chưa ghi.')
  need('place', isBlankFact(meeting.place), 'Địa điểm: chưa ghi.')
  need('chair.name', isBlankFact(meeting.chair.name), 'Chủ trì: chưa ghi họ tên người chủ trì.')
  need(
    'secretary.name',
    isBlankFact(meeting.secretary.name),
    'Thư ký: chưa ghi họ tên người ghi biên bản.'
  )
  need('attendances', attendance.present === 0, 'Thành phần tham dự: chưa ghi đơn vị nào có mặt.')
  if (meeting.startTime && meeting.endTime && meeting.endTime <= meeting.startTime)
    issues.push({ field: 'endTime', message: 'Giờ kết thúc: phải sau giờ bắt đầu.' })
  votes.forEach((vote, i) => {
    const label = `Biểu quyết ${i + 1} (“${vote.subject}”)`
    if (vote.needsReview) {
      issues.push({
        field: `votes.${i}`,
        message: `${label}: số liệu cũ mâu thuẫn, thư ký cần xem lại rồi lưu hội nghị (${vote.needsReview.reason}).`
      })
    }
    if (vote.options.length === 0)
      issues.push({ field: `votes.${i}.options`, message: `${label}: chưa có phương án nào.` })
    vote.options.forEach((option, k) => {
      if (isUncounted(option))
        issues.push({
          field: `votes.${i}.options.${k}`,
          message: `${label}, phương án “${option.label}”: chưa ghi kết quả.`
        })
    })
    if (vote.method === 'secret-ballot' && vote.ballotsReturned === 0)
      issues.push({
        field: `votes.${i}.ballotsReturned`,
        message: `${label}: chưa ghi số phiếu thu vào.`
      })
    issues.push(...checkVote(vote, rules, attendance, i))
  })
  return issues
}
