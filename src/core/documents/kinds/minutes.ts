import type {
  Attendance,
  Cluster,
  ClusterRules,
  ClusterYear,
  Guest,
  Meeting,
  Remark,
  Vote
} from '../../model/entities'
import {
  checkMeetingBeforeFinalising,
  checkVote,
  findPlaceholders,
  isBlankFact,
  methodWords,
  summarizeAttendance,
  type AttendanceSummary,
  type FinaliseIssue
} from '../../rules/meetings'
import {
  isUncounted,
  ruleOfVote,
  tallyVote,
  thresholdFraction,
  thresholdWords,
  type VoteTally
} from '../../rules/votes'
import type { FieldIssue } from '../../model/validation'
import {
  countWithWords,
  dateWords,
  parseIsoDate,
  timeWords,
  weekdayWords
} from '../../text/vietnamese'
import type { Block, DocumentModel, TableBlock } from '../model'
import { closeWithFullStop, outlineToParagraphs } from '../outline'
import type { FormatProfile } from '../profile'
import { clusterHeader, defaultClusterSigner, defaultRecipients, type IssuedNumber } from './common'

/** Everything recorded about a meeting, with unit names as they were that year. */
export interface MeetingFacts {
  cluster: Cluster
  rules: ClusterRules
  year: ClusterYear
  meeting: Meeting
  /** unit id → name as recorded for the year (falls back to the current name). */
  unitNames: Record<string, string>
  attendances: Attendance[]
  guests: Guest[]
  remarks: Remark[]
  votes: Vote[]
}

export const MEETING_TYPE_LABELS: Record<Meeting['type'], string> = {
  'pact-signing': 'Ký kết giao ước thi đua',
  'mid-year-review': 'Sơ kết 6 tháng',
  'year-end-review': 'Tổng kết và bình xét thi đua',
  regular: 'Họp định kỳ',
  other: 'Khác'
}

/** The marker a minutes body uses where vote `n` (from 1) prints its result table. */
export const voteTableMarker = (n: number) => `[Bảng kết quả biểu quyết ${n}]`
const MARKER = /^\[Bảng kết quả biểu quyết (\d+)\]$/

const person = (name: string, position: string) =>
  [name ? `đồng chí ${name}` : '', position].filter(Boolean).join(', ')

/** "Vào hồi 14 giờ 00 phút, thứ Năm, ngày 06 tháng 02 năm 2020" (or without the hour). */
export function meetingTimeWords(meeting: Meeting): string {
  const date = parseIsoDate(meeting.date)
  const day = date ? `${weekdayWords(date)}, ${dateWords(date)}` : ''
  const time = timeWords(meeting.startTime)
  const part = meeting.timeOfDay && !time ? `${meeting.timeOfDay} ` : ''
  return time
    ? `Vào hồi ${time}, ${day}`
    : `${part ? part.charAt(0).toLocaleUpperCase('vi') + part.slice(1) : 'Vào '}${day}`
}

/**
 * The visible mark the generator leaves where a required fact is missing. Minutes still holding
 * one cannot be finalised (`findPlaceholders` finds it), so a blank is never printed silently as
 * "…" in a signed document, and the draft shows the secretary exactly what to fill in.
 */
export const missing = (what: string) => `[chưa ghi ${what}]`

/** The time line of minutes: the start hour is required, so its absence is marked. */
function minutesTimeWords(meeting: Meeting): string {
  if (timeWords(meeting.startTime)) return meetingTimeWords(meeting)
  const date = parseIsoDate(meeting.date)
  const day = date ? `${weekdayWords(date)}, ${dateWords(date)}` : missing('ngày họp')
  return `Vào hồi ${missing('giờ bắt đầu')}, ${meeting.timeOfDay ? `${meeting.timeOfDay} ` : ''}${day}`
}

/**
 * The minutes body generated from the recorded facts, as outline text the secretary may edit
 * before finalising (ND30 Mẫu 1.9 order: time and place, attendance, chair and secretary,
 * proceedings, votes, conclusion, closing). Vote tables appear where their markers stand. A
 * required fact not recorded yet is written as a visible `[chưa ghi …]`, which blocks finalising.
 */
