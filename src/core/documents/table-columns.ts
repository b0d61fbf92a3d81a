import { CELL_PADDING_PT, PT_PER_MM } from './geometry'
import { bindingWidths, bindPhrases, bindTableWords } from './phrases'
import { longestWordMm, measureMm, wrapText } from './text-metrics'

/**
 * Column widths of data tables, decided from what the cells hold, the way a văn thư sets a table:
 * nothing that must stay whole is broken, then the room goes where it saves the most lines.
 */

const NBSP = '\u00a0'

/**
 * A line of a cell that must never break: a number, a percentage, a date, a count such as
 * "Tháng 02/2024", "4/6 (66,67%)" or "5/6", and in the body of the table a short label of two
 * words ("Không đạt", "Xuất sắc"). A header may wrap between its words ("Điểm / cộng") when that
 * leaves the content more room.
 */
export function isUnbreakableCell(line: string, header = false): boolean {
  if (line.includes('\n')) return false
  if (/\d/.test(line) && line.length <= 16) return true
  return !header && line.length <= 10 && line.split(' ').length <= 2
}

/**
 * A line of a cell as the layout sets it in a box `contentMm` wide: what must never break bound
 * whole, a name bound at its phrase boundaries ("Ủy ban / MTTQ Việt Nam / quận Long Biên") and a
 * heading between its words ("Minh chứng / Ghi chú") where the phrase fits the box.
 */
export function cellLineText(
  line: string,
  contentMm: number,
  sizePt: number,
  names: readonly string[] = [],
  header = false
): string {
  return isUnbreakableCell(line, header)
    ? line.replace(/ /g, NBSP)
    : bindPhrases(line, contentMm, sizePt, { bold: true }, names, true)
}

/** The cell's side padding, in millimetres. */
const PADDING_MM = (CELL_PADDING_PT.left + CELL_PADDING_PT.right) / PT_PER_MM
/**
 * Room left in every cell beyond what its text needs, in millimetres: the layout may narrow a
 * paragraph by a few tenths to keep its line breaks clear-cut (`line-breaks.ts`), and that must
 * not cost a line the widths were chosen to save.
 */
const SPARE_MM = 0.6
/** Room beyond a number or a date, for the renderers' own rounding of its width. */
const WHOLE_SPARE_MM = 0.2
/**
 * The widest word a column must hold whole, as a share of the table: a longer one (a file name, a
 * web address) breaks at its hyphens or slashes, as Word, LibreOffice and Chromium all break it,
 * rather than take the room of the content beside it.
 */
const LONG_WORD_SHARE = 0.2
/** Weight of a line of the header row: it is repeated on every page and read first. */
const HEADER_WEIGHT = 2
/**
 * Weight of a cell's own lines, next to the height of its row: a header that wraps in a row made
 * tall by another cell costs nothing in height, but reads worse ("Đồng / ý").
 */
const CELL_WEIGHT = 0.15

interface Cell {
  text: string
  bold: boolean
  header: boolean
}

/** A width at which a cell's line count drops. */
interface Step {
  widthMm: number
  lines: number
}

interface ColumnOptions {
  /** Unit names to keep on one line where they fit (`DocumentModel.phrases`). */
  names?: readonly string[]
  /** Rows printed bold (totals). */
  boldRows?: readonly number[]
}

/**
 * Column widths of a data table, in millimetres, adding up to `widthMm` (less a rounding):
 *
 * 1. every column gets the widest piece that must stay whole: "STT", a number, a date, a share,
 *    a short label, the longest word of its header or of its cells;
 * 2. the room left goes first to the rows that need more than two lines (a unit's name should
 *    not take a third), where widening saves the most such lines per millimetre; headers wrap
 *    between their words meanwhile;
 * 3. then, a step at a time, where widening saves the most lines of the whole table per
 *    millimetre, or keeps whole a word of two syllables a cell would split ("Đồng / ý", which
 *    counts as a line): a row's height is its tallest cell, the header row counts double (it is
 *    repeated on every page), and a cell's own lines count a little ("Tổng / điểm" reads worse
 *    than "Tổng điểm" even in a tall row);
 * 4. what no line needs is shared out towards the proportions the builder asked for.
 */
