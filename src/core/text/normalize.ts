/**
 * The one text cleaner of the app: every string that enters (forms, paste, imports, restored
 * backups, IPC) and every string that reaches a document passes through it, so what is stored is
 * always what a .docx can hold and what compares equal looks equal.
 *
 * Removed:
 * - characters XML 1.0 forbids, which make Word and LibreOffice refuse the file: C0 controls
 *   other than tab and line feed (Word's line and page breaks become line feeds, see below), lone (unpaired) surrogates, U+FFFE and U+FFFF;
 * - Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane), which XML
 *   discourages and no keyboard produces;
 * - C1 controls (U+0080–U+009F), the byte-order mark and the invisible characters that make two
 *   equal-looking names differ or display out of order ("Trojan Source"): zero-width spaces and
 *   joiners, word joiner, soft hyphen, the bidi embeddings, overrides, isolates and marks.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const NONCHARACTER =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g

/**
 * Word's manual line break (Shift+Enter) and page break, which text copied from Word carries as
 * vertical tab and form feed: XML forbids both, and deleting them glued the words on either side
 * together («Ủy banMặt trận»). They become line breaks, which a one-line value folds to a space.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const WORD_BREAK = /[\u000B\u000C]/g

/**
 * Cleans free text as it enters the app: the characters above removed, NFC (Windows' composite
 * Vietnamese input and macOS produce NFD, which IndexedDB indexes and `===` treat as different),
 * Windows line endings and Unicode line/paragraph separators folded to `\n`, outer whitespace
 * trimmed.
 */
export function normalizeText(value: string): string {
  return value
    .replace(LONE_SURROGATE, '')
    .replace(NONCHARACTER, '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(WORD_BREAK, '\n')
    .replace(CONTROL, '')
    .trim()
}

/** `normalizeText` under the name the cleaning role is known by in the rest of the code. */
export const cleanText = normalizeText

/**
 * True when a string holds nothing the cleaner would remove (apart from outer whitespace and
 * normalisation): used by the .docx lint and the restore checks to name what is wrong.
 */
export function hasForbiddenCharacters(value: string): boolean {
  return (
    new RegExp(CONTROL.source).test(value) ||
    new RegExp(LONE_SURROGATE.source).test(value) ||
    new RegExp(NONCHARACTER.source).test(value) ||
    new RegExp(INVISIBLE.source).test(value)
  )
}

/**
 * Cleans every string inside a value (objects and arrays, at any depth) without trimming or
 * collapsing spaces, for rows restored from a backup or read from an import, whose shape the
 * entity schemas check afterwards. Object keys are kept as they are (the schemas refuse unknown
 * ones); the result is a fresh plain object.
 */
export function cleanDeep(value: unknown): unknown {
  if (typeof value === 'string') {
    return value
      .replace(LONE_SURROGATE, '')
      .replace(NONCHARACTER, '')
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(WORD_BREAK, '\n')
      .replace(CONTROL, '')
  }
  if (Array.isArray(value)) return value.map(cleanDeep)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, {
        value: cleanDeep(v),
        enumerable: true,
        writable: true,
        configurable: true
      })
    }
    return out
  }
  return value
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

/**
 * Made on the first comparison, not when the module loads: building the Vietnamese collator
 * costs Chromium tens of milliseconds, which the start paid even when the first screen compares
 * nothing (its units are in their manual order) — issue 13.
 */
let collator: Intl.Collator | null = null

/** Vietnamese collation (`a < ă < â`, `d < đ`, tones in dictionary order) for every sorted list. */
export function compareVietnamese(a: string, b: string): number {
  collator ??= new Intl.Collator('vi', { sensitivity: 'variant', numeric: true })
  return collator.compare(a, b)
}

/**
 * Uppercases with Vietnamese rules for header lines, from the stored sentence-case text:
 * `toUpperVietnamese('quận Ba Đình') === 'QUẬN BA ĐÌNH'`.
 */
export function toUpperVietnamese(value: string): string {
  return normalizeLine(value).toLocaleUpperCase('vi')
}

/** Printable ASCII only: nothing the cleaner would change (and already NFC). */
const PLAIN = /^[\x20-\x7E]*$/

/**
 * Every character the cleaner may remove (controls, invisible and bidi characters,
 * noncharacters), and any surrogate at all, so that a string with an emoji or a lone surrogate
 * goes to the cleaner rather than being judged here.
 */
const MAY_CHANGE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]/

/**
 * Whether `cleanDeep` could change a string. Plain ASCII cannot; Vietnamese text already in NFC
 * and free of the characters it removes cannot either (it returns such a string unchanged), and
 * that is most of a backup's text.
 */
function stringNeedsCleaning(value: string): boolean {
  if (PLAIN.test(value)) return false
  return MAY_CHANGE.test(value) || value.normalize('NFC') !== value
}

/**
 * Whether a row holds any string the cleaner might change. Rows that hold none skip `cleanDeep`
 * (which rebuilds every object it walks through): the schema then sees exactly what the cleaner
 * would have given it, and a large backup is checked in far less time.
 */
export function needsCleaning(value: unknown): boolean {
  if (typeof value === 'string') return stringNeedsCleaning(value)
  if (Array.isArray(value)) return value.some(needsCleaning)
  if (value !== null && typeof value === 'object') return Object.values(value).some(needsCleaning)
  return false
}
