import { BORDER_PT, lineHeightPt, PT_PER_MM } from './geometry'
import type { PlanParagraph, PlanRow, PlanTable } from './layout'
import { paragraphLines } from './line-breaks'

/**
 * Paragraphs and tables of the plan as HTML, for the print preview: the same line heights to the
 * twip, spacing, indents and column widths as the Word file, keep rules as CSS fragmentation
 * rules, and every block ending where it ends in the Word file (`Flow`).
 */

export const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export const num = (value: number) => String(Math.round(value * 1000) / 1000)
export const pt = (value: number) => `${num(value)}pt`
export const mm = (value: number) => `${num(value)}mm`

/** Chromium's layout unit: 1/64 of a CSS pixel. */
const UNITS_PER_PX = 64
const toPx = (points: number) => (points * 4) / 3
/** A length in pixels rounded to Chromium's layout unit, as Chromium rounds it. */
const unit = (px: number) => Math.round(px * UNITS_PER_PX) / UNITS_PER_PX
/** A length in pixels rounded down to the layout unit, so that a row can be made up to its size. */
const unitDown = (px: number) => Math.floor(px * UNITS_PER_PX + 1e-6) / UNITS_PER_PX
/** A length in pixels, a whole number of layout units, written exactly (Chromium floors it). */
const px = (value: number) => `${unit(value)}px`

/**
 * LibreOffice sets a line a hair wider or narrower than Chromium does; the layout keeps every
 * line break clear of that hair (`line-breaks.ts`), and each paragraph of the preview gives up
 * 0,03% of its width on top, the mean difference measured.
 */
const WIDTH_BIAS = '0.03%'

/**
 * Where the flow of a page (or of a table cell) stands, in the Word file's points and in
 * Chromium's pixels. Chromium rounds every length to its layout unit (a line of 18,5 pt is
 * 24,671875 px, not 24,6667), so a page of lines would end a third of a point lower than in the
 * Word file, enough to move a line or a table row to the next page in one and not the other.
 * After each block the flow says by how much to lengthen or shorten its bottom margin (or a
 * table row) so that the block ends, to a layout unit, where it ends in the Word file.
 */
export class Flow {
  private points = 0
  private pixels = 0

  /** Lays out a block `exactPt` high in the file and `chromePx` in Chromium; the correction. */
  add(exactPt: number, chromePx: number, canShrink = true): number {
    this.points += exactPt
    const target = unit(toPx(this.points))
    const correction = target - (this.pixels + chromePx)
    if (!canShrink && correction < 0) {
      this.pixels += chromePx
      return 0
    }
    this.pixels = target
    return correction
  }

  get exactPt(): number {
    return this.points
  }

  get chromePx(): number {
    return this.pixels
  }
}

/** Line height of a paragraph in points, as the Word file states it. */
const lineOf = (q: PlanParagraph) =>
  q.line.rule === 'exact' ? q.line.pt : lineHeightPt(q.sizePt, q.line.multiple)

/**
 * A paragraph in a box `boxMm` wide, its bottom margin made up to where the Word file ends it;
 * in a table cell its keep rule is the row's (`inCell`).
 */
export function paragraphHtml(q: PlanParagraph, boxMm: number, flow: Flow, inCell = false): string {
  const lines = q.lines ?? (q.runs.length === 0 ? 1 : paragraphLines(q, boxMm).length)
  const rulePx = q.rule ? unit(toPx(1)) + 1 : 0
  const chrome =
    unit(toPx(q.beforePt)) + lines * unit(toPx(lineOf(q))) + rulePx + unit(toPx(q.afterPt))
  // A rule's line and its distance are drawn as the file draws them; only its text is measured.
  const exact = q.beforePt + lines * lineOf(q) + (rulePx * 3) / 4 + q.afterPt
  const after = unit(toPx(q.afterPt)) + flow.add(exact, chrome)
  const style: string[] = [
    `font-size:${pt(q.sizePt)}`,
    `margin:${px(unit(toPx(q.beforePt)))} calc(${mm(q.rightMm)} + ${WIDTH_BIAS}) ${px(after)} ${mm(q.leftMm)}`
  ]
  if (q.align !== 'left') style.push(`text-align:${q.align}`)
  if (q.firstLineMm !== 0) style.push(`text-indent:${mm(q.firstLineMm)}`)
  if (q.keepNext && !inCell) style.push('break-after:avoid')
  if (q.pageBreakBefore) style.push('break-before:page')
  // A paragraph without text (a blank space, a rule) is one line to Word, which never splits a
  // line; Chromium would split a box of that height across two pages, leave the text before a
  // signature on one page and the signature on the next.
  if (q.keepLines || q.runs.length === 0) style.push('break-inside:avoid')
  if (q.rule) {
    // Word draws the border 1 pt under the paragraph's line box.
    style.push(`height:${px(unit(toPx(lineOf(q))))}`, `padding-bottom:${px(unit(toPx(1)))}`)
    return `<div class="ctd-rule" style="${style.join(';')}"></div>`
  }
  style.push(`line-height:${px(unit(toPx(lineOf(q))))}`)
  if (q.runs.length === 0 && q.line.rule === 'exact')
    style.push(`height:${px(unit(toPx(lineOf(q))))}`)
  const runs = q.runs
    .map((run) => {
      const cls = [run.bold ? 'ctd-b' : '', run.italic ? 'ctd-i' : ''].filter(Boolean).join(' ')
      return cls ? `<span class="${cls}">${esc(run.text)}</span>` : esc(run.text)
    })
    .join('')
  const content = runs === '' && q.line.rule === 'auto' ? '<br>' : runs
  return `<p style="${style.join(';')}">${content}</p>`
}

