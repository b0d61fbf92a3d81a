import type { FormatProfile } from './profile'
import { A4, mmToTwip, textWidthMm } from './profile'
import { measureMm, wrapText, type TextStyle } from './text-metrics'
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

/**
 * Table borders and rules: 0,75 pt. A bordered table's outer borders lie outside its columns (in
 * Word, LibreOffice and Chromium alike), so its columns add up to the text width less one border:
 * a table reaching into the margin would make Chromium shrink the whole print to fit the page.
 */
export const BORDER_PT = 0.75

export const PT_PER_MM = 72 / 25.4

/** A CSS pixel in twips. */
const PX_TWIPS = 15

/**
 * The bottom margin in twips: the profile's, made up to 15 twips longer so that the page's text
 * area is a whole number of CSS pixels. Chromium rounds the text area of a printed page up to a
 * whole pixel (971,34 px of A4 portrait print as 972), so it would keep at the foot of a page a
 * line or a table row that Word and LibreOffice move to the next; on a whole number they agree.
 * The margin grows by 0,26 mm at most, never below the profile's.
 */
export function bottomMarginTwip(
  profile: FormatProfile,
  orientation: 'portrait' | 'landscape' = 'portrait'
): number {
  const page = mmToTwip(orientation === 'portrait' ? A4.heightMm : A4.widthMm)
  const top = mmToTwip(profile.marginTopMm)
  const area = page - top - mmToTwip(profile.marginBottomMm)
  return page - top - Math.floor(area / PX_TWIPS) * PX_TWIPS
}

/** Height of the page's text area in CSS pixels (whole: see `bottomMarginTwip`). */
export function textAreaPx(
  profile: FormatProfile,
  orientation: 'portrait' | 'landscape' = 'portrait'
): number {
  const page = mmToTwip(orientation === 'portrait' ? A4.heightMm : A4.widthMm)
  return (page - mmToTwip(profile.marginTopMm) - bottomMarginTwip(profile, orientation)) / PX_TWIPS
}
