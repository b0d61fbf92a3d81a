import { describe, expect, it } from 'vitest'
import { bottomMarginTwip, BORDER_PT, PT_PER_MM, textAreaPx } from '@core/documents/geometry'
import { Flow } from '@core/documents/html-blocks'
import { para, planDocument, type PlanBlock, type PlanParagraph } from '@core/documents/layout'
import { isClearCut, paragraphLines, settleLineBreaks } from '@core/documents/line-breaks'
import { paragraph, type DocumentModel } from '@core/documents/model'
import { DEFAULT_PROFILE, formatProfileSchema, mmToTwip } from '@core/documents/profile'
import { printableHtml } from '@core/documents/render-html'
import { measureMm, wrapRuns } from '@core/documents/text-metrics'
import { allSampleDocuments } from '@core/sample/all-documents'
import { sample } from '../../helpers/sample-docs'

/**
 * The print is the Word file: what keeps Chromium's pages from drifting from LibreOffice's and
 * Word's, checked on the layout itself (the print test compares the pages).
 */

const body = (text: string, italic = false): PlanParagraph =>
  para(14, [{ text, ...(italic ? { italic: true } : {}) }], {
    align: 'justify',
    firstLineMm: 10,
    line: { rule: 'exact', pt: 18.5 }
  })

describe('line breaks the renderers cannot decide differently', () => {
  // The score report's closing line: "…; mức Xuất" misses 155 mm by 0,13 mm, a hair that
  // LibreOffice and Chromium split differently.
  const close = body(
    'Tự xếp loại: Xuất sắc (tổng điểm 99,5/100 điểm chuẩn, đạt 99,50%; mức Xuất sắc từ 90%)./.'
  )

  it('narrows a paragraph whose next word misses the box by a hair, until the break is clear', () => {
    expect(isClearCut(paragraphLines(close, 165), 14)).toBe(false)
    const settled = settleLineBreaks(close, 165)
    expect(settled.rightMm).toBeGreaterThan(0)
    expect(settled.rightMm).toBeLessThanOrEqual(1)
    const lines = paragraphLines(settled, 165)
    expect(isClearCut(lines, 14)).toBe(true)
    expect(lines[0]!.text.endsWith('; mức')).toBe(true)
  })

  it('leaves a paragraph whose breaks are clear as it is', () => {
    const clear = body('Một đoạn ngắn.')
    expect(settleLineBreaks(clear, 165)).toEqual({ ...clear, lines: 1 })
  })

  it('keeps the room LibreOffice keeps after italic text (1/12 of the line)', () => {
    // Italic, 0,2 mm short of the box: Chromium fits it, LibreOffice wraps its last word.
    const words = 'Kèm theo Kế hoạch số 06/KH-CTĐ1 ngày 20 tháng 02 năm 2024 của Cụm thi đua'
    const width = measureMm(words, 14, { italic: true })
    const q = para(14, [{ text: `${words} số 1`, italic: true }], {
      align: 'center',
      line: { rule: 'exact', pt: 18.5 }
    })
    const box = width + 0.2
    expect(wrapRuns(q.runs, box, 14)[0]!.text).toBe(words)
    expect(isClearCut(paragraphLines(q, box), 14)).toBe(false)
    const settled = settleLineBreaks(q, box)
    expect(settled.leftMm).toBeCloseTo(settled.rightMm, 5)
    expect(isClearCut(paragraphLines(settled, box), 14)).toBe(true)
  })

  it('measures each run in its own style', () => {
    const plain = wrapRuns([{ text: 'Điểm cộng' }], 100, 14)[0]!.widthMm
    const mixed = wrapRuns([{ text: 'Điểm ', bold: true }, { text: 'cộng' }], 100, 14)[0]!
    expect(mixed.widthMm).toBeGreaterThan(plain)
    expect(mixed.widthMm).toBeCloseTo(
      measureMm('Điểm ', 14, { bold: true }) + measureMm('cộng', 14),
      6
    )
  })

  it('settles every line of every sample document', () => {
    const unsettled: string[] = []
    const walk = (blocks: readonly PlanBlock[], boxMm: number) => {
      for (const b of blocks) {
        if (b.kind === 'paragraph') {
          if (b.runs.length > 0 && !isClearCut(paragraphLines(b, boxMm), b.sizePt))
            unsettled.push(b.runs.map((r) => r.text).join(''))
          continue
        }
        for (const r of b.rows) {
          let column = 0
          for (const c of r.cells) {
            const pad = c.open ? 0 : (b.padding.left + b.padding.right) / PT_PER_MM
            const w = b.columnsMm.slice(column, column + c.span).reduce((x, y) => x + y, 0)
            column += c.span
            walk(c.blocks, w - pad)
          }
        }
      }
    }
    for (const { model } of allSampleDocuments(sample))
      for (const section of planDocument(model).sections) walk(section.blocks, section.widthMm)
    expect(unsettled).toEqual([])
  })
})

