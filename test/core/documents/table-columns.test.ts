import { describe, expect, it } from 'vitest'
import { buildScoreSummaryDocument } from '@core/documents/kinds/score-summary'
import { planDocument, type PlanParagraph, type PlanTable } from '@core/documents/layout'
import { CELL_PADDING_PT, PT_PER_MM } from '@core/documents/geometry'
import type { DocumentModel } from '@core/documents/model'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import { tableColumnsMm } from '@core/documents/table-columns'
import { measureMm, wrapRuns } from '@core/documents/text-metrics'
import { allSampleDocuments } from '@core/sample/all-documents'
import { sample } from '../../helpers/sample-docs'
import { largeScoringFacts } from '../scoring/large-facts'

const PADDING_MM = (CELL_PADDING_PT.left + CELL_PADDING_PT.right) / PT_PER_MM
const documents = allSampleDocuments(sample)
const byKind = (kind: string) => documents.find((d) => d.kind === kind)!.model

/** The data tables of a document as planned, with the text and printed lines of every cell. */
function plannedTables(model: DocumentModel) {
  return planDocument(model).sections.flatMap((section) =>
    section.blocks
      .filter((b): b is PlanTable => b.kind === 'table' && b.role === 'data')
      .map((table) => ({
        table,
        cell: (row: number, column: number) => {
          const paragraphs = table.rows[row]!.cells[column]!.blocks as PlanParagraph[]
          const box = table.columnsMm[column]! - PADDING_MM
          return {
            text: paragraphs
              .map((q) => q.runs.map((r) => r.text).join(''))
              .join('\n')
              .replace(/\u00a0/g, ' '),
            lines: paragraphs.reduce(
              (n, q) =>
                n +
                (q.runs.length === 0
                  ? 1
                  : wrapRuns(q.runs, box - q.leftMm - q.rightMm, q.sizePt).length),
              0
            )
          }
        }
      }))
  )
}

/** Lines of the cells of the column headed `header`, for every body row. */
function columnLines(model: DocumentModel, header: string): number[] {
  const [{ table, cell }] = plannedTables(model).filter(({ cell }) =>
    cell(0, 0).text.startsWith('STT')
  )
  const column = table.rows[0]!.cells.findIndex((_, c) => cell(0, c).text === header)
  expect(column, header).toBeGreaterThan(0)
  return table.rows
    .slice(1)
    .filter((r) => r.cells.length === table.columnsMm.length)
    .map((_, r) => cell(r + 1, column).lines)
}

const bigSummary = buildScoreSummaryDocument(
  largeScoringFacts(40, 24),
  DEFAULT_PROFILE,
  '2024-11-01',
  { preparedBy: '', signerName: '' }
)

describe('a unit’s name takes at most two lines', () => {
  it.each([
    ['the vote table of the tally', byKind('tally-year-end'), 'Nội dung biểu quyết'],
    ['the vote table of the minutes', byKind('minutes-year-end'), 'Nội dung biểu quyết'],
    ['the landscape score summary', byKind('score-summary'), 'Đơn vị'],
    ['the score summary of 40 units', bigSummary, 'Đơn vị']
  ])('%s', (_, model, header) => {
    const lines = columnLines(model, header)
    expect(lines.length).toBeGreaterThan(0)
    for (const n of lines) expect(n).toBeLessThanOrEqual(2)
  })
})

describe('column widths from what the cells hold', () => {
  const numbers = (header: string) => ({ header, widthPercent: 12 })

  it('wraps a header of two short words rather than squeeze the names', () => {
    const columns = [
      { header: 'STT', widthPercent: 5 },
      { header: 'Đơn vị', widthPercent: 15 },
      ...['Tự chấm', 'Điểm cộng', 'Điểm trừ', 'Tổng điểm', 'Xếp thứ', 'Ghi chú'].map(numbers)
    ]
    const rows = [1, 2, 3].map((i) => [
      String(i),
      `Ủy ban MTTQ Việt Nam quận Hai Bà Trưng ${i}`,
      '99,5',
      '2,5',
      '1,0',
      '100,0',
      String(i),
      ''
    ])
    const widths = tableColumnsMm(columns, rows, 140, 13)
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(140, 5)
    // "Điểm cộng" on one line would need this much; the column takes less and wraps it.
    expect(widths[3]!).toBeLessThan(measureMm('Điểm cộng', 13, { bold: true }) + PADDING_MM)
    // …and the name column gets room for two lines.
    const name = wrapRuns([{ text: rows[2]![1]! }], widths[1]! - PADDING_MM, 13)
    expect(name.length).toBeLessThanOrEqual(2)
  })

  it('keeps a short label of the body whole: "Không đạt", "Xuất sắc"', () => {
    const widths = tableColumnsMm(
      [
        { header: 'Nội dung', widthPercent: 90 },
        { header: 'Kết quả', widthPercent: 10 }
      ],
      [['Một nội dung rất dài cần nhiều chỗ để in trên một dòng', 'Không đạt']],
      100,
      13
    )
    expect(widths[1]!).toBeGreaterThan(measureMm('Không đạt', 13) + PADDING_MM)
  })

  it('never lets a number, a date or a share break in any sample table', () => {
    for (const { model } of documents) {
      for (const { table, cell } of plannedTables(model)) {
        table.rows.forEach((r, i) => {
          if (r.cells.length !== table.columnsMm.length) return
          r.cells.forEach((_, c) => {
            const { text, lines } = cell(i, c)
            for (const line of text.split('\n'))
              if (/\d/.test(line) && line.length <= 16 && !line.includes('\n'))
                expect(lines, `${model.title}: "${text}"`).toBeLessThanOrEqual(
                  text.split('\n').length
                )
          })
        })
      }
    }
  })
})
