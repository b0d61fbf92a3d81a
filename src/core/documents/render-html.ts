import { lineHeightPt } from './geometry'
import {
  para,
  planDocument,
  SECTION_BREAK_PT,
  type DocumentPlan,
  type PlanParagraph,
  type PlanRow,
  type PlanSection,
  type PlanTable
} from './layout'
import type { DocumentModel } from './model'
import type { FormatProfile } from './profile'

/**
 * Draws a document as HTML for the print preview, transcribing the same page layout as the Word
 * file (`layout.ts`): the same line heights to the twip, paragraph spacing, indents, column widths
 * in millimetres, keep rules as CSS fragmentation rules, and `@page` rules per section so that
 * Chromium (a browser's "In", Electron's `printToPDF`) prints the pages Word shows: A4, the
 * profile's margins, orientation per section, the page number centred at the top from page 2 and
 * starting again at 1 in every annex.
 *
 * Returns `{ css, html }` for a page that shows the preview; `printableHtml` gives the complete
 * standalone document. Every text is escaped.
 */
export function renderHtml(model: DocumentModel): { css: string; html: string } {
  const plan = planDocument(model)
  return { css: previewCss(plan), html: documentHtml(plan) }
}

/**
 * A complete HTML document holding only the document, ready to print to PDF: what Electron's
 * `webContents.printToPDF({ preferCSSPageSize: true })` (or a browser's print) needs to give the
 * same pages as the .docx.
 */
export function printableHtml(model: DocumentModel): string {
  const plan = planDocument(model)
  return [
    '<!DOCTYPE html>',
    '<html lang="vi"><head><meta charset="utf-8">',
    `<title>${esc(plan.title)}</title>`,
    `<style>html, body { margin: 0; background: #fff; }\n${previewCss(plan)}</style>`,
    `</head><body>${documentHtml(plan)}</body></html>`
  ].join('\n')
}

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const num = (value: number) => String(Math.round(value * 1000) / 1000)
const pt = (value: number) => `${num(value)}pt`
/**
 * A vertical length given in points, written in CSS pixels rounded to Chromium's layout unit
 * (1/64 px): Word's twips then add up in Chromium without drifting a fraction of a point per line.
 */
const vpx = (value: number) => `${Math.round(value * (4 / 3) * 64) / 64}px`
const mm = (value: number) => `${num(value)}mm`

/**
 * LibreOffice sets a line about 0,03% wider than Chromium does (its glyph positions are rounded
 * to its layout unit): a line that fits by a hair in one would wrap in the other. Each paragraph
 * of the preview gives up that much of its width, so both wrap the same words.
 */
const WIDTH_BIAS = '0.03%'

/** Table borders and rules: 0,75 pt, as in the Word file (one pixel on screen). */
const BORDER_PT = 0.75

const FONT = `'Times New Roman', 'Liberation Serif', serif`

/**
 * The stylesheet: the sheets as they look on screen, and per section a named `@page` with its
 * size, margins and page number. Each run of pages numbered together has its own page counter
 * (`ctd-n0`, `ctd-n1`…): Chromium cannot reset the built-in `page` counter where an annex starts,
 * but it counts custom counters per named page, and the `ctd-page` counter style leaves the
 * number 1 blank, which is ND30's "no number on the first page" for the document and each annex.
 * The app's own stylesheet hides its chrome (navigation, forms: `.no-print`) when printing.
 */
function previewCss(plan: DocumentPlan): string {
  const p = plan.profile
  const margins = `${mm(p.marginTopMm)} ${mm(p.marginRightMm)} ${mm(p.marginBottomMm)} ${mm(p.marginLeftMm)}`
  const pages = plan.sections
    .map(
      (section, i) =>
        `@page ctd-s${i} { size: A4 ${section.orientation}; margin: ${margins}; counter-increment: ctd-n${section.numberingGroup}; ${pageNumberBox(p, section)} }`
    )
    .join('\n')
  return `
@counter-style ctd-blank { system: cyclic; symbols: ""; }
@counter-style ctd-page { system: extends decimal; range: 2 infinite; fallback: ctd-blank; }
.ctd-doc { font-family: ${FONT}; font-kerning: none; font-synthesis: none; color: #000; font-size: ${pt(p.bodyPt)}; }
.ctd-sheet { background: #fff; width: 210mm; min-height: 297mm; box-sizing: border-box; padding: ${margins}; margin: 0 auto 12mm; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
.ctd-sheet.landscape { width: 297mm; min-height: 210mm; }
.ctd-doc p { margin: 0; orphans: 2; widows: 2; white-space: pre-wrap; }
.ctd-doc table { border-collapse: collapse; table-layout: fixed; }
.ctd-doc td { padding: 0; vertical-align: top; }
.ctd-doc .ctd-bordered > * > tr > td { border: ${pt(BORDER_PT)} solid #000; }
.ctd-rule { border-bottom: 0.75pt solid #000; box-sizing: content-box; }
.ctd-b { font-weight: bold; }
.ctd-i { font-style: italic; }
@page { size: A4 portrait; margin: ${margins}; }
${pages}
@media print {
  .ctd-sheet, .ctd-sheet.landscape { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
}
`.trim()
}

