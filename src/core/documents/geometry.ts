import type { FormatProfile } from './profile'
import { textWidthMm } from './profile'

/**
 * Measurements shared by the Word and HTML renderers, so both draw the same page. Widths come from
 * official-layout.md §1.3 (measured with Liberation Serif, the metric twin of Times New Roman).
 */

/** Width of `Độc lập - Tự do - Hạnh phúc` in bold: 56,1 mm at 13 pt, proportional to size. */
export function mottoWidthMm(sizePt: number): number {
  return (56.1 * sizePt) / 13
}

/**
 * Header columns: left about 37,6% (62 of 165 mm), right the rest (§1.3), of the text width of the
 * page (a landscape page keeps the same proportions, so the Quốc hiệu stays in the right column).
 */
export function headerColumnsMm(
  profile: FormatProfile,
  orientation: 'portrait' | 'landscape' = 'portrait'
): { left: number; right: number } {
  const width = textWidthMm(profile, orientation)
  const left = Math.round(width * (62 / 165) * 10) / 10
  return { left, right: Math.round((width - left) * 10) / 10 }
}

/**
 * Rough printed width of an uppercase bold line, from the average advance of Times New Roman
 * capitals (≈ 0,68 em). Used only to size the short rule under a heading (1/3–1/2 of its line).
 */
export function estimateUpperWidthMm(text: string, sizePt: number): number {
  return Array.from(text).length * sizePt * 0.3528 * 0.68
}

/**
 * The short rule under the issuer or the trích yếu: 40% of the widest printed line (a line wider
 * than its box wraps, so the box caps it), within 15–40 mm.
 */
export function shortRuleMm(lines: string[], sizePt: number, boxMm: number): number {
  const widest = Math.max(
    0,
    ...lines.map((line) => Math.min(boxMm, estimateUpperWidthMm(line, sizePt)))
  )
  return Math.min(40, Math.max(15, widest * 0.4))
}

/** Signature block columns: Nơi nhận on the left (45%), the signature on the right (55%). */
export const SIGNATURE_SPLIT = { left: 0.45, right: 0.55 }

/** `Kính gửi:` with several recipients: where the label and the dashed items start. */
export const ADDRESSEE_INDENT_MM = { label: 10, items: 32, hanging: 3 }