/**
 * A row, made as tall as in the Word file. A bordered table is drawn with separate borders, each
 * cell owning its left and bottom line (the first row also its top line, the last cell its right
 * line): a row is then as tall as in Word, its text and one line, the header row one line more,
 * and a row fits at the foot of a page only with its bottom line, as LibreOffice breaks a table.
 * (Collapsed borders would let Chromium keep a row that LibreOffice moves to the next page.)
 * Word's cell margins are measured inside the lines, so a cell's side padding gives back the
 * width of its lines.
 */
function rowHtml(r: PlanRow, t: PlanTable, first: boolean, flow: Flow): string {
  const line = `${pt(BORDER_PT)} solid #000`
  let column = 0
  let exact = 0
  let natural = 0
  const cells = r.cells.map((c) => {
    const from = column
    column += c.span
    const lined = t.bordered && !c.open
    const pad = c.open ? { top: 0, bottom: 0, left: 0, right: 0 } : t.padding
    const width =
      t.columnsMm.slice(from, column).reduce((a, b) => a + b, 0) -
      (pad.left + pad.right) / PT_PER_MM
    const inner = new Flow()
    const html = c.blocks
      .map((b) =>
        b.kind === 'paragraph' ? paragraphHtml(b, width, inner, true) : tableHtml(b, inner)
      )
      .join('')
    const lines = lined ? (first ? 2 : 1) : 0
    exact = Math.max(exact, pad.top + inner.exactPt + pad.bottom + lines * BORDER_PT)
    natural = Math.max(
      natural,
      unitDown(toPx(pad.top)) + inner.chromePx + unitDown(toPx(pad.bottom)) + lines
    )
    const box: string[] = []
    const last = column === t.columnsMm.length
    const side = (linePt: number, paddingPt: number) => pt(paddingPt - (lined ? linePt : 0))
    box.push(
      `padding:${px(unitDown(toPx(pad.top)))} ${side(last ? BORDER_PT : 0, pad.right)} ${px(unitDown(toPx(pad.bottom)))} ${side(BORDER_PT, pad.left)}`
    )
    if (lined) {
      box.push(`border-left:${line}`, `border-bottom:${line}`)
      if (last) box.push(`border-right:${line}`)
      if (first) box.push(`border-top:${line}`)
    }
    box.push(`vertical-align:${c.vAlign === 'center' ? 'middle' : c.vAlign}`)
    const span = c.span > 1 ? ` colspan="${c.span}"` : ''
    return `<td${span} style="${box.join(';')}">${html}</td>`
  })
  const grow = flow.add(exact, natural, false)
  const style: string[] = []
  if (grow > 0) style.push(`height:${px(natural + grow)}`)
  if (r.cantSplit) style.push('break-inside:avoid')
  if (r.keepNext) style.push('break-after:avoid')
  return `<tr${style.length ? ` style="${style.join(';')}"` : ''}>${cells.join('')}</tr>`
}

/** A table, each row made as tall as in the Word file; the header row repeats on every page. */
export function tableHtml(t: PlanTable, flow: Flow): string {
  const width = t.columnsMm.reduce((a, b) => a + b, 0)
  const cols = t.columnsMm.map((w) => `<col style="width:${mm(w)}">`).join('')
  const rows = t.rows.map((r, i) => ({ r, html: rowHtml(r, t, i === 0, flow) }))
  const head = rows.filter(({ r }) => r.header).map(({ html }) => html)
  const body = rows.filter(({ r }) => !r.header).map(({ html }) => html)
  const thead = head.length ? `<thead>${head.join('')}</thead>` : ''
  const cls = `ctd-${t.role}${t.bordered ? ' ctd-bordered' : ''}`
  return `<table class="${cls}" style="width:${mm(width)}"><colgroup>${cols}</colgroup>${thead}<tbody>${body.join('')}</tbody></table>`
}
