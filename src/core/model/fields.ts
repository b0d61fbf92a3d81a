import { z } from 'zod'
import { normalizeLine, normalizeText } from '../text/normalize'
import { isIsoDate, isIsoTimestamp, parseDateVi } from '../text/dates'
// Every schema built from these fields answers in Vietnamese, wherever it runs.
import './zod-vi'

export { isIsoDate }

/**
 * Field builders shared by every entity schema. Each one normalises what comes in (NFC, invisible
 * characters stripped, trimmed) before checking it, and its messages name the field in Vietnamese,
 * because they are shown to the secretary as they are.
 */

/**
 * A field built on its first use rather than when the module loads: the app has hundreds of fields
 * of four to six zod schemas each, and building them all made up a large part of the start-up
 * (issue 13); the first screen validates almost none of them. Parsing is the same.
 */
function built<T extends z.ZodType>(build: () => T): z.ZodLazy<T> {
  return z.lazy(build)
}

export const MAX_LINE = 300
export const MAX_PROSE = 200_000

/** A required one-line text: a name, a title, a place. */
export function requiredLine(label: string, max = MAX_LINE) {
  return built(() =>
    z
      .string({ error: `${label}: phải là văn bản.` })
      .transform(normalizeLine)
      .pipe(
        z
          .string()
          .min(1, `${label}: không được để trống.`)
          .max(max, `${label}: dài quá ${max} ký tự.`)
      )
  )
}

/** An optional one-line text; missing means empty. */
export function optionalLine(label: string, max = MAX_LINE) {
  return built(() =>
    z
      .string({ error: `${label}: phải là văn bản.` })
      .default('')
      .transform(normalizeLine)
      .pipe(z.string().max(max, `${label}: dài quá ${max} ký tự.`))
  )
}

/** Free prose with paragraphs (remarks, conclusions, commitments). */
export function prose(label: string, max = MAX_PROSE) {
  return built(() =>
    z
      .string({ error: `${label}: phải là văn bản.` })
      .default('')
      .transform(normalizeText)
      .pipe(z.string().max(max, `${label}: dài quá ${max} ký tự.`))
  )
}

/** A list of one-line texts, empty lines dropped. */
export function lineList(label: string, maxItems = 50, max = MAX_LINE) {
  return built(() =>
    z
      .array(z.string({ error: `${label}: phải là văn bản.` }), {
        error: `${label}: phải là danh sách.`
      })
      .default([])
      .transform((lines) => lines.map(normalizeLine).filter((line) => line !== ''))
      .pipe(
        z
          .array(z.string().max(max, `${label}: mỗi dòng tối đa ${max} ký tự.`))
          .max(maxItems, `${label}: tối đa ${maxItems} dòng.`)
      )
  )
}

/**
 * Why a stored date is refused, in the secretary's words: a date that does not exist
 * (`2020-02-31` → "ngày 31/02/2020 không có thật") or one not written as a date at all.
 */
export function dateProblem(value: string): string {
  const parsed = parseDateVi(value)
  return parsed.ok ? '' : parsed.message
}

/** A required date `YYYY-MM-DD`. */
export function requiredDate(label: string) {
  return built(() =>
    z
      .string({ error: `${label}: chưa nhập ngày.` })
      .trim()
      .superRefine((v, ctx) => {
        if (v === '') ctx.addIssue({ code: 'custom', message: `${label}: chưa nhập ngày.` })
        else if (!isIsoDate(v)) ctx.addIssue({ code: 'custom', message: dateMessage(label, v) })
      })
  )
}

/** An optional date `YYYY-MM-DD`; empty means not set. */
export function optionalDate(label: string) {
  return built(() =>
    z
      .string({ error: `${label}: ngày phải viết dạng ngày/tháng/năm.` })
      .default('')
      .transform((v) => v.trim())
      .superRefine((v, ctx) => {
        if (v !== '' && !isIsoDate(v))
          ctx.addIssue({ code: 'custom', message: dateMessage(label, v) })
      })
  )
}

function dateMessage(label: string, value: string): string {
  // A stored date is `YYYY-MM-DD`; anything parseDateVi accepts in another form is still refused
  // here, with the form the screens must send.
  return `${label}: ${dateProblem(value) || 'ngày phải viết dạng ngày/tháng/năm, ví dụ 06/02/2020'}.`
}

/** A time of day `HH:MM` (24-hour); empty means not set. */
export function optionalTime(label: string) {
  return built(() =>
    z
      .string({ error: `${label}: giờ phải viết dạng giờ:phút, ví dụ 14:00.` })
      .default('')
      .transform((v) => v.trim())
      .superRefine((v, ctx) => {
        if (v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v)) return
        ctx.addIssue({
          code: 'custom',
          message: /^\d{1,2}:\d{2}$/.test(v)
            ? `${label}: giờ ${v} không có thật (giờ từ 00:00 đến 23:59).`
            : `${label}: giờ phải viết dạng giờ:phút, ví dụ 14:00.`
        })
      })
  )
}

/** A string id made by `newId()`; the primary key of every table. */
export const idField = z
  .string({ error: 'Mã bản ghi không hợp lệ.' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Mã bản ghi không hợp lệ.')

/** A reference to another row, or empty when not set. */
export const optionalRef = z
  .string({ error: 'Tham chiếu không hợp lệ.' })
  .default('')
  .refine((v) => v === '' || /^[A-Za-z0-9_-]{1,64}$/.test(v), 'Tham chiếu không hợp lệ.')

/** An ISO timestamp as written by `nowIso()`. */
export const timestampField = z
  .string({ error: 'Thời điểm không hợp lệ.' })
  .refine(isIsoTimestamp, 'Thời điểm không hợp lệ.')

/** A whole number within bounds, for counts and years. */
export function wholeNumber(label: string, min: number, max: number) {
  return built(() =>
    z
      .number({ error: `${label}: phải là số.` })
      .int(`${label}: phải là số nguyên (không có phần lẻ).`)
      .min(min, min === 0 ? `${label}: không được âm.` : `${label}: không được nhỏ hơn ${min}.`)
      .max(max, `${label}: không được lớn hơn ${max}.`)
  )
}

/** A finite score or points value (never NaN or Infinity), or null when not given yet. */
export function optionalPoints(label: string, max = 100_000) {
  return built(() =>
    z
      .number({ error: `${label}: phải là số.` })
      .refine(Number.isFinite, `${label}: phải là số.`)
      .refine((v) => v >= 0, `${label}: không được âm.`)
      .refine((v) => v <= max, `${label}: không được lớn hơn ${max}.`)
      .nullable()
      .default(null)
  )
}

/** Every stored row: a string id that never changes, and when it was made and last changed. */
export const rowBase = {
  id: idField,
  createdAt: timestampField,
  updatedAt: timestampField
}
