import type { BoardMember } from '../../ballot/model'
import {
  finalResults,
  type FinalSection,
  type RoundRecord,
  type SectionOutcome
} from '../../ballot/result'
import { choiceWords, INVALID_REASON_LABELS, sectionNumeral, twoDigits } from '../../ballot/words'
import type { Attendance, Cluster, ClusterYear, Meeting } from '../../model/entities'
import { findPlaceholders, isBlankFact, summarizeAttendance } from '../../rules/meetings'
import type { FieldIssue } from '../../model/validation'
import { thresholdWords } from '../../rules/votes'
import {
  countWithWords,
  dateWords,
  parseIsoDate,
  timeWords,
  weekdayWords
} from '../../text/vietnamese'
import { paragraph, type Block, type DocumentModel, type TableBlock } from '../model'
import type { FormatProfile } from '../profile'
import { formWords, outlineWithTables, sectionResultTable, tableMarker } from './ballot-common'
import { clusterHeader, type IssuedNumber } from './common'
import { missing } from './minutes'

/**
 * The Biên bản kiểm phiếu of a multi-section ballot over all its rounds (year-end.md §B.5): the
 * board with its units; who was convened, present and absent; per round the papers issued,
 * returned, valid and invalid with each reason, and written opinions — counted where the base is
 * all members, said where they are not; a table per section with its base in the heading; the
 * conclusion, units in descending order of votes with ties and rounds explained; the sealing; the
 * end time; TRƯỞNG BAN then THÀNH VIÊN sign.
 */

export interface BallotRecordFacts {
  cluster: Cluster
  year: ClusterYear
  meeting: Meeting
  /** unit id → name as recorded for the year. */
  unitNames: Record<string, string>
  attendances: Attendance[]
  /** Every round counted, round 1 first. */
  rounds: RoundRecord[]
  /** award type id → its short name, for the `Hình thức đề nghị` column. */
  awardNames: Record<string, string>
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)

function boardLine(m: BoardMember, names: Record<string, string>): string {
  const unit = m.unitId ? (names[m.unitId] ?? m.unitName) : m.unitName
  const role = m.role === 'head' ? 'Trưởng ban' : 'Thành viên'
  return `- Đồng chí ${m.name}${m.position ? `, ${m.position}` : ''}${unit ? `, ${unit}` : ''} – ${role};`
}

/** Board members, Trưởng ban first. */
const ordered = (board: BoardMember[]) => [
  ...board.filter((m) => m.role === 'head'),
  ...board.filter((m) => m.role !== 'head')
]

/** `01 phiếu ghi thêm tên …; 01 phiếu để trống …` */
function invalidWords(round: RoundRecord): string {
  const f = round.outcome.figures
  const parts = (Object.keys(f.invalidByReason) as Array<keyof typeof f.invalidByReason>)
    .filter((r) => f.invalidByReason[r] > 0)
    .map((r) => {
      const notes = r === 'other' && f.otherNotes.length ? `: ${f.otherNotes.join('; ')}` : ''
      return `${twoDigits(f.invalidByReason[r])} phiếu ${INVALID_REASON_LABELS[r]}${notes}`
    })
  return parts.length ? `, gồm: ${parts.join('; ')}` : ''
}

/** The section's number on the first paper (a section keeps it in every round). */
const numeralOf = (s: SectionOutcome, first: RoundRecord) =>
  sectionNumeral(first.ballot.sections.findIndex((x) => x.key === s.section.key))

