/**
 * Vietnamese wording of dates, times and numbers as official documents write them
 * (Nghị định 30/2020, Phụ lục I and II; official-layout.md §1.5 and §6).
 */

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))

/** A calendar date without time zone trouble: year, month 1–12, day 1–31. */
export interface CalendarDate {
  year: number
  month: number
  day: number
}

/** Parses `YYYY-MM-DD` into a calendar date, or null. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day))
  return check.getUTCMonth() === date.month - 1 && check.getUTCDate() === date.day ? date : null
}

/**
 * `ngày 05 tháng 02 năm 2020`: days below 10 and the months 1 and 2 get a leading zero, nothing
 * else does (ND30 Phụ lục I, II.4).
 */
export function dateWords(date: CalendarDate): string {
  const month = date.month <= 2 ? pad2(date.month) : String(date.month)
  return `ngày ${pad2(date.day)} tháng ${month} năm ${date.year}`
}

/** The date line for printing before signing: `ngày     tháng     năm 2026`. */
export function blankDateWords(year: number): string {
  return `ngày     tháng     năm ${year}`
}

/** `Hà Nội, ngày 05 tháng 02 năm 2020`, or the blank form when no date is given. */
export function placeDateLine(place: string, date: CalendarDate | null, year: number): string {
  return `${place}, ${date ? dateWords(date) : blankDateWords(year)}`
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy']

/**
 * The weekday as written mid-sentence: `thứ Năm`, `Chủ nhật` (ND30 Phụ lục II capitalises the
 * day word). A fixed table, because `Intl` writes `Chủ Nhật`.
 */
export function weekdayWords(date: CalendarDate): string {
  return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!
}

/** `14:00` → `14 giờ 00 phút` (formal style of minutes); empty for an invalid time. */
export function timeWords(value: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value)
  return match ? `${Number(match[1])} giờ ${match[2]} phút` : ''
}

const numberFormats = new Map<number, Intl.NumberFormat>()

/**
 * A number in Vietnamese notation: `.` between thousands, `,` before decimals, rounded half up to
 * `decimals` places so that no float artefact (9.499999) is ever printed.
 */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return ''
  let format = numberFormats.get(decimals)
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      roundingMode: 'halfExpand'
    } as Intl.NumberFormatOptions)
    numberFormats.set(decimals, format)
  }
  const factor = 10 ** decimals
  const rounded = Math.sign(value) * (Math.round(Math.abs(value) * factor + 1e-9) / factor)
  return format.format(rounded)
}

/** A share as a percentage with two decimals: `(5, 6)` → `83,33%`; empty when the whole is 0. */
export function formatPercent(part: number, whole: number, decimals = 2): string {
  if (!whole) return ''
  return `${formatNumber((part / whole) * 100, decimals)}%`
}

/** A count zero-padded with its words, as documents write copies: `02 (hai)`. */
export function countWithWords(value: number): string {
  return `${pad2(value)} (${numberToWords(value)})`
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']

/** Reads 0–999; `full` when a higher group precedes, so zero hundreds are read (`không trăm`). */
function readTriple(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100)
  const tens = Math.floor((n % 100) / 10)
  const units = n % 10
  const words: string[] = []
  if (hundreds > 0 || full) words.push(DIGITS[hundreds]!, 'trăm')
  if (tens > 1) {
    words.push(DIGITS[tens]!, 'mươi')
    if (units === 1) words.push('mốt')
    else if (units === 4) words.push('tư')
    else if (units === 5) words.push('lăm')
    else if (units > 0) words.push(DIGITS[units]!)
  } else if (tens === 1) {
    words.push('mười')
    if (units === 5) words.push('lăm')
    else if (units > 0) words.push(DIGITS[units]!)
  } else if (units > 0) {
    if (hundreds > 0 || full) words.push('linh')
    words.push(DIGITS[units]!)
  }
  return words.join(' ')
}

/** Reads 1 – 999.999.999 by its million, thousand and unit groups; empty groups are skipped. */
function readBelowBillion(n: number, full: boolean): string {
  const millions = Math.floor(n / 1_000_000)
  const thousands = Math.floor(n / 1000) % 1000
  const units = n % 1000
  const words: string[] = []
  if (millions > 0) words.push(readTriple(millions, full), 'triệu')
  if (thousands > 0) words.push(readTriple(thousands, full || millions > 0), 'nghìn')
  if (units > 0) words.push(readTriple(units, full || millions > 0 || thousands > 0))
  return words.join(' ')
}

function readAny(n: number, full: boolean): string {
  if (n < 1_000_000_000) return readBelowBillion(n, full)
  const high = Math.floor(n / 1_000_000_000)
  const low = n % 1_000_000_000
  return [readAny(high, full), 'tỷ', low > 0 ? readBelowBillion(low, true) : ''].join(' ').trim()
}

/**
 * A whole number in Vietnamese words: `21` → `hai mươi mốt`, `105` → `một trăm linh năm`,
 * `1.000.000.000` → `một tỷ`. Used for copies (`02 (hai) bản`) and amounts in words.
 */
export function numberToWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > Number.MAX_SAFE_INTEGER) return ''
  if (value === 0) return 'không'
  return readAny(value, false)
}

/** Capitalises the first letter: `hai mươi` → `Hai mươi` (amounts in words start a sentence). */
export function capitalizeFirst(value: string): string {
  return value ? value[0]!.toLocaleUpperCase('vi') + value.slice(1) : value
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I']
]

/** `4` → `IV`, for `I.`, `II.` section numbers and `Phụ lục I`. */
export function toRoman(value: number): string {
  let rest = Math.floor(value)
  let out = ''
  for (const [n, letters] of ROMAN) {
    while (rest >= n) {
      out += letters
      rest -= n
    }
  }
  return out
}

/**
 * Letters for điểm `a)`, `b)`… in the order legal texts use: the Latin letters of the Vietnamese
 * alphabet with đ after d, without f, j, w, z.
 */
const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ')

export function pointLetter(index: number): string {
  const base = POINT_LETTERS.length
  let n = index
  let out = ''
  do {
    out = POINT_LETTERS[n % base]! + out
    n = Math.floor(n / base) - 1
  } while (n >= 0)
  return out
}
