import { cleanModel } from './clean-model'
import {
  ADDRESSEE_INDENT_MM,
  BORDER_PT,
  CELL_PADDING_PT,
  headerColumnsMm,
  lineHeightPt,
  mottoWidthMm,
  PT_PER_MM,
  SHORT_RULE_SHARE,
  SIGNATURE_SPLIT,
  widestLineMm
} from './geometry'
import type {
  AddresseesBlock,
  Block,
  DocSection,
  DocumentModel,
  HeaderBlock,
  ParagraphBlock,
  SignatureBlock,
  Signer,
  TableBlock,
  TitleBlock
} from './model'
import { paragraphLines, settleBlocks } from './line-breaks'
import { bindPhrases, bindWholeLine } from './phrases'
import { textAreaMm, textWidthMm, type FormatProfile } from './profile'
import { cellLineText, tableColumnsMm } from './table-columns'
import { wrapText, type TextStyle } from './text-metrics'
import { NATIONAL_MOTTO, NATIONAL_TITLE } from './wording'

/**
 * The page layout of a document, decided once for both renderers: every paragraph with its size,
 * line spacing rule, spacing, indents and keep rules; every table with its column widths in
 * millimetres. `render-docx.ts` writes it as WordprocessingML and `render-html.ts` as HTML and
 * CSS, each a plain transcription, so the Word file and the printed preview break their pages at
 * the same places (the print test compares them page by page).
 */

export interface PlanRun {
  text: string
  bold?: boolean
  italic?: boolean
}

/**
 * Line spacing with its rule, never left implicit: Word reads a bare `w:line` as a multiple and
 * LibreOffice as an exact height. `auto` is a multiple of the font's single line (text lines:
 * tone marks never collide); `exact` is a fixed height (only empty spacers and rules).
 */
export type LineRule = { rule: 'auto'; multiple: number } | { rule: 'exact'; pt: number }

export interface PlanParagraph {
  kind: 'paragraph'
  align: 'left' | 'center' | 'right' | 'justify'
  sizePt: number
  line: LineRule
  beforePt: number
  afterPt: number
  leftMm: number
  rightMm: number
  /** Positive: first-line indent; negative: hanging indent. */
  firstLineMm: number
  keepNext: boolean
  keepLines: boolean
  pageBreakBefore: boolean
  /** A solid rule drawn as the paragraph's bottom border (an empty paragraph). */
  rule: boolean
  runs: PlanRun[]
  /** Lines it takes in its box, once the layout has settled its line breaks. */
  lines?: number
}

export interface PlanCell {
  /** Paragraphs, or a nested table (followed by a paragraph, as Word requires). */
  blocks: PlanBlock[]
  span: number
  vAlign: 'top' | 'center' | 'bottom'
  /** In a bordered table: only the top border (a closing row under the table), no padding. */
  open?: boolean
}

export interface PlanRow {
  cells: PlanCell[]
  /** Repeated at the top of every page the table runs onto. */
  header: boolean
  cantSplit: boolean
  /** Kept on the same page as the next row or the paragraph after the table. */
  keepNext: boolean
}

export interface PlanTable {
  kind: 'table'
  role: 'header' | 'data' | 'signature'
  columnsMm: number[]
  bordered: boolean
  /** Cell padding in points. */
  padding: { top: number; bottom: number; left: number; right: number }
  rows: PlanRow[]
}

export type PlanBlock = PlanParagraph | PlanTable

export interface PlanSection {
  orientation: DocSection['orientation']
  widthMm: number
  /** Page numbers start again at 1 here (the first section and every annex). */
  restart: boolean
  /** Index of the run of pages numbered together: the HTML counter that section pages count. */
  numberingGroup: number
  blocks: PlanBlock[]
}

export interface DocumentPlan {
  title: string
  profile: FormatProfile
  sections: PlanSection[]
}

/**
 * Height of the paragraph that ends every section but the last in the Word file (it holds the
 * section's page settings; `pack.ts` sets its height), which the preview draws too.
 */
export const SECTION_BREAK_PT = 1

const NO_PADDING = { top: 0, bottom: 0, left: 0, right: 0 }

