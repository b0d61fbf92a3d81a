import { TABLES, type TableName } from '../model/entities'
import type { z } from 'zod'
import { cleanDeep } from '../text/normalize'
import { IssueList } from './issues'
import { vietnameseIssue } from '../model/zod-vi'

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

/** The validated rows of every table, typed as the repositories read them. */
export type DatabaseRows = { [K in TableName]: Array<z.infer<(typeof TABLES)[K]>> }

/**
 * Cleans every string of every row with the one text cleaner (at any depth: NFC, no XML-illegal
 * characters, lone surrogates or invisible controls), then validates the row with the schema the
 * repositories write with. Every refused row is named; nothing is thrown until all were checked.
 * `onProgress` gets the share of rows done (0–1), every few thousand rows.
 */
export function validateRows(
  data: Partial<Record<string, unknown[]>>,
  issues: IssueList,
  onProgress: (done: number) => void = () => {}
): DatabaseRows {
  const total = Object.values(data).reduce((n, rows) => n + (rows?.length ?? 0), 0) || 1
  let done = 0
  const out = {} as Record<TableName, unknown[]>
  for (const table of Object.keys(TABLES) as TableName[]) {
    const schema: z.ZodType = TABLES[table]
    const rows = data[table] ?? []
    const valid: unknown[] = []
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]
      const result = schema.safeParse(needsCleaning(row) ? cleanDeep(row) : row, {
        error: vietnameseIssue
      })
      if (result.success) valid.push(result.data)
      else issues.add(table, i, row, result.error.issues[0]!.message)
      if (++done % 5000 === 0) onProgress(done / total)
    }
    out[table] = valid
  }
  onProgress(1)
  return out as DatabaseRows
}
