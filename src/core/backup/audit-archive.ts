/**
 * The audit archive (schema v9): how the database stores the older part of the audit log.
 *
 * IndexedDB pays per record written, not per byte (a 123,000-entry log takes ~22 s to write one
 * entry per record in Chromium, 0.6 s packed 500 per record), so a restore writes all but the
 * newest entries as packed runs. This is storage only: the logical audit log — what a backup
 * carries as `auditLog` rows, what the confirmation compares, what the screens list — is always
 * the archive's entries and the live rows together, in time order.
 */
import { z } from 'zod'
import { auditEntrySchema, type AuditEntry } from '../model/entities'

/** Name of the storage-only table; never a table of a backup file. */
export const AUDIT_ARCHIVE_TABLE = 'auditArchive'
/** Entries per archive record. */
export const ARCHIVE_RECORD_SIZE = 500
/** The newest entries a restore leaves as live rows (one record per entry). */
export const LIVE_AUDIT_KEPT = 2000

/** The key of an entity in an archive record's `keys`, as in the live log's `[table+entityId]`. */
export type EntityKey = [table: string, entityId: string]

/** An ordered run of audit entries and what finds them: their time range and entity keys. */
export const auditArchiveRecordSchema = z.object({
  /** `from` and the first entry's id: unique, and the records sort by time. */
  id: z.string().min(1),
  /** `at` of the first and the last entry. */
  from: z.string(),
  to: z.string(),
  /** How many entries the record holds (indexed, so the log can be counted without reading it). */
  count: z.number().int().positive(),
  /** Every `[table, entityId]` the entries mention, once each (a multiEntry index). */
  keys: z.array(z.tuple([z.string(), z.string()])),
  entries: z.array(auditEntrySchema).min(1)
})
export type AuditArchiveRecord = z.infer<typeof auditArchiveRecordSchema>

/** The audit log's order: by time, then by id (many entries share a time). */
export function compareAudit(a: AuditEntry, b: AuditEntry): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** One archive record of a run of entries (in order, at least one). */
export function archiveRecord(entries: AuditEntry[]): AuditArchiveRecord {
  const first = entries[0]!
  const last = entries[entries.length - 1]!
  const keys = new Map<string, EntityKey>()
  for (const entry of entries)
    keys.set(JSON.stringify([entry.table, entry.entityId]), [entry.table, entry.entityId])
  return {
    id: `${first.at}|${first.id}`,
    from: first.at,
    to: last.at,
    count: entries.length,
    keys: [...keys.values()],
    entries
  }
}

/**
 * How a logical audit log is stored: the oldest entries in full records of `size`, leaving at
 * least `keepLive` (and fewer than `keepLive + size`) newest as live rows. Only full records, so
 * the same log is always stored the same way and a log that grew by a few entries keeps its
 * records (undoing a restore brings the same records back).
 */
export function packAuditLog(
  entries: readonly AuditEntry[],
  keepLive: number = LIVE_AUDIT_KEPT,
  size: number = ARCHIVE_RECORD_SIZE
): { archive: AuditArchiveRecord[]; live: AuditEntry[] } {
  const sorted = [...entries].sort(compareAudit)
  const archived = Math.floor(Math.max(0, sorted.length - keepLive) / size) * size
  const archive: AuditArchiveRecord[] = []
  for (let start = 0; start < archived; start += size)
    archive.push(archiveRecord(sorted.slice(start, start + size)))
  return { archive, live: sorted.slice(archived) }
}

/** The logical audit log: the archive's entries and the live rows, in time order. */
export function mergeAuditLog(
  archive: readonly AuditArchiveRecord[],
  live: readonly AuditEntry[]
): AuditEntry[] {
  const all: AuditEntry[] = []
  for (const record of archive) for (const entry of record.entries) all.push(entry)
  for (const entry of live) all.push(entry)
  return all.sort(compareAudit)
}
