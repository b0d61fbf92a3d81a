import { electedLeadership } from '../../ballot/effects'
import { sectionNumeral, twoDigits } from '../../ballot/words'
import type { Block, DocumentModel, TableBlock } from '../model'
import { tableMarker } from './ballot-common'
import { exact } from './scoring-common'
import { awardNames, bandCounts, compactScoreTable, type YearEndFacts } from './year-end-common'
import { formWords } from './ballot-common'

/**
 * The score and vote sections of the year-end minutes (issue 15 §3, official-layout.md §4.3), as
 * outline lines the minutes generator can insert into its body (after the remarks) and the tables
 * their marker lines stand for. The minutes builder keeps its behaviour; `insertYearEndTables`
 * puts the tables in place of their markers in the built document.
 */

export interface YearEndMinutesSections {
  lines: string[]
  tables: Record<string, TableBlock>
}

/**
 * The vote table of the minutes: STT | Đơn vị được đề nghị | Hình thức đề nghị | Số phiếu đồng ý
 * | Tỷ lệ (so với …) | Ghi chú — every candidate of every section in its last round, the share with
 * its base in the cell (sections may have different bases).
 */
function voteSummaryTable(facts: YearEndFacts): TableBlock {
  const names = awardNames(facts.catalogue)
  const rows: string[][] = []
  for (const result of facts.results) {
    for (const { round, outcome } of result.rounds) {
      for (const row of outcome.rows) {
        if (round < result.rounds.length && row.status === 'tied') continue
        rows.push([
          String(rows.length + 1),
          row.candidate.label,
          formWords(
            result.section.kind,
            names[result.section.awardTypeId] ?? '',
            result.section.title,
            facts.meeting.year.year
          ),
          String(row.inFavour),
          `${row.fraction} ${outcome.tally.baseNoun} (${row.percent || '0,00%'})`,
          [
            row.status === 'elected' ? 'Đạt' : row.status === 'tied' ? 'Bằng phiếu' : 'Không đạt',
            round > 1 ? `bỏ phiếu lần ${round}` : ''
          ]
            .filter(Boolean)
            .join(', ')
        ])
      }
    }
  }
  return {
    kind: 'table',
    columns: [
      { header: 'STT', widthPercent: 7, align: 'center' },
      { header: 'Đơn vị được đề nghị', widthPercent: 28, align: 'left' },
      { header: 'Hình thức đề nghị', widthPercent: 16, align: 'left' },
      { header: 'Số phiếu đồng ý', widthPercent: 11, align: 'right' },
      { header: 'Tỷ lệ (so với cơ sở tính)', widthPercent: 20, align: 'right' },
      { header: 'Ghi chú', widthPercent: 18, align: 'left' }
    ],
    rows
  }
}

/** The lines and tables of the score and vote sections of the year-end minutes. */
export function yearEndMinutesSections(facts: YearEndFacts): YearEndMinutesSections {
  const { scoring, rounds, results, meeting } = facts
  const { year } = meeting
  const scoreMarker = tableMarker(`kết quả chấm điểm năm ${year.year}`)
  const voteMarker = tableMarker(`kết quả bỏ phiếu bình xét năm ${year.year}`)
  const tables = {
    [scoreMarker]: compactScoreTable(scoring),
    [voteMarker]: voteSummaryTable(facts)
  }
  const first = rounds[0]
  const lines = [
    `## Kết quả chấm điểm thi đua năm ${year.year}:`,
    `Hội nghị thông qua Bảng tổng hợp kết quả chấm điểm, xếp hạng năm ${year.year} (thang ${exact(scoring.rules.declaredMax)} điểm chuẩn):`,
    scoreMarker,
    `- Kết quả xếp loại: ${bandCounts(scoring)}.`
  ]
  if (first) {
    const board = first.count.board
    const head = board.find((m) => m.role === 'head')
    lines.push(
      '## Bỏ phiếu bình xét thi đua:',
      `- Hội nghị bầu Ban Kiểm phiếu gồm ${twoDigits(board.length)} đồng chí${head ? `, do đồng chí ${head.name} làm Trưởng ban` : ''}.`,
      ...rounds.map(
        (r) =>
          `- Lần ${r.ballot.round}: số phiếu phát ra ${r.count.ballotsIssued}, thu vào ${r.count.ballotsReturned}, hợp lệ ${r.outcome.figures.valid}, không hợp lệ ${r.outcome.figures.invalid}${r.outcome.figures.written.count ? `; phiếu lấy ý kiến bằng văn bản của đơn vị vắng mặt: ${r.outcome.figures.written.count}` : ''}.`
      ),
      ...results.map((r) => {
        const index = first.ballot.sections.findIndex((s) => s.key === r.key)
        const who = r.elected.length
          ? r.elected
              .map(
                (e) => `${e.label} (${e.row.shareWords}${e.round > 1 ? `, lần ${e.round}` : ''})`
              )
              .join('; ')
          : 'không có đơn vị nào đạt'
        return `- Mục ${sectionNumeral(index)}. ${r.section.title}: ${who}.`
      }),
      voteMarker,
      '(Chi tiết tại Biên bản kiểm phiếu kèm theo.)'
    )
    const leaders = electedLeadership(results)
    if (leaders.leaderUnitId || leaders.deputyUnitId)
      lines.push(
        `## Cụm trưởng, Cụm phó năm ${year.year + 1}:`,
        `Cụm trưởng: ${year.unitNames[leaders.leaderUnitId] ?? '—'}; Cụm phó: ${year.unitNames[leaders.deputyUnitId] ?? '—'}.`
      )
  }
  return { lines, tables }
}

/** The minutes' body with the year-end lines put after the remarks (before the votes and conclusion). */
export function insertYearEndLines(body: string, sections: YearEndMinutesSections): string {
  const lines = body.split('\n')
  const at = lines.findIndex((l) => /^##\s+(Biểu quyết:|Kết luận của chủ trì)/.test(l))
  const end = lines.findIndex((l) => /^#\s+Kết quả/.test(l) || /^Hội nghị kết thúc/.test(l))
  const index = at >= 0 ? at : end >= 0 ? end : lines.length
  return [...lines.slice(0, index), ...sections.lines, ...lines.slice(index)].join('\n')
}

/** The built minutes with each marker paragraph replaced by its table. */
export function insertYearEndTables(
  model: DocumentModel,
  tables: Record<string, TableBlock>
): DocumentModel {
  const swap = (block: Block): Block => {
    if (block.kind !== 'paragraph' || block.runs.length !== 1) return block
    const text = block.runs[0]!.text.replace(/\.\/\.$/, '').trim()
    return Object.hasOwn(tables, text) ? tables[text]! : block
  }
  return {
    ...model,
    sections: model.sections.map((s) => ({ ...s, blocks: s.blocks.map(swap) }))
  }
}