export function generateMinutesBody(facts: MeetingFacts): string {
  const { meeting, year, unitNames } = facts
  const summary = summarizeAttendance(year.memberUnitIds, facts.attendances)
  const lines: string[] = []
  lines.push('# Thời gian, địa điểm')
  lines.push(`- Thời gian: ${minutesTimeWords(meeting)}.`)
  lines.push(`- Địa điểm: ${meeting.place || missing('địa điểm')}.`)
  lines.push('# Thành phần tham dự')
  if (facts.guests.length > 0) {
    lines.push('## Đại biểu cấp trên và khách mời:')
    for (const guest of facts.guests)
      lines.push(`- ${capitalize(person(guest.name, guest.title))}.`)
  }
  lines.push('## Đại biểu các đơn vị trong Cụm:')
  const byUnit = new Map(facts.attendances.map((a) => [a.unitId, a]))
  for (const unitId of year.memberUnitIds) {
    const row = byUnit.get(unitId)
    if (!row || row.status !== 'present') continue
    const reps = row.representatives.map((r) => person(r.name, r.position)).join('; ')
    lines.push(`- ${unitNames[unitId] ?? unitId}${reps ? `: ${reps}` : ''}.`)
  }
  lines.push(attendanceLine(summary))
  const absent = year.memberUnitIds
    .map((id) => byUnit.get(id) ?? null)
    .filter((row): row is Attendance => row !== null && row.status !== 'present')
  for (const row of absent) {
    lines.push(
      `- Vắng mặt ${row.status === 'absent-excused' ? 'có lý do' : 'không có lý do'}: ${unitNames[row.unitId] ?? row.unitId}${row.reason ? ` (${row.reason})` : ''}.`
    )
  }
  lines.push(
    `- Chủ trì: ${meeting.chair.name ? capitalize(person(meeting.chair.name, meeting.chair.position)) : missing('người chủ trì')}.`
  )
  lines.push(
    `- Thư ký: ${meeting.secretary.name ? capitalize(person(meeting.secretary.name, meeting.secretary.position)) : missing('thư ký')}.`
  )
  lines.push('# Nội dung')
  if (meeting.agenda.length > 0) {
    lines.push('## Chương trình hội nghị:')
    for (const item of meeting.agenda) lines.push(`- ${item}`)
  }
  if (facts.remarks.length > 0) {
    lines.push('## Ý kiến phát biểu:')
    for (const remark of [...facts.remarks].sort((a, b) => a.order - b.order)) {
      const unit = remark.unitId ? unitNames[remark.unitId] : ''
      const who = capitalize(
        [person(remark.speakerName, remark.speakerPosition), unit].filter(Boolean).join(', ')
      )
      lines.push(`- ${who}: ${remark.summary.replace(/\n+/g, ' ')}`)
    }
  }
  facts.votes.forEach((vote, i) => {
    lines.push(`## Biểu quyết: ${vote.subject}`)
    lines.push(`- ${voteLine(vote, voteTallyOf(vote, facts))}`)
    lines.push(voteTableMarker(i + 1))
  })
  if (meeting.conclusion) {
    lines.push('## Kết luận của chủ trì:')
    lines.push(...meeting.conclusion.split('\n').filter((l) => l.trim() !== ''))
  }
  if (meeting.decisions.length > 0) {
    lines.push('# Kết quả')
    for (const decision of meeting.decisions) lines.push(`- ${decision}`)
  }
  const end = timeWords(meeting.endTime)
  lines.push(`Hội nghị kết thúc vào hồi ${end || missing('giờ kết thúc')} cùng ngày.`)
  lines.push(`Biên bản được lập thành ${countWithWords(2)} bản có giá trị như nhau.`)
  return lines.join('\n')
}

function capitalize(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) : text
}

function attendanceLine(summary: AttendanceSummary): string {
  const delegates = summary.representatives > 0 ? ` (${summary.representatives} đại biểu)` : ''
  return `- Có mặt: ${summary.present}/${summary.members} đơn vị${delegates}; vắng mặt: ${summary.absentExcused} đơn vị có lý do, ${summary.absentUnexcused} đơn vị không có lý do.`
}

/** A vote's counts, base and verdicts under the rule it was taken by. */
export function voteTallyOf(
  vote: Vote,
  facts: Pick<MeetingFacts, 'rules' | 'year' | 'attendances'>
): VoteTally {
  const summary = summarizeAttendance(facts.year.memberUnitIds, facts.attendances)
  return tallyVote(vote, ruleOfVote(vote, facts.rules), summary)
}

