import type { SectionOutcome, SectionRow } from '../../ballot/result'
import type { BallotSectionKind } from '../../ballot/model'
import type { Block, TableBlock } from '../model'
import { closeWithFullStop, outlineToParagraphs } from '../outline'

/**
 * Pieces shared by the ballot documents (Biên bản kiểm phiếu, the minutes' vote section, the
 * Thông báo kết quả): outline text with tables at marker lines, and the result table of a section
 * with its base named in the header.
 */

/** A line of outline text that stands for a table: `[Bảng …]`. */
export const tableMarker = (name: string) => `[Bảng ${name}]`

/**
 * Outline text to numbered paragraphs, with the table of each marker line put where the marker
 * stands; the numbering runs on through the tables and the last paragraph ends with `./.`.
 */
export function outlineWithTables(lines: string[], tables: Record<string, TableBlock>): Block[] {
  const isMarker = (line: string) => Object.hasOwn(tables, line.trim())
  const text = lines.filter((l) => !isMarker(l)).join('\n')
  // A text that ends with a table has no closing sentence to carry `./.`.
  const endsWithTable = isMarker(lines.filter((l) => l.trim() !== '').at(-1) ?? '')
  const paragraphs = endsWithTable
    ? outlineToParagraphs(text)
    : closeWithFullStop(outlineToParagraphs(text))
  const out: Block[] = []
  let k = 0
  for (const line of lines.flatMap((l) => l.split('\n'))) {
    if (isMarker(line)) {
      out.push(tables[line.trim()]!)
      continue
    }
    if (line.trim() === '') continue
    const next = paragraphs[k++]
    if (next) out.push(next)
  }
  return out
}

/** How a section proposes its units, for the `Hình thức đề nghị` column (`awardName`: short). */
export function formWords(
  kind: BallotSectionKind,
  awardName: string,
  title: string,
  year: number
): string {
  if (awardName) return kind === 'leading-unit' ? `Dẫn đầu Cụm; ${awardName}` : awardName
  switch (kind) {
    case 'leading-unit':
      return 'Đơn vị dẫn đầu Cụm'
    case 'leader':
      return `Cụm trưởng năm ${year + 1}`
    case 'deputy':
      return `Cụm phó năm ${year + 1}`
    default:
      return title
  }
}

/** The Kết quả of a row: passed and chosen, tied, over the threshold without a seat, or not. */
export function resultWords(row: SectionRow): string {
  switch (row.status) {
    case 'elected':
      return row.decidedBy === 'chair'
        ? 'Đạt (bằng phiếu, chủ trì quyết định)'
        : row.decidedBy === 'higher-score'
          ? 'Đạt (bằng phiếu, điểm thi đua cao hơn)'
          : 'Đạt'
    case 'tied':
      return 'Bằng phiếu'
    case 'passed-not-chosen':
      return 'Đạt tỷ lệ, ngoài số lượng'
    case 'failed':
      return 'Không đạt'
  }
}

/**
 * The result table of one section: STT | Tên đơn vị | Hình thức đề nghị | Số phiếu đồng ý |
 * Không đồng ý | (Để trống) | Tỷ lệ % (so với …) | Kết quả — units in descending order of votes,
 * every share with its base (`5/6 (83,33%)`), the base named in the header. The blank column
 * appears only when a row has blanks, so every row adds up to the papers counted.
 */
export function sectionResultTable(outcome: SectionOutcome, form: string): TableBlock {
  const withBlank = outcome.rows.some((r) => r.abstain > 0)
  const columns: TableBlock['columns'] = [
    { header: 'STT', widthPercent: 8, align: 'center' },
    { header: 'Tên đơn vị', widthPercent: withBlank ? 25 : 28, align: 'left' },
    { header: 'Hình thức đề nghị', widthPercent: withBlank ? 13 : 15, align: 'left' },
    { header: 'Số phiếu đồng ý', widthPercent: 10, align: 'right' },
    { header: 'Không đồng ý', widthPercent: 10, align: 'right' },
    ...(withBlank ? [{ header: 'Để trống', widthPercent: 8, align: 'right' as const }] : []),
    {
      header: `Tỷ lệ % (so với ${outcome.tally.basePhrase})`,
      widthPercent: withBlank ? 14 : 16,
      align: 'right'
    },
    { header: 'Kết quả', widthPercent: withBlank ? 12 : 13, align: 'center' }
  ]
  const rows = outcome.rows.map((row, i) => [
    String(i + 1),
    row.candidate.label,
    form,
    String(row.inFavour),
    String(row.against),
    ...(withBlank ? [String(row.abstain)] : []),
    row.percent ? `${row.fraction} (${row.percent})` : row.fraction,
    resultWords(row)
  ])
  return { kind: 'table', columns, rows }
}