describe('the print paginates as the file', () => {
  const documents = allSampleDocuments(sample)

  it('never splits a blank space or a rule across pages (Word never splits a line)', () => {
    for (const { model } of documents) {
      const html = printableHtml(model)
      const blank = [
        ...html.matchAll(/<p style="([^"]*)"><\/p>|<div class="ctd-rule" style="([^"]*)">/g)
      ]
      expect(blank.length).toBeGreaterThan(0)
      for (const m of blank) expect(m[1] ?? m[2]).toContain('break-inside:avoid')
    }
  })

  it('keeps every bordered table within the text width, its outer lines included', () => {
    for (const { model } of documents)
      for (const section of planDocument(model).sections)
        for (const b of section.blocks)
          if (b.kind === 'table' && b.bordered)
            expect(
              b.columnsMm.reduce((x, y) => x + y, 0) + BORDER_PT / PT_PER_MM
            ).toBeLessThanOrEqual(section.widthMm + 1e-9)
  })

  it('makes the text area a whole number of pixels, the bottom margin never below the profile’s', () => {
    for (const profile of [
      DEFAULT_PROFILE,
      formatProfileSchema.parse({ marginTopMm: 25, marginBottomMm: 22 }),
      formatProfileSchema.parse({ marginTopMm: 23.5, marginBottomMm: 24.3 })
    ])
      for (const orientation of ['portrait', 'landscape'] as const) {
        const bottom = bottomMarginTwip(profile, orientation)
        expect(bottom).toBeGreaterThanOrEqual(mmToTwip(profile.marginBottomMm))
        expect(bottom).toBeLessThan(mmToTwip(profile.marginBottomMm) + 15)
        expect(Number.isInteger(textAreaPx(profile, orientation))).toBe(true)
      }
  })

  it('ends every block where the file ends it, to a layout unit, however many lines', () => {
    const flow = new Flow()
    // A body line of 18,5 pt and 6 pt after: Chromium rounds the line to 24,671875 px.
    for (let i = 1; i <= 40; i++) {
      const correction = flow.add(24.5, 24.671875 + 8)
      expect(Math.abs(correction)).toBeLessThan(1 / 32)
      expect(Math.abs(flow.chromePx - (i * 24.5 * 4) / 3)).toBeLessThanOrEqual(1 / 128)
    }
  })

  it('lets a long paragraph break across pages, and keeps a short one whole', () => {
    const long = Array.from({ length: 12 }, () => 'Một câu dài của thân văn bản.').join(' ')
    const model: DocumentModel = {
      title: 't',
      profile: DEFAULT_PROFILE,
      sections: [
        {
          orientation: 'portrait',
          restartNumbering: false,
          blocks: [paragraph('body', long), paragraph('body', 'Một câu ngắn.')]
        }
      ]
    }
    const [a, b] = planDocument(model).sections[0]!.blocks as PlanParagraph[]
    expect(paragraphLines(a!, 165).length).toBeGreaterThan(4)
    expect(a!.keepLines).toBe(false)
    expect(b!.keepLines).toBe(true)
  })
})