/** "điều kiện đạt: quá 1/2 tổng số đơn vị thành viên (ít nhất 4/6), căn cứ …" */
function conditionWords(tally: VoteTally): string {
  const { rule } = tally
  const needed = tally.needed <= tally.base ? ` (ít nhất ${tally.needed}/${tally.base})` : ''
  return `điều kiện đạt: ${thresholdWords(rule)} ${tally.basePhrase}${needed}${rule.basis ? `, căn cứ ${rule.basis.replace(/[.;]+$/, '')}` : ''}`
}

/**
 * The line under a vote's heading: method, who votes and how many were there, the ballots, the
 * base of the shares and the condition to pass — everything a reader needs to check the table.
 */
function voteLine(vote: Vote, tally: VoteTally): string {
  const unit = tally.rule.electorBasis === 'unit'
  const who = unit ? 'đơn vị' : 'đại biểu'
  const voice = vote.method === 'secret-ballot' ? 'phiếu' : 'ý kiến'
  const parts = [
    `Hình thức ${methodWords(vote)}, mỗi ${unit ? 'đơn vị thành viên' : 'đại biểu'} một ${voice}`,
    `số ${unit ? 'đơn vị thành viên' : 'đại biểu có quyền biểu quyết'}: ${tally.electorate}`,
    `có mặt: ${tally.present}`
  ]
  if (vote.method === 'secret-ballot') {
    parts.push(
      `số phiếu phát ra: ${vote.ballotsIssued}`,
      `số phiếu thu vào: ${vote.ballotsReturned}`,
      `hợp lệ: ${vote.ballotsValid}`,
      `không hợp lệ: ${vote.ballotsInvalid}`
    )
  }
  if (vote.writtenOpinions > 0)
    parts.push(`phiếu lấy ý kiến bằng văn bản của ${who} vắng mặt: ${vote.writtenOpinions}`)
  parts.push(`tỷ lệ tính ${tally.baseWords}`, conditionWords(tally))
  return `${parts.join('; ')}.`
}

/**
 * The result table of a vote: each option, for, against, abstaining, the share with its base in
 * every cell ("4/6 (66,67%)") and the base named in the header, passed or not.
 */
export function voteTable(
  vote: Vote,
  facts: Pick<MeetingFacts, 'rules' | 'year' | 'attendances'>
): TableBlock {
  const tally = voteTallyOf(vote, facts)
  return {
    kind: 'table',
    columns: [
      { header: 'STT', widthPercent: 7, align: 'center' },
      { header: 'Nội dung biểu quyết', widthPercent: 30, align: 'left' },
      { header: 'Đồng ý', widthPercent: 11, align: 'right' },
      { header: 'Không đồng ý', widthPercent: 11, align: 'right' },
      {
        header: vote.method === 'secret-ballot' ? 'Phiếu để trống' : 'Không biểu quyết',
        widthPercent: 11,
        align: 'right'
      },
      {
        header: `Tỷ lệ đồng ý ${tally.baseWords}`,
        widthPercent: 18,
        align: 'right'
      },
      { header: 'Kết quả', widthPercent: 12, align: 'center' }
    ],
    rows: tally.options.map((option, i) => [
      String(i + 1),
      option.label,
      String(option.inFavour),
      String(option.against),
      String(option.abstain),
      option.percent ? `${option.fraction} (${option.percent})` : option.fraction,
      option.passed ? 'Đạt' : 'Không đạt'
    ])
  }
}

const fold = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\s.,;:]+/g, ' ')
    .trim()

/** The text after `label:` on the first line that has it (list dash allowed), or null. */
function lineValue(lines: string[], label: string): { value: string; index: number } | null {
  const re = new RegExp(`^\\s*(?:-\\s*)?${label}:\\s*(.*?)\\s*$`, 'u')
  for (const [index, line] of lines.entries()) {
    const match = re.exec(line)
    if (match) return { value: match[1]!.replace(/\.$/, ''), index }
  }
  return null
}

const hourMinute = (h: string, m: string | undefined) =>
  `${h.padStart(2, '0')}:${(m ?? '0').padStart(2, '0')}`

/**
 * Checks the minutes text the secretary edited against the recorded facts: attendance, date,
 * weekday and hours, place, chair and secretary (whose names are printed under the signatures),
 * guests, and each vote's wording, method, ballots, base, condition and percentages, and that every
 * vote still has its table. Each warning names the field of the record it contradicts; an empty
 * list means nothing contradicts the record.
 */
