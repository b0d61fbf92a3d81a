import { TABLES, type TableName } from '../model/entities'
import type { z } from 'zod'
import { cleanDeep, needsCleaning } from '../text/normalize'
import { IssueList } from './issues'
import { vietnameseIssue } from '../model/zod-vi'

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
