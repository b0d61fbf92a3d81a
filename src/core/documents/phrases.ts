import { longestWordMm, type TextStyle } from './text-metrics'

/**
 * Where names may wrap. A văn thư never lets a line end inside "THÀNH PHỐ", "HÀ NỘI" or "MẶT TRẬN
 * TỔ QUỐC": the spaces inside such phrases become no-break spaces (U+00A0), which Word,
 * LibreOffice and browsers all honour. A binding that would make a piece wider than its box is
 * left out, so a line can always wrap somewhere.
 */

const NBSP = '\u00a0'

/** Phrases of the MTTQ system and of administrative names, kept on one line wherever they occur. */
export const KEPT_PHRASES: readonly string[] = [
  'ỦY BAN',
  'UỶ BAN',
  'MẶT TRẬN TỔ QUỐC',
  'MTTQ VIỆT NAM',
  'VIỆT NAM',
  'TRUNG ƯƠNG',
  'BAN THƯỜNG TRỰC',
  'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
  'PHÓ CHỦ TỊCH',
  'CHỦ TỊCH',
  'CỤM THI ĐUA',
  'THI ĐUA',
  'KHEN THƯỞNG',
  'CỤM TRƯỞNG',
  'CỤM PHÓ',
  'HỘI ĐỒNG',
  'NHÂN DÂN',
  'BAN KIỂM PHIẾU',
  'THƯ KÝ',
  'CHỦ TRÌ',
  'CHỦ TỌA',
  'THÀNH PHỐ',
  'THỊ XÃ',
  'THỊ TRẤN',
  'ĐẶC KHU',
  'KHU VỰC',
  'PHÍA NAM',
  'PHÍA BẮC',
  'PHÍA ĐÔNG',
  'PHÍA TÂY',
  'HÀ NỘI',
  'HỒ CHÍ MINH',
  'HẢI PHÒNG',
  'ĐÀ NẴNG',
  'CẦN THƠ'
]

/** Generic nouns of administrative units: the proper name after them is one name. */
const UNIT_NOUNS = [
  'THÀNH PHỐ',
  'THỊ XÃ',
  'THỊ TRẤN',
  'ĐẶC KHU',
  'QUẬN',
  'HUYỆN',
  'PHƯỜNG',
  'XÃ',
  'TỈNH'
]

const L = '[\\p{L}\\p{N}]'
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const spaced = (phrase: string) => phrase.trim().split(/\s+/).map(escape).join('[ \\u00a0]+')
const phraseRegex = (phrase: string) => new RegExp(`(?<!${L})${spaced(phrase)}(?!${L})`, 'giu')

const FIXED = KEPT_PHRASES.map(phraseRegex)

/**
 * Words of two syllables a table's headings and labels are made of: a văn thư never splits one
 * ("Ghi / chú", "Đồng / ý") though a heading may wrap between them ("Điểm / tự chấm").
 */
export const TABLE_WORDS: readonly string[] = [
  'ghi chú',
  'minh chứng',
  'đồng ý',
  'tự chấm',
  'xếp loại',
  'xếp thứ',
  'đơn vị',
  'nội dung',
  'tiêu chí',
  'kết quả',
  'thời gian',
  'chủ trì',
  'số lượng',
  'ký nhận',
  'ký hiệu',
  'trích yếu',
  'văn bản',
  'người ký',
  'nơi nhận',
  'lý do',
  'chênh lệch',
  'giải trình',
  'biểu quyết',
  'để trống',
  'thành viên',
  'hoạt động',
  'tối đa',
  'cách chấm',
  'tỷ lệ',
  'tổng số'
]
const TABLE = TABLE_WORDS.map(phraseRegex)

/** The text with every word of `TABLE_WORDS` bound, whatever room it has. */
export function bindTableWords(text: string): string {
  return TABLE.reduce((out, regex) => out.replace(regex, (m) => m.replace(/ +/g, NBSP)), text)
}
/** `TM. BAN…`, `KT. CHỦ TỊCH`: the authority never stands alone at the end of a line. */
const AUTHORITY = new RegExp(`(?<!${L})(?:TM|KT|Q|TL|TUQ)\\. +${L}+`, 'gu')
/** `SỐ 12`, `số 1`, `Cụm thi đua số 1`: a number stays with its word, a cluster with its number. */
const NUMBERED = new RegExp(
  `(?<!${L})(?:cụm[ \\u00a0]+thi[ \\u00a0]+đua +)?số +\\d+(?!${L})`,
  'giu'
)
/** `QUẬN HAI BÀ TRƯNG`, `thành phố Hồ Chí Minh`: the unit and its name, up to a comma. */
const UNIT_NAME = new RegExp(
  `(?<!${L})(?:${UNIT_NOUNS.map(spaced).join('|')})(?:[ \\u00a0]+[^\\s,;()]+)+`,
  'giu'
)

