import type { FormatProfile } from './profile'

/**
 * The document model: plain data that says what an official document contains, already worded
 * and numbered. Builders in `kinds/` make it from the app's records; `render-docx.ts` and
 * `render-html.ts` draw the same model, so the Word file and the print preview cannot disagree.
 */
export interface DocumentModel {
  /** Shown in the register and used for the default file name. */
  title: string
  profile: FormatProfile
  sections: DocSection[]
  /**
   * Names to keep on one line wherever they appear in headers, titles and signatures (the units'
   * own names: "Hai Bà Trưng", "Long Biên"), on top of the fixed list of `phrases.ts`.
   */
  phrases?: string[]
}

/** A run of pages with one orientation; annexes start their own section and page numbering. */
export interface DocSection {
  orientation: 'portrait' | 'landscape'
  /** Restart page numbers at 1 (each annex is paginated separately, ND30 III.1.đ). */
  restartNumbering: boolean
  blocks: Block[]
}

export interface TextRunModel {
  text: string
  bold?: boolean
  italic?: boolean
}

/** The header of page 1: issuing body and number on the left, Quốc hiệu and date on the right. */
export interface HeaderBlock {
  kind: 'header'
  /** Parent lines, regular weight, e.g. `ỦY BAN MTTQ VIỆT NAM`, `THÀNH PHỐ HÀ NỘI`. */
  parentLines: string[]
  /** Issuer lines, bold, e.g. `CỤM THI ĐUA SỐ 1`; a rule of 1/3 of the widest line goes under. */
  issuerLines: string[]
  /** `Số: 05/BB-CTĐ1`, `Số:      /TB-CTĐ1` before numbering, or null for no number line. */
  numberLine: string | null
  /** The công văn summary `V/v …` under the number, or null. */
  regardingLine: string | null
  /** `Hà Nội, ngày 05 tháng 02 năm 2020`, or null (biên bản carry the date in the body). */
  placeDateLine: string | null
}

/** Tên loại (`THÔNG BÁO`) and trích yếu, centred, with a short rule under them. */
export interface TitleBlock {
  kind: 'title'
  typeName: string
  summaryLines: string[]
}

/** `Kính gửi: …`, one recipient on the line or several under it. */
export interface AddresseesBlock {
  kind: 'addressees'
  recipients: string[]
}

/**
 * A paragraph. `label` is the numbering already worded (`I.`, `1.`, `a)`, `-`, `+`), and `level`
 * how it is indented: body paragraphs and report-style headings use a first-line indent.
 */
export interface ParagraphBlock {
  kind: 'paragraph'
  role: 'body' | 'heading' | 'basis' | 'centered' | 'closing'
  label?: string
  runs: TextRunModel[]
  /** Keep this paragraph on the same page as the next one (headings). */
  keepWithNext?: boolean
}

export interface TableColumn {
  header: string
  /** Share of the text width, in percent; the columns add up to 100. */
  widthPercent: number
  align: 'left' | 'center' | 'right'
}

export interface TableBlock {
  kind: 'table'
  columns: TableColumn[]
  rows: string[][]
  /** Rows printed bold (totals). */
  boldRows?: number[]
}

/** One signing party: `TM. BAN THƯỜNG TRỰC` / `CHỦ TỊCH` / (gap) / `Nguyễn Văn A`. */
export interface Signer {
  /** Uppercase lines above the gap: authority (`TM. …`, `KT. …`) and position. */
  titleLines: string[]
  /** The person's name in sentence case; empty leaves the line for handwriting. */
  name: string
}

/**
 * The closing block. `single`: Nơi nhận on the left, one signer on the right. `pair`: two signers
 * side by side (minutes: THƯ KÝ left, CHỦ TRÌ right) with Nơi nhận under the left one. `grid`: one
 * block per party in two columns (the pact), never split across pages.
 */
export interface SignatureBlock {
  kind: 'signature'
  layout: 'single' | 'pair' | 'grid'
  signers: Signer[]
  /** `Nơi nhận:` items without the leading dash; the last is `Lưu: VT, …`. Empty: no list. */
  recipients: string[]
}

export interface PageBreakBlock {
  kind: 'page-break'
}

export type Block =
  | HeaderBlock
  | TitleBlock
  | AddresseesBlock
  | ParagraphBlock
  | TableBlock
  | SignatureBlock
  | PageBreakBlock

/** Shorthand for a paragraph of plain text. */
export function paragraph(
  role: ParagraphBlock['role'],
  text: string,
  options: { label?: string; bold?: boolean; italic?: boolean; keepWithNext?: boolean } = {}
): ParagraphBlock {
  return {
    kind: 'paragraph',
    role,
    ...(options.label ? { label: options.label } : {}),
    runs: [
      { text, ...(options.bold ? { bold: true } : {}), ...(options.italic ? { italic: true } : {}) }
    ],
    ...(options.keepWithNext ? { keepWithNext: true } : {})
  }
}