/** Where written opinions counted and where not, by the base of each section. */
function writtenLines(
  round: RoundRecord,
  first: RoundRecord,
  names: Record<string, string>
): string[] {
  const entry = round.count.entries[0]!
  const count = round.outcome.figures.written.count
  if (count === 0) return []
  const from = entry.written
    .map((w) => (w.unitId ? (names[w.unitId] ?? w.fromName) : w.fromName))
    .filter(Boolean)
  const counted = round.outcome.sections.filter((s) => s.writtenCounted > 0)
  const notCounted = round.outcome.sections.filter((s) => s.section.rule.denominator !== 'members')
  const numerals = (list: SectionOutcome[]) => list.map((s) => numeralOf(s, first)).join(', ')
  const lines = [
    `- Phiếu lấy ý kiến bằng văn bản của ${round.ballot.electorBasis === 'unit' ? 'đơn vị' : 'đại biểu'} vắng mặt: ${twoDigits(count)}${from.length ? ` (${from.join('; ')})` : ''}${round.outcome.figures.written.invalid ? `, trong đó ${twoDigits(round.outcome.figures.written.invalid)} không hợp lệ` : ''};`
  ]
  if (counted.length)
    lines.push(
      `- Phiếu lấy ý kiến được tính vào kết quả mục ${numerals(counted)} (tỷ lệ tính trên tổng số thành viên);`
    )
  if (notCounted.length)
    lines.push(
      `- Phiếu lấy ý kiến không tính vào kết quả mục ${numerals(notCounted)} (tỷ lệ tính trên ${notCounted
        .map((s) => s.tally.basePhrase)
        .filter((v, i, a) => a.indexOf(v) === i)
        .join(', ')});`
    )
  return lines
}

function sectionLines(
  facts: BallotRecordFacts,
  round: RoundRecord,
  outcome: SectionOutcome,
  tables: Record<string, TableBlock>
): string[] {
  const { ballot } = round
  // Numbered as on the first paper, so a section keeps its number in every round.
  const index = facts.rounds[0]!.ballot.sections.findIndex((s) => s.key === outcome.section.key)
  const { tally } = outcome
  const rule = outcome.section.rule
  const needed = tally.needed <= tally.base ? ` (ít nhất ${tally.needed}/${tally.base})` : ''
  const marker = tableMarker(`kết quả mục ${sectionNumeral(index)} lần ${ballot.round}`)
  tables[marker] = sectionResultTable(
    outcome,
    formWords(
      outcome.section.kind,
      facts.awardNames[outcome.section.awardTypeId] ?? '',
      outcome.section.title,
      facts.year.year
    )
  )
  const lines = [
    `## Mục ${sectionNumeral(index)}. ${outcome.section.title} (${choiceWords(outcome.section, ballot.electorBasis === 'person')}); điều kiện đạt: ${thresholdWords(rule)} ${tally.basePhrase}${needed}${rule.basis ? `, căn cứ ${rule.basis.replace(/[.;]+$/, '')}` : ''}:`,
    marker
  ]
  if (outcome.void > 0)
    lines.push(
      `- Số phiếu không được tính ở mục này (chọn quá số lượng): ${twoDigits(outcome.void)}.`
    )
  if (outcome.voidRows > 0)
    lines.push(
      `- Số dòng đánh dấu không rõ ràng, không được tính (coi như để trống): ${twoDigits(outcome.voidRows)}.`
    )
  const tie = outcome.tie
  if (tie) {
    const who = tie.unitIds
      .map((id) => outcome.rows.find((r) => r.unitId === id)!.candidate.label)
      .join(', ')
    const head = `- ${who} cùng được ${tie.votes} phiếu đồng ý, cùng đạt tỷ lệ nhưng chỉ còn ${twoDigits(tie.seats)} suất`
    if (tie.state === 'revote')
      lines.push(`${head}: bỏ phiếu lại lần ${ballot.round + 1} giữa các đơn vị này.`)
    else if (tie.resolvedBy === 'higher-score')
      lines.push(
        `${head}: chọn đơn vị có tổng điểm thi đua cao hơn theo Bảng tổng hợp đã thông qua.`
      )
    else if (tie.resolvedBy === 'chair')
      lines.push(
        `${head}: chủ trì hội nghị quyết định theo Quy chế${tie.scoresEqual ? ' (tổng điểm thi đua cũng bằng nhau)' : ''}.`
      )
    else lines.push(`${head}: ${missing('quyết định của chủ trì')}.`)
  }
  return lines
}

