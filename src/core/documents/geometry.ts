import type { FormatProfile } from './profile'
import { textWidthMm } from './profile'
import { longestWordMm, measureMm, wrapText, type TextStyle } from './text-metrics'
import { NATIONAL_MOTTO, NATIONAL_TITLE } from './wording'

/**
 * Measurements shared by the Word and HTML renderers, so both draw the same page. Widths are
 * measured with the advance widths of Times New Roman (official-layout.md §1.3).
 */

/**
 * Height of one line of single spacing in Times New Roman: ascent, descent and line gap, 1.149
 * em, rounded to the twip as Word and LibreOffice round it (16,1 pt at 14 pt).
 */
const SINGLE_LINE_EM = 2353 / 2048

/** Height of a line at `multiple` × single spacing (the `auto` rule of Word), in points. */
export function lineHeightPt(sizePt: number, multiple = 1): number {
  const single = Math.round(sizePt * 20 * SINGLE_LINE_EM)
  return Math.round(single * multiple) / 20
}

/** Width of `Độc lập - Tự do - Hạnh phúc` in bold, the length of the rule under it. */
export function mottoWidthMm(sizePt: number): number {
  return measureMm(NATIONAL_MOTTO, sizePt, { bold: true })
}

/** Room on each side of a line the header must keep on one line, in millimetres. */
const HEADER_SLACK_MM = 2

/**
 * Header columns: left about 37,6% (62 of 165 mm), right the rest (§1.3), of the text width of the
 * page. The right column widens when the Quốc hiệu or the place-and-date line would not fit on
 * one line (a long place such as "Thành phố Hồ Chí Minh" at 14 pt is 106 mm): that line never
 * wraps, and the issuer's lines on the left wrap instead.
 */
export function headerColumnsMm(
  profile: FormatProfile,
  orientation: 'portrait' | 'landscape' = 'portrait',
  placeDateLine: string | null = null
): { left: number; right: number } {
  const width = textWidthMm(profile, orientation)
  const needed = Math.max(
    measureMm(NATIONAL_TITLE, profile.nationalTitlePt, { bold: true }),
    placeDateLine ? measureMm(placeDateLine, profile.placeDatePt, { italic: true }) : 0
  )
  const left = Math.round(Math.min(width * (62 / 165), width - needed - HEADER_SLACK_MM) * 10) / 10
  return { left, right: Math.round((width - left) * 10) / 10 }
}

/**
 * Width of the widest printed line of a text block wrapped in a box: what the eye takes as the
 * length of a heading.
 */
export function widestLineMm(
  lines: string[],
  boxMm: number,
  sizePt: number,
  style: TextStyle
): number {
  return Math.max(
    0,
    ...lines.flatMap((line) =>
      wrapText(line, boxMm, sizePt, style).map((l) => Math.min(boxMm, measureMm(l, sizePt, style)))
    )
  )
}

/**
 * The short rule under the issuer or the trích yếu: ND30 asks for 1/3 to 1/2 of the length of the
 * line above; the rule takes 40% of it, on every orientation.
 */
export const SHORT_RULE_SHARE = 0.4

/** Signature block columns: Nơi nhận on the left (45%), the signature on the right (55%). */
export const SIGNATURE_SPLIT = { left: 0.45, right: 0.55 }

/** `Kính gửi:` with several recipients: where the label and the dashed items start. */
export const ADDRESSEE_INDENT_MM = { label: 10, items: 32, hanging: 3 }

/** Cell padding of data tables, in points: 2 pt above and below, 4 pt on each side. */
export const CELL_PADDING_PT = { top: 2, bottom: 2, left: 4, right: 4 }

const MM_PER_PT = 25.4 / 72

/**
 * A cell whose text must never break: a number, a percentage, a date, a short count such as
 * "Tháng 02/2024" or "5/6", or a word or two such as "Không đạt" or "Tự chấm".
 */
export function isUnbreakableCell(text: string): boolean {
  if (/\n/.test(text)) return false
  return (
    (/\d/.test(text) && text.length <= 16) || (text.length <= 10 && text.split(' ').length <= 2)
  )
}

/**
 * Column widths of a data table from its content: each column at least as wide as its widest
 * unbreakable piece (a word of the header or of a cell; a whole number or date), so "STT" never
 * breaks as "ST/T"; the room left is shared in proportion to the widths the builder asked for.
 */
export function tableColumnsMm(
  columns: Array<{ header: string; widthPercent: number }>,
  rows: string[][],
  widthMm: number,
  sizePt: number
): number[] {
  const pad = (CELL_PADDING_PT.left + CELL_PADDING_PT.right) * MM_PER_PT + 0.6
  const minimum = columns.map((column, i) => {
    const piece = (text: string) =>
      isUnbreakableCell(text)
        ? measureMm(text, sizePt, { bold: true })
        : longestWordMm(text, sizePt, { bold: true })
    return Math.max(piece(column.header), ...rows.map((row) => piece(row[i] ?? ''))) + pad
  })
  const total = columns.reduce((sum, c) => sum + c.widthPercent, 0) || 1
  let widths = columns.map((c) => (c.widthPercent / total) * widthMm)
  // Raise the narrow columns to their minimum, taking the room from the columns with slack, in
  // proportion to their slack; repeat until nothing is below its minimum (or nothing is left).
  for (let round = 0; round < columns.length; round++) {
    const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, minimum[i]! - w), 0)
    if (deficit < 1e-6) break
    const slack = widths.map((w, i) => Math.max(0, w - minimum[i]!))
    const available = slack.reduce((a, b) => a + b, 0)
    if (available < 1e-6) break
    const take = Math.min(1, deficit / available)
    widths = widths.map((w, i) => (w < minimum[i]! ? minimum[i]! : w - slack[i]! * take))
  }
  // Rounded to a tenth of a millimetre, the last column absorbing the rounding.
  const rounded = widths.map((w) => Math.round(w * 10) / 10)
  rounded[rounded.length - 1] =
    Math.round((widthMm - rounded.slice(0, -1).reduce((a, b) => a + b, 0)) * 10) / 10
  return rounded
}

export const PT_PER_MM = 72 / 25.4