/** A paragraph of the plan with the defaults: left-aligned, single spacing, no spacing, no keeps. */
export function para(
  sizePt: number,
  runs: PlanRun[],
  options: Partial<PlanParagraph> = {}
): PlanParagraph {
  return {
    kind: 'paragraph',
    align: 'left',
    sizePt,
    line: { rule: 'auto', multiple: 1 },
    beforePt: 0,
    afterPt: 0,
    leftMm: 0,
    rightMm: 0,
    firstLineMm: 0,
    keepNext: false,
    keepLines: false,
    pageBreakBefore: false,
    rule: false,
    ...options,
    // An empty run draws nothing: a paragraph without text is an empty line.
    runs: (options.runs ?? runs).filter((run) => run.text !== '')
  }
}

/** An empty paragraph of a fixed height. */
function spacer(heightPt: number, keepNext = false): PlanParagraph {
  return para(heightPt, [], { line: { rule: 'exact', pt: heightPt }, keepNext })
}

/** A solid rule of a set length, centred in a box: an empty paragraph with a bottom border. */
function rule(lengthMm: number, boxMm: number, keepNext = false): PlanParagraph {
  const side = Math.max(0, Math.round(((boxMm - lengthMm) / 2) * 10) / 10)
  return para(2, [], {
    line: { rule: 'exact', pt: 2 },
    beforePt: 2,
    leftMm: side,
    rightMm: side,
    rule: true,
    keepNext
  })
}

const centred = (sizePt: number, text: string, style: TextStyle = {}): PlanParagraph =>
  para(sizePt, [{ text, ...style }], { align: 'center' })

/** Lays out a document model (cleaned at the boundary first). */
export function planDocument(input: DocumentModel): DocumentPlan {
  const model = cleanModel(input)
  const p = model.profile
  const names = model.phrases ?? []
  let group = -1
  const sections = model.sections.map((section, index): PlanSection => {
    const restart = index === 0 || section.restartNumbering
    if (restart) group += 1
    const ctx: Ctx = {
      p,
      names,
      orientation: section.orientation,
      widthMm: textWidthMm(p, section.orientation)
    }
    const blocks = section.blocks.flatMap((block) => planBlock(block, ctx))
    settleBlocks(blocks, ctx.widthMm)
    keepShortParagraphs(blocks, ctx.widthMm)
    applyClosingKeeps(section.blocks, blocks, ctx)
    mergeSpacers(blocks)
    return {
      orientation: section.orientation,
      widthMm: ctx.widthMm,
      restart,
      numberingGroup: group,
      blocks
    }
  })
  return { title: model.title, profile: p, sections }
}

interface Ctx {
  p: FormatProfile
  names: readonly string[]
  orientation: DocSection['orientation']
  widthMm: number
}

/** Blocks of the plan made from each model block, remembered for the keep rules. */
const origin = new WeakMap<PlanBlock, Block>()

function planBlock(block: Block, ctx: Ctx): PlanBlock[] {
  const out = ((): PlanBlock[] => {
    switch (block.kind) {
      case 'header':
        return [headerTable(block, ctx)]
      case 'title':
        return titleParagraphs(block, ctx)
      case 'addressees':
        return addressees(block, ctx)
      case 'paragraph':
        return [bodyParagraph(block, ctx)]
      case 'table':
        return [dataTable(block, ctx), spacer(ctx.p.paragraphAfterPt)]
      case 'signature':
        return [spacer(ctx.p.bodyPt / 2, true), signatureTable(block, ctx)]
      case 'page-break':
        return [{ ...spacer(1), pageBreakBefore: true }]
    }
  })()
  for (const b of out) origin.set(b, block)
  return out
}

