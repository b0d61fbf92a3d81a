import { newId, nowIso } from '@core/model/ids'
import type { AuditEntry } from '@core/model/entities'
import type { OfficeDatabase } from '../database'

type AuditInput = Omit<AuditEntry, 'id' | 'at' | 'before' | 'after' | 'summary'> & {
  summary?: string
  before?: unknown
  after?: unknown
}

/**
 * Appends one entry to the audit log. Call it inside the same `rw` transaction as the change it
 * records (with `db.auditLog` in the transaction's tables), so the log and the data cannot
 * disagree.
 */
export async function recordAudit(db: OfficeDatabase, input: AuditInput): Promise<void> {
  await db.auditLog.add({
    id: newId(),
    at: nowIso(),
    table: input.table,
    entityId: input.entityId,
    action: input.action,
    summary: input.summary ?? '',
    before: toJson(input.before),
    after: toJson(input.after)
  })
}

function toJson(value: unknown): AuditEntry['before'] {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as AuditEntry['before'])
}

/** The audit entries of one row, newest first. */
export async function listAuditFor(
  db: OfficeDatabase,
  table: string,
  entityId: string
): Promise<AuditEntry[]> {
  const rows = await db.auditLog.where('[table+entityId]').equals([table, entityId]).toArray()
  return rows.sort((a, b) => b.at.localeCompare(a.at))
}