export function findContradictionIssues(body: string, facts: MeetingFacts): FieldIssue[] {
  const issues: FieldIssue[] = []
  const warn = (field: string, message: string) => issues.push({ field, message })
  const { meeting } = facts
  const summary = summarizeAttendance(facts.year.memberUnitIds, facts.attendances)
  const lines = body.split('\n')
  const present = /Có mặt:\s*(\d+)\s*\/\s*(\d+)/.exec(body)
  if (
    present &&
    (Number(present[1]) !== summary.present || Number(present[2]) !== summary.members)
  ) {
    warn(
      'attendances',
      `Biên bản ghi “Có mặt: ${present[1]}/${present[2]}” nhưng danh sách dự họp là ${summary.present}/${summary.members} đơn vị.`
    )
  }
  const reps = /\((\d+) đại biểu\)/.exec(body)
  if (reps && Number(reps[1]) !== summary.representatives) {
    warn(
      'attendances',
      `Biên bản ghi ${reps[1]} đại biểu nhưng danh sách dự họp có ${summary.representatives} đại biểu.`
    )
  }
  checkTimeAndPlace(lines, body, meeting, warn)
  checkPeople(lines, body, facts, warn)
  facts.votes.forEach((vote, i) => checkVoteText(lines, vote, i, facts, warn))
  return issues
}

/** The warnings of `findContradictionIssues`, as sentences. */
export function findContradictions(body: string, facts: MeetingFacts): string[] {
  return findContradictionIssues(body, facts).map((issue) => issue.message)
}

type Warn = (field: string, message: string) => void

/** An hour written in the text (`hồi 8 giờ 30 phút`) against the one recorded. */
function checkHour(
  match: RegExpExecArray,
  recorded: string,
  field: 'startTime' | 'endTime',
  words: 'bắt đầu' | 'kết thúc',
  warn: Warn
) {
  if (hourMinute(match[1]!, match[2]) === recorded) return
  const written = `${match[1]} giờ${match[2] ? ` ${match[2]} phút` : ''}`
  warn(
    field,
    recorded
      ? `Biên bản ghi ${words} “${written}” nhưng giờ ${words} đã nhập là ${timeWords(recorded)}.`
      : `Biên bản ghi ${words} “${written}” nhưng chưa nhập giờ ${words}.`
  )
}

function checkTimeAndPlace(lines: string[], body: string, meeting: Meeting, warn: Warn) {
  const time = lineValue(lines, 'Thời gian')
  const date = parseIsoDate(meeting.date)
  if (time && date) {
    const written = /ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/.exec(time.value)
    if (
      written &&
      (Number(written[1]) !== date.day ||
        Number(written[2]) !== date.month ||
        Number(written[3]) !== date.year)
    ) {
      warn(
        'date',
        `Biên bản ghi “ngày ${written[1]} tháng ${written[2]} năm ${written[3]}” nhưng ngày họp đã nhập là ${dateWords(date)}.`
      )
    }
    const weekday = /(thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật)/iu.exec(time.value)
    if (weekday && fold(weekday[1]!) !== fold(weekdayWords(date))) {
      warn(
        'date',
        `Biên bản ghi “${weekday[1]}” nhưng ngày họp (${dateWords(date)}) là ${weekdayWords(date)}.`
      )
    }
    const hour = /hồi (\d{1,2}) giờ(?: (\d{1,2}) phút)?/.exec(time.value)
    if (hour) checkHour(hour, meeting.startTime, 'startTime', 'bắt đầu', warn)
  }
  const end = /kết thúc vào hồi (\d{1,2}) giờ(?: (\d{1,2}) phút)?/.exec(body)
  if (end) checkHour(end, meeting.endTime, 'endTime', 'kết thúc', warn)
  const place = lineValue(lines, 'Địa điểm')
  if (place && !isBlankFact(place.value) && fold(place.value) !== fold(meeting.place)) {
    warn(
      'place',
      meeting.place
        ? `Biên bản ghi địa điểm “${place.value}” nhưng địa điểm đã nhập là “${meeting.place}”.`
        : `Biên bản ghi địa điểm “${place.value}” nhưng chưa nhập địa điểm.`
    )
  }
}

