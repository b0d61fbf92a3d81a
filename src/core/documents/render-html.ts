import { BORDER_PT, lineHeightPt, textAreaPx } from './geometry'
import { esc, Flow, mm, num, paragraphHtml, pt, tableHtml } from './html-blocks'
import { para, planDocument, SECTION_BREAK_PT, type DocumentPlan, type PlanSection } from './layout'
import type { DocumentModel } from './model'
import { A4, type FormatProfile } from './profile'

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
        `@page ctd-s${i} { size: A4 ${section.orientation}; margin: ${pageMargins(p, section.orientation)}; counter-increment: ctd-n${section.numberingGroup}; ${pageNumberBox(p, section)} }`
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
.ctd-doc td p { overflow-wrap: break-word; }
.ctd-doc table.ctd-bordered { border-collapse: separate; border-spacing: 0; }
.ctd-rule { border-bottom: ${pt(BORDER_PT)} solid #000; box-sizing: content-box; }
.ctd-b { font-weight: bold; }
.ctd-i { font-style: italic; }
@page { size: A4 portrait; margin: ${pageMargins(p, 'portrait')}; }
${pages}
@media print {
  .ctd-sheet, .ctd-sheet.landscape { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
}
`.trim()
}

/**
 * The printed page's margins: the bottom one such that the text area is the Word file's, a whole
 * number of pixels a hair under it, which Chromium rounds up to that number
 * (`bottomMarginTwip`).
 */
function pageMargins(p: FormatProfile, orientation: PlanSection['orientation']): string {
  const pagePx = ((orientation === 'portrait' ? A4.heightMm : A4.widthMm) / 25.4) * 96
  const bottomPx = pagePx - (p.marginTopMm / 25.4) * 96 - textAreaPx(p, orientation) + 0.01
  return `${mm(p.marginTopMm)} ${mm(p.marginRightMm)} ${num(bottomPx)}px ${mm(p.marginLeftMm)}`
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
  const flow = new Flow()
  const blocks = [
    ...section.blocks,
    ...(last ? [] : [para(SECTION_BREAK_PT, [], { line: { rule: 'exact', pt: SECTION_BREAK_PT } })])
  ]
    .map((block) =>
      block.kind === 'paragraph'
        ? paragraphHtml(block, section.widthMm, flow)
        : tableHtml(block, flow)
    )
    .join('\n')
  const label = index === 0 ? 'Trang đầu' : section.restart ? 'Phụ lục' : 'Phần tiếp'
  return `<section class="ctd-sheet ${section.orientation}" style="page: ctd-s${index}" aria-label="${label}">${blocks}</section>`
}
