import { beforeAll, describe, expect, it, vi } from 'vitest'
import { packDocx } from '@core/documents/pack'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import { buildScoreReportDocument } from '@core/documents/kinds/score-report'
import { buildScoreSummaryDocument } from '@core/documents/kinds/score-summary'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { sampleScoringDocuments } from '@core/sample/sample-scoring'
import {
  findPhrase,
  hasPoppler,
  hasSoffice,
  pdfFonts,
  pdfText,
  pdfWords,
  PT_PER_MM,
  renderWithLibreOffice,
  type PdfPage,
  type PdfWord
} from '../../helpers/docx'
import { largeScoringFacts } from '../scoring/large-facts'

// The machine is shared: slow runs are not failures (speed is measured by npm run bench:scoring).
vi.setConfig({ testTimeout: 120_000 })

let n = 0
const data = buildSampleDataset('2026-01-01T00:00:00.000Z', () => `r-${++n}`)
const big = largeScoringFacts(40, 60)
const kinds = [
  ...sampleScoringDocuments(data).map((d) => ({ name: d.kind, model: d.model })),
  {
    name: 'score-summary-40',
    model: buildScoreSummaryDocument(big, DEFAULT_PROFILE, '2024-11-01', {
      preparedBy: 'Người lập biểu (ví dụ)',
      signerName: ''
    })
  },
  { name: 'score-report-60', model: buildScoreReportDocument(big, 'unit-0', DEFAULT_PROFILE) }
]
const pdfs = new Map<string, string>()
const top = DEFAULT_PROFILE.marginTopMm * PT_PER_MM
const TOL = 2

beforeAll(async () => {
  if (!hasSoffice || !hasPoppler) return
  const files = await Promise.all(
    kinds.map(async ({ name, model }) => ({ name: `${name}.docx`, bytes: await packDocx(model) }))
  )
  renderWithLibreOffice(files).forEach((pdf, i) => pdfs.set(kinds[i]!.name, pdf))
}, 180_000)

const pages = (name: string) => pdfWords(pdfs.get(name)!)
const inTopMargin = (page: PdfPage) => page.words.filter((w) => w.yMax < top + TOL)
const landscape = (page: PdfPage) => page.width > page.height

describe.skipIf(!hasSoffice || !hasPoppler)('scoring documents rendered by LibreOffice', () => {
  it.each(kinds.map((k) => k.name))('%s: A4, Times-metric fonts, the right orientation', (name) => {
    const all = pages(name)
    const wide = name.startsWith('score-summary') || name === 'score-explanation'
    for (const page of all) {
      expect([
        Math.round(Math.min(page.width, page.height)),
        Math.round(Math.max(page.width, page.height))
      ]).toEqual([595, 842])
      expect(landscape(page), name).toBe(wide)
    }
    // No page holds only its number (a blank page before the annex would be printed and filed).
    for (const [i, page] of all.entries())
      expect(page.words.filter((w) => w.yMin > top - TOL).length, `page ${i + 1}`).toBeGreaterThan(
        0
      )
    for (const font of pdfFonts(pdfs.get(name)!)) expect(font).toMatch(/^LiberationSerif/)
    expect(pdfText(pdfs.get(name)!)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  })

  it.each(kinds.map((k) => k.name))(
    '%s: no page number on page 1, the number centred at the top from page 2',
    (name) => {
      const all = pages(name)
      expect(inTopMargin(all[0]!)).toEqual([])
      if (all.length < 2) return
      const second = inTopMargin(all[1]!)
      const page = all[1]!
      const textCentre =
        (DEFAULT_PROFILE.marginLeftMm * PT_PER_MM +
          page.width -
          DEFAULT_PROFILE.marginRightMm * PT_PER_MM) /
        2
      // The report's annex restarts at 1 and shows no number on its first page.
      if (second.length === 0) {
        expect(name).toMatch(/^score-report/)
        return
      }
      expect(second.map((w) => w.text)).toEqual(['2'])
      expect(Math.abs((second[0]!.xMin + second[0]!.xMax) / 2 - textCentre)).toBeLessThan(3)
    }
  )

  /**
   * The «Tổng điểm» header on a page: wrapped as its column's width allows ("Tổng" above "điểm",
   * which pdftotext need not list one after the other), or on one line.
   */
  const totalHeader = (page: PdfPage): PdfWord[] | null => {
    // The table's header comes before the notes under the table ("Tổng điểm = …").
    for (const top of page.words.filter((w) => w.text === 'Tổng')) {
      const below = page.words.find(
        (w) =>
          w.text === 'điểm' &&
          Math.abs(w.xMin + w.xMax - top.xMin - top.xMax) < 6 &&
          w.yMin > top.yMin &&
          w.yMin - top.yMin < 20
      )
      if (below) return [top, below]
    }
    return findPhrase(page, 'Tổng điểm')
  }

  it('repeats the header row of a long score table on every page, right-aligns its figures, and signs after it', () => {
    const all = pages('score-summary-40')
    expect(all.length).toBeGreaterThanOrEqual(2)
    for (const [i, page] of all.entries()) {
      const hasRows = page.words.some((w) => w.text === 'Thử')
      if (hasRows) expect(totalHeader(page), `page ${i + 1}`).not.toBeNull()
    }
    expect(all.flatMap((p) => p.words).filter((w) => w.text === '(đồng').length).toBeGreaterThan(1)
    // Figures of the Tổng điểm column end at one x on every page: right-aligned.
    let figures = 0
    for (const page of all) {
      const header = totalHeader(page)
      if (!header) continue
      const column = page.words.filter(
        (w) =>
          /^\d+,\d$/.test(w.text) &&
          // Columns are as wide as their content: the neighbour's figures start a few mm away.
          w.xMin > Math.min(...header.map((h) => h.xMin)) - 10 &&
          w.xMax < Math.max(...header.map((h) => h.xMax)) + 10 &&
          w.yMin > Math.max(...header.map((h) => h.yMax))
      )
      figures += column.length
      if (column.length > 1)
        expect(
          Math.max(...column.map((w) => w.xMax)) - Math.min(...column.map((w) => w.xMax))
        ).toBeLessThan(1.5)
    }
    expect(figures).toBeGreaterThanOrEqual(40)
    const last = all.at(-1)!
    const preparer = findPhrase(last, 'NGƯỜI LẬP BIỂU')
    const leader = findPhrase(last, 'CỤM TRƯỞNG')
    expect(preparer).not.toBeNull()
    expect(leader).not.toBeNull()
    expect(preparer![0]!.xMin).toBeLessThan(last.width / 2)
    expect(leader![0]!.xMin).toBeGreaterThan(last.width / 2)
  })

  it('numbers the report’s annex on its own: its second page is 2 again', () => {
    const all = pages('score-report-60')
    const annex = all.findIndex((p) => findPhrase(p, 'BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024') !== null)
    expect(annex).toBeGreaterThan(0)
    expect(inTopMargin(all[annex]!)).toEqual([])
    expect(all.length).toBeGreaterThan(annex + 1)
    expect(inTopMargin(all[annex + 1]!).map((w) => w.text)).toEqual(['2'])
    // The header row is repeated on the annex's second page.
    expect(findPhrase(all[annex + 1]!, 'Nội dung tiêu chí')).not.toBeNull()
  })
})