function checkPeople(lines: string[], body: string, facts: MeetingFacts, warn: Warn) {
  const roles: Array<['Chủ trì' | 'Thư ký', 'chair' | 'secretary', string]> = [
    ['Chủ trì', 'chair', 'người chủ trì'],
    ['Thư ký', 'secretary', 'thư ký']
  ]
  for (const [label, key, words] of roles) {
    const line = lineValue(lines, label)
    const name = facts.meeting[key].name
    if (!line || isBlankFact(line.value)) continue
    if (name && !fold(line.value).includes(fold(name))) {
      warn(
        `${key}.name`,
        `Biên bản ghi ${words} là “${line.value}” nhưng số liệu hội nghị ghi “${name}” (tên in dưới chữ ký).`
      )
    } else if (!name) {
      warn(
        `${key}.name`,
        `Biên bản ghi ${words} là “${line.value}” nhưng chưa nhập họ tên ${words}, nên chữ ký sẽ không có tên.`
      )
    }
  }
  const text = fold(body)
  facts.guests.forEach((guest, i) => {
    if (guest.name && !text.includes(fold(guest.name))) {
      warn(
        `guests.${i}`,
        `Khách mời “${guest.name}” có trong danh sách nhưng biên bản không nhắc đến.`
      )
    }
  })
}

const BALLOT_FIGURES: Array<
  [string, 'ballotsIssued' | 'ballotsReturned' | 'ballotsValid' | 'ballotsInvalid']
> = [
  ['số phiếu phát ra', 'ballotsIssued'],
  ['số phiếu thu vào', 'ballotsReturned'],
  ['hợp lệ', 'ballotsValid'],
  ['không hợp lệ', 'ballotsInvalid']
]

