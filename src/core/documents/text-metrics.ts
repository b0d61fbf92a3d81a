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

/** Position of each measured character in the width lists, by code point (-1: not measured). */
const INDEX_SIZE = 0x2200
const INDEX = new Int16Array(INDEX_SIZE).fill(-1)
const FAR = new Map<number, number>()
Array.from(MEASURED_CHARS).forEach((ch, i) => {
  const cp = ch.codePointAt(0)!
  if (cp < INDEX_SIZE) INDEX[cp] = i
  else FAR.set(cp, i)
})

function advances(style: TextStyle): readonly number[] {
  if (style.bold && style.italic) return ADVANCES.boldItalic
  if (style.bold) return ADVANCES.bold
  if (style.italic) return ADVANCES.italic
  return ADVANCES.regular
}

/** Combining marks take no room; anything unmeasured counts as a wide capital, to err long. */
function advanceOf(cp: number, list: readonly number[]): number {
  if (cp >= 0x300 && cp <= 0x36f) return 0
  const i = cp < INDEX_SIZE ? INDEX[cp]! : (FAR.get(cp) ?? -1)
  return i < 0 ? 1479 : list[i]!
}

/** Advance widths of `text[from, to)` in font units (the text already NFC). */
function unitsOf(text: string, from: number, to: number, list: readonly number[]): number {
  let units = 0
  for (let i = from; i < to; i++) {
    const cp = text.codePointAt(i)!
    if (cp > 0xffff) i++
    units += advanceOf(cp, list)
  }
  return units
}

/** Printed width of a text in points. */
export function textWidthPt(text: string, sizePt: number, style: TextStyle = {}): number {
  const nfc = text.normalize('NFC')
  return (unitsOf(nfc, 0, nfc.length, advances(style)) * sizePt) / UNITS_PER_EM
}

/** Printed width of a text in millimetres. */
export function measureMm(text: string, sizePt: number, style: TextStyle = {}): number {
  return textWidthPt(text, sizePt, style) * MM_PER_PT
}

/** A piece of text in one style, as a paragraph's runs are. */
export interface StyledText extends TextStyle {
  text: string
}

/** A line of a wrapped paragraph, with what decided where it ends. */
export interface WrappedLine {
  text: string
  /** Printed width of the line, without the space it ends on, in millimetres. */
  widthMm: number
  /** Width the line would have had with the next word on it; null on the last line. */
  withNextMm: number | null
  /** Width the line had to fit in (the first line less its indent). */
  roomMm: number
  /** The line holds one word (or words joined by no-break spaces): nothing to decide. */
  single: boolean
  /** Where the line's last italic letter ends, from the line's start; null without italics. */
  italicEndMm: number | null
}

/**
 * The words of styled runs (a word may run across runs), each measured in its own styles, in
 * parallel arrays: a paragraph has dozens of words and a document hundreds of paragraphs.
 */
interface Words {
  /** The runs' text put together. */
  text: string
  count: number
  /** Where each word starts and ends in `text`. */
  start: number[]
  end: number[]
  widthMm: number[]
  /** Width of the space before each word, in the style of that space. */
  spaceMm: number[]
  /** Where each word's last italic letter ends, from the word's start; NaN without italics. */
  italicEndMm: number[]
}

function wordsOf(runs: readonly StyledText[], sizePt: number): Words {
  const scale = (sizePt * MM_PER_PT) / UNITS_PER_EM
  const text = runs.map((r) => r.text.normalize('NFC')).join('')
  const w: Words = { text, count: 0, start: [], end: [], widthMm: [], spaceMm: [], italicEndMm: [] }
  let open = false
  let space = 0
  let offset = 0
  for (const run of runs) {
    const list = advances(run)
    const length = run.text.normalize('NFC').length
    let from = offset
    for (let i = offset; i <= offset + length; i++) {
      if (i < offset + length && text.charCodeAt(i) !== 32) continue
      if (i > from) {
        const width = unitsOf(text, from, i, list) * scale
        if (!open) {
          const k = w.count++
          w.start[k] = from
          w.end[k] = i
          w.widthMm[k] = width
          w.spaceMm[k] = space
          w.italicEndMm[k] = NaN
          open = true
        } else {
          w.end[w.count - 1] = i
          w.widthMm[w.count - 1] += width
        }
        if (run.italic) w.italicEndMm[w.count - 1] = w.widthMm[w.count - 1]!
      }
      if (i < offset + length) {
        open = false
        space = advanceOf(32, list) * scale
      }
      from = i + 1
    }
    offset += length
  }
  return w
}

/**
 * The lines styled runs wrap into in a box `widthMm` wide (its first line `firstLineIndentMm`
 * less; a negative indent is a hanging one): greedy, at ordinary spaces only (a no-break space
 * binds), as Word, LibreOffice and browsers break. A word wider than the box stands alone on its
 * line (Word would then cut it; the callers make boxes wide enough that it does not). Each line
 * says how close its break was, so that the layout can keep away from breaks the renderers could
 * decide differently.
 */
export function wrapRuns(
  runs: readonly StyledText[],
  widthMm: number,
  sizePt: number,
  firstLineIndentMm = 0
): WrappedLine[] {
  const w = wordsOf(runs, sizePt)
  if (w.count === 0)
    return [
      {
        text: '',
        widthMm: 0,
        withNextMm: null,
        roomMm: widthMm - firstLineIndentMm,
        single: true,
        italicEndMm: null
      }
    ]
  const lines: WrappedLine[] = []
  let first = 0
  let width = w.widthMm[0]!
  let italicEnd = w.italicEndMm[0]!
  const close = (last: number, withNextMm: number | null) => {
    lines.push({
      text: w.text.slice(w.start[first], w.end[last]),
      widthMm: width,
      withNextMm,
      roomMm: widthMm - (lines.length === 0 ? firstLineIndentMm : 0),
      single: last === first,
      italicEndMm: Number.isNaN(italicEnd) ? null : italicEnd
    })
  }
  for (let i = 1; i < w.count; i++) {
    const room = widthMm - (lines.length === 0 ? firstLineIndentMm : 0)
    const at = width + w.spaceMm[i]!
    if (at + w.widthMm[i]! <= room + 1e-6) {
      width = at + w.widthMm[i]!
      if (!Number.isNaN(w.italicEndMm[i]!)) italicEnd = at + w.italicEndMm[i]!
      continue
    }
    close(i - 1, at + w.widthMm[i]!)
    first = i
    width = w.widthMm[i]!
    italicEnd = w.italicEndMm[i]!
  }
  close(w.count - 1, null)
  return lines
}

/** The lines a text in one style wraps into (see `wrapRuns`). */
export function wrapText(
  text: string,
  widthMm: number,
  sizePt: number,
  style: TextStyle = {},
  firstLineIndentMm = 0
): string[] {
  return wrapRuns([{ text, ...style }], widthMm, sizePt, firstLineIndentMm).map((l) => l.text)
}

/** Width of the widest unbreakable piece of a text (a word, or words joined by no-break spaces). */
export function longestWordMm(text: string, sizePt: number, style: TextStyle = {}): number {
  return Math.max(0, ...text.split(/[ \n]/).map((word) => measureMm(word, sizePt, style)))
}
