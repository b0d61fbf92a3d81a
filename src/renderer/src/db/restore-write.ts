import {
  AUDIT_ARCHIVE_TABLE,
  packAuditLog,
  type AuditArchiveRecord
} from '@core/backup/audit-archive'
import { BackupError } from '@core/backup/format'
import { sameValue } from '@core/backup/summary'
import { TABLE_NAMES, type AuditEntry, type Setting, type TableName } from '@core/model/entities'
import { newId, nowIso } from '@core/model/ids'
import { SETTING_KEYS, type DataGeneration } from '@core/model/settings'
import { foreseenMessage } from '@core/model/validation'
import { formatTimestampVi } from '@core/text/dates'
import {
  createBackupBytes,
  prepareRestore,
  reporter,
  RESTORE_AUDIT,
  RestoreCanceled,
  type PreparedRestore,
  type RestoreOptions
} from './backup'
import type { OfficeDatabase } from './database'
import { STORAGE_ONLY_TABLES } from './migrations'
import { auditEntriesFor, countAuditLog } from './repositories/audit'

/** A table of the database: a logical table, or the storage-only audit archive. */
type StoredTable = TableName | typeof AUDIT_ARCHIVE_TABLE

/**
 * The write of a restore (docs/backup-format.md, steps 8–10): the safety backup, then every table
 * brought to the file's rows in one transaction with the restore's own audit entry and data
 * generation, and the safety backup removed again if that transaction does not commit.
 */

export interface RestoreDeps extends RestoreOptions {
  /** Saves a backup of the live data before anything is replaced; must resolve only once written. */
  saveSafetyBackup(bytes: Uint8Array): Promise<string>
  /**
   * Removes the safety backup of a restore that did not happen (refused or cancelled before the
   * swap committed): the live data is then exactly what it holds, and it would only crowd out the
   * safety backups that matter.
   */
  discardSafetyBackup?(name: string): Promise<void>
  /** The file being restored, as the audit log records it; `undo` for "Hoàn tác khôi phục". */
  source?: { name: string; undo?: boolean }
}

export interface RestoreOutcome {
  counts: Record<string, number>
  /** Name of the backup of the data as it was just before the restore (for "Hoàn tác khôi phục"). */
  safetyBackup: string
  /** The data generation the restore wrote (see `generation.ts`). */
  generation: string
}

/** Rows per write request: small enough that progress moves and "Hủy" is heard between them. */
export const WRITE_CHUNK = 2000

type Row = Record<string, unknown>

/**
 * The writes that turn a table's rows into the backup's: either clear it and add every row, or —
 * when most rows are already there unchanged (restoring a recent backup, undoing a restore) —
 * delete only the rows that go or change and add only the rows that come or change. IndexedDB
 * pays per row written (about 0.1 ms each in Chromium), so the cheaper plan is taken per table.
 * Changed rows are deleted before anything is added, so a unique index (a register number, one
 * year per cluster) never sees two rows at once.
 */
function planTable(
  keyPath: string,
  next: Row[],
  current: Row[]
): { clear: boolean; remove: unknown[]; add: Row[] } {
  const before = new Map(current.map((r) => [r[keyPath], r]))
  const add: Row[] = []
  const remove: unknown[] = []
  const inFile = new Set<unknown>()
  for (const row of next) {
    const key = row[keyPath]
    inFile.add(key)
    const old = before.get(key)
    if (old && sameValue(old, row)) continue
    if (old) remove.push(key)
    add.push(row)
  }
  for (const key of before.keys()) if (!inFile.has(key)) remove.push(key)
  const diffCost = remove.length + add.length
  return diffCost < next.length + 1
    ? { clear: false, remove, add }
    : { clear: true, remove: [], add: next }
}

const COUNT_WORDS: Array<[TableName, string]> = [
  ['clusters', 'cụm'],
  ['memberUnits', 'đơn vị'],
  ['clusterYears', 'năm thi đua'],
  ['meetings', 'hội nghị'],
  ['documents', 'số văn bản']
]

/** The audit entry of a restore: which file (name, time, checksum), what it held, what it replaced. */
function restoreAuditEntry(
  prepared: PreparedRestore,
  source: NonNullable<RestoreDeps['source']>,
  safetyBackup: string,
  before: Record<string, number>,
  at: string
): AuditEntry {
  const { header } = prepared
  const counts = COUNT_WORDS.map(([t, w]) => `${header.counts[t] ?? 0} ${w}`).join(', ')
  const total = Object.values(header.counts).reduce((n, c) => n + c, 0)
  const what = source.undo
    ? `Hoàn tác khôi phục: trở lại dữ liệu của “${source.name}”`
    : `Khôi phục bản sao lưu “${source.name}”`
  return {
    id: newId(),
    at,
    ...RESTORE_AUDIT,
    action: 'restore',
    summary:
      `${what} (tạo lúc ${formatTimestampVi(header.createdAt)}, SHA-256 ${header.sha256.toLowerCase()}): ${counts}; ${total} dòng. Dữ liệu trước đó được sao lưu vào “${safetyBackup}”.`.slice(
        0,
        1000
      ),
    before: { safetyBackup, counts: before },
    after: {
      file: source.name,
      sha256: header.sha256.toLowerCase(),
      createdAt: header.createdAt,
      reason: header.reason,
      schemaVersion: header.schemaVersion,
      counts: header.counts
    }
  }
}

