import {
  BackupError,
  encodeBackup,
  parseBackup,
  tableLabel,
  type BackupFile,
  type BackupHeader
} from '@core/backup/format'
import { checkIntegrity } from '@core/backup/integrity'
import { IssueList } from '@core/backup/issues'
import { validateRows, type DatabaseRows } from '@core/backup/rows'
import { summarizeRestore, type RestoreSummary } from '@core/backup/summary'
import { TABLE_NAMES, type TableName } from '@core/model/entities'
import { SETTING_KEYS } from '@core/model/settings'
import { foreseenMessage } from '@core/model/validation'
import { OfficeDatabase } from './database'
import {
  CURRENT_SCHEMA_VERSION,
  needsStaging,
  SCHEMA_STEPS,
  STORAGE_ONLY_TABLES
} from './migrations'
import { readAuditLog } from './repositories/audit'
import { stagingName } from './restore-staging'

import { APP_VERSION } from '@shared/version'
export { APP_VERSION }

/**
 * Every row of every logical table, read in one transaction so the backup is one consistent
 * moment. The audit log is the archive's entries and the live rows as one table in time order:
 * the storage-only tables never appear (docs/backup-format.md).
 */
export async function readAllTables(db: OfficeDatabase): Promise<Record<string, unknown[]>> {
  return db.transaction('r', db.tables, async () => {
    const data: Record<string, unknown[]> = {}
    for (const table of db.tables) {
      if (STORAGE_ONLY_TABLES.includes(table.name)) continue
      data[table.name] = table.name === 'auditLog' ? await readAuditLog(db) : await table.toArray()
    }
    return data
  })
}

/** A backup of the whole database as file bytes (each row serialised once). */
export async function createBackupBytes(
  db: OfficeDatabase,
  reason: string
): Promise<{ bytes: Uint8Array; header: BackupHeader }> {
  return encodeBackup(await readAllTables(db), {
    appVersion: APP_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    reason,
    createdAt: new Date().toISOString()
  })
}

/** The tables a backup of a schema version holds: the logical tables of that version. */
export function tablesAtVersion(version: number): string[] {
  const tables = new Set<string>()
  for (const step of SCHEMA_STEPS) {
    if (step.version > version) break
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) tables.delete(name)
      else tables.add(name)
    }
  }
  return [...tables].filter((name) => !STORAGE_ONLY_TABLES.includes(name))
}

/** The steps of a restore, for the progress bar. */
export type RestoreStage =
  | 'parse'
  | 'scan'
  | 'checksum'
  | 'migrate'
  | 'validate'
  | 'integrity'
  | 'compare'
  | 'safety'
  | 'write'

export interface RestoreProgress {
  stage: RestoreStage
  /** Share of the whole step (checking, or restoring) done, 0–1. */
  fraction: number
}

/** Where each stage starts and ends on the bar of its step (checking 0–1, restoring 0–1). */
const STAGE_SPAN: Record<RestoreStage, [number, number]> = {
  parse: [0, 0.2],
  scan: [0.2, 0.3],
  checksum: [0.3, 0.45],
  migrate: [0.45, 0.55],
  validate: [0.55, 0.85],
  integrity: [0.85, 0.92],
  compare: [0.92, 1],
  safety: [0, 0.25],
  write: [0.25, 1]
}

export interface RestoreOptions {
  /** A factory for the staging database (tests pass fake-indexeddb's). */
  openStaging?(name: string, schemaVersion: number): OfficeDatabase
  /**
   * The app's low-disk guard: the staging database is written through it too, so a restore never
   * writes a staging copy while writing is paused (in the worker, the window checks the disk
   * before it sends the file).
   */
  writeGuard?: { middleware(): Parameters<OfficeDatabase['use']>[0] }
  onProgress?(progress: RestoreProgress): void
  /** Cancels the restore; a write already started is rolled back. */
  signal?: AbortSignal
}

/** A backup file that passed every check, ready to be written. */
export interface PreparedRestore {
  header: BackupHeader
  rows: DatabaseRows
}

/** Thrown when the secretary pressed "Hủy": nothing was changed. */
export class RestoreCanceled extends BackupError {
  constructor() {
    super('Đã hủy khôi phục. Dữ liệu hiện tại không thay đổi.')
    this.name = 'RestoreCanceled'
  }
}

/** Reports a stage's progress, and stops the restore when it was cancelled. */
export function reporter(options: RestoreOptions) {
  return (stage: RestoreStage, within = 0) => {
    if (options.signal?.aborted) throw new RestoreCanceled()
    const [from, to] = STAGE_SPAN[stage]
    options.onProgress?.({ stage, fraction: from + (to - from) * within })
  }
}

/**
 * Rows of an older backup brought to the current schema: loaded into a staging database at the
 * backup's own version, which is then opened at the current version so the migrations run.
 */
