import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  PageOrientation,
  Paragraph,
  SimpleField,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions
} from 'docx'
import { NATIONAL_TITLE, NATIONAL_MOTTO } from './wording'
import {
  ADDRESSEE_INDENT_MM,
  headerColumnsMm,
  mottoWidthMm,
  shortRuleMm,
  SIGNATURE_SPLIT
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
import { A4, mmToTwip, textWidthMm, type FormatProfile } from './profile'

const half = (pt: number): number => Math.round(pt * 2)
const ptTwip = (pt: number): number => Math.round(pt * 20)
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const

/**
 * Draws a document model as a Word document in the ND30 layout. Pure: no packing, no I/O
 * (`pack.ts` packs it and removes Word's repair triggers).
 */
export function renderDocx(model: DocumentModel): Document {
  const p = model.profile
  return new Document({
    title: model.title,
    creator: 'Thư ký Cụm thi đua',
    styles: {
      default: {
        document: {
          run: { font: p.font, size: half(p.bodyPt), language: { value: 'vi-VN' } },
          paragraph: { spacing: { after: 0, line: 240 } }
        }
      },
      paragraphStyles: [
        {
          id: 'PageNumber',
          name: 'Page number',
          run: { font: p.font, size: half(p.pageNumberPt) },
          paragraph: { alignment: AlignmentType.CENTER }
        }
      ]
    },
    sections: model.sections.map((section) => renderSection(section, p))
  })
}

function renderSection(section: DocSection, p: FormatProfile): ISectionOptions {
  const landscape = section.orientation === 'landscape'
  const widthTwip = mmToTwip(textWidthMm(p, section.orientation))
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: mmToTwip(A4.widthMm),
          height: mmToTwip(A4.heightMm),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT
        },
        margin: {
          top: mmToTwip(p.marginTopMm),
          bottom: mmToTwip(p.marginBottomMm),
          left: mmToTwip(p.marginLeftMm),
          right: mmToTwip(p.marginRightMm),
          header: mmToTwip(p.headerDistanceMm),
          footer: mmToTwip(p.headerDistanceMm)
        },
        ...(section.restartNumbering ? { pageNumbers: { start: 1 } } : {})
      }
    },
    headers: {
      // ND30: no number on page 1; an empty paragraph, since an empty header part upsets Word.
      first: new Header({ children: [new Paragraph({})] }),
      default: new Header({
        // A simple field with a cached "1": Word shows a repair prompt for an empty PAGE result.
        children: [new Paragraph({ style: 'PageNumber', children: [new SimpleField('PAGE', '1')] })]
      })
    },
    children: section.blocks.flatMap((block, i) => {
      // The paragraph before a signature stays on its page: a signature alone on a page is void.
      const next = section.blocks[i + 1]
      const keep = next?.kind === 'signature' && block.kind === 'paragraph'
      return renderBlock(
        keep ? { ...block, keepWithNext: true } : block,
        p,
        widthTwip,
        section.orientation
      )
    })
  }
}

function renderBlock(
  block: Block,
  p: FormatProfile,
  widthTwip: number,
  orientation: DocSection['orientation']
): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'header':
      return [headerTable(block, p, orientation)]
    case 'title':
      return titleParagraphs(block, p)
    case 'addressees':
      return addressees(block, p)
    case 'paragraph':
      return [bodyParagraph(block, p)]
    case 'table':
      return [
        dataTable(block, p, widthTwip),
        new Paragraph({ spacing: { after: ptTwip(p.paragraphAfterPt) } })
      ]
    case 'signature':
      return [spacer(p.bodyPt / 2, true), signatureTable(block, p, widthTwip)]
    case 'page-break':
      return [new Paragraph({ pageBreakBefore: true })]
  }
}

function line(
  text: string,
  sizePt: number,
  options: { bold?: boolean; italic?: boolean } = {}
): TextRun {
  return new TextRun({ text, size: half(sizePt), bold: options.bold, italics: options.italic })
}

function centred(
  text: string,
  sizePt: number,
  options: { bold?: boolean; italic?: boolean } = {}
): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [line(text, sizePt, options)] })
}

/** A solid rule of a set length, centred in a box of `boxMm`: a tiny paragraph with a bottom border. */
function rule(lengthMm: number, boxMm: number): Paragraph {
  const side = mmToTwip(Math.max(0, (boxMm - lengthMm) / 2))
  return new Paragraph({
    indent: { left: side, right: side },
    border: { bottom: RULE },
    // A little space above, so the rule clears the descenders and tone marks of the line above.
    spacing: { before: 40, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 2 })]
  })
}

