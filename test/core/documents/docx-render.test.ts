import { execFileSync } from 'node:child_process'
import { describe, expect, it, beforeAll } from 'vitest'
import { packDocx } from '@core/documents/pack'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import { lineHeightPt } from '@core/documents/geometry'
import type { SignatureBlock } from '@core/documents/model'
import {
  findPhrase,
  hasPoppler,
  hasSoffice,
  pdfFonts,
  pdfText,
  pdfWords,
  PT_PER_MM,
  renderWithLibreOffice,
  type PdfPage
} from '../../helpers/docx'
import { allDocumentKinds, bigPact, longDocument, longMinutes } from '../../helpers/sample-docs'

const kinds = [
  ...allDocumentKinds(),
  { name: 'dai-nhieu-trang', model: longDocument() },
  { name: 'bien-ban-dai', model: longMinutes() },
  { name: 'giao-uoc-12-don-vi', model: bigPact() }
]
const pdfs = new Map<string, string>()
const TOL = 2 // points of tolerance for font side bearings and rounding

const p = DEFAULT_PROFILE
const margin = {
  top: p.marginTopMm * PT_PER_MM,
  bottom: p.marginBottomMm * PT_PER_MM,
  left: p.marginLeftMm * PT_PER_MM,
  right: p.marginRightMm * PT_PER_MM
}

beforeAll(() => {
  if (!hasSoffice || !hasPoppler) return
  return (async () => {
    const files = await Promise.all(
      kinds.map(async ({ name, model }) => ({ name: `${name}.docx`, bytes: await packDocx(model) }))
    )
    const out = renderWithLibreOffice(files)
    kinds.forEach(({ name }, i) => pdfs.set(name, out[i]!))
  })()
}, 120_000)

/** Words inside the text area (everything but the page number in the top margin). */
const bodyWords = (page: PdfPage) => page.words.filter((w) => w.yMin > margin.top - TOL)

/** Documents open with the ND30 header, except a register book (sổ), which opens with its cover. */
const hasNationalHeading = (name: string) =>
  kinds.find((k) => k.name === name)!.model.sections[0]!.blocks[0]!.kind === 'header'