async function migrateInStaging(
  file: BackupFile,
  options: RestoreOptions
): Promise<Record<string, unknown[]>> {
  const staging_ = stagingName()
  const opened =
    options.openStaging ??
    ((name: string, v: number) => new OfficeDatabase(name, { schemaVersion: v }))
  const open = (name: string, v: number) => {
    const db = opened(name, v)
    if (options.writeGuard) db.use(options.writeGuard.middleware())
    return db
  }
  try {
    const old = open(staging_, file.header.schemaVersion)
    try {
      await old.open()
      await old.transaction('rw', old.tables, async () => {
        for (const [table, tableRows] of Object.entries(file.data)) {
          await old.table(table).bulkAdd(tableRows)
        }
      })
    } catch (error) {
      throw stagingError(error)
    } finally {
      old.close()
    }
    const staging = open(staging_, CURRENT_SCHEMA_VERSION)
    try {
      await staging.open()
      return await readAllTables(staging)
    } finally {
      staging.close()
    }
  } finally {
    await OfficeDatabase.delete(staging_).catch(() => undefined)
  }
}

function stagingError(error: unknown): BackupError {
  if (error instanceof BackupError) return error
  const e = error as { name?: string; failuresByPos?: Record<string, unknown>; message?: string }
  if (e?.name === 'BulkError' || e?.name === 'ConstraintError') {
    const table = /bulkAdd.*?on (\w+)/.exec(e.message ?? '')?.[1]
    const first = e.failuresByPos ? Number(Object.keys(e.failuresByPos)[0]) : NaN
    const where = table
      ? `Bảng “${tableLabel(table)}”${Number.isNaN(first) ? '' : `, dòng ${first + 1}`}: `
      : ''
    return new BackupError(
      `${where}Bản sao lưu có các dòng trùng mã hoặc khóa không hợp lệ, không khôi phục.`
    )
  }
  // The disk is nearly full (the guard refused the staging copy) or full: say that, not "invalid".
  const foreseen = foreseenMessage(error)
  if (foreseen)
    return new BackupError(`${foreseen} Chưa khôi phục gì: dữ liệu hiện tại không thay đổi.`)
  return new BackupError(
    'Dữ liệu trong bản sao lưu không hợp lệ (khóa sai kiểu hoặc thiếu), không khôi phục.'
  )
}

/**
 * Checks a backup file completely without touching the live database (data-safety.md §4.2):
 *
 * 1. the file: size, encoding, JSON without repeated keys, header, tables, counts, SHA-256;
 * 2. an older schema version is migrated in a staging database;
 * 3. every string of every row is cleaned and every row validated with the repositories' schemas;
 * 4. the whole database is checked (references, unique keys, trees, vote figures, settings);
 * 5. the row counts are compared with the header.
 *
 * Throws `BackupError` (`RestoreRefused` naming table, row and reason) on any problem.
 */
export async function prepareRestore(
  bytes: Uint8Array,
  options: RestoreOptions = {}
): Promise<PreparedRestore> {
  const report = reporter(options)
  const file = await parseBackup(bytes, CURRENT_SCHEMA_VERSION, tablesAtVersion, (stage) =>
    report(stage)
  )
  report('migrate')
  const raw = needsStaging(file.header.schemaVersion)
    ? await migrateInStaging(file, options)
    : file.data
  report('validate')
  const issues = new IssueList()
  const rows = validateRows(raw, issues, (done) => report('validate', done))
  issues.throwIfAny()
  report('integrity')
  checkIntegrity(rows, issues).throwIfAny()
  for (const [table, count] of Object.entries(file.header.counts)) {
    // A table a later schema replaced (`scores`, v7): its migration, tested step by step, says
    // where its rows went, so they are not counted here.
    if (!(TABLE_NAMES as string[]).includes(table)) continue
    const restored = rows[table as TableName]?.length ?? 0
    if (restored !== count) {
      throw new BackupError(
        `Bảng “${tableLabel(table)}” sau khi đọc có ${restored} dòng, khác với ${count} dòng ghi trong tệp.`
      )
    }
  }
  return { header: file.header, rows }
}

/** Audit entries about restores: kept by every restore (see `commitRestore`). */
export const RESTORE_AUDIT = { table: 'database', entityId: 'restore' } as const

/** A row every restore writes itself: an entry of the restore history, the data generation. */
export function isKeptByRestore(table: string, row: unknown): boolean {
  const r = row as { table?: unknown; entityId?: unknown; key?: unknown } | null
  if (table === 'auditLog')
    return r?.table === RESTORE_AUDIT.table && r?.entityId === RESTORE_AUDIT.entityId
  return table === 'settings' && r?.key === SETTING_KEYS.dataGeneration
}

/** What the restore would change in the live database, for the confirmation. */
export async function summarizeAgainst(
  live: OfficeDatabase,
  prepared: PreparedRestore,
  options: RestoreOptions = {}
): Promise<RestoreSummary> {
  reporter(options)('compare')
  // What the restore keeps whatever the file holds (the history of restores, the data generation)
  // is not a change to show.
  const current = await readAllTables(live)
  const kept = (rows: unknown[] = [], table: string) =>
    rows.filter((row) => !isKeptByRestore(table, row))
  const summary = summarizeRestore(
    {
      ...prepared.rows,
      auditLog: kept(prepared.rows.auditLog, 'auditLog'),
      settings: kept(prepared.rows.settings, 'settings')
    } as DatabaseRows,
    {
      ...current,
      auditLog: kept(current['auditLog'], 'auditLog'),
      settings: kept(current['settings'], 'settings')
    }
  )
  reporter(options)('compare', 1)
  return summary
}

export {
  commitRestore,
  restoreBackup,
  WRITE_CHUNK,
  type RestoreDeps,
  type RestoreOutcome
} from './restore-write'
