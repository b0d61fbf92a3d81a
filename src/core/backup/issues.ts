import { BackupError, tableLabel } from './format'

/**
 * One reason a backup is refused after its rows were read: the table, the row (counted from 1 as
 * in the file, 0 for the table as a whole), the row's id when it has one, and why, in Vietnamese.
 */
export interface RestoreIssue {
  table: string
  row: number
  id: string
  message: string
}

/** `Bảng “Hội nghị”, dòng 3 (mã m-12): năm thi đua … không có trong bản sao lưu.` */
export function issueWords(issue: RestoreIssue): string {
  const where =
    issue.row > 0
      ? `Bảng “${tableLabel(issue.table)}”, dòng ${issue.row}${issue.id ? ` (mã ${issue.id})` : ''}`
      : `Bảng “${tableLabel(issue.table)}”`
  const message = issue.message.replace(/\.$/, '')
  return `${where}: ${message}.`
}

/** How many problems a refusal lists; the rest are counted. */
const SHOWN = 5

/** A refusal that lists every problem found (the first few in its message). */
export class RestoreRefused extends BackupError {
  constructor(readonly issues: RestoreIssue[]) {
    const shown = issues.slice(0, SHOWN).map(issueWords)
    const more = issues.length > SHOWN ? ` Và ${issues.length - SHOWN} vấn đề khác.` : ''
    super(
      `Bản sao lưu có dữ liệu không nhất quán nên không khôi phục (dữ liệu hiện tại giữ nguyên). ${shown.join(' ')}${more}`
    )
    this.name = 'RestoreRefused'
  }
}

/** Collects issues up to a limit, so a file broken everywhere is not listed row by row. */
export class IssueList {
  readonly items: RestoreIssue[] = []
  constructor(private readonly limit = 200) {}

  get full(): boolean {
    return this.items.length >= this.limit
  }

  add(table: string, index: number, row: unknown, message: string): void {
    if (this.full) return
    const r = row as { id?: unknown; key?: unknown } | null
    const id = typeof r?.id === 'string' ? r.id : typeof r?.key === 'string' ? r.key : ''
    this.items.push({ table, row: index + 1, id: id.slice(0, 64), message })
  }

  addTable(table: string, message: string): void {
    if (!this.full) this.items.push({ table, row: 0, id: '', message })
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new RestoreRefused(this.items)
  }
}
