import { ADVANCES, MEASURED_CHARS, UNITS_PER_EM } from './font-metrics'

/**
 * Text measured the way Word, LibreOffice and Chromium lay it out: Times New Roman advance widths
 * (through its metric twin Liberation Serif), no kerning (Word does not kern by default, and the
 * print stylesheet turns Chromium's kerning off), breaks only at ordinary spaces.
 */

export interface TextStyle {
  bold?: boolean
  italic?: boolean
}

const MM_PER_PT = 25.4 / 72

const INDEX = new Map<number, number>()
Array.from(MEASURED_CHARS).forEach((ch, i) => INDEX.set(ch.codePointAt(0)!, i))

function advances(style: TextStyle): readonly number[] {
  if (style.bold && style.italic) return ADVANCES.boldItalic
  if (style.bold) return ADVANCES.bold
  if (style.italic) return ADVANCES.italic
  return ADVANCES.regular
}

/** Combining marks take no room; anything unmeasured counts as a wide capital, to err long. */
function advanceOf(cp: number, list: readonly number[]): number {
  if (cp >= 0x300 && cp <= 0x36f) return 0
  const i = INDEX.get(cp)
  return i === undefined ? 1479 : list[i]!
}

/** Printed width of a text in points. */
export function textWidthPt(text: string, sizePt: number, style: TextStyle = {}): number {
  const list = advances(style)
  let units = 0
  for (const ch of text.normalize('NFC')) units += advanceOf(ch.codePointAt(0)!, list)
  return (units * sizePt) / UNITS_PER_EM
}

/** Printed width of a text in millimetres. */
export function measureMm(text: string, sizePt: number, style: TextStyle = {}): number {
  return textWidthPt(text, sizePt, style) * MM_PER_PT
}

/**
 * The lines a text wraps into in a box `widthMm` wide (its first line `firstLineIndentMm` less):
 * greedy, at ordinary spaces only (a non-breaking space binds), as Word and browsers break. A word wider than the box stands alone
 * on its line (Word would then cut it; the callers make boxes wide enough that it does not).
 */
export function wrapText(
  text: string,
  widthMm: number,
  sizePt: number,
  style: TextStyle = {},
  firstLineIndentMm = 0
): string[] {
  const words = text.split(' ').filter((w) => w !== '')
  if (words.length === 0) return ['']
  const space = measureMm(' ', sizePt, style)
  const lines: string[] = []
  let current = ''
  let currentWidth = 0
  for (const word of words) {
    const w = measureMm(word, sizePt, style)
    if (current === '') {
      current = word
      currentWidth = w
    } else if (
      currentWidth + space + w <=
      widthMm - (lines.length === 0 ? firstLineIndentMm : 0) + 1e-6
    ) {
      current += ` ${word}`
      currentWidth += space + w
    } else {
      lines.push(current)
      current = word
      currentWidth = w
    }
  }
  lines.push(current)
  return lines
}

/** Width of the widest unbreakable piece of a text (a word, or words joined by no-break spaces). */
export function longestWordMm(text: string, sizePt: number, style: TextStyle = {}): number {
  return Math.max(0, ...text.split(/[ \n]/).map((word) => measureMm(word, sizePt, style)))
}