function spacer(heightPt: number, keepNext = false): Paragraph {
  return new Paragraph({
    keepNext,
    spacing: { after: 0, line: ptTwip(heightPt), lineRule: LineRuleType.EXACT }
  })
}

function cell(children: Paragraph[], widthTwip: number, columnSpan?: number): TableCell {
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    ...(columnSpan ? { columnSpan } : {}),
    children: children.length > 0 ? children : [new Paragraph({})]
  })
}

function headerTable(
  block: HeaderBlock,
  p: FormatProfile,
  orientation: DocSection['orientation']
): Table {
  const cols = headerColumnsMm(p, orientation)
  const left = mmToTwip(cols.left)
  const right = mmToTwip(cols.right)
  const leftTop = [
    ...block.parentLines.map((t) => centred(t, p.issuerPt)),
    ...block.issuerLines.map((t) => centred(t, p.issuerPt, { bold: true })),
    rule(shortRuleMm(block.issuerLines, p.issuerPt, cols.left), cols.left)
  ]
  const rightTop = [
    centred(NATIONAL_TITLE, p.nationalTitlePt, { bold: true }),
    centred(NATIONAL_MOTTO, p.mottoPt, { bold: true }),
    rule(mottoWidthMm(p.mottoPt), cols.right)
  ]
  const rows = [new TableRow({ children: [cell(leftTop, left), cell(rightTop, right)] })]
  if (block.numberLine !== null || block.placeDateLine !== null || block.regardingLine !== null) {
    const leftBottom = [
      ...(block.numberLine !== null ? [centred(block.numberLine, p.numberPt)] : []),
      ...(block.regardingLine !== null
        ? [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { before: 120 },
              children: [line(block.regardingLine, p.issuerPt)]
            })
          ]
        : [])
    ]
    const rightBottom =
      block.placeDateLine !== null
        ? [centred(block.placeDateLine, p.placeDatePt, { italic: true })]
        : []
    rows.push(
      new TableRow({
        children: [cell([spacer(6), ...leftBottom], left), cell([spacer(6), ...rightBottom], right)]
      })
    )
  }
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows
  })
}

function titleParagraphs(block: TitleBlock, p: FormatProfile): Paragraph[] {
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: ptTwip(18) },
      keepNext: true,
      children: [line(block.typeName, p.typeNamePt, { bold: true })]
    }),
    ...block.summaryLines.map(
      (text) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [line(text, p.summaryPt, { bold: true })]
        })
    )
  ]
  const lines = block.summaryLines.length > 0 ? block.summaryLines : [block.typeName]
  out.push(
    rule(shortRuleMm(lines, p.summaryPt * 0.8, textWidthMm(p)), textWidthMm(p)),
    spacer(p.paragraphAfterPt * 2)
  )
  return out
}

function addressees(block: AddresseesBlock, p: FormatProfile): Paragraph[] {
  if (block.recipients.length === 1) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: ptTwip(p.paragraphAfterPt) },
        children: [line(`Kính gửi: ${block.recipients[0]}.`, p.bodyPt)]
      })
    ]
  }
  // ND30 II.9: the dashes line up under the colon; long names wrap under their own text.
  const itemsAt = mmToTwip(ADDRESSEE_INDENT_MM.items)
  const hang = mmToTwip(ADDRESSEE_INDENT_MM.hanging)
  return [
    new Paragraph({
      indent: { left: mmToTwip(ADDRESSEE_INDENT_MM.label) },
      children: [line('Kính gửi:', p.bodyPt)]
    }),
    ...block.recipients.map(
      (text, i) =>
        new Paragraph({
          indent: { left: itemsAt + hang, hanging: hang },
          spacing:
            i === block.recipients.length - 1 ? { after: ptTwip(p.paragraphAfterPt) } : undefined,
          children: [line(`- ${text}${i === block.recipients.length - 1 ? '.' : ';'}`, p.bodyPt)]
        })
    )
  ]
}

function bodyParagraph(block: ParagraphBlock, p: FormatProfile): Paragraph {
  const lineTwip = Math.round(240 * p.lineSpacing)
  const spacing = { after: ptTwip(p.paragraphAfterPt), line: lineTwip, lineRule: LineRuleType.AUTO }
  const isCentered = block.role === 'centered'
  const italic = block.role === 'basis'
  const runs = block.runs.map((run, index) => {
    const text = index === 0 && block.label ? `${block.label} ${run.text}` : run.text
    return new TextRun({
      text,
      bold: run.bold,
      italics: run.italic || italic,
      size: half(p.bodyPt)
    })
  })
  return new Paragraph({
    alignment: isCentered ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: isCentered ? undefined : { firstLine: mmToTwip(p.firstLineIndentMm) },
    spacing,
    keepNext: block.keepWithNext,
    children: runs
  })
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT
} as const