function headerTable(block: HeaderBlock, ctx: Ctx): PlanTable {
  const { p } = ctx
  const cols = headerColumnsMm(p, ctx.orientation, block.placeDateLine)
  const bindLeft = (text: string, bold: boolean) =>
    bindPhrases(text, cols.left, p.issuerPt, { bold }, ctx.names)
  const issuerWidth = widestLineMm(
    block.issuerLines.map((t) => bindLeft(t, true)),
    cols.left,
    p.issuerPt,
    { bold: true }
  )
  const leftTop = [
    ...block.parentLines.map((t) => centred(p.issuerPt, bindLeft(t, false))),
    ...block.issuerLines.map((t) => centred(p.issuerPt, bindLeft(t, true), { bold: true })),
    rule(issuerWidth * SHORT_RULE_SHARE, cols.left)
  ]
  const rightTop = [
    centred(p.nationalTitlePt, NATIONAL_TITLE, { bold: true }),
    centred(p.mottoPt, NATIONAL_MOTTO, { bold: true }),
    rule(mottoWidthMm(p.mottoPt), cols.right)
  ]
  const rows: PlanRow[] = [row([cell(leftTop), cell(rightTop)])]
  if (block.numberLine !== null || block.placeDateLine !== null || block.regardingLine !== null) {
    const leftBottom = [
      spacer(6),
      ...(block.numberLine !== null ? [centred(p.numberPt, block.numberLine)] : []),
      ...(block.regardingLine !== null
        ? [{ ...centred(p.issuerPt, block.regardingLine), beforePt: 6 }]
        : [])
    ]
    const rightBottom = [
      spacer(6),
      ...(block.placeDateLine !== null
        ? // Never wraps: the column is made wide enough. No no-break spaces here: LibreOffice
          // draws them wider in italics, and the line would then break inside a number.
          [centred(p.placeDatePt, block.placeDateLine, { italic: true })]
        : [])
    ]
    rows.push(row([cell(leftBottom), cell(rightBottom)]))
  }
  return {
    kind: 'table',
    role: 'header',
    columnsMm: [cols.left, cols.right],
    bordered: false,
    padding: NO_PADDING,
    rows
  }
}

function row(cells: PlanCell[], options: Partial<PlanRow> = {}): PlanRow {
  return { cells, header: false, cantSplit: true, keepNext: false, ...options }
}

function cell(paragraphs: PlanParagraph[], options: Partial<PlanCell> = {}): PlanCell {
  return {
    blocks: paragraphs.length > 0 ? paragraphs : [para(12, [])],
    span: 1,
    vAlign: 'top',
    ...options
  }
}

function titleParagraphs(block: TitleBlock, ctx: Ctx): PlanParagraph[] {
  const { p, widthMm } = ctx
  const summary = block.summaryLines.map((t) =>
    bindPhrases(t, widthMm, p.summaryPt, { bold: true }, ctx.names)
  )
  const measured = summary.length > 0 ? summary : [block.typeName]
  const size = summary.length > 0 ? p.summaryPt : p.typeNamePt
  const titleWidth = widestLineMm(measured, widthMm, size, { bold: true })
  return [
    {
      ...centred(p.typeNamePt, block.typeName, { bold: true }),
      beforePt: 18,
      keepNext: true
    },
    ...summary.map((t) => ({ ...centred(p.summaryPt, t, { bold: true }), keepNext: true })),
    rule(titleWidth * SHORT_RULE_SHARE, widthMm, true),
    spacer(p.paragraphAfterPt * 2, true)
  ]
}

function addressees(block: AddresseesBlock, ctx: Ctx): PlanParagraph[] {
  const { p } = ctx
  if (block.recipients.length === 1) {
    return [
      {
        ...centred(p.bodyPt, `Kính gửi: ${block.recipients[0]}.`),
        afterPt: p.paragraphAfterPt
      }
    ]
  }
  // ND30 II.9: the dashes line up under the colon; long names wrap under their own text.
  const last = block.recipients.length - 1
  return [
    para(p.bodyPt, [{ text: 'Kính gửi:' }], { leftMm: ADDRESSEE_INDENT_MM.label }),
    ...block.recipients.map((text, i) =>
      keepShortLines(
        para(p.bodyPt, [{ text: `- ${text}${i === last ? '.' : ';'}` }], {
          leftMm: ADDRESSEE_INDENT_MM.items + ADDRESSEE_INDENT_MM.hanging,
          firstLineMm: -ADDRESSEE_INDENT_MM.hanging,
          afterPt: i === last ? p.paragraphAfterPt : 0
        })
      )
    )
  ]
}

function bodyParagraph(block: ParagraphBlock, ctx: Ctx): PlanParagraph {
  const { p } = ctx
  const isCentered = block.role === 'centered'
  const runs = block.runs.map((run, index) => ({
    text: index === 0 && block.label ? `${block.label} ${run.text}` : run.text,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic || block.role === 'basis' ? { italic: true } : {})
  }))
  return keepShortLines(
    para(p.bodyPt, runs, {
      align: isCentered ? 'center' : 'justify',
      firstLineMm: isCentered ? 0 : p.firstLineIndentMm,
      line: bodyLine(p),
      afterPt: p.paragraphAfterPt,
      keepNext: block.keepWithNext === true
    })
  )
}

