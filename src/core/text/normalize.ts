/**
 * Characters that look like nothing but make two names compare different or display out of order
 * ("Trojan Source"): zero-width spaces and joiners, word joiner, BOM, soft hyphen and the bidi
 * controls.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g
/** C0/C1 control characters except tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/**
 * Normalises free text as it enters the app: NFC (Windows' composite Vietnamese input and macOS
 * produce NFD, which IndexedDB indexes and `===` treat as different), no invisible or control
 * characters, Windows line endings folded, outer whitespace trimmed.
 */
export function normalizeText(value: string): string {
  return value
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .trim()
}

/**
 * Normalises a one-line value such as a name: as `normalizeText`, and every run of whitespace
 * (including line breaks and non-breaking spaces) becomes one space.
 */
export function normalizeLine(value: string): string {
  return normalizeText(value).replace(/\s+/g, ' ')
}

/**
 * Folds text for accent-insensitive search: lowercase, tone and vowel marks removed, `đ` → `d`
 * (đ does not decompose in Unicode, so it is mapped by hand), spaces collapsed.
 * `foldForSearch('Đống Đa') === 'dong da'`.
 */
export function foldForSearch(value: string): string {
  return normalizeLine(value)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}

/** True when every word of the query occurs, accent-insensitively, in the text. */
export function matchesSearch(text: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const haystack = foldForSearch(text)
  return words.every((word) => haystack.includes(word))
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true })

/** Vietnamese collation (`a < ă < â`, `d < đ`, tones in dictionary order) for every sorted list. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b)
}

/**
 * Uppercases with Vietnamese rules for header lines, from the stored sentence-case text:
 * `toUpperVietnamese('quận Ba Đình') === 'QUẬN BA ĐÌNH'`.
 */
export function toUpperVietnamese(value: string): string {
  return normalizeLine(value).toLocaleUpperCase('vi')
}