/** The page number: in the top margin, its line starting at the header distance, centred. */
function pageNumberBox(p: FormatProfile, section: PlanSection): string {
  return `@top-center { content: counter(ctd-n${section.numberingGroup}, ctd-page); font-family: ${FONT}; font-size: ${pt(p.pageNumberPt)}; line-height: ${pt(lineHeightPt(p.pageNumberPt))}; vertical-align: top; padding-top: ${mm(p.headerDistanceMm)}; }`
}

function documentHtml(plan: DocumentPlan): string {
  const sheets = plan.sections
    .map((section, i) => sheet(section, i, i === plan.sections.length - 1))
    .join('\n')
  return `<div class="ctd-doc" lang="vi">${sheets}</div>`
}

function sheet(section: PlanSection, index: number, last: boolean): string {
  const blocks = [
    ...section.blocks,
    ...(last ? [] : [para(SECTION_BREAK_PT, [], { line: { rule: 'exact', pt: SECTION_BREAK_PT } })])
  ]
    .map((block) => (block.kind === 'paragraph' ? paragraph(block) : table(block)))
    .join('\n')
  const label = index === 0 ? 'Trang đầu' : section.restart ? 'Phụ lục' : 'Phần tiếp'
  return `<section class="ctd-sheet ${section.orientation}" style="page: ctd-s${index}" aria-label="${label}">${blocks}</section>`
}

/** A paragraph; in a table cell its keep rule is the row's (`inCell`). */
function paragraph(q: PlanParagraph, inCell = false): string {
  const style: string[] = [
    `font-size:${pt(q.sizePt)}`,
    `margin:${vpx(q.beforePt)} calc(${mm(q.rightMm)} + ${WIDTH_BIAS}) ${vpx(q.afterPt)} ${mm(q.leftMm)}`
  ]
  if (q.align !== 'left') style.push(`text-align:${q.align}`)
  if (q.firstLineMm !== 0) style.push(`text-indent:${mm(q.firstLineMm)}`)
  if (q.keepNext && !inCell) style.push('break-after:avoid')
  if (q.pageBreakBefore) style.push('break-before:page')
  if (q.keepLines) style.push('break-inside:avoid')
  if (q.rule) {
    // Word draws the border 1 pt under the paragraph's line box.
    style.push(`height:${vpx(q.line.rule === 'exact' ? q.line.pt : 0)}`, `padding-bottom:${vpx(1)}`)
    return `<div class="ctd-rule" style="${style.join(';')}"></div>`
  }
  if (q.line.rule === 'exact') {
    style.push(`line-height:${vpx(q.line.pt)}`)
    if (q.runs.length === 0) style.push(`height:${vpx(q.line.pt)}`)
  } else {
    style.push(`line-height:${vpx(lineHeightPt(q.sizePt, q.line.multiple))}`)
  }
  const runs = q.runs
    .map((run) => {
      const cls = [run.bold ? 'ctd-b' : '', run.italic ? 'ctd-i' : ''].filter(Boolean).join(' ')
      return cls ? `<span class="${cls}">${esc(run.text)}</span>` : esc(run.text)
    })
    .join('')
  const content = runs === '' && q.line.rule === 'auto' ? '<br>' : runs
  return `<p style="${style.join(';')}">${content}</p>`
}

function tableRow(r: PlanRow, t: PlanTable): string {
  const style: string[] = []
  if (r.cantSplit) style.push('break-inside:avoid')
  if (r.keepNext) style.push('break-after:avoid')
  // Collapsed borders take half their width from each cell's content; Word's cell margins do
  // not, so the sides give that half back.
  const side = t.bordered ? BORDER_PT / 2 : 0
  const padding = `padding:${vpx(t.padding.top)} ${pt(t.padding.right - side)} ${vpx(t.padding.bottom)} ${pt(t.padding.left - side)}`
  const cells = r.cells
    .map((c) => {
      const span = c.span > 1 ? ` colspan="${c.span}"` : ''
      const inner = c.blocks
        .map((b) => (b.kind === 'paragraph' ? paragraph(b, true) : table(b)))
        .join('')
      const open = c.open
        ? 'padding:0;border-left:none;border-right:none;border-bottom:none'
        : padding
      return `<td${span} style="${open};vertical-align:${c.vAlign === 'center' ? 'middle' : c.vAlign}">${inner}</td>`
    })
    .join('')
  return `<tr${style.length ? ` style="${style.join(';')}"` : ''}>${cells}</tr>`
}

function table(t: PlanTable): string {
  const width = t.columnsMm.reduce((a, b) => a + b, 0)
  const cols = t.columnsMm.map((w) => `<col style="width:${mm(w)}">`).join('')
  const head = t.rows.filter((r) => r.header)
  const body = t.rows.filter((r) => !r.header)
  const thead = head.length ? `<thead>${head.map((r) => tableRow(r, t)).join('')}</thead>` : ''
  const cls = `ctd-${t.role}${t.bordered ? ' ctd-bordered' : ''}`
  return `<table class="${cls}" style="width:${mm(width)}"><colgroup>${cols}</colgroup>${thead}<tbody>${body.map((r) => tableRow(r, t)).join('')}</tbody></table>`
}