/**
 * Joins the words of every kept phrase in `text` with no-break spaces: the fixed list, the
 * authority prefixes, numbers with their word, the names given in `names` (a unit's own name
 * parts, in any case) and the proper name after a unit noun; in a table `cell`, the words of
 * `TABLE_WORDS` first. Bindings are applied from the smallest up and each is kept only if no
 * piece becomes wider than `boxMm`.
 */
export function bindPhrases(
  text: string,
  boxMm: number,
  sizePt: number,
  style: TextStyle = {},
  names: readonly string[] = [],
  cell = false
): string {
  return bind(text, boxMm, sizePt, style, names, [], cell)
}

/**
 * The box widths at which `bindPhrases` may give `text` another result: the widest piece each of
 * its bindings makes. Between two of them the result is the same, so a caller trying many widths
 * (the table's column widths) binds once per interval.
 */
export function bindingWidths(
  text: string,
  sizePt: number,
  style: TextStyle = {},
  names: readonly string[] = [],
  cell = false
): number[] {
  const widths: number[] = []
  bind(text, Infinity, sizePt, style, names, widths, cell)
  return [...new Set(widths)].sort((a, b) => a - b)
}

/**
 * The regex of each name phrase, compiled once: a document binds every text and table cell
 * against the same names (a pact with 300 signatories compiled thousands of them per preview).
 * The regexes are global and only used by `replace`, which starts each search from 0.
 */
const namedRegexes = new Map<string, RegExp>()
function namedRegex(name: string): RegExp {
  let regex = namedRegexes.get(name)
  if (!regex) {
    if (namedRegexes.size > 5000) namedRegexes.clear()
    regex = phraseRegex(name)
    namedRegexes.set(name, regex)
  }
  return regex
}

/** The name phrases of one `names` list: each one's regex, and one that finds any of them. */
interface NamedPhrases {
  each: RegExp[]
  any: RegExp | null
}

/**
 * By list: a document passes the same `names` (its units' names) to every text it binds, and a
 * pact's signature block binds each of its 300 signers' title lines against 300 names. Most
 * texts hold none of them: one search for any name then stands for 300 that would find nothing.
 */
const namedPhrases = new WeakMap<readonly string[], NamedPhrases>()
function namedOf(names: readonly string[]): NamedPhrases {
  let found = namedPhrases.get(names)
  if (!found) {
    const phrases = names.map((n) => n.trim()).filter((n) => n.includes(' '))
    found = {
      each: phrases.map(namedRegex),
      any:
        phrases.length > 0
          ? new RegExp(`(?<!${L})(?:${phrases.map(spaced).join('|')})(?!${L})`, 'iu')
          : null
    }
    namedPhrases.set(names, found)
  }
  return found
}

function bind(
  text: string,
  boxMm: number,
  sizePt: number,
  style: TextStyle,
  names: readonly string[],
  widths: number[],
  cell: boolean
): string {
  let out = text
  const apply = (regexes: readonly RegExp[]) => {
    for (const regex of regexes) {
      const next = out.replace(regex, (match) => match.replace(/ +/g, NBSP))
      if (next === out) continue
      const widest = longestWordMm(next, sizePt, style)
      widths.push(widest)
      if (widest <= boxMm) out = next
    }
  }
  apply([...(cell ? TABLE : []), ...FIXED, AUTHORITY, NUMBERED])
  // Binding only turns spaces into no-break spaces, which every name phrase matches alike: a
  // name not found now is not found later, and a name not found changes nothing.
  const named = namedOf(names)
  if (named.any?.test(out)) apply(named.each)
  apply([UNIT_NAME])
  return out
}

/** The line with every space made unbreakable, when it fits the box; unchanged otherwise. */
export function bindWholeLine(
  text: string,
  boxMm: number,
  sizePt: number,
  style: TextStyle = {}
): string {
  const joined = text.replace(/ +/g, NBSP)
  return longestWordMm(joined, sizePt, style) <= boxMm ? joined : text
}
