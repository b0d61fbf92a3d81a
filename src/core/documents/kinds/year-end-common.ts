import type { AwardProposal, AwardType, PastAward, UnitLineageEvent } from '../../awards/model'
import type { FinalSection, RoundRecord } from '../../ballot/result'
import { sectionNumeral, twoDigits } from '../../ballot/words'
import { percentHundredths, formatPercentHundredths } from '../../scoring/points'
import { yearSummary, type ScoringFacts, type SummaryRow } from '../../scoring/view'
import { formatDateVi } from '../../text/dates'
import { paragraph, type ParagraphBlock, type TableBlock } from '../model'
import type { MeetingFacts } from './minutes'
import { points } from './scoring-common'

/**
 * What the year-end documents (Tờ trình, Danh sách, Báo cáo thành tích, Thông báo kết quả, Báo cáo
 * tổng kết, the minutes' sections) read, and the pieces they share.
 */
export interface YearEndFacts {
  scoring: ScoringFacts
  /** The year-end meeting: cluster, year, date, place, attendance, names of the year. */
  meeting: MeetingFacts
  rounds: RoundRecord[]
  results: FinalSection[]
  catalogue: AwardType[]
  proposals: AwardProposal[]
  pastAwards: PastAward[]
  lineage: UnitLineageEvent[]
}

/** award type id → short name (`Cờ thi đua`), for the `Hình thức đề nghị` columns. */
export function awardNames(catalogue: AwardType[]): Record<string, string> {
  return Object.fromEntries(catalogue.map((t) => [t.id, t.shortName]))
}

/** Proposals that stand (put forward, not refused), grouped by award type in catalogue order. */
export function proposalsByType(
  facts: Pick<YearEndFacts, 'catalogue' | 'proposals'>
): Array<{ type: AwardType; proposals: AwardProposal[] }> {
  const standing = facts.proposals.filter(
    (p) => p.status !== 'draft' && p.decision?.outcome !== 'refused'
  )
  return [...facts.catalogue]
    .sort((a, b) => b.tier - a.tier || a.order - b.order)
    .map((type) => ({
      type,
      proposals: standing.filter((p) => p.awardTypeId === type.id).sort((a, b) => a.order - b.order)
    }))
    .filter((g) => g.proposals.length > 0)
}

/** Căn cứ lines: one per paragraph, italic, `;` after each and `.` after the last. */
export function basisParagraphs(lines: string[]): ParagraphBlock[] {
  return lines.map((line, i) =>
    paragraph(
      'basis',
      `${/^Căn cứ/i.test(line) ? '' : 'Căn cứ '}${line.replace(/[.;,]+$/, '')}${i === lines.length - 1 ? '.' : ';'}`
    )
  )
}

/**
 * Another text's outline placed one level down, so its `#` parts become numbered `1.` parts under
 * the heading it is put in (and `##` become `a)` points).
 */
export function demoteOutline(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/^\s*##\s+/, '### ').replace(/^\s*#\s+/, '## '))
}

/**
 * The compact score table of the year for portrait documents: STT | Đơn vị | Tổng điểm | Xếp thứ |
 * Xếp loại, and optionally the result of the bình xét per unit.
 */
export function compactScoreTable(
  scoring: ScoringFacts,
  outcome?: (row: SummaryRow) => string
): TableBlock {
  const rows = yearSummary(scoring)
  return {
    kind: 'table',
    columns: [
      { header: 'STT', widthPercent: 7, align: 'center' },
      { header: 'Đơn vị', widthPercent: outcome ? 36 : 48, align: 'left' },
      { header: 'Tổng điểm', widthPercent: 13, align: 'right' },
      { header: 'Xếp thứ', widthPercent: 14, align: 'center' },
      { header: 'Xếp loại', widthPercent: outcome ? 12 : 18, align: 'center' },
      ...(outcome ? [{ header: 'Kết quả bình xét', widthPercent: 18, align: 'left' as const }] : [])
    ],
    rows: rows.map((row, i) => [
      String(i + 1),
      row.unitName,
      points(scoring, row.effective.total),
      row.tied ? `${row.rank}\n(đồng hạng)` : String(row.rank),
      row.band?.label ?? 'Không xếp loại',
      ...(outcome ? [outcome(row)] : [])
    ])
  }
}

/** `Xuất sắc 4/6 đơn vị (66,67%); Vững mạnh 1/6 đơn vị (16,67%)`: every band with its base. */
export function bandCounts(scoring: ScoringFacts): string {
  const rows = yearSummary(scoring)
  const labels = [
    ...[...scoring.rules.bands].sort((a, b) => b.minPercent - a.minPercent).map((b) => b.label),
    'Không xếp loại'
  ]
  return labels
    .map((label) => ({
      label,
      n: rows.filter((r) => (r.band?.label ?? 'Không xếp loại') === label).length
    }))
    .filter((c) => c.n > 0)
    .map(
      (c) =>
        `${c.label} ${c.n}/${rows.length} đơn vị (${formatPercentHundredths(percentHundredths(c.n, rows.length))})`
    )
    .join('; ')
}

/**
 * One line per section of the final result: the units chosen with their share and base, most
 * votes first within a round, the round named when it was not the first.
 */
export function resultLines(results: FinalSection[], rounds: RoundRecord[]): string[] {
  const first = rounds[0]?.ballot
  return results.map((r) => {
    const index = first ? first.sections.findIndex((s) => s.key === r.key) : 0
    const units = r.elected.map((e) => {
      const round = r.rounds.find((x) => x.round === e.round)!.outcome
      return `${e.label} (${e.row.inFavour}/${round.tally.base} ${round.tally.baseNoun}, đạt ${e.row.percent}${e.round > 1 ? `, bỏ phiếu lần ${e.round}` : ''})`
    })
    const what = units.length ? units.join('; ') : 'không có đơn vị nào đạt tỷ lệ quy định'
    return `- Mục ${sectionNumeral(index)}. ${r.section.title}: ${what}${r.complete ? '' : ' (chưa xong)'}.`
  })
}

/** `Hội nghị tổng kết … ngày 01/11/2024` for căn cứ and sentences. */
export function meetingWords(facts: Pick<YearEndFacts, 'meeting'>): string {
  const m = facts.meeting.meeting
  return `${m.title} ngày ${formatDateVi(m.date)}`
}

/** `01 tập thể` */
export const collectives = (n: number) => `${twoDigits(n)} tập thể`
