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
  denominatorWords,
  methodWords,
  summarizeAttendance,
  voteDenominator,
  voteResults,
  type AttendanceSummary
} from '../../rules/meetings'
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
 * The minutes body generated from the recorded facts, as outline text the secretary may edit
 * before finalising (ND30 Mẫu 1.9 order: time and place, attendance, chair and secretary,
 * proceedings, votes, conclusion, closing). Vote tables appear where their markers stand.
 */
export function generateMinutesBody(facts: MeetingFacts): string {
  const { meeting, year, unitNames } = facts
  const summary = summarizeAttendance(year.memberUnitIds, facts.attendances)
  const lines: string[] = []
  lines.push('# Thời gian, địa điểm')
  lines.push(`- Thời gian: ${meetingTimeWords(meeting)}.`)
  if (meeting.place) lines.push(`- Địa điểm: ${meeting.place}.`)
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
  lines.push(`- Chủ trì: ${capitalize(person(meeting.chair.name, meeting.chair.position)) || '…'}.`)
  lines.push(
    `- Thư ký: ${capitalize(person(meeting.secretary.name, meeting.secretary.position)) || '…'}.`
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
    lines.push(`- ${voteLine(vote, facts, summary)}`)
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
  lines.push(`Hội nghị kết thúc vào ${end ? `hồi ${end}` : '…'} cùng ngày.`)
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

function voteLine(
  vote: Vote,
  facts: Pick<MeetingFacts, 'rules'>,
  summary: AttendanceSummary
): string {
  const share = `tỷ lệ tính ${denominatorWords(facts.rules, vote, voteDenominator(vote, facts.rules, summary))}`
  if (vote.method === 'secret-ballot') {
    return `Hình thức ${methodWords(vote)}; số người có quyền bỏ phiếu: ${vote.electors}; số phiếu phát ra: ${vote.ballotsIssued}; số phiếu thu vào: ${vote.ballotsReturned}; hợp lệ: ${vote.ballotsValid}; không hợp lệ: ${vote.ballotsInvalid}; ${share}.`
  }
  return `Hình thức ${methodWords(vote)}; số đơn vị có mặt: ${summary.present}/${summary.members}; ${share}.`
}

/** The result table of a vote: each option, votes in favour, share, passed or not. */
export function voteTable(
  vote: Vote,
  facts: Pick<MeetingFacts, 'rules' | 'year' | 'attendances'>
): TableBlock {
  const summary = summarizeAttendance(facts.year.memberUnitIds, facts.attendances)
  const results = voteResults(vote, facts.rules, summary)
  return {
    kind: 'table',
    columns: [
      { header: 'STT', widthPercent: 8, align: 'center' },
      { header: 'Nội dung biểu quyết', widthPercent: 42, align: 'left' },
      { header: 'Đồng ý', widthPercent: 12, align: 'right' },
      { header: 'Không đồng ý', widthPercent: 13, align: 'right' },
      { header: 'Tỷ lệ đồng ý', widthPercent: 13, align: 'right' },
      { header: 'Kết quả', widthPercent: 12, align: 'center' }
    ],
    rows: vote.options.map((option, i) => [
      String(i + 1),
      option.label,
      String(option.inFavour),
      String(option.against),
      results[i]!.percent,
      results[i]!.passed ? 'Đạt' : 'Không đạt'
    ])
  }
}

/**
 * Checks the minutes text the secretary edited against the recorded facts: the attendance count,
 * each vote's ballot figures, and that every vote still has its table. Returns warnings to show
 * before export; an empty list means nothing contradicts the record.
 */
export function findContradictions(body: string, facts: MeetingFacts): string[] {
  const warnings: string[] = []
  const summary = summarizeAttendance(facts.year.memberUnitIds, facts.attendances)
  const present = /Có mặt:\s*(\d+)\s*\/\s*(\d+)/.exec(body)
  if (
    present &&
    (Number(present[1]) !== summary.present || Number(present[2]) !== summary.members)
  ) {
    warnings.push(
      `Biên bản ghi “Có mặt: ${present[1]}/${present[2]}” nhưng danh sách dự họp là ${summary.present}/${summary.members} đơn vị.`
    )
  }
  const reps = /\((\d+) đại biểu\)/.exec(body)
  if (reps && Number(reps[1]) !== summary.representatives) {
    warnings.push(
      `Biên bản ghi ${reps[1]} đại biểu nhưng danh sách dự họp có ${summary.representatives} đại biểu.`
    )
  }
  const figures: Array<[string, keyof Vote]> = [
    ['số phiếu phát ra', 'ballotsIssued'],
    ['số phiếu thu vào', 'ballotsReturned'],
    ['hợp lệ', 'ballotsValid'],
    ['không hợp lệ', 'ballotsInvalid']
  ]
  const lines = body.split('\n')
  facts.votes.forEach((vote, i) => {
    if (!lines.some((l) => l.trim() === voteTableMarker(i + 1))) {
      warnings.push(
        `Biên bản không còn dòng “${voteTableMarker(i + 1)}”: bảng kết quả của “${vote.subject}” sẽ không được in.`
      )
    }
    if (vote.method !== 'secret-ballot') return
    const at = lines.findIndex((l) => l.includes(vote.subject))
    const text = at >= 0 ? lines.slice(at, at + 3).join(' ') : ''
    for (const [words, key] of figures) {
      const match = new RegExp(`(?:^|[;,.]\\s*|\\s)${words}:\\s*(\\d+)`, 'i').exec(text)
      if (match && Number(match[1]) !== vote[key]) {
        warnings.push(
          `“${vote.subject}”: biên bản ghi ${words} ${match[1]} nhưng số liệu đã nhập là ${vote[key]}.`
        )
      }
    }
  })
  return warnings
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

/** The vote-count record (Biên bản kiểm phiếu) of one secret ballot. */
export function buildTallyDocument(
  facts: MeetingFacts,
  vote: Vote,
  issued: IssuedNumber | null,
  profile: FormatProfile
): DocumentModel {
  const { meeting } = facts
  const lines = [
    `${meetingTimeWords(meeting)}${meeting.place ? `, tại ${meeting.place}` : ''}, Ban Kiểm phiếu tiến hành kiểm phiếu ${vote.subject.charAt(0).toLocaleLowerCase('vi') + vote.subject.slice(1)} tại ${meeting.title}.`,
    '# Kết quả kiểm phiếu',
    `- Tổng số người có quyền bỏ phiếu: ${vote.electors};`,
    `- Số phiếu phát ra: ${vote.ballotsIssued};`,
    `- Số phiếu thu vào: ${vote.ballotsReturned};`,
    `- Số phiếu hợp lệ: ${vote.ballotsValid};`,
    `- Số phiếu không hợp lệ: ${vote.ballotsInvalid}.`,
    '# Kết quả bỏ phiếu',
    voteTableMarker(1),
    `Biên bản kiểm phiếu được lập thành ${countWithWords(2)} bản và công bố trước hội nghị.`
  ]
  const single = { ...facts, votes: [vote] }
  const blocks: Block[] = [
    clusterHeader(facts.cluster, {
      typeCode: 'BB',
      issued,
      issuedOn: meeting.date,
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
    clusterHeader(cluster, { typeCode: 'GM', issued, issuedOn, year: year.year, withDate: true }),
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
