import { beforeAll, describe, expect, it, vi } from 'vitest'
import { packDocx } from '@core/documents/pack'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import { ballotPageFit, buildBallotPapersDocument } from '@core/documents/kinds/ballot-paper'
import type { Ballot } from '@core/ballot/model'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { sampleYearEnd, sampleYearEndDocuments } from '@core/sample/sample-ballot'
import {
  hasPoppler,
  hasSoffice,
  pdfFonts,
  pdfText,
  pdfWords,
  PT_PER_MM,
  renderWithLibreOffice,
  type PdfPage
} from '../../helpers/docx'

// The machine is shared: slow runs are not failures.
vi.setConfig({ testTimeout: 120_000 })

let n = 0
const data = buildSampleDataset('2026-01-01T00:00:00.000Z', () => `r-${++n}`)
const sample = sampleYearEnd(data)
const cluster = sample.meeting.cluster

/** One section of `count` candidates with long names (wrapping in the name column). */
function longBallot(count: number): Ballot {
  const section = sample.ballot.sections[1]!
  return {
    ...sample.ballot,
    sections: [
      {
        ...section,
        maxChoices: 1,
        candidates: Array.from({ length: count }, (_, i) => ({
          unitId: `w${i}`,
          label: `Ủy ban Mặt trận Tổ quốc Việt Nam phường số ${i + 1} khu vực phía Nam thành phố`,
          rank: i + 1,
          total: null,
          tied: false
        }))
      }
    ]
  }
}

const fit = (b: Ballot) => ballotPageFit(cluster, b, DEFAULT_PROFILE)
/** The most candidates the estimate lets on one page. */
let most = 1
while (fit(longBallot(most + 1)).fits) most++

const kinds = [
  ...sampleYearEndDocuments(data).map((d) => ({ name: d.kind, model: d.model })),
  {
    name: 'ballot-most',
    model: buildBallotPapersDocument(cluster, longBallot(most), DEFAULT_PROFILE, 2)
  },
  {
    name: 'ballot-too-long',
    model: buildBallotPapersDocument(cluster, longBallot(Math.ceil(most * 1.5)), DEFAULT_PROFILE, 2)
  }
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
}, 240_000)

const pages = (name: string) => pdfWords(pdfs.get(name)!)
const inTopMargin = (page: PdfPage) => page.words.filter((w) => w.yMax < top + TOL)
const isPapers = (name: string) =>
  name.startsWith('ballot-papers') ||
  name.startsWith('ballot-most') ||
  name.startsWith('ballot-too')

describe.skipIf(!hasSoffice || !hasPoppler)('year-end documents rendered by LibreOffice', () => {
  it.each(kinds.map((k) => k.name))(
    '%s: A4 portrait, Times-metric fonts, the national heading',
    (name) => {
      for (const page of pages(name)) {
        expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842])
        expect(page.words.filter((w) => w.yMin > top - TOL).length).toBeGreaterThan(0)
      }
      for (const font of pdfFonts(pdfs.get(name)!)) expect(font).toMatch(/^LiberationSerif/)
      expect(pdfText(pdfs.get(name)!)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    }
  )

  it.each(kinds.map((k) => k.name).filter((k) => !isPapers(k)))(
    '%s: no page number on page 1, the number centred at the top from page 2',
    (name) => {
      const all = pages(name)
      expect(inTopMargin(all[0]!)).toEqual([])
      expect(all.length).toBeGreaterThanOrEqual(2)
      const page = all[1]!
      const second = inTopMargin(page)
      expect(second.map((w) => w.text)).toEqual(['2'])
      const centre =
        (DEFAULT_PROFILE.marginLeftMm * PT_PER_MM +
          page.width -
          DEFAULT_PROFILE.marginRightMm * PT_PER_MM) /
        2
      expect(Math.abs((second[0]!.xMin + second[0]!.xMax) / 2 - centre)).toBeLessThan(3)
    }
  )

  it('prints the papers one per page, electors plus spares, with no number on any page and every page alike', () => {
    const all = pages('ballot-papers')
    expect(all).toHaveLength(8)
    const words = (p: PdfPage) => p.words.map((w) => w.text).join(' ')
    for (const page of all) {
      expect(inTopMargin(page)).toEqual([])
      expect(words(page)).toBe(words(all[0]!))
    }
    expect(words(all[0]!)).toContain('IV. Bầu Cụm phó năm 2025')
    expect(pages('ballot-papers-round-2')).toHaveLength(8)
  })

  it('the one-page estimate holds: the longest paper it allows prints on one page, one half as long again does not', () => {
    expect(most).toBeGreaterThan(10)
    expect(pages('ballot-most')).toHaveLength(2)
    for (const page of pages('ballot-most')) expect(inTopMargin(page)).toEqual([])
    expect(fit(longBallot(Math.ceil(most * 1.5))).fits).toBe(false)
    expect(pages('ballot-too-long').length).toBeGreaterThan(2)
  })

  it('keeps the Biên bản kiểm phiếu’s section tables whole and signs after the sealing', () => {
    const all = pages('ballot-tally')
    const last = all.at(-1)!
    const words = last.words.map((w) => w.text)
    expect(words).toContain('TRƯỞNG')
    const head = last.words.find((w) => w.text === 'TRƯỞNG')!
    const member = last.words.find((w) => w.text === 'THÀNH')!
    expect(head.xMin).toBeLessThan(last.width / 2)
    expect(member.xMin).toBeGreaterThan(last.width / 2)
    // Each section heading ("… (chọn tối đa …)") sits on the same page as its table's header row.
    for (const page of all) {
      const headings = page.words.filter((w) => w.text === '(chọn')
      for (const h of headings)
        expect(
          page.words.some((w) => w.text === 'STT' && w.yMin > h.yMin),
          `table of the heading at ${h.yMin}`
        ).toBe(true)
    }
  })
})
