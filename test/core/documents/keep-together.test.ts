import { beforeAll, describe, expect, it } from 'vitest'
import { paragraph, type DocumentModel } from '@core/documents/model'
import { packDocx } from '@core/documents/pack'
import {
  hasPoppler,
  hasSoffice,
  pdfWords,
  renderWithLibreOffice,
  type PdfPage
} from '../../helpers/docx'
import {
  byVariant,
  grid,
  LAST,
  minutesClosing,
  noticeClosing,
  tableThenSignature,
  variants,
  VARIANTS
} from './closing-variants'

/**
 * Signatures kept with their text, checked the way a văn thư would: the body grows one line at a
 * time, so the text ends at every position of a page, and each variant is rendered by LibreOffice
 * (`closing-variants.ts` builds them; the print test compares the same with Chromium).
 */

const pdfs = new Map<string, PdfPage[]>()

const COUNTS = [2, 6, 12, 15]
const grids = new Map(COUNTS.map((count) => [count, grid(count)]))

const TABLES = ['narrow', 'wide'] as const

/** Closings of one or two signers: minutes with and without Nơi nhận, a notice. */
const CLOSINGS = {
  minutes: () => minutesClosing(true),
  tally: () => minutesClosing(false),
  notice: noticeClosing
} as const

beforeAll(async () => {
  if (!hasSoffice || !hasPoppler) return
  const models: Array<[string, DocumentModel]> = [
    ...COUNTS.map((count): [string, DocumentModel] => [
      `grid-${count}`,
      variants(() => [paragraph('body', LAST), grids.get(count)!])
    ]),
    ...TABLES.map((t): [string, DocumentModel] => [
      `table-${t}`,
      variants((v) => tableThenSignature(v * 2, t === 'wide'), 26)
    ]),
    ...Object.entries(CLOSINGS).map(([name, closing]): [string, DocumentModel] => [
      name,
      variants(closing)
    ])
  ]
  const files = await Promise.all(
    models.map(async ([name, model]) => ({ name: `${name}.docx`, bytes: await packDocx(model) }))
  )
  renderWithLibreOffice(files).forEach((pdf, i) => pdfs.set(models[i]![0], pdfWords(pdf)))
}, 240_000)

const has = (page: PdfPage, text: string) => {
  const words = text.split(' ')
  return page.words.some((_, i) => words.every((word, k) => page.words[i + k]?.text === word))
}
/** The index of the page holding a phrase (first occurrence), or -1. */
const pageOf = (pages: PdfPage[], text: string) => pages.findIndex((page) => has(page, text))

describe.skipIf(!hasSoffice || !hasPoppler).each(COUNTS)(
  'a pact signed by %i units, its text ending at every line of a page',
  (count) => {
    const signers = () => grids.get(count)!.signers
    const names = () => signers().map((s) => s.name)

    it('renders every variant', () => {
      expect(byVariant(pdfs.get(`grid-${count}`)!)).toHaveLength(VARIANTS)
    })

    it('starts the signatures on the page of the last paragraph, which is never split', () => {
      for (const [v, pages] of byVariant(pdfs.get(`grid-${count}`)!).entries()) {
        const lastStart = pageOf(pages, 'Đoạn cuối của văn bản,')
        const lastEnd = pageOf(pages, 'giao ước thi đua./.')
        const firstSigner = pageOf(pages, signers()[0]!.titleLines[0]!)
        expect(lastStart, `variant ${v}`).toBe(lastEnd)
        expect(firstSigner, `variant ${v}`).toBe(lastStart)
      }
    })

    it('never splits a unit’s block: its title and its name are on one page', () => {
      for (const [v, pages] of byVariant(pdfs.get(`grid-${count}`)!).entries()) {
        for (const signer of signers()) {
          // The unit's own line (e.g. QUẬN ĐỐNG ĐA) and its name line "Đại diện Đống Đa".
          expect(pageOf(pages, signer.titleLines[1]!), `variant ${v} ${signer.name}`).toBe(
            pageOf(pages, signer.name)
          )
        }
      }
    })

    if (count <= 6) {
      it('keeps the whole grid on one page with the last paragraph: no page of signatures only', () => {
        for (const [v, pages] of byVariant(pdfs.get(`grid-${count}`)!).entries()) {
          const last = pageOf(pages, 'giao ước thi đua./.')
          for (const name of names()) expect(pageOf(pages, name), `variant ${v} ${name}`).toBe(last)
        }
      })
    } else {
      it('is taller than a page, so it runs on, and never leaves one row alone on the last page', () => {
        for (const [v, pages] of byVariant(pdfs.get(`grid-${count}`)!).entries()) {
          const lastPage = pages.length - 1
          const onLast = names().filter((name) => pageOf(pages, name) === lastPage)
          // Two rows: four signatories, or three when the last row has one.
          expect(onLast.length, `variant ${v}`).toBeGreaterThanOrEqual(count % 2 === 1 ? 3 : 4)
        }
      })
    }
  }
)

describe.skipIf(!hasSoffice || !hasPoppler).each(TABLES)(
  'a %s table followed by a signature (phiếu tự chấm)',
  (table) => {
    it('keeps the table’s last row on the page of the signature, wherever the table ends', () => {
      const all = byVariant(pdfs.get(`table-${table}`)!)
      expect(all).toHaveLength(26)
      for (const [v, pages] of all.entries()) {
        const last = pageOf(pages, 'DÒNGCUỐI')
        expect(pageOf(pages, 'TM. BAN THƯỜNG TRỰC'), `variant ${v}`).toBe(last)
        expect(pageOf(pages, 'Đại diện đơn vị'), `variant ${v}`).toBe(last)
      }
    })

    it('repeats the header row on every page the table runs onto', () => {
      for (const [v, pages] of byVariant(pdfs.get(`table-${table}`)!).entries()) {
        for (const page of pages.filter((p) => has(p, 'DÒNGCUỐI') || has(p, 'Tiêu chí số'))) {
          expect(has(page, 'Nội dung tiêu chí'), `variant ${v}`).toBe(true)
        }
      }
    })
  }
)

describe.skipIf(!hasSoffice || !hasPoppler).each(Object.keys(CLOSINGS))(
  'the closing of %s, its text ending at every line of a page',
  (name) => {
    it('moves the last paragraph with the signatures: never a page of signatures only', () => {
      const all = byVariant(pdfs.get(name)!)
      expect(all).toHaveLength(VARIANTS)
      for (const [v, pages] of all.entries()) {
        const lastStart = pageOf(pages, 'Đoạn cuối của văn bản,')
        const lastEnd = pageOf(pages, 'giao ước thi đua./.')
        const signature = pages.findIndex((page) =>
          page.words.some((w) => ['THƯ', 'CHỦ', 'TM.'].includes(w.text))
        )
        expect(lastStart, `variant ${v}`).toBe(lastEnd)
        expect(signature, `variant ${v}`).toBe(lastEnd)
        expect(pages.length - 1, `variant ${v}`).toBe(lastEnd)
      }
    })
  }
)