/**
 * Line spacing of body text. Single spacing is `auto` (the font's own line). Above single, the
 * line height is written `exact`: with a multiple, LibreOffice lets the last line's added space
 * hang below the bottom margin and Word does not, so the same file would break its pages
 * differently; an exact height of that many single lines is read alike by both, and leaves the
 * stacked tone marks of Vietnamese capitals more room than single spacing does.
 */
function bodyLine(p: FormatProfile): LineRule {
  return p.lineSpacing > 1
    ? { rule: 'exact', pt: lineHeightPt(p.bodyPt, p.lineSpacing) }
    : { rule: 'auto', multiple: 1 }
}

const ALIGN = { left: 'left', center: 'center', right: 'right' } as const

function dataTable(block: TableBlock, ctx: Ctx): PlanTable {
  const { p, widthMm } = ctx
  const columnsMm = tableColumnsMm(
    block.columns,
    block.rows,
    widthMm - BORDER_PT / PT_PER_MM,
    p.tablePt,
    { names: ctx.names, ...(block.boldRows ? { boldRows: block.boldRows } : {}) }
  )
  const contentMm = (col: number) =>
    columnsMm[col]! - (CELL_PADDING_PT.left + CELL_PADDING_PT.right) / PT_PER_MM
  const cellOf = (text: string, col: number, options: { bold?: boolean; header?: boolean }) => {
    const lines = text === '' ? [''] : text.split('\n')
    return cell(
      lines.map((line) =>
        para(
          p.tablePt,
          line === ''
            ? []
            : [
                {
                  // Numbers and dates whole, names at their phrase boundaries.
                  text: cellLineText(line, contentMm(col), p.tablePt, ctx.names, options.header),
                  ...(options.bold ? { bold: true } : {})
                }
              ],
          { align: options.header ? 'center' : ALIGN[block.columns[col]!.align] }
        )
      ),
      { vAlign: 'center' }
    )
  }
  // The header row never stands alone at the foot of a page: it keeps with the first row.
  const header = row(
    block.columns.map((c, i) => cellOf(c.header, i, { bold: true, header: true })),
    { header: true, keepNext: block.rows.length > 0 }
  )
  const rows = block.rows.map((cells, r) =>
    row(
      block.columns.map((_, i) => cellOf(cells[i] ?? '', i, { bold: block.boldRows?.includes(r) }))
    )
  )
  return {
    kind: 'table',
    role: 'data',
    columnsMm,
    bordered: true,
    padding: CELL_PADDING_PT,
    rows: [header, ...rows]
  }
}

/** Paragraphs of one signer; `padLines` empty lines are added to the gap to level a row. */
function signerParagraphs(signer: Signer, boxMm: number, ctx: Ctx, padLines = 0): PlanParagraph[] {
  const { p } = ctx
  const single = lineHeightPt(p.signaturePt)
  return [
    ...signer.titleLines.map((t) =>
      centred(p.signaturePt, bindPhrases(t, boxMm, p.signaturePt, { bold: true }, ctx.names), {
        bold: true
      })
    ),
    spacer(single * (p.signatureGapLines + padLines)),
    centred(p.signaturePt, bindWholeLine(signer.name, boxMm, p.signaturePt, { bold: true }), {
      bold: true
    })
  ]
}

/** Printed lines of a signer's title, wrapped as they will be in the box. */
function titleLineCount(signer: Signer, boxMm: number, ctx: Ctx): number {
  const { p } = ctx
  return signer.titleLines.reduce(
    (n, t) =>
      n +
      wrapText(
        bindPhrases(t, boxMm, p.signaturePt, { bold: true }, ctx.names),
        boxMm,
        p.signaturePt,
        {
          bold: true
        }
      ).length,
    0
  )
}

/**
 * Two signers side by side: their gaps are evened out so that the titles start on one line and
 * the names stand on one baseline, and the cells are bottom-aligned so that the names still
 * line up if a title wraps differently than measured.
 */
