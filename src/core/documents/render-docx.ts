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
import { BORDER_PT, bottomMarginTwip } from './geometry'
import { para, planDocument, type PlanParagraph, type PlanSection, type PlanTable } from './layout'
import type { DocumentModel } from './model'
import { A4, mmToTwip, type FormatProfile } from './profile'

const half = (pt: number): number => Math.round(pt * 2)
const twip = (pt: number): number => Math.round(pt * 20)
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const
/** Rules and table borders are 0,75 pt (6 eighths of a point), one pixel in the preview. */
const LINE = { style: BorderStyle.SINGLE, size: BORDER_PT * 8, color: '000000' } as const
const RULE = { ...LINE, space: 1 } as const

/**
 * Draws a document as a Word document in the ND30 layout, transcribing the page layout that
 * `layout.ts` decides (the HTML preview transcribes the same one). Pure: no packing, no I/O
 * (`pack.ts` packs it and removes Word's repair triggers).
 */
export function renderDocx(model: DocumentModel): Document {
  const plan = planDocument(model)
  const p = plan.profile
  return new Document({
    title: plan.title,
    creator: 'Thư ký Cụm thi đua',
    styles: {
      default: {
        document: {
          run: { font: p.font, size: half(p.bodyPt), language: { value: 'vi-VN' } },
          paragraph: {
            // Every paragraph also carries its own spacing; this only covers what Word adds.
            spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }
          }
        }
      },
      paragraphStyles: [
        {
          id: 'PageNumber',
          name: 'Page number',
          run: { font: p.font, size: half(p.pageNumberPt) },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }
          }
        }
      ]
    },
    sections: plan.sections.map((section) => renderSection(section, p))
  })
}

function renderSection(section: PlanSection, p: FormatProfile): ISectionOptions {
  const landscape = section.orientation === 'landscape'
  const pageNumber = new Paragraph({
    style: 'PageNumber',
    run: { size: half(p.pageNumberPt) },
    // A simple field with a cached "1": Word shows a repair prompt for an empty PAGE result.
    children: [new SimpleField('PAGE', '1')]
  })
  return {
    properties: {
      // ND30: no number on the first page of the document nor of an annex; a section that only
      // continues the numbering (a change of orientation) shows its number from its first page.
      titlePage: section.restart,
      page: {
        size: {
          width: mmToTwip(A4.widthMm),
          height: mmToTwip(A4.heightMm),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT
        },
        margin: {
          top: mmToTwip(p.marginTopMm),
          bottom: bottomMarginTwip(p, section.orientation),
          left: mmToTwip(p.marginLeftMm),
          right: mmToTwip(p.marginRightMm),
          header: mmToTwip(p.headerDistanceMm),
          footer: mmToTwip(p.headerDistanceMm)
        },
        ...(section.restart ? { pageNumbers: { start: 1 } } : {})
      }
    },
    headers: {
      // An empty paragraph, since an empty header part upsets Word.
      ...(section.restart
        ? { first: new Header({ children: [paragraph(para(p.pageNumberPt, []))] }) }
        : {}),
      default: new Header({ children: [pageNumber] })
    },
    children: section.blocks.map((block) =>
      block.kind === 'paragraph' ? paragraph(block) : table(block)
    )
  }
}

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED
} as const

function paragraph(q: PlanParagraph, keepNext = q.keepNext): Paragraph {
  const spacing =
    q.line.rule === 'auto'
      ? { line: Math.round(240 * q.line.multiple), lineRule: LineRuleType.AUTO }
      : { line: twip(q.line.pt), lineRule: LineRuleType.EXACT }
  const indent = {
    left: mmToTwip(q.leftMm),
    right: mmToTwip(q.rightMm),
    ...(q.firstLineMm > 0 ? { firstLine: mmToTwip(q.firstLineMm) } : {}),
    ...(q.firstLineMm < 0 ? { hanging: mmToTwip(-q.firstLineMm) } : {})
  }
  return new Paragraph({
    alignment: ALIGNMENT[q.align],
    spacing: { before: twip(q.beforePt), after: twip(q.afterPt), ...spacing },
    indent,
    keepNext,
    keepLines: q.keepLines,
    widowControl: true,
    pageBreakBefore: q.pageBreakBefore,
    ...(q.rule ? { border: { bottom: RULE } } : {}),
    // The paragraph mark has the paragraph's size: its height counts in the last line.
    run: { size: half(q.sizePt) },
    children: q.runs.map(
      (run) =>
        new TextRun({ text: run.text, size: half(q.sizePt), bold: run.bold, italics: run.italic })
    )
  })
}

const V_ALIGN = {
  top: VerticalAlign.TOP,
  center: VerticalAlign.CENTER,
  bottom: VerticalAlign.BOTTOM
} as const

function table(t: PlanTable): Table {
  const widths = t.columnsMm.map(mmToTwip)
  const border = t.bordered ? LINE : NO_BORDER
  const margins = {
    top: twip(t.padding.top),
    bottom: twip(t.padding.bottom),
    left: twip(t.padding.left),
    right: twip(t.padding.right)
  }
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: t.bordered
      ? {
          top: border,
          bottom: border,
          left: border,
          right: border,
          insideHorizontal: border,
          insideVertical: border
        }
      : TableBorders.NONE,
    rows: t.rows.map((r) => {
      let column = 0
      return new TableRow({
        tableHeader: r.header,
        cantSplit: r.cantSplit,
        children: r.cells.map((c) => {
          const width = widths.slice(column, column + c.span).reduce((a, b) => a + b, 0)
          column += c.span
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins: c.open ? { top: 0, bottom: 0, left: 0, right: 0 } : margins,
            verticalAlign: V_ALIGN[c.vAlign],
            ...(c.span > 1 ? { columnSpan: c.span } : {}),
            ...(c.open
              ? { borders: { top: border, left: NO_BORDER, right: NO_BORDER, bottom: NO_BORDER } }
              : {}),
            // Word and LibreOffice keep a row with the next one (or with the paragraph after the
            // table) when every paragraph in it keeps with the next.
            children: c.blocks.map((b) =>
              b.kind === 'paragraph' ? paragraph(b, r.keepNext) : table(b)
            )
          })
        })
      })
    })
  })
}
