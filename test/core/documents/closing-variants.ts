import { buildPactDocument, criteriaTable } from '../../../src/core/documents/kinds/pact'
import {
  paragraph,
  type Block,
  type DocumentModel,
  type SignatureBlock
} from '../../../src/core/documents/model'
import { DEFAULT_PROFILE } from '../../../src/core/documents/profile'
import { buildSampleDataset } from '../../../src/core/sample/sample-dataset'
import { pactSignedBy } from '../../../src/core/sample/stress-document-models'
import type { PdfPage } from '../../helpers/docx'

/**
 * Documents whose text ends at every position of a page, for the checks that signatures stay with
 * their text (LibreOffice, `keep-together.test.ts`) and that the print breaks its pages as the
 * Word file does (Chromium against LibreOffice, `print-matches-word.e2e.test.ts`). The body grows
 * one line at a time; every variant is one section of a single file (a section starts on a new
 * page, so each variant paginates as its own document), and a marker on its first line says
 * which pages are whose.
 */

/** One-line paragraphs a page holds, and one more. */
export const VARIANTS = 31

/** The marker that opens each variant. */
const MARK = 'BIẾNTHỂ'

/** The closing paragraph that must never be left behind by the signatures. */
export const LAST =
  'Đoạn cuối của văn bản, là đoạn phải đứng cùng trang với chữ ký của các đơn vị tham gia giao ước thi đua./.'

/** A paragraph of two lines: `shift` of them before the body move its end by a third of a line. */
const TWO_LINES =
  'Đoạn hai dòng đặt trước thân văn bản để dời chỗ kết thúc của văn bản đi một phần ba dòng so với các biến thể khác.'

/**
 * `count` variants, the `v`-th with `v` one-line body paragraphs before `closing(v)`. With
 * `shift`, that many two-line paragraphs open each variant: a body line is 18,5 pt and 6 pt of
 * spacing, a two-line paragraph 6 pt less than two one-line ones, so the text ends at other
 * heights of the page than without.
 */
export function variants(
  closing: (v: number) => Block[],
  count = VARIANTS,
  shift = 0
): DocumentModel {
  return {
    title: 'Thử giữ chữ ký với văn bản',
    profile: DEFAULT_PROFILE,
    sections: Array.from({ length: count }, (_, v) => ({
      orientation: 'portrait' as const,
      restartNumbering: true,
      blocks: [
        paragraph('body', `${MARK}${v} mở đầu.`),
        ...Array.from({ length: shift }, () => paragraph('body', TWO_LINES)),
        ...Array.from({ length: v }, (_, k) => paragraph('body', `Dòng thân văn bản số ${k + 1}.`)),
        ...closing(v)
      ]
    }))
  }
}

/** The pages of each variant, in order. */
export function byVariant(pages: PdfPage[]): PdfPage[][] {
  const out: PdfPage[][] = []
  for (const page of pages) {
    if (page.words.some((w) => w.text.startsWith(MARK))) out.push([])
    out[out.length - 1]!.push(page)
  }
  return out
}

const dataset = buildSampleDataset('2026-01-01T00:00:00.000Z')

/** The signature grid of a pact signed by `count` units, names "Đại diện …" filled in. */
export function grid(count: number): SignatureBlock {
  const pact = buildPactDocument(pactSignedBy(dataset, count), DEFAULT_PROFILE)
  return pact.sections[0]!.blocks.find((b): b is SignatureBlock => b.kind === 'signature')!
}

/**
 * A table of `rows` rows, then a signature: a narrow three-column table signed by one unit
 * (the signature is laid across the table), or the self-assessment form's six columns with a
 * Nơi nhận beside the signer (the signature is laid on the table's columns).
 */
export const tableThenSignature = (rows: number, wide: boolean): Block[] => [
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

/** The closing of minutes: the last paragraph, the secretary and the chair, Nơi nhận under. */
export const minutesClosing = (recipients: boolean): Block[] => [
  paragraph('body', LAST),
  {
    kind: 'signature',
    layout: 'pair',
    signers: [
      { titleLines: ['THƯ KÝ'], name: recipients ? 'Trần Văn Ghi' : '' },
      { titleLines: ['CHỦ TRÌ'], name: recipients ? 'Vũ Thị Thành' : '' }
    ],
    recipients: recipients ? ['Các đơn vị trong Cụm', 'Lưu: VT, Hồ sơ'] : []
  }
]

/** The closing of a notice: the last paragraph, Nơi nhận on the left and one signer. */
export const noticeClosing = (): Block[] => [
  paragraph('body', LAST),
  {
    kind: 'signature',
    layout: 'single',
    signers: [{ titleLines: ['TM. CỤM THI ĐUA SỐ 1', 'CỤM TRƯỞNG'], name: 'Nguyễn Văn An' }],
    recipients: ['Các đơn vị trong Cụm', 'Ban Thường trực', 'Lưu: VT']
  }
]