function signerPair(
  a: Signer,
  b: Signer | undefined,
  boxMm: number,
  ctx: Ctx,
  top: PlanParagraph[]
): PlanCell[] {
  const la = titleLineCount(a, boxMm, ctx)
  const lb = b ? titleLineCount(b, boxMm, ctx) : la
  const most = Math.max(la, lb)
  const cells = [
    cell([...top, ...signerParagraphs(a, boxMm, ctx, most - la)], { vAlign: 'bottom' })
  ]
  if (b)
    cells.push(cell([...top, ...signerParagraphs(b, boxMm, ctx, most - lb)], { vAlign: 'bottom' }))
  return cells
}

function recipientParagraphs(items: string[], ctx: Ctx): PlanParagraph[] {
  const { p } = ctx
  if (items.length === 0) return []
  return [
    para(p.recipientsLabelPt, [{ text: 'Nơi nhận:', bold: true, italic: true }]),
    ...items.map((item, i) =>
      para(p.recipientsPt, [{ text: `- ${item}${i === items.length - 1 ? '.' : ';'}` }])
    )
  ]
}

function signatureTable(block: SignatureBlock, ctx: Ctx): PlanTable {
  const { p, widthMm } = ctx
  const table = (columnsMm: number[], rows: PlanRow[]): PlanTable => ({
    kind: 'table',
    role: 'signature',
    columnsMm,
    bordered: false,
    padding: NO_PADDING,
    rows
  })
  if (block.layout === 'single') {
    const left = Math.round(widthMm * SIGNATURE_SPLIT.left * 10) / 10
    const right = Math.round((widthMm - left) * 10) / 10
    const signer = block.signers[0] ?? { titleLines: [], name: '' }
    return table(
      [left, right],
      [
        row([
          cell(recipientParagraphs(block.recipients, ctx)),
          cell(signerParagraphs(signer, right, ctx))
        ])
      ]
    )
  }
  const half = Math.round((widthMm / 2) * 10) / 10
  const columns = [half, Math.round((widthMm - half) * 10) / 10]
  const rows: PlanRow[] = []
  if (block.layout === 'pair') {
    const [a, b] = block.signers
    rows.push(row(a ? signerPair(a, b, half, ctx, []) : [cell([]), cell([])]))
    if (block.recipients.length > 0) {
      rows[0]!.keepNext = true
      rows.push(row([cell([spacer(12), ...recipientParagraphs(block.recipients, ctx)]), cell([])]))
    }
  } else {
    for (let i = 0; i < block.signers.length; i += 2) {
      const a = block.signers[i]!
      const b = block.signers[i + 1]
      const top = [spacer(p.bodyPt)]
      rows.push(
        row(
          b
            ? signerPair(a, b, half, ctx, top)
            : [cell([...top, ...signerParagraphs(a, widthMm, ctx)], { span: 2, vAlign: 'bottom' })]
        )
      )
    }
  }
  return table(columns, rows)
}

const isSpacer = (b: PlanBlock | undefined): b is PlanParagraph =>
  b?.kind === 'paragraph' &&
  b.runs.length === 0 &&
  b.line.rule === 'exact' &&
  !b.rule &&
  !b.pageBreakBefore &&
  b.beforePt === 0 &&
  b.afterPt === 0

/**
 * Two blank spaces in a row (after a table, before a signature) become one of their summed
 * height: LibreOffice carries a table row's keep-with-next over one paragraph to what follows,
 * not over two.
 */
function mergeSpacers(blocks: PlanBlock[]): void {
  for (let i = blocks.length - 1; i > 0; i--) {
    const [a, b] = [blocks[i - 1], blocks[i]]
    if (!isSpacer(a) || !isSpacer(b) || a.line.rule !== 'exact' || b.line.rule !== 'exact') continue
    const height = a.line.pt + b.line.pt
    blocks.splice(i - 1, 2, {
      ...b,
      sizePt: height,
      line: { rule: 'exact', pt: height },
      keepNext: a.keepNext || b.keepNext
    })
  }
}

/** Number of lines of a planned paragraph in its box, `boxMm` wide. */
function lineCount(paragraph: PlanParagraph, boxMm: number): number {
  if (paragraph.lines !== undefined) return paragraph.lines
  if (paragraph.runs.length === 0) return 1
  return paragraphLines(paragraph, boxMm).length
}