function roundLines(
  facts: BallotRecordFacts,
  round: RoundRecord,
  several: boolean,
  tables: Record<string, TableBlock>
): string[] {
  const { count, ballot } = round
  const f = round.outcome.figures
  const lines = [
    several
      ? `# Kết quả kiểm phiếu lần ${ballot.round}${ballot.round > 1 ? ` (${ballot.sections.map((s) => s.title).join('; ')})` : ''}`
      : '# Kết quả kiểm phiếu',
    `- Số phiếu phát ra: ${twoDigits(count.ballotsIssued)}; số phiếu thu vào: ${twoDigits(count.ballotsReturned)};`,
    `- Số phiếu hợp lệ: ${twoDigits(f.valid)}; số phiếu không hợp lệ: ${twoDigits(f.invalid)}${invalidWords(round)};`,
    ...writtenLines(round, facts.rounds[0]!, facts.unitNames)
  ]
  for (const outcome of round.outcome.sections)
    lines.push(...sectionLines(facts, round, outcome, tables))
  return lines
}

function conclusionLines(results: FinalSection[], rounds: RoundRecord[]): string[] {
  const first = rounds[0]!.ballot
  const lines = ['# Kết luận']
  for (const result of results) {
    const index = first.sections.findIndex((s) => s.key === result.key)
    lines.push(`## Mục ${sectionNumeral(index)}. ${result.section.title}:`)
    if (result.elected.length === 0) {
      lines.push(
        result.complete
          ? 'Không có đơn vị nào đạt tỷ lệ quy định.'
          : `Chưa có kết quả: ${missing('kết quả bỏ phiếu lại')}.`
      )
      continue
    }
    const byVotes = [...result.elected].sort(
      (a, b) => a.round - b.round || b.row.inFavour - a.row.inFavour
    )
    for (const e of byVotes) {
      const round = result.rounds.find((r) => r.round === e.round)!
      const earlier = result.rounds.find((r) => r.round === e.round - 1)
      const how =
        e.round > 1 && earlier?.outcome.tie
          ? ` (bỏ phiếu lần ${e.round}, sau khi bằng phiếu ở lần ${e.round - 1})`
          : e.row.decidedBy === 'chair'
            ? ' (bằng phiếu, chủ trì quyết định)'
            : e.row.decidedBy === 'higher-score'
              ? ' (bằng phiếu, tổng điểm thi đua cao hơn)'
              : ''
      const last = e === byVotes[byVotes.length - 1] && result.complete
      lines.push(
        `- ${e.label}: ${e.row.inFavour}/${round.outcome.tally.base} ${round.outcome.tally.baseNoun}, đạt ${e.row.percent}${how}${last ? '.' : ';'}`
      )
    }
    const open = result.rounds[result.rounds.length - 1]!
    if (!result.complete && open.outcome.tie)
      lines.push(
        `- Còn ${twoDigits(open.outcome.tie.seats)} suất chờ ${open.outcome.tie.state === 'revote' ? `bỏ phiếu lại lần ${open.round + 1}` : 'chủ trì quyết định'}: ${missing(open.outcome.tie.state === 'revote' ? 'kết quả bỏ phiếu lại' : 'quyết định của chủ trì')}.`
      )
  }
  return lines
}

/** The start of the count: `Vào hồi 10 giờ 00 phút, thứ Sáu, ngày 01 tháng 11 năm 2024`. */
function startWords(facts: BallotRecordFacts): string {
  const date = parseIsoDate(facts.meeting.date)
  const day = date ? `${weekdayWords(date)}, ${dateWords(date)}` : missing('ngày họp')
  const time = timeWords(facts.rounds[0]?.count.startTime ?? '')
  return `Vào hồi ${time || missing('giờ bắt đầu kiểm phiếu')}, ${day}`
}