function checkVoteText(lines: string[], vote: Vote, i: number, facts: MeetingFacts, warn: Warn) {
  const field = (name: string) => `votes.${i}${name ? `.${name}` : ''}`
  if (!lines.some((l) => l.trim() === voteTableMarker(i + 1))) {
    warn(
      field(''),
      `Biên bản không còn dòng “${voteTableMarker(i + 1)}”: bảng kết quả của “${vote.subject}” sẽ không được in.`
    )
  }
  // The vote's section starts at its heading (`## Biểu quyết: …`), not at any line that happens
  // to repeat its subject (the decisions often do).
  const at = lines.findIndex((l) => /^\s*#/.test(l) && l.includes(vote.subject))
  if (at < 0) {
    warn(field('subject'), `Biên bản không còn mục “Biểu quyết: ${vote.subject}”.`)
    return
  }
  const next = lines.findIndex((l, k) => k > at && /^\s*#/.test(l))
  const section = lines.slice(at, next < 0 ? undefined : next).join(' ')
  const tally = voteTallyOf(vote, facts)
  const secret = vote.method === 'secret-ballot'
  if (secret ? /giơ tay/i.test(section) : /bỏ phiếu kín/i.test(section)) {
    warn(
      field('method'),
      `“${vote.subject}”: biên bản ghi ${secret ? 'biểu quyết giơ tay' : 'bỏ phiếu kín'} nhưng hình thức đã nhập là ${methodWords(vote)}.`
    )
  }
  const figure = (words: string) =>
    new RegExp(`(?:^|[;,.]\\s*|\\s)${words}:\\s*(\\d+)`, 'iu').exec(section)
  if (secret) {
    for (const [words, key] of BALLOT_FIGURES) {
      const match = figure(words)
      if (match && Number(match[1]) !== vote[key]) {
        warn(
          field(key),
          `“${vote.subject}”: biên bản ghi ${words} ${match[1]} nhưng số liệu đã nhập là ${vote[key]}.`
        )
      }
    }
  }
  const present = figure('có mặt')
  if (present && Number(present[1]) !== tally.present) {
    warn(
      field('present'),
      `“${vote.subject}”: biên bản ghi có mặt ${present[1]} nhưng số liệu đã nhập là ${tally.present}.`
    )
  }
  const base = /tỷ lệ tính trên (?:tổng số )?(\d+)/iu.exec(section)
  if (base && Number(base[1]) !== tally.base) {
    warn(
      field('rule'),
      `“${vote.subject}”: biên bản ghi tỷ lệ tính trên ${base[1]} nhưng theo quy định của lần biểu quyết này, tỷ lệ tính ${tally.baseWords}.`
    )
  }
  const condition = /điều kiện đạt:\s*([^;(]*)/iu.exec(section)
  if (condition && !fold(condition[1]!).startsWith(fold(thresholdWords(tally.rule)))) {
    warn(
      field('rule'),
      `“${vote.subject}”: biên bản ghi điều kiện đạt “${condition[1]!.trim()}” nhưng quy định của lần biểu quyết này là “${thresholdWords(tally.rule)}”.`
    )
  }
  const allowed = new Set(
    [
      ...tally.options.map((o) => o.percent),
      ...(thresholdFraction(tally.rule).endsWith('%') ? [thresholdFraction(tally.rule)] : [])
    ].map(hundredths)
  )
  for (const match of section.matchAll(/(\d{1,3}(?:,\d{1,2})?)\s?%/gu)) {
    const written = `${match[1]}%`
    if (!allowed.has(hundredths(written))) {
      warn(
        field('options'),
        `“${vote.subject}”: biên bản ghi tỷ lệ ${written} nhưng không phương án nào có tỷ lệ đó (${tally.options.map((o) => `${o.label}: ${o.shareWords}`).join('; ') || 'chưa có phương án'}).`
      )
    }
  }
}

/** `66,67%` → 6667, `80%` → 8000: percentages compared as written, without float error. */
function hundredths(percent: string): number {
  const [whole, decimals = ''] = percent.replace('%', '').split(',')
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0').slice(0, 2))
}

/**
 * Whether the text in the editor differs from what "Tạo lại từ số liệu" would write, and the
 * lines that would be lost and gained, so the screen can ask before replacing edited text.
 * Blank lines and spaces at line ends do not count as differences.
 */
export function compareWithGenerated(
  text: string,
  facts: MeetingFacts
): { differs: boolean; lostLines: string[]; newLines: string[] } {
  const clean = (t: string) =>
    t
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
  const current = clean(text)
  const generated = clean(generateMinutesBody(facts))
  const minus = (a: string[], b: string[]) => {
    const left = new Map<string, number>()
    for (const l of b) left.set(l, (left.get(l) ?? 0) + 1)
    return a.filter((l) => {
      const n = left.get(l) ?? 0
      if (n > 0) left.set(l, n - 1)
      return n === 0
    })
  }
  const lostLines = minus(current, generated)
  const newLines = minus(generated, current)
  const differs =
    current.length !== generated.length || current.some((line, k) => line !== generated[k])
  return { differs, lostLines, newLines }
}

/**
 * What keeps minutes from being finalised (and numbered): a required fact of the meeting blank,
 * a vote not counted or inconsistent, or a placeholder ("…", "[ ]", "[chưa ghi …]") left in the
 * text. Each problem names the form field, or the line of the text, to take the secretary there.
 */
export function checkMinutesBeforeFinalising(facts: MeetingFacts, body: string): FinaliseIssue[] {
  const summary = summarizeAttendance(facts.year.memberUnitIds, facts.attendances)
  const issues = checkMeetingBeforeFinalising(facts.meeting, summary, facts.votes, facts.rules)
  issues.push(...placeholderIssues(body, 'Nội dung biên bản'))
  return issues
}

/** One issue per placeholder left in a text, with its line. */
export function placeholderIssues(text: string, label: string, field = 'body'): FinaliseIssue[] {
  return findPlaceholders(text).map((hit) => ({
    field,
    line: hit.line,
    message: `${label}, dòng ${hit.line}: còn chỗ “${hit.placeholder}” chưa điền (“${excerpt(hit.text)}”).`
  }))
}

const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text)

/**
 * What keeps the Biên bản kiểm phiếu of a vote from being numbered: it must be a secret ballot
 * whose ballots were counted and add up, held at a recorded time and place.
 */
export function checkTallyBeforeNumbering(facts: MeetingFacts, vote: Vote): FinaliseIssue[] {
  const index = Math.max(
    0,
    facts.votes.findIndex((v) => v.id === vote.id)
  )
  const label = `Biểu quyết ${index + 1} (“${vote.subject}”)`
  const issues: FinaliseIssue[] = []
  if (vote.method !== 'secret-ballot')
    issues.push({
      field: `votes.${index}.method`,
      message: `${label}: biên bản kiểm phiếu chỉ lập cho lần bỏ phiếu kín.`
    })
  if (isBlankFact(facts.meeting.startTime))
    issues.push({ field: 'startTime', message: 'Giờ bắt đầu: chưa ghi.' })
  if (isBlankFact(facts.meeting.place))
    issues.push({ field: 'place', message: 'Địa điểm: chưa ghi.' })
  if (vote.ballotsReturned === 0)
    issues.push({
      field: `votes.${index}.ballotsReturned`,
      message: `${label}: chưa ghi số phiếu thu vào.`
    })
  if (vote.options.length === 0 || vote.options.some(isUncounted))
    issues.push({
      field: `votes.${index}.options`,
      message: `${label}: chưa ghi đủ kết quả của các phương án.`
    })
  if (vote.needsReview)
    issues.push({
      field: `votes.${index}`,
      message: `${label}: số liệu cũ mâu thuẫn, thư ký cần xem lại (${vote.needsReview.reason}).`
    })
  const summary = summarizeAttendance(facts.year.memberUnitIds, facts.attendances)
  issues.push(...checkVote(vote, facts.rules, summary, index))
  return issues
}

/** Joins outline numbering across the marker splits: the numbering must run on through tables. */
function numberedBody(body: string, facts: MeetingFacts): Block[] {
  const all = closeWithFullStop(
    outlineToParagraphs(
      body
        .split('\n')
        .filter((l) => !MARKER.test(l.trim()))
        .join('\n')
    )
  )
  const out: Block[] = []
  let k = 0
  for (const line of body.split('\n')) {
    const marker = MARKER.exec(line.trim())
    if (marker) {
      const vote = facts.votes[Number(marker[1]) - 1]
      if (vote) out.push(voteTable(vote, facts))
      continue
    }
    if (line.trim() === '') continue
    const next = all[k++]
    if (next) out.push(next)
  }
  return out
}

/**
 * The minutes (Biên bản) as a document model: ND30 Mẫu 1.9 — the header has the number but no
 * place and date line; BIÊN BẢN and the meeting name; the body; THƯ KÝ on the left and the chair
 * (CHỦ TRÌ or CHỦ TỌA, per the profile) on the right; Nơi nhận under the secretary.
 */
export function buildMinutesDocument(
  facts: MeetingFacts,
  body: string,
  issued: IssuedNumber | null,
  profile: FormatProfile
): DocumentModel {
  const blocks: Block[] = [
    clusterHeader(facts.cluster, {
      typeCode: 'BB',
      issued,
      issuedOn: facts.meeting.date,
      year: facts.year.year,
      withDate: false
    }),
    { kind: 'title', typeName: 'BIÊN BẢN', summaryLines: [facts.meeting.title] },
    ...numberedBody(body, facts),
    {
      kind: 'signature',
      layout: 'pair',
      signers: [
        { titleLines: ['THƯ KÝ'], name: facts.meeting.secretary.name },
        { titleLines: [profile.chairLabel], name: facts.meeting.chair.name }
      ],
      recipients: ['Các đơn vị trong Cụm', 'Lưu: VT, Hồ sơ']
    }
  ]
  return {
    title: `Biên bản ${facts.meeting.title}`,
    profile,
    sections: [{ orientation: 'portrait', restartNumbering: false, blocks }]
  }
}

/**
 * The vote-count record (Biên bản kiểm phiếu) of one secret ballot (year-end.md §B.5): time and
 * place, who may vote and who came, the ballots, the base and condition, the result table with
 * the base beside every share, and the options that passed, most votes first.
 */
export function buildTallyDocument(
  facts: MeetingFacts,
  vote: Vote,
  issued: IssuedNumber | null,
  profile: FormatProfile
): DocumentModel {
  const { meeting } = facts
  const tally = voteTallyOf(vote, facts)
  const unit = tally.rule.electorBasis === 'unit'
  const who = unit ? 'đơn vị' : 'đại biểu'
  const passed = tally.options
    .filter((o) => o.passed)
    .sort((a, b) => b.inFavour - a.inFavour || a.label.localeCompare(b.label, 'vi'))
  const lines = [
    `${meetingTimeWords(meeting)}, tại ${meeting.place || missing('địa điểm')}, Ban Kiểm phiếu tiến hành kiểm phiếu ${vote.subject.charAt(0).toLocaleLowerCase('vi') + vote.subject.slice(1)} tại ${meeting.title}.`,
    '# Thành phần',
    `- Tổng số ${unit ? 'đơn vị thành viên' : 'đại biểu có quyền bỏ phiếu'}: ${tally.electorate}; có mặt: ${tally.present}; vắng mặt: ${Math.max(0, tally.electorate - tally.present)}.`,
    '# Kết quả kiểm phiếu',
    `- Số phiếu phát ra: ${vote.ballotsIssued};`,
    `- Số phiếu thu vào: ${vote.ballotsReturned};`,
    `- Số phiếu hợp lệ: ${vote.ballotsValid};`,
    `- Số phiếu không hợp lệ: ${vote.ballotsInvalid}${vote.writtenOpinions > 0 ? ';' : '.'}`,
    ...(vote.writtenOpinions > 0
      ? [`- Số phiếu lấy ý kiến bằng văn bản của ${who} vắng mặt: ${vote.writtenOpinions}.`]
      : []),
    `Tỷ lệ đồng ý tính ${tally.baseWords}; ${conditionWords(tally)}.`,
    voteTableMarker(1),
    '# Kết luận',
    ...(passed.length
      ? passed.map((o) => `- ${o.label}: ${o.shareWords}.`)
      : ['Không có phương án nào đạt tỷ lệ quy định.']),
    `Biên bản kiểm phiếu được lập thành ${countWithWords(2)} bản và công bố trước hội nghị.`
  ]
  const single = { ...facts, votes: [vote] }
  const blocks: Block[] = [
    clusterHeader(facts.cluster, {
      typeCode: 'BB',
      issued,
      issuedOn: issued?.issuedOn || meeting.date,
      year: facts.year.year,
      withDate: false
    }),
    { kind: 'title', typeName: 'BIÊN BẢN KIỂM PHIẾU', summaryLines: [vote.subject] },
    ...numberedBody(lines.join('\n'), single),
    {
      kind: 'signature',
      layout: 'pair',
      signers: [
        { titleLines: ['THÀNH VIÊN BAN KIỂM PHIẾU'], name: '' },
        { titleLines: ['TRƯỞNG BAN KIỂM PHIẾU'], name: '' }
      ],
      recipients: []
    }
  ]
  return {
    title: `Biên bản kiểm phiếu ${vote.subject}`,
    profile,
    sections: [{ orientation: 'portrait', restartNumbering: false, blocks }]
  }
}

/** The invitation (Giấy mời) to a planned meeting, to the member units of the year. */
export function buildInvitationDocument(
  facts: MeetingFacts,
  issuedOn: string,
  issued: IssuedNumber | null,
  profile: FormatProfile
): DocumentModel {
  const { meeting, cluster, year } = facts
  // The register's date is the invitation's own date once numbered: a re-export keeps it.
  const dated = issued?.issuedOn || issuedOn
  const invitees = year.memberUnitIds.map((id) => `Ban Thường trực ${facts.unitNames[id] ?? id}`)
  const agenda = meeting.agenda.length ? meeting.agenda.map((a) => `- ${a}`) : []
  const body = [
    `${cluster.name} trân trọng kính mời đại diện lãnh đạo các đơn vị tới dự ${meeting.title}.`,
    `- Thời gian: ${meetingTimeWords(meeting)}.`,
    ...(meeting.place ? [`- Địa điểm: ${meeting.place}.`] : []),
    ...(agenda.length ? ['- Nội dung:', ...agenda.map((a) => a.replace(/^- /, '+ '))] : []),
    'Rất mong các đồng chí tham dự đầy đủ, đúng giờ.'
  ].join('\n')
  const blocks: Block[] = [
    clusterHeader(cluster, {
      typeCode: 'GM',
      issued,
      issuedOn: dated,
      year: year.year,
      withDate: true
    }),
    { kind: 'title', typeName: 'GIẤY MỜI', summaryLines: [] },
    { kind: 'addressees', recipients: invitees },
    ...closeWithFullStop(outlineToParagraphs(body)),
    {
      kind: 'signature',
      layout: 'single',
      signers: [defaultClusterSigner(cluster)],
      recipients: ['Như trên', ...defaultRecipients(cluster).slice(0, -1), 'Lưu: VT']
    }
  ]
  return {
    title: `Giấy mời ${meeting.title}`,
    profile,
    sections: [{ orientation: 'portrait', restartNumbering: false, blocks }]
  }
}