/** Height of a planned paragraph in points, wrapped in a box `boxMm` wide. */
function paragraphHeightPt(paragraph: PlanParagraph, boxMm: number): number {
  const { line } = paragraph
  const each = line.rule === 'exact' ? line.pt : lineHeightPt(paragraph.sizePt, line.multiple)
  return paragraph.beforePt + lineCount(paragraph, boxMm) * each + paragraph.afterPt
}

/** Paragraphs of text kept whole when they are short (`keepShortParagraphs`). */
const shortKept = new WeakSet<PlanParagraph>()

function keepShortLines(paragraph: PlanParagraph): PlanParagraph {
  shortKept.add(paragraph)
  return paragraph
}

/**
 * Short paragraphs are never split. With widow control Word and LibreOffice move a paragraph of
 * two or three lines whole to the next page, while Chromium splits it when it cannot leave two
 * lines on each side; keeping every paragraph of up to four lines (a margin for a line more or
 * less) together makes both break at the same place. Decided once the line breaks are settled.
 */
function keepShortParagraphs(blocks: PlanBlock[], boxMm: number): void {
  for (const b of blocks)
    if (b.kind === 'paragraph' && shortKept.has(b) && lineCount(b, boxMm) <= 4) b.keepLines = true
}

function rowHeightPt(planRow: PlanRow, table: PlanTable): number {
  let column = 0
  let tallest = 0
  for (const c of planRow.cells) {
    const padding = c.open ? NO_PADDING : table.padding
    const width =
      table.columnsMm.slice(column, column + c.span).reduce((a, b) => a + b, 0) -
      (padding.left + padding.right) / PT_PER_MM
    column += c.span
    const height = c.blocks.reduce(
      (sum, b) =>
        sum +
        (b.kind === 'paragraph'
          ? paragraphHeightPt(b, width)
          : b.rows.reduce((h, r) => h + rowHeightPt(r, b), 0)),
      0
    )
    tallest = Math.max(tallest, height + padding.top + padding.bottom)
  }
  return tallest
}

/**
 * A signature right after a table becomes the table's last rows, open at the sides and bottom,
 * with the table's last row kept with them. Word keeps a table's last row with the paragraph after
 * the table, but LibreOffice only does so when the table already runs onto the next page; within
 * one table both keep a row with the next, and the repeated header row then heads the page the
 * last row and the signature move to. The signature's columns are laid on the table's own columns
 * (a nested table would stop LibreOffice repeating the header row); when the table's columns
 * cannot carry them (a side would get less than a quarter of the width), nothing is folded.
 */