/** The record's text as outline, and the tables of its markers. */
export function ballotRecordOutline(facts: BallotRecordFacts): {
  lines: string[]
  tables: Record<string, TableBlock>
} {
  const { meeting, rounds, unitNames, year } = facts
  const first = rounds[0]!
  const last = rounds[rounds.length - 1]!
  const tables: Record<string, TableBlock> = {}
  const summary = summarizeAttendance(year.memberUnitIds, facts.attendances)
  const unit = first.ballot.electorBasis === 'unit'
  const absent = facts.attendances.filter(
    (a) => a.status !== 'present' && year.memberUnitIds.includes(a.unitId)
  )
  const lines = [
    `${startWords(facts)}, tại ${meeting.place || missing('địa điểm')}, Ban Kiểm phiếu tiến hành kiểm phiếu ${lowerFirst(first.ballot.title.replace(/^Phiếu /i, ''))} tại ${meeting.title}.`,
    '# Thành phần',
    '## Ban Kiểm phiếu (do hội nghị bầu) gồm:',
    ...ordered(first.count.board).map((m) => boardLine(m, unitNames)),
    `## ${unit ? 'Đơn vị' : 'Đại biểu'} được triệu tập: ${twoDigits(unit ? summary.members : first.ballot.electors)}; có mặt: ${twoDigits(first.count.present ?? (unit ? summary.present : summary.representatives))}; vắng mặt: ${twoDigits(unit ? summary.members - summary.present : first.ballot.electors - (first.count.present ?? summary.representatives))}.`,
    ...absent.map(
      (a) =>
        `- Vắng mặt ${a.status === 'absent-excused' ? 'có lý do' : 'không có lý do'}: ${unitNames[a.unitId] ?? a.unitId}${a.reason ? ` (${a.reason})` : ''}.`
    ),
    ...rounds.flatMap((round) => roundLines(facts, round, rounds.length > 1, tables)),
    ...conclusionLines(finalResults(rounds), rounds),
    `Phiếu bầu đã được niêm phong, giao ${last.count.keptBy || first.count.keptBy || missing('đơn vị lưu giữ phiếu')} lưu giữ.`,
    `Biên bản lập xong vào hồi ${timeWords(last.count.endTime) || missing('giờ lập xong biên bản')} cùng ngày, được lập thành ${countWithWords(2)} bản và công bố trước hội nghị.`
  ]
  return { lines, tables }
}

/**
 * What keeps the record from being numbered: a round not counted or not settled, the board
 * incomplete, a fact missing (`[chưa ghi …]` left in the text).
 */
export function checkBallotRecord(facts: BallotRecordFacts): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (facts.rounds.length === 0)
    return [{ field: 'rounds', message: 'Chưa có kết quả kiểm phiếu.' }]
  const results = finalResults(facts.rounds)
  for (const r of results)
    if (!r.complete)
      issues.push({
        field: `sections.${r.key}`,
        message: `${r.section.title}: còn bằng phiếu chưa giải quyết (bỏ phiếu lại hoặc chủ trì quyết định).`
      })
  if (isBlankFact(facts.meeting.place))
    issues.push({ field: 'place', message: 'Địa điểm: chưa ghi.' })
  const { lines } = ballotRecordOutline(facts)
  for (const hit of findPlaceholders(lines.join('\n')))
    issues.push({ field: 'body', message: `Biên bản kiểm phiếu còn chỗ chưa điền: “${hit.text}”.` })
  return issues
}

/** The Biên bản kiểm phiếu as a document model (ND30 Mẫu 1.9 header: number, no place and date). */
export function buildBallotTallyDocument(
  facts: BallotRecordFacts,
  issued: IssuedNumber | null,
  profile: FormatProfile
): DocumentModel {
  const { lines, tables } = ballotRecordOutline(facts)
  const board = ordered(facts.rounds[0]?.count.board ?? [])
  const subject = facts.rounds[0]?.ballot.title.replace(/^Phiếu /i, '') ?? 'bình xét thi đua'
  const blocks: Block[] = [
    clusterHeader(facts.cluster, {
      typeCode: 'BB',
      issued,
      issuedOn: issued?.issuedOn || facts.meeting.date,
      year: facts.year.year,
      withDate: false
    }),
    {
      kind: 'title',
      typeName: 'BIÊN BẢN KIỂM PHIẾU',
      summaryLines: [
        `${subject.charAt(0).toLocaleUpperCase('vi')}${subject.slice(1)} của ${facts.cluster.name}`
      ]
    },
    ...outlineWithTables(lines, tables),
    paragraph('centered', 'BAN KIỂM PHIẾU', { bold: true, keepWithNext: true }),
    {
      kind: 'signature',
      layout: 'grid',
      signers: board.map((m) => ({
        titleLines: [m.role === 'head' ? 'TRƯỞNG BAN' : 'THÀNH VIÊN'],
        name: m.name
      })),
      recipients: []
    }
  ]
  return {
    title: `Biên bản kiểm phiếu ${lowerFirst(subject)}`,
    profile,
    sections: [{ orientation: 'portrait', restartNumbering: false, blocks }]
  }
}
