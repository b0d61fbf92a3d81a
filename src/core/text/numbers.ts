/**
 * A number as it is typed in Vietnamese, and as the app shows it: `12`, `12,5`, `1.234` or
 * `1.234,5` (dots between thousands, a comma before the decimals), and `12.5` (a dot not followed
 * by groups of three digits can only be a decimal point). Null when blank; NaN for anything else —
 * a sign, `1e3`, `0x10`, letters — for the form to refuse with its own message rather than read
 * `1.000` as one or `0x64` as a hundred. Spaces are ignored (`1 000`).
 */
export function parseNumberVi(text: string): number | null {
  const value = text.replace(/\s+/g, '')
  if (value === '') return null
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(value))
    return Number(value.replace(/\./g, '').replace(',', '.'))
  if (/^\d+([.,]\d+)?$/.test(value)) return Number(value.replace(',', '.'))
  return Number.NaN
}

/**
 * A whole number as typed (a year, a count): digits only, spaces around ignored; NaN for anything
 * else, blank included. `Number` alone reads `0x7EA` as the year 2026 and `1e3` as a thousand.
 */
export function parseWholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN
}
