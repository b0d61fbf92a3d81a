/**
 * "So sánh": what differs, field by field, between the form as the secretary typed it and the
 * record as it is stored now (changed in another window). Pure, so every form's comparison is
 * tested without a screen; each form gives its Vietnamese labels.
 */

/** One difference, worded for the secretary. */
export interface Difference {
  label: string
  /** The value in the form (not saved). */
  mine: string
  /** The value stored now. */
  theirs: string
}

/** One item of a list (a person, a guest, a vote) as the comparison shows it. */
export interface ItemText {
  /** What matches an item across the two versions: its id, or its unit. */
  key: string
  /** How the item is named in the comparison ("Nguyễn Văn An"). */
  name: string
  /** The item's values in one line. */
  text: string
}

/** How one field is compared: a label (plain value), a label and a wording, or a list. */
export type FieldSpec<V> =
  | string
  | { label: string; text(value: V): string }
  | { label: string; items(value: V): ItemText[] }

export type CompareSpec<T> = { [K in keyof T]?: FieldSpec<T[K]> }

export const EMPTY = '(để trống)'
export const ABSENT = '(không có)'

/** A plain value in words: text as typed, lists one item after another, yes/no in Vietnamese. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY
  if (Array.isArray(value)) {
    const parts = value.map(plainText).filter((p) => p !== EMPTY)
    return parts.length ? parts.join('; ') : EMPTY
  }
  if (typeof value === 'boolean') return value ? 'Có' : 'Không'
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .map(plainText)
      .filter((p) => p !== EMPTY)
      .join(', ')
  return String(value).replace(/\s*\n\s*/g, ' / ')
}

/** The values of a list item in one line, empty fields left out. */
export function itemLine(...values: unknown[]): string {
  return (
    values
      .map(plainText)
      .filter((p) => p !== EMPTY)
      .join(' · ') || EMPTY
  )
}

function compareItems(label: string, mine: ItemText[], theirs: ItemText[]): Difference[] {
  const out: Difference[] = []
  const stored = new Map(theirs.map((item) => [item.key, item]))
  const typed = new Set(mine.map((item) => item.key))
  for (const item of mine) {
    const other = stored.get(item.key)
    if (!other) out.push({ label: `${label}: ${item.name}`, mine: item.text, theirs: ABSENT })
    else if (other.text !== item.text)
      out.push({ label: `${label}: ${item.name}`, mine: item.text, theirs: other.text })
  }
  for (const item of theirs) {
    if (!typed.has(item.key))
      out.push({ label: `${label}: ${item.name}`, mine: ABSENT, theirs: item.text })
  }
  return out
}

/** Every field of `spec` whose value differs between the form and the stored record. */
export function compareForms<T extends object>(
  mine: T,
  theirs: T,
  spec: CompareSpec<T>
): Difference[] {
  const out: Difference[] = []
  for (const key of Object.keys(spec) as Array<keyof T>) {
    const field = spec[key] as FieldSpec<T[keyof T]> | undefined
    if (!field) continue
    if (typeof field === 'object' && 'items' in field) {
      out.push(...compareItems(field.label, field.items(mine[key]), field.items(theirs[key])))
      continue
    }
    const label = typeof field === 'string' ? field : field.label
    const text = typeof field === 'string' ? plainText : field.text
    const a = text(mine[key])
    const b = text(theirs[key])
    if (a !== b) out.push({ label, mine: a, theirs: b })
  }
  return out
}

/**
 * A long text (the minutes) compared line by line: each run of lines that differs is one
 * difference, labelled with its lines in the form ("Dòng 12–14"), the lines kept by both left
 * out. Lines are matched by the longest common subsequence, so one line added near the top does
 * not make every line below it differ.
 */
export function compareLines(label: string, mine: string, theirs: string): Difference[] {
  const a = mine.split('\n')
  const b = theirs.split('\n')
  // common[i][j]: the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      common[i]![j] =
        a[i] === b[j]
          ? common[i + 1]![j + 1]! + 1
          : Math.max(common[i + 1]![j]!, common[i]![j + 1]!)
  const out: Difference[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++
      j++
      continue
    }
    const from = { i, j }
    while ((i < a.length || j < b.length) && !(i < a.length && j < b.length && a[i] === b[j])) {
      if (j >= b.length || (i < a.length && common[i + 1]![j]! >= common[i]![j + 1]!)) i++
      else j++
    }
    const lines = (list: string[], start: number, end: number) =>
      list.slice(start, end).join('\n').trim() || (end > start ? EMPTY : ABSENT)
    const at = from.i + 1
    const where = i - from.i > 1 ? `${at}–${i}` : i > from.i ? String(at) : `${at} (chèn vào)`
    out.push({
      label: `${label}, dòng ${where}`,
      mine: lines(a, from.i, i),
      theirs: lines(b, from.j, j)
    })
  }
  return out
}