describe.skipIf(!hasSoffice || !hasPoppler).each(kinds.map((k) => k.name))(
  '%s rendered by LibreOffice',
  (name) => {
    const pages = () => pdfWords(pdfs.get(name)!)

    it('is A4 and keeps every word inside the margins', () => {
      for (const [index, page] of pages().entries()) {
        const portrait = page.width < page.height
        expect([
          Math.round(Math.min(page.width, page.height)),
          Math.round(Math.max(page.width, page.height))
        ]).toEqual([595, 842])
        for (const word of page.words) {
          const where = `page ${index + 1} "${word.text}"`
          expect(word.xMin, where).toBeGreaterThanOrEqual(margin.left - TOL)
          expect(word.xMax, where).toBeLessThanOrEqual(page.width - margin.right + TOL)
          expect(word.yMax, where).toBeLessThanOrEqual(page.height - margin.bottom + TOL)
          expect(word.yMin, where).toBeGreaterThanOrEqual(portrait ? 0 : 0)
        }
      }
    })

    it('prints the Quốc hiệu on one line in the right column with the Tiêu ngữ centred under it', () => {
      const [first] = pages()
      if (!hasNationalHeading(name))
        return expect(findPhrase(first!, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeNull()
      const title = findPhrase(first!, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
      const motto = findPhrase(first!, 'Độc lập - Tự do - Hạnh phúc')
      expect(title, 'Quốc hiệu').not.toBeNull()
      expect(motto, 'Tiêu ngữ').not.toBeNull()
      expect(new Set(title!.map((w) => Math.round(w.yMin))).size).toBe(1)
      const rightColumnStart = margin.left + 62 * PT_PER_MM
      expect(title![0]!.xMin).toBeGreaterThanOrEqual(rightColumnStart - TOL)
      const centre = (ws: typeof title) => (ws![0]!.xMin + ws![ws!.length - 1]!.xMax) / 2
      expect(Math.abs(centre(title) - centre(motto))).toBeLessThan(3)
      expect(motto![0]!.yMin).toBeGreaterThan(title![0]!.yMin + 8)
    })

    it('shows no page number on page 1 and the right number centred at the top from page 2', () => {
      const all = pdfWords(pdfs.get(name)!)
      const inTopMargin = (page: PdfPage) => page.words.filter((w) => w.yMax < margin.top + TOL)
      expect(inTopMargin(all[0]!)).toEqual([])
      // Page numbers restart at 1 in an annex section; its first page shows none either.
      const numbersSeen = all.slice(1).map((page) =>
        inTopMargin(page)
          .map((w) => w.text)
          .join(' ')
      )
      for (const [i, page] of all.slice(1).entries()) {
        const words = inTopMargin(page)
        if (words.length === 0) continue
        expect(words).toHaveLength(1)
        const centre = (words[0]!.xMin + words[0]!.xMax) / 2
        const textCentre = (margin.left + page.width - margin.right) / 2
        expect(Math.abs(centre - textCentre), `page ${i + 2}`).toBeLessThan(3)
      }
      // Ballot papers: every copy is its own section on one page, so no page carries a number
      // (a number on a secret ballot would identify it).
      const model = kinds.find((k) => k.name === name)!.model
      const copies = model.sections.length > 1 && model.sections.every((s) => s.restartNumbering)
      if (copies) expect(numbersSeen.filter(Boolean)).toEqual([])
      else if (all.length > 1) expect(numbersSeen[0]).toBe('2')
    })

    it('keeps the place-and-date line on one line and the phrases of the header whole', () => {
      const model = kinds.find((k) => k.name === name)!.model
      const header = model.sections[0]!.blocks[0]!
      if (header.kind !== 'header') return
      const first = pages()[0]!
      const oneLine = (phrase: string) => {
        const words = findPhrase(first, phrase)
        expect(words, phrase).not.toBeNull()
        expect(new Set(words!.map((w) => Math.round(w.yMin))).size, phrase).toBe(1)
      }
      if (header.placeDateLine) oneLine(header.placeDateLine)
      const lines = [...header.parentLines, ...header.issuerLines].join(' ')
      for (const phrase of [
        'ỦY BAN',
        'MẶT TRẬN TỔ QUỐC',
        'THÀNH PHỐ',
        'HÀ NỘI',
        'HỒ CHÍ MINH',
        'KHU VỰC'
      ])
        if (lines.includes(phrase)) oneLine(phrase)
    })

    it('never breaks "STT" or a number in a table', () => {
      for (const page of pages()) {
        for (const [i, w] of page.words.entries()) {
          const next = page.words[i + 1]
          expect(`${w.text}|${next?.text}`).not.toMatch(/^ST\|T/)
        }
      }
    })

    it('sets the lines of a paragraph at the height Word gives them (the profile’s spacing, exact)', () => {
      const model = kinds.find((k) => k.name === name)!.model
      const pitch = lineHeightPt(model.profile.bodyPt, model.profile.lineSpacing)
      const long = model.sections[0]!.blocks.find(
        (b) =>
          b.kind === 'paragraph' &&
          b.role === 'body' &&
          b.runs.map((r) => r.text).join('').length > 200
      )
      if (!long || long.kind !== 'paragraph') return
      const words =
        `${long.label ? `${long.label} ` : ''}${long.runs.map((r) => r.text).join('')}`.split(/\s+/)
      for (const page of pages()) {
        const start = page.words.findIndex((_, i) =>
          words.slice(0, 4).every((w, k) => page.words[i + k]?.text === w)
        )
        if (start < 0) continue
        const ys: number[] = []
        for (let k = 0; k < words.length && page.words[start + k]?.text === words[k]; k++) {
          const y = page.words[start + k]!.yMax
          if (!ys.some((seen) => Math.abs(seen - y) < 1)) ys.push(y)
        }
        expect(ys.length).toBeGreaterThanOrEqual(2)
        for (let k = 1; k < ys.length; k++)
          expect(Math.abs(ys[k]! - ys[k - 1]! - pitch), `${ys[k]! - ys[k - 1]!}`).toBeLessThan(0.11)
        return
      }
      throw new Error('paragraph not found')
    })

    it('stands the names of each row of a signature grid on one baseline', () => {
      const model = kinds.find((k) => k.name === name)!.model
      const grids = model.sections.flatMap((s) =>
        s.blocks.filter((b): b is SignatureBlock => b.kind === 'signature' && b.layout === 'grid')
      )
      const all = pages()
      for (const grid of grids) {
        for (let i = 0; i + 1 < grid.signers.length; i += 2) {
          const [a, b] = [grid.signers[i]!.name, grid.signers[i + 1]!.name]
          if (!a || !b) continue
          const place = (n: string) =>
            all.map((page) => findPhrase(page, n)).find((w) => w !== null)?.[0]
          expect(Math.abs(place(a)!.yMin - place(b)!.yMin), `${a} / ${b}`).toBeLessThan(0.5)
        }
      }
    })

    it('embeds only Times-metric fonts and keeps the Vietnamese text intact', () => {
      const fonts = pdfFonts(pdfs.get(name)!)
      expect(fonts.length).toBeGreaterThan(0)
      for (const font of fonts) expect(font).toMatch(/^LiberationSerif/)
      const text = pdfText(pdfs.get(name)!)
      if (hasNationalHeading(name)) {
        expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
        expect(text).toContain('Độc lập - Tự do - Hạnh phúc')
      }
      expect(bodyWords(pdfWords(pdfs.get(name)!)[0]!).length).toBeGreaterThan(20)
    })
  }
)

describe.skipIf(!hasSoffice || !hasPoppler)('page flow', () => {
  it('the long document runs past five pages, restarts numbering in its landscape annex, and wraps long header lines', () => {
    const pages = pdfWords(pdfs.get('dai-nhieu-trang')!)
    expect(pages.length).toBeGreaterThanOrEqual(5)
    const landscape = pages.filter((page) => page.width > page.height)
    expect(landscape.length).toBeGreaterThanOrEqual(1)
    const text = pdfText(pdfs.get('dai-nhieu-trang')!)
    expect(text).toContain('Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2025')
    const first = pages[0]!
    const issuer = first.words.filter(
      (w) =>
        ['KHU', 'VỰC', 'PHÍA', 'NAM', 'SỐ', '12'].includes(w.text) &&
        w.xMax < margin.left + 62 * PT_PER_MM + TOL
    )
    expect(new Set(issuer.map((w) => Math.round(w.yMin))).size).toBeGreaterThan(1)
  })

  it('minutes run to the page count expected: 1–2 pages for the sample signing, 2–3 with a vote, 10+ for a long meeting', () => {
    expect(pdfWords(pdfs.get('minutes-2020-signing')!).length).toBeLessThanOrEqual(2)
    expect(pdfWords(pdfs.get('minutes-year-end')!).length).toBeGreaterThanOrEqual(2)
    expect(pdfWords(pdfs.get('minutes-year-end')!).length).toBeLessThanOrEqual(3)
    const long = pdfWords(pdfs.get('bien-ban-dai')!)
    expect(long.length).toBeGreaterThanOrEqual(10)
    const last = pdfText(pdfs.get('bien-ban-dai')!)
    expect(last).toContain('THƯ KÝ')
    expect(last).toContain('CHỦ TRÌ')
    expect(last).toContain('Đạt')
  })

  it('the plan numbers its annex from 1: page 1 of the annex has no number', () => {
    const pdf = pdfs.get('plan')!
    const pages = pdfWords(pdf)
    const annexStart = pages.findIndex(
      (page) => findPhrase(page, 'LỊCH TRIỂN KHAI CÁC HOẠT ĐỘNG') !== null
    )
    expect(annexStart).toBeGreaterThan(0)
    expect(pages[annexStart]!.words.filter((w) => w.yMax < margin.top)).toEqual([])
    execFileSync('pdfinfo', [pdf])
  })
})
