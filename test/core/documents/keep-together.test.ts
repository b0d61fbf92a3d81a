import { beforeAll, describe, expect, it } from 'vitest'
import { buildPactDocument, criteriaTable } from '@core/documents/kinds/pact'
import {
  paragraph,
  type Block,
  type DocumentModel,
  type SignatureBlock
} from '@core/documents/model'
import { packDocx } from '@core/documents/pack'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import { pactSignedBy } from '@core/sample/stress-document-models'
import {
  hasPoppler,
  hasSoffice,
  pdfWords,
  renderWithLibreOffice,
  type PdfPage
} from '../../helpers/docx'
import { sample } from '../../helpers/sample-docs'

/**
 * Signatures kept with their text, checked the way a văn thư would: the body grows one line at a
 * time, so the text ends at every position of a page, and each variant is rendered by LibreOffice.
 * To keep this to a few LibreOffice runs, every variant is one section of a single file (a section
 * starts on a new page, so each variant paginates as its own document); a marker on its first line
 * says which pages are whose.
 */

const VARIANTS = 31 // one-line paragraphs a page holds, and one more
const pdfs = new Map<string, PdfPage[]>()

/** The closing paragraph that must never be left behind by the signatures. */
const LAST =
  'Đoạn cuối của văn bản, là đoạn phải đứng cùng trang với chữ ký của các đơn vị tham gia giao ước thi đua./.'

function variants(closing: (v: number) => Block[], count = VARIANTS): DocumentModel {
  return {
    title: 'Thử giữ chữ ký với văn bản',
    profile: DEFAULT_PROFILE,
    sections: Array.from({ length: count }, (_, v) => ({
      orientation: 'portrait' as const,
      restartNumbering: true,
      blocks: [
        paragraph('body', `BIẾNTHỂ${v} mở đầu.`),
        ...Array.from({ length: v }, (_, k) => paragraph('body', `Dòng thân văn bản số ${k + 1}.`)),
        ...closing(v)
      ]
    }))
  }
}

/** The signature grid of a pact signed by `count` units, names "Đại diện …" filled in. */
function grid(count: number): SignatureBlock {
  const pact = buildPactDocument(pactSignedBy(sample, count), DEFAULT_PROFILE)
  return pact.sections[0]!.blocks.find((b): b is SignatureBlock => b.kind === 'signature')!
}

const COUNTS = [2, 6, 12, 15]
const grids = new Map(COUNTS.map((count) => [count, grid(count)]))

/**
 * A table of `rows` rows, then a signature: a narrow three-column table signed by one unit
 * (the signature is laid across the table), or the self-assessment form's six columns with a
 * Nơi nhận beside the signer (the signature is laid on the table's columns).
 */
const tableThenSignature = (rows: number, wide: boolean): Block[] => [
  {
    kind: 'table',
    columns: wide
      ? criteriaTable([], true).columns
      : [
          { header: 'STT', widthPercent: 8, align: 'center' },
          { header: 'Nội dung tiêu chí', widthPercent: 72, align: 'left' },
          { header: 'Điểm', widthPercent: 20, align: 'right' }
        ],
    rows: [
      ...Array.from({ length: rows }, (_, r) =>
        [String(r + 1), `Tiêu chí số ${r + 1}`, '5', '', '', ''].slice(0, wide ? 6 : 3)
      ),
      ['', 'DÒNGCUỐI của bảng', '100', '', '', ''].slice(0, wide ? 6 : 3)
    ]
  },
  {
    kind: 'signature',
    layout: 'single',
    signers: [{ titleLines: ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'], name: 'Đại diện đơn vị' }],
    recipients: wide ? ['Cụm trưởng', 'Lưu: VT'] : []
  }
]

const TABLES = ['narrow', 'wide'] as const

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
    ])
  ]
  const files = await Promise.all(
    models.map(async ([name, model]) => ({ name: `${name}.docx`, bytes: await packDocx(model) }))
  )
  renderWithLibreOffice(files).forEach((pdf, i) => pdfs.set(models[i]![0], pdfWords(pdf)))
}, 240_000)

/** The pages of each variant, in order. */
function byVariant(pages: PdfPage[]): PdfPage[][] {
  const out: PdfPage[][] = []
  for (const page of pages) {
    if (page.words.some((w) => w.text.startsWith('BIẾNTHỂ'))) out.push([])
    out[out.length - 1]!.push(page)
  }
  return out
}

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
