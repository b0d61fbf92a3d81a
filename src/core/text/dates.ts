/**
 * The one dates module of the app. Every "today", every date shown or typed on screen and every
 * timestamp shown to the secretary goes through here, in the PC's local time zone: a secretary in
 * Hà Nội working before 07:00 must not see yesterday's date (the UTC day).
 *
 * Stored forms: calendar dates are `YYYY-MM-DD` (no time zone: a meeting held on 06/02/2020 is
 * that day wherever the file is opened); moments are ISO timestamps in UTC (`nowIso()`), shown
 * converted to local time. The ND30 date line of documents (`ngày 05 tháng 02 năm 2020`) is in
 * `vietnamese.ts`, which reads the stored calendar date as it is.
 */

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n))

/** True for a real calendar date written `YYYY-MM-DD` (2020-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (y < 1 || m < 1 || m > 12 || d < 1) return false
  return d <= daysInMonth(y, m)
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/**
 * True for a timestamp as the app writes it (`2026-11-30T07:05:00.000Z`, or with an offset) whose
 * date and time really exist: `Date.parse` rolls 2020-02-31 over to March, this does not.
 */
export function isIsoTimestamp(value: string): boolean {
  const match =
    /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/.exec(
      value
    )
  return match !== null && isIsoDate(match[1]!) && !Number.isNaN(Date.parse(value))
}

/** The local calendar date of a moment as `YYYY-MM-DD` (the PC's time zone, not UTC). */
export function localDateIso(moment: Date = new Date()): string {
  return `${moment.getFullYear()}-${pad2(moment.getMonth() + 1)}-${pad2(moment.getDate())}`
}

/** Today on this PC, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return localDateIso(now)
}

/** This PC's current year. */
export function currentYear(now: Date = new Date()): number {
  return now.getFullYear()
}

/** `2025-06-30` → `30/06/2025`, the form every date takes on screen. */
export function formatDateVi(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso
}

/** A date typed by the secretary: the stored form, or why it was refused (in Vietnamese). */
export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string }

/**
 * Reads a date typed as `dd/mm/yyyy` whatever the system locale (also `d/m/yyyy`, with `-` or
 * `.` between the parts, and the stored `yyyy-mm-dd`). Empty input is `{ ok: true, iso: '' }`.
 * `31/02/2020` is refused as a date that does not exist, `2020/31/02` as a wrong form.
 */
export function parseDateVi(text: string): ParsedDate {
  const value = text.trim()
  if (value === '') return { ok: true, iso: '' }
  let y: number, m: number, d: number
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (vi) [d, m, y] = [Number(vi[1]), Number(vi[2]), Number(vi[3])]
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else return { ok: false, message: 'ngày phải viết dạng ngày/tháng/năm, ví dụ 06/02/2020' }
  if (y < 1900 || y > 2100) return { ok: false, message: 'năm phải từ 1900 đến 2100' }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    return {
      ok: false,
      message: `ngày ${pad2(d)}/${pad2(m)}/${y} không có thật`
    }
  }
  return { ok: true, iso: `${y}-${pad2(m)}-${pad2(d)}` }
}

/**
 * A stored moment shown in local time: `30/11/2026 07:05`. Anything that is not a timestamp is
 * shown as it is, so a damaged value is visible rather than hidden.
 */
export function formatTimestampVi(timestamp: string): string {
  const ms = Date.parse(timestamp)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(timestamp) || Number.isNaN(ms)) return timestamp
  const t = new Date(ms)
  return `${formatDateVi(localDateIso(t))} ${pad2(t.getHours())}:${pad2(t.getMinutes())}`
}

/** The local calendar date of a stored moment (`2026-11-29T23:30:00Z` is 30/11 in Hà Nội). */
export function localDateOf(timestamp: string): string {
  const ms = Date.parse(timestamp)
  return Number.isNaN(ms) ? '' : localDateIso(new Date(ms))
}