export function tableColumnsMm(
  columns: ReadonlyArray<{ header: string; widthPercent: number }>,
  rows: readonly string[][],
  widthMm: number,
  sizePt: number,
  options: ColumnOptions = {}
): number[] {
  const names = options.names ?? []
  const bold = new Set(options.boldRows ?? [])
  const cells: Cell[][] = columns.map((column, c) => [
    { text: column.header, bold: true, header: true },
    ...rows.map((row, r) => ({ text: row[c] ?? '', bold: bold.has(r), header: false }))
  ])
  const weights = [HEADER_WEIGHT, ...rows.map(() => 1)]
  const extra = PADDING_MM + SPARE_MM
  // A cell's line is bound at its phrase boundaries as the layout binds it; the binding changes
  // only at a few widths, so it is made once per interval between them.
  const bound = new Map<string, { widths: number[]; texts: Map<number, string> }>()
  const boundAt = (line: string, header: boolean, content: number) => {
    const key = `${header}|${line}`
    let known = bound.get(key)
    if (!known) {
      const widths = isUnbreakableCell(line, header)
        ? []
        : bindingWidths(line, sizePt, { bold: true }, names, true)
      bound.set(key, (known = { widths, texts: new Map() }))
    }
    const interval = known.widths.filter((w) => w <= content).length
    let text = known.texts.get(interval)
    if (text === undefined)
      known.texts.set(interval, (text = cellLineText(line, content, sizePt, names, header)))
    return text
  }
  const linesAt = (cell: Cell, width: number): number => {
    const content = width - extra
    return cell.text.split('\n').reduce((n, line) => {
      const text = boundAt(line, cell.header, content)
      return n + wrapText(text, content, sizePt, { bold: cell.bold }).length
    }, 0)
  }
  // What must stay whole, in its own style; a number needs no room for a narrower measure, as a
  // line of one piece has no break to settle.
  const minimum = cells.map((column) =>
    Math.max(
      ...column.flatMap((cell) =>
        cell.text
          .split('\n')
          .map((line) =>
            isUnbreakableCell(line, cell.header)
              ? PADDING_MM + WHOLE_SPARE_MM + measureMm(line, sizePt, { bold: cell.bold })
              : extra +
                Math.min(longestWordMm(line, sizePt, { bold: true }), widthMm * LONG_WORD_SHARE)
          )
      )
    )
  )
  const fixed = minimum.reduce((a, b) => a + b, 0)
  if (fixed >= widthMm)
    return rounded(
      minimum.map((m) => (m / fixed) * widthMm),
      widthMm
    )

  // Where each cell's line count drops, from its column's minimum to one line per paragraph.
  const steps = cells.map((column, c) => {
    const known = new Map<string, Step[]>()
    return column.map((cell) => {
      const key = `${cell.header}|${cell.bold}|${cell.text}`
      if (!known.has(key)) {
        const oneLine = Math.max(
          ...cell.text.split('\n').map((l) => measureMm(l, sizePt, { bold: cell.bold }) + extra)
        )
        known.set(
          key,
          stepsOf((w) => linesAt(cell, w), minimum[c]!, Math.min(oneLine, widthMm))
        )
      }
      return known.get(key)!
    })
  })
  const linesOf = (c: number, r: number, width: number) => {
    let lines = 0
    for (const step of steps[c]![r]!) if (step.widthMm <= width + 1e-9) lines = step.lines
    return lines
  }
  const rowLines = (widths: readonly number[], r: number) => widths.map((w, c) => linesOf(c, r, w))
  /** Lines of the body's rows beyond their second: a unit's name should not need a third. */
  const tooTall = (widths: readonly number[]) =>
    weights.reduce(
      (sum, _, r) => sum + (r === 0 ? 0 : Math.max(0, Math.max(...rowLines(widths, r)) - 2)),
      0
    )
  /** The table's height in lines, the header's counting double, and a little for each cell's. */
  const height = (widths: readonly number[]) =>
    weights.reduce((sum, weight, r) => {
      const lines = rowLines(widths, r)
      return sum + weight * (Math.max(...lines) + CELL_WEIGHT * lines.reduce((a, b) => a + b, 0))
    }, 0)
  /** The least width at which cell (c, r) holds fewer than `lines` lines, if any. */
  const widthBelow = (c: number, r: number, lines: number) =>
    steps[c]![r]!.find((s) => s.lines < lines)?.widthMm ?? null
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0)

  /** Width at which each cell's words ("Ghi chú", "Đồng ý") all stand whole on their lines. */
  const whole = cells.map((column) =>
    column.map((cell) =>
      Math.max(
        ...cell.text
          .split('\n')
          .map((line) =>
            isUnbreakableCell(line, cell.header)
              ? 0
              : extra +
                Math.min(
                  longestWordMm(bindTableWords(line), sizePt, { bold: true }),
                  widthMm * LONG_WORD_SHARE
                )
          )
      )
    )
  )
  /** Cells with a word split across two lines ("Đồng / ý"), the header's counting double. */
  const splitWords = (widths: readonly number[]) =>
    whole.reduce(
      (n, column, c) =>
        n + column.reduce((m, w, r) => m + (w > widths[c]! + 1e-9 ? weights[r]! : 0), 0),
      0
    )

  /**
   * Spends the budget a step at a time on the move that lowers `cost` most per millimetre: one
   * column to a width where one of its cells loses a line, or every cell as tall as its row one
   * line shorter (a row loses a line only so).
   */
  const spend = (cost: (widths: readonly number[]) => number) => {
    let current = cost(widths)
    for (;;) {
      const moves: number[][] = []
      for (const c of columns.keys()) {
        const ahead = new Set([
          ...steps[c]!.flatMap((list) => list.map((s) => s.widthMm)),
          ...whole[c]!
        ])
        for (const w of ahead)
          if (w > widths[c]! + 1e-9 && w - widths[c]! <= budget + 1e-9)
            moves.push(widths.map((x, k) => (k === c ? w : x)))
      }
      for (const r of weights.keys()) {
        const lines = rowLines(widths, r)
        const tallest = Math.max(...lines)
        const move = widths.map((w, c) => (lines[c] === tallest ? widthBelow(c, r, tallest) : w))
        if (move.every((w) => w !== null) && sum(move) - sum(widths) <= budget + 1e-9)
          moves.push(move)
      }
      let best: { widths: number[]; cost: number; ratio: number } | null = null
      for (const move of moves) {
        const spent = sum(move) - sum(widths)
        if (spent <= 1e-9) continue
        const after = cost(move)
        const ratio = (current - after) / spent
        if (ratio > 1e-9 && (!best || ratio > best.ratio + 1e-9))
          best = { widths: move, cost: after, ratio }
      }
      if (!best) return
      budget -= sum(best.widths) - sum(widths)
      best.widths.forEach((w, c) => (widths[c] = w))
      current = best.cost
    }
  }

  const widths = [...minimum]
  let budget = widthMm - fixed
  spend(tooTall)
  spend((w) => height(w) + splitWords(w))

  // The room no line needs, towards the builder's proportions.
  const total = columns.reduce((sum, c) => sum + c.widthPercent, 0) || 1
  const short = widths.map((w, c) => Math.max(0, (columns[c]!.widthPercent / total) * widthMm - w))
  const shortSum = short.reduce((a, b) => a + b, 0)
  return rounded(
    widths.map((w, c) =>
      shortSum > 1e-9 ? w + (budget * short[c]!) / shortSum : w + budget / widths.length
    ),
    widthMm
  )
}

/**
 * The widths at which a text's line count drops, from `fromMm` up to `toMm`, found by halving (a
 * wider box never holds more lines).
 */
function stepsOf(linesAt: (widthMm: number) => number, fromMm: number, toMm: number): Step[] {
  const steps: Step[] = [{ widthMm: fromMm, lines: linesAt(fromMm) }]
  const fewest = linesAt(toMm)
  while (steps[steps.length - 1]!.lines > fewest) {
    const { widthMm: at, lines } = steps[steps.length - 1]!
    let [lo, hi] = [at, toMm]
    while (hi - lo > 0.05) {
      const mid = (lo + hi) / 2
      if (linesAt(mid) < lines) hi = mid
      else lo = mid
    }
    steps.push({ widthMm: hi, lines: linesAt(hi) })
  }
  return steps
}

/** Rounded down to a tenth of a millimetre, the last column taking what is left of `widthMm`. */
function rounded(widths: number[], widthMm: number): number[] {
  const out = widths.map((w) => Math.floor(w * 10) / 10)
  const total = Math.floor(widthMm * 10 + 1e-6) / 10
  out[out.length - 1] = Math.round((total - out.slice(0, -1).reduce((a, b) => a + b, 0)) * 10) / 10
  return out
}