function foldSignatureIntoTable(plan: PlanBlock[], data: PlanTable, signature: PlanTable): void {
  const total = data.columnsMm.reduce((a, b) => a + b, 0)
  const edges = data.columnsMm.map((_, i) =>
    data.columnsMm.slice(0, i + 1).reduce((a, b) => a + b, 0)
  )
  const spansOf = (r: PlanRow): number[] | null => {
    let column = 0
    let at = 0
    const spans: number[] = []
    for (const [i, c] of r.cells.entries()) {
      at += signature.columnsMm.slice(column, column + c.span).reduce((a, b) => a + b, 0)
      column += c.span
      const last = i === r.cells.length - 1
      const edge = last
        ? edges.length - 1
        : edges.reduce(
            (best, e, k) => (Math.abs(e - at) < Math.abs(edges[best]! - at) ? k : best),
            0
          )
      const start = spans.reduce((a, b) => a + b, 0)
      const width = edges[edge]! - (start > 0 ? edges[start - 1]! : 0)
      if (edge + 1 - start < 1 || width < total / 4) return null
      spans.push(edge + 1 - start)
    }
    return spans
  }
  /** A row with one signer and nothing beside it: one cell across, the text indented in place. */
  const across = (r: PlanRow): PlanRow | null => {
    const filled = r.cells.filter((c) =>
      c.blocks.some((b) => b.kind === 'table' || b.runs.length > 0)
    )
    if (filled.length !== 1) return null
    const first = r.cells.slice(0, r.cells.indexOf(filled[0]!)).reduce((n, c) => n + c.span, 0)
    const widthOf = (from: number, to: number) =>
      signature.columnsMm.slice(from, to).reduce((a, b) => a + b, 0)
    const start = widthOf(0, first)
    const end = start + widthOf(first, first + filled[0]!.span)
    const blocks = filled[0]!.blocks.map((b) =>
      b.kind === 'paragraph'
        ? { ...b, leftMm: b.leftMm + start, rightMm: b.rightMm + total - end }
        : b
    )
    return { ...r, cells: [{ ...filled[0]!, blocks, span: data.columnsMm.length }] }
  }
  const rows = signature.rows.map((r) => {
    const spans = spansOf(r)
    return spans ? { ...r, cells: r.cells.map((c, k) => ({ ...c, span: spans[k]! })) } : across(r)
  })
  if (rows.some((r) => r === null)) return
  const at = plan.indexOf(data)
  const through = plan.indexOf(signature)
  const gap = plan
    .slice(at + 1, through)
    .reduce(
      (sum, b) => sum + (b.kind === 'paragraph' && b.line.rule === 'exact' ? b.line.pt : 0),
      0
    )
  plan.splice(at + 1, through - at)
  rows.forEach((r, i) =>
    data.rows.push({
      ...r!,
      cells: r!.cells.map((c) => ({
        ...c,
        blocks: i === 0 ? [spacer(gap), ...c.blocks] : c.blocks,
        open: true
      }))
    })
  )
  // More signature blocks after (a witness) stay with these rows.
  if (plan.slice(at + 1).some((b) => b.kind === 'table'))
    data.rows[data.rows.length - 1]!.keepNext = true
}

/**
 * The closing of a section — the last paragraph of text (or the last row of a table), then the
 * signature blocks — is kept from being split so that a page holds signatures only:
 *
 * - the last paragraph before the signatures keeps its lines together and stays with them; a
 *   table just before them keeps its last row with them;
 * - when the signatures fit on one page with that paragraph, every row is kept with the next, so
 *   the whole closing moves to a new page together rather than split;
 * - when they cannot fit on any page (twelve or more signatories), they start on the page of the
 *   last paragraph and the last two rows are kept together, so no row stands alone at the end.
 */
function applyClosingKeeps(model: Block[], plan: PlanBlock[], ctx: Ctx): void {
  const firstSignature = model.findIndex((b) => b.kind === 'signature')
  if (firstSignature < 0) return
  const before = model[firstSignature - 1]
  const planned = (block: Block | undefined) => plan.filter((b) => block && origin.get(b) === block)
  const tables = model
    .slice(firstSignature)
    .filter((b) => b.kind === 'signature')
    .flatMap((b) => planned(b).filter((q): q is PlanTable => q.kind === 'table'))
  const signatureRows = tables.flatMap((t) => t.rows.map((r) => ({ row: r, table: t })))
  if (signatureRows.length === 0) return

  let leadHeight = 0
  const lead = planned(before)
  for (const b of lead) {
    if (b.kind === 'paragraph') {
      if (b.runs.length > 0) b.keepLines = true
      b.keepNext = true
      leadHeight += paragraphHeightPt(b, ctx.widthMm)
    } else {
      const last = b.rows[b.rows.length - 1]!
      last.keepNext = true
      leadHeight += rowHeightPt(last, b)
    }
  }
  // The spacers between the signature blocks stay with what follows them.
  for (const b of plan.slice(plan.indexOf(tables[0]!)))
    if (b.kind === 'paragraph') b.keepNext = true
  const heightPt =
    signatureRows.reduce((sum, { row: r, table }) => sum + rowHeightPt(r, table), 0) +
    tables.length * ctx.p.bodyPt
  const pagePt = textAreaMm(ctx.p, ctx.orientation).height * PT_PER_MM
  const rows = signatureRows.map(({ row: r }) => r)
  const fits = leadHeight + heightPt <= pagePt * 0.95
  if (fits) {
    rows.slice(0, -1).forEach((r) => (r.keepNext = true))
  } else if (rows.length >= 2) {
    rows[rows.length - 2]!.keepNext = true
  }
  const table = lead.find((b): b is PlanTable => b.kind === 'table')
  if (table && fits) foldSignatureIntoTable(plan, table, tables[0]!)
}