/**
 * Writes a checked backup into the live database: first a `before-restore` backup of the live
 * data (the restore stops if it cannot be saved), then every table brought to the backup's rows in
 * ONE transaction. The writes go in chunks inside that transaction so progress can be shown and a
 * cancel aborts it; IndexedDB commits the transaction only after the last chunk, so the database
 * holds either all of the backup or, after any failure or cancel, exactly what it held before —
 * and then the safety backup, which holds that same data, is removed again.
 *
 * The same transaction records the restore in the audit log (the file's name, checksum and
 * counts), keeps the live log's entries about earlier restores, archived or not (the restored log
 * would otherwise forget them), and writes a new data generation so that open forms can tell
 * their data was replaced. The log it writes is stored packed (`packAuditLog`): all but the
 * newest entries go to the archive in runs of 500, since IndexedDB pays per record written.
 */
export async function commitRestore(
  live: OfficeDatabase,
  prepared: PreparedRestore,
  deps: RestoreDeps
): Promise<RestoreOutcome> {
  const report = reporter(deps)
  report('safety')
  const { bytes: safety } = await createBackupBytes(live, 'before-restore')
  let safetyBackup: string
  try {
    safetyBackup = await deps.saveSafetyBackup(safety)
  } catch (error) {
    if (deps.signal?.aborted) throw new RestoreCanceled()
    if (error instanceof BackupError) throw error
    throw new BackupError(
      'Không lưu được bản sao lưu dữ liệu hiện tại trước khi khôi phục, nên chưa khôi phục gì. Hãy kiểm tra ổ đĩa.'
    )
  }
  const source = deps.source ?? { name: 'tệp bản sao lưu' }
  const generation: DataGeneration = {
    id: newId(),
    at: nowIso(),
    cause: source.undo ? 'undo-restore' : 'restore'
  }
  let stopWrite = () => {}
  try {
    report('write')
    await live.transaction('rw', live.tables, async (tx) => {
      // Heard at once, not at the next chunk: the chunks already handed over are dropped too.
      stopWrite = () => tx.abort()
      deps.signal?.addEventListener('abort', stopWrite, { once: true })
      const before = await countLogicalTables(live)
      // The live log's history of restores, archived or not, survives the restore.
      const history = await auditEntriesFor(live, RESTORE_AUDIT.table, RESTORE_AUDIT.entityId)
      const inFile = new Set(prepared.rows.auditLog.map((row) => row.id))
      const log = packAuditLog([
        ...prepared.rows.auditLog,
        ...history.filter((row) => !inFile.has(row.id)),
        restoreAuditEntry(prepared, source, safetyBackup, before, generation.at)
      ])
      const rows: Partial<Record<StoredTable, unknown[]>> = {
        auditLog: log.live,
        auditArchive: log.archive,
        settings: [
          ...prepared.rows.settings.filter((row) => row.key !== SETTING_KEYS.dataGeneration),
          {
            key: SETTING_KEYS.dataGeneration,
            value: generation,
            updatedAt: generation.at
          } as Setting
        ]
      }
      await writeTables(
        live,
        (table) => (rows[table] ?? prepared.rows[table as TableName]) as Row[],
        report
      )
    })
  } catch (error) {
    // Nothing was committed: the live data is what the safety backup holds, so it goes again.
    await deps.discardSafetyBackup?.(safetyBackup).catch(() => undefined)
    if (deps.signal?.aborted) throw new RestoreCanceled()
    if (error instanceof BackupError) throw error
    const why = foreseenMessage(error)
    throw new BackupError(
      `${why ?? 'Không ghi được dữ liệu của bản sao lưu.'} Chưa khôi phục gì: dữ liệu hiện tại không thay đổi.`
    )
  } finally {
    deps.signal?.removeEventListener('abort', stopWrite)
  }
  return {
    counts: Object.fromEntries(TABLE_NAMES.map((t) => [t, prepared.rows[t].length])),
    safetyBackup,
    generation: generation.id
  }
}

/**
 * Chunks handed to IndexedDB before the oldest is waited for. Waiting for each chunk leaves the
 * database idle while the next one is cloned and sent, and the database idle while this thread
 * clones: with several in flight both work at once (a 50 MB restore writes about a third faster
 * in Chromium). IndexedDB runs a transaction's requests in the order they were made, so the
 * deletions still come before the additions.
 */