function columnTwips(percents: number[], widthTwip: number): number[] {
  const total = percents.reduce((a, b) => a + b, 0) || 1
  const widths = percents.map((pc) => Math.floor((pc / total) * widthTwip))
  widths[widths.length - 1]! += widthTwip - widths.reduce((a, b) => a + b, 0)
  return widths
}

function dataTable(block: TableBlock, p: FormatProfile, widthTwip: number): Table {
  const widths = columnTwips(
    block.columns.map((c) => c.widthPercent),
    widthTwip
  )
  const cellOf = (
    text: string,
    col: number,
    options: { bold?: boolean; align?: 'left' | 'center' | 'right' }
  ) =>
    new TableCell({
      width: { size: widths[col]!, type: WidthType.DXA },
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      verticalAlign: VerticalAlign.CENTER,
      children: (text === '' ? [''] : text.split('\n')).map(
        (part) =>
          new Paragraph({
            alignment: ALIGN[options.align ?? block.columns[col]!.align],
            children: [line(part, p.tablePt, { bold: options.bold })]
          })
      )
    })
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cellOf(c.header, i, { bold: true, align: 'center' }))
  })
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((_, i) =>
          cellOf(row[i] ?? '', i, { bold: block.boldRows?.includes(r) })
        )
      })
  )
  return new Table({
    width: { size: widthTwip, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows]
  })
}

function signerParagraphs(signer: Signer, p: FormatProfile): Paragraph[] {
  return [
    ...signer.titleLines.map((t) => centred(t, p.signaturePt, { bold: true })),
    ...Array.from(
      { length: p.signatureGapLines },
      () => new Paragraph({ children: [line('', p.signaturePt)] })
    ),
    centred(signer.name, p.signaturePt, { bold: true })
  ]
}

function recipientParagraphs(items: string[], p: FormatProfile): Paragraph[] {
  if (items.length === 0) return []
  return [
    new Paragraph({
      children: [line('Nơi nhận:', p.recipientsLabelPt, { bold: true, italic: true })]
    }),
    ...items.map(
      (item, i) =>
        new Paragraph({
          children: [line(`- ${item}${i === items.length - 1 ? '.' : ';'}`, p.recipientsPt)]
        })
    )
  ]
}

function signatureTable(block: SignatureBlock, p: FormatProfile, widthTwip: number): Table {
  const noBorders = {
    top: NO_BORDER,
    bottom: NO_BORDER,
    left: NO_BORDER,
    right: NO_BORDER,
    insideHorizontal: NO_BORDER,
    insideVertical: NO_BORDER
  }
  if (block.layout === 'single') {
    const [left, right] = columnTwips(
      [SIGNATURE_SPLIT.left * 100, SIGNATURE_SPLIT.right * 100],
      widthTwip
    ) as [number, number]
    const signer = block.signers[0] ?? { titleLines: [], name: '' }
    return new Table({
      width: { size: widthTwip, type: WidthType.DXA },
      columnWidths: [left, right],
      layout: TableLayoutType.FIXED,
      borders: noBorders,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            cell(recipientParagraphs(block.recipients, p), left),
            cell(signerParagraphs(signer, p), right)
          ]
        })
      ]
    })
  }
  const [left, right] = columnTwips([50, 50], widthTwip) as [number, number]
  const rows: TableRow[] = []
  if (block.layout === 'pair') {
    const [a, b] = [block.signers[0], block.signers[1]]
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(a ? signerParagraphs(a, p) : [], left),
          cell(b ? signerParagraphs(b, p) : [], right)
        ]
      })
    )
    if (block.recipients.length > 0) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell([spacer(12), ...recipientParagraphs(block.recipients, p)], left),
            cell([], right)
          ]
        })
      )
    }
  } else {
    for (let i = 0; i < block.signers.length; i += 2) {
      const a = block.signers[i]!
      const b = block.signers[i + 1]
      const gap = spacer(p.bodyPt)
      rows.push(
        new TableRow({
          cantSplit: true,
          children: b
            ? [
                cell([gap, ...signerParagraphs(a, p)], left),
                cell([spacer(p.bodyPt), ...signerParagraphs(b, p)], right)
              ]
            : [cell([gap, ...signerParagraphs(a, p)], left + right, 2)]
        })
      )
    }
  }
  return new Table({
    width: { size: widthTwip, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows
  })
}
