import type { PlanBlock, PlanParagraph } from './layout'
import { lineHeightPt, PT_PER_MM } from './geometry'
import { wrapRuns, type WrappedLine } from './text-metrics'

/**
 * Where a line ends must not depend on who draws it. Word, LibreOffice and Chromium set the same
 * words a hair apart: measured on the sample documents, LibreOffice sets a line from 0,15%
 * narrower to 0,02% wider than the font's advance widths add up to (it rounds each glyph's
 * position), Chromium 0,05–0,08% narrower (it rounds the font size to 1/64 px) less the 0,03% the
 * preview gives up (`render-html.ts`). A line whose next word misses the box by less than that
 * hair ends on a different word in the file and in the print ("…; mức" / "…; mức Xuất"), and the
 * pages after it may differ.
 *
 * LibreOffice also keeps 1/12 of the line's height free after italic text (the slant of its
 * last letter): an italic line that fits Chromium's box by less than that (0,47 mm at 14 pt) ends
 * a word earlier in the Word file as LibreOffice shows it.
 *
 * So the layout keeps away from such breaks: every line must fit its box with a margin (after
 * italics, with that room more), and the word that went to the next line must overflow it by a
 * margin; when a paragraph has a line in between, its box is narrowed by tenths of a millimetre
 * (an invisible amount) until none has.
 */
const MARGIN = {
  /** A line must leave this share of its box free… */
  fitShare: 0.0005,
  /** …and the next word overflow the box by this share… */
  overflowShare: 0.002,
  /** …and both by this much more, in millimetres. */
  mm: 0.02
}

const STEP_MM = 0.1
/** Beyond this a paragraph is left as it is: a narrower box would show. */
const REACH_MM = 3

/** Room LibreOffice keeps after italic text: 1/12 of the line's height, in millimetres. */
const italicRoomMm = (sizePt: number) => lineHeightPt(sizePt) / 12 / PT_PER_MM

/** Every break of lines set at `sizePt` is decided with room to spare, whoever sets the text. */
export function isClearCut(lines: readonly WrappedLine[], sizePt: number): boolean {
  const italic = italicRoomMm(sizePt)
  return lines.every((line) => {
    const needed = Math.max(line.widthMm, line.italicEndMm === null ? 0 : line.italicEndMm + italic)
    return (
      (line.single || needed <= line.roomMm * (1 - MARGIN.fitShare) - MARGIN.mm) &&
      (line.withNextMm === null ||
        line.withNextMm >= line.roomMm * (1 + MARGIN.overflowShare) + MARGIN.mm)
    )
  })
}

/** The paragraph narrowed by `byMm` on the side its alignment leaves free. */
function narrowed(q: PlanParagraph, byMm: number): PlanParagraph {
  if (byMm === 0) return q
  switch (q.align) {
    case 'center':
      return { ...q, leftMm: q.leftMm + byMm / 2, rightMm: q.rightMm + byMm / 2 }
    case 'right':
      return { ...q, leftMm: q.leftMm + byMm }
    default:
      return { ...q, rightMm: q.rightMm + byMm }
  }
}

/** The lines of a planned paragraph in a box `boxMm` wide. */
export function paragraphLines(q: PlanParagraph, boxMm: number): WrappedLine[] {
  return wrapRuns(q.runs, boxMm - q.leftMm - q.rightMm, q.sizePt, q.firstLineMm)
}

/**
 * The paragraph, narrowed by the least number of tenths of a millimetre that makes every break
 * of its lines clear-cut (unchanged when they already are, or when no narrowing within reach
 * does it), with the number of lines it then takes.
 */
export function settleLineBreaks(q: PlanParagraph, boxMm: number): PlanParagraph {
  if (q.runs.length === 0) return { ...q, lines: 1 }
  for (let step = 0; step * STEP_MM <= REACH_MM + 1e-9; step++) {
    const candidate = narrowed(q, Math.round(step * STEP_MM * 10) / 10)
    const lines = paragraphLines(candidate, boxMm)
    if (isClearCut(lines, q.sizePt)) return { ...candidate, lines: lines.length }
  }
  return { ...q, lines: paragraphLines(q, boxMm).length }
}

/**
 * Settles the line breaks of every paragraph of planned blocks, in tables cell by cell. In place:
 * the layout remembers its blocks by identity.
 */
export function settleBlocks(blocks: readonly PlanBlock[], boxMm: number): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      Object.assign(block, settleLineBreaks(block, boxMm))
      continue
    }
    for (const row of block.rows) {
      let column = 0
      for (const cell of row.cells) {
        const padding = cell.open ? 0 : (block.padding.left + block.padding.right) / PT_PER_MM
        const width =
          block.columnsMm.slice(column, column + cell.span).reduce((a, b) => a + b, 0) - padding
        column += cell.span
        settleBlocks(cell.blocks, width)
      }
    }
  }
}