export const CHUNKS_IN_FLIGHT = 8

/** One request of the write: a clear, or a chunk of deletions or additions, and its row count. */
interface WriteStep {
  run(): Promise<unknown>
  rows: number
}

/**
 * Archive records per write request (each holds `ARCHIVE_RECORD_SIZE` entries). At least 50:
 * for a smaller request Dexie records every key of every index it touches for its live queries —
 * each record's hundreds of entity keys — and the window then spends a second reading them when
 * the transaction commits; from 50 on it marks the table changed as a whole.
 */
export const ARCHIVE_CHUNK = 50

/** Brings every table of the live database to `next(table)`, inside the caller's transaction. */
async function writeTables(
  live: OfficeDatabase,
  next: (table: StoredTable) => Row[],
  report: ReturnType<typeof reporter>
): Promise<void> {
  const plans = []
  for (const table of live.tables) {
    const keyPath = table.schema.primKey.keyPath as string
    const rows = next(table.name as StoredTable) ?? []
    // The archive is a few hundred records: rewriting it costs less than reading it to compare.
    if (table.name === AUDIT_ARCHIVE_TABLE) {
      plans.push({ table, clear: true, remove: [], add: rows })
      continue
    }
    // Clearing costs one request: when the table holds many more rows than the file, no diff
    // can be cheaper, and its rows need not even be read.
    const count = await table.count()
    plans.push({
      table,
      ...(count - rows.length > rows.length
        ? { clear: true, remove: [], add: rows }
        : planTable(keyPath, rows, (await table.toArray()) as Row[]))
    })
  }
  const steps: WriteStep[] = []
  const chunked = (
    items: unknown[],
    size: number,
    write: (chunk: unknown[]) => Promise<unknown>,
    weight: (chunk: unknown[]) => number = (chunk) => chunk.length
  ) => {
    for (let start = 0; start < items.length; start += size) {
      const chunk = items.slice(start, start + size)
      steps.push({ run: () => write(chunk), rows: weight(chunk) })
    }
  }
  for (const plan of plans) {
    if (plan.clear) steps.push({ run: () => plan.table.clear(), rows: 0 })
    chunked(plan.remove, WRITE_CHUNK, (chunk) => plan.table.bulkDelete(chunk as never[]))
  }
  for (const plan of plans) {
    const add = (chunk: unknown[]) => plan.table.bulkAdd(chunk as never[])
    if (plan.table.name === AUDIT_ARCHIVE_TABLE)
      // Progress counts the entries a chunk holds, as for the live rows.
      chunked(plan.add, ARCHIVE_CHUNK, add, (chunk) =>
        (chunk as AuditArchiveRecord[]).reduce((n, r) => n + r.count, 0)
      )
    else chunked(plan.add, WRITE_CHUNK, add)
  }
  await runInFlight(steps, (done, total) => report('write', done / total))
}

/** Row counts of the logical tables (the audit log with its archive), as a backup would give. */
async function countLogicalTables(live: OfficeDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of live.tables) {
    if (STORAGE_ONLY_TABLES.includes(table.name)) continue
    counts[table.name] = table.name === 'auditLog' ? await countAuditLog(live) : await table.count()
  }
  return counts
}

/**
 * Runs the steps in order with up to `CHUNKS_IN_FLIGHT` of them unfinished, reporting the rows
 * done. `report` throws when the restore was cancelled: the caller's transaction then aborts and
 * the requests still queued are dropped with it.
 */
export async function runInFlight(
  steps: WriteStep[],
  report: (done: number, total: number) => void,
  inFlight: number = CHUNKS_IN_FLIGHT
): Promise<void> {
  const total = steps.reduce((n, step) => n + step.rows, 0) || 1
  let done = 0
  const pending: Array<Promise<unknown>> = []
  for (const step of steps) {
    report(done, total)
    const request = step.run().then(() => report((done += step.rows), total))
    // Awaited below; marked handled now so a chunk refused after a cancel is not reported twice.
    request.catch(() => undefined)
    pending.push(request)
    if (pending.length >= inFlight) await pending.shift()
  }
  await Promise.all(pending)
  report(done, total)
}

/**
 * Restores a backup file into the live database in this thread: every check first (nothing is
 * touched if one fails), then the safety backup and the one-transaction swap. The Sao lưu screen
 * runs the same steps in a worker (`restore-client.ts`).
 */
export async function restoreBackup(
  live: OfficeDatabase,
  bytes: Uint8Array,
  deps: RestoreDeps
): Promise<RestoreOutcome> {
  return commitRestore(live, await prepareRestore(bytes, deps), deps)
}
