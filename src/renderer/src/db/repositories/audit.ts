import { newId, nowIso } from '@core/model/ids'
import type { AuditEntry } from '@core/model/entities'
import { compareAudit, mergeAuditLog } from '@core/backup/audit-archive'
import type { OfficeDatabase } from '../database'

type AuditInput = Omit<AuditEntry, 'id' | 'at' | 'before' | 'after' | 'summary'> & {
  summary?: string
  before?: unknown
  after?: unknown
}

/**
 * Appends one entry to the audit log. Call it inside the same `rw` transaction as the change it
 * records (with `db.auditLog` in the transaction's tables), so the log and the data cannot
 * disagree. Always one live row: the archive (`auditArchive`) is written only by a restore.
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

/**
 * Every audit entry of one row, live or archived, oldest first. The archive is reached through
 * its index of entity keys: only the records that mention the row are read. Inside a transaction,
 * it must include `auditLog` and `auditArchive`.
 */
export async function auditEntriesFor(
  db: OfficeDatabase,
  table: string,
  entityId: string
): Promise<AuditEntry[]> {
  const [live, records] = await Promise.all([
    db.auditLog.where('[table+entityId]').equals([table, entityId]).toArray(),
    db.auditArchive.where('keys').equals([table, entityId]).toArray()
  ])
  const archived = records.flatMap((record) =>
    record.entries.filter((e) => e.table === table && e.entityId === entityId)
  )
  return [...archived, ...live].sort(compareAudit)
}

/** The audit entries of one row, newest first. */
export async function listAuditFor(
  db: OfficeDatabase,
  table: string,
  entityId: string
): Promise<AuditEntry[]> {
  return (await auditEntriesFor(db, table, entityId)).reverse()
}

/** The whole logical audit log (archive and live rows), oldest first; for backups. */
export async function readAuditLog(db: OfficeDatabase): Promise<AuditEntry[]> {
  const [archive, live] = await Promise.all([db.auditArchive.toArray(), db.auditLog.toArray()])
  return mergeAuditLog(archive, live)
}

/** How many entries the log holds, archive included, without reading the archive's entries. */
export async function countAuditLog(db: OfficeDatabase): Promise<number> {
  const [live, counts] = await Promise.all([
    db.auditLog.count(),
    db.auditArchive.orderBy('count').keys()
  ])
  return counts.reduce<number>((n, c) => n + Number(c), live)
}
