import {
  buildBackup,
  BackupError,
  parseBackup,
  serializeBackup,
  tableLabel,
  type BackupFile,
  type BackupHeader
} from '@core/backup/format'
import { checkIntegrity } from '@core/backup/integrity'
import { IssueList } from '@core/backup/issues'
import { validateRows, type DatabaseRows } from '@core/backup/rows'
import { sameValue, summarizeRestore, type RestoreSummary } from '@core/backup/summary'
import { TABLE_NAMES, type TableName } from '@core/model/entities'
import { DATABASE_NAME, OfficeDatabase } from './database'
import { CURRENT_SCHEMA_VERSION, SCHEMA_STEPS } from './migrations'

import { APP_VERSION } from '@shared/version'
export { APP_VERSION }

/** Every row of every table, read in one transaction so the backup is one consistent moment. */
export async function readAllTables(db: OfficeDatabase): Promise<Record<string, unknown[]>> {
  return db.transaction('r', db.tables, async () => {
    const data: Record<string, unknown[]> = {}
    for (const table of db.tables) data[table.name] = await table.toArray()
    return data
  })
}

/** A backup of the whole database as file bytes. */
export async function createBackupBytes(
  db: OfficeDatabase,
  reason: string
): Promise<{ bytes: Uint8Array; file: BackupFile }> {
  const file = await buildBackup(await readAllTables(db), {
    appVersion: APP_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    reason,
    createdAt: new Date().toISOString()
  })
  return { bytes: serializeBackup(file), file }
}

/** The tables of the database at a schema version: a backup of that version holds exactly these. */
export function tablesAtVersion(version: number): string[] {
  const tables = new Set<string>()
  for (const step of SCHEMA_STEPS) {
    if (step.version > version) break
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) tables.delete(name)
      else tables.add(name)
    }
  }
  return [...tables]
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

function reporter(options: RestoreOptions) {
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
  const stagingName = `${DATABASE_NAME}-staging-${Date.now()}`
  const open =
    options.openStaging ??
    ((name: string, v: number) => new OfficeDatabase(name, { schemaVersion: v }))
  try {
    const old = open(stagingName, file.header.schemaVersion)
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
    const staging = open(stagingName, CURRENT_SCHEMA_VERSION)
    try {
      await staging.open()
      return await readAllTables(staging)
    } finally {
      staging.close()
    }
  } finally {
    await OfficeDatabase.delete(stagingName).catch(() => undefined)
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
  const raw =
    file.header.schemaVersion < CURRENT_SCHEMA_VERSION
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

/** What the restore would change in the live database, for the confirmation. */
export async function summarizeAgainst(
  live: OfficeDatabase,
  prepared: PreparedRestore,
  options: RestoreOptions = {}
): Promise<RestoreSummary> {
  reporter(options)('compare')
  const summary = summarizeRestore(prepared.rows, await readAllTables(live))
  reporter(options)('compare', 1)
  return summary
}

export interface RestoreDeps extends RestoreOptions {
  /** Saves a backup of the live data before anything is replaced; must resolve only once written. */
  saveSafetyBackup(bytes: Uint8Array): Promise<string>
}

export interface RestoreOutcome {
  counts: Record<string, number>
  /** Name of the backup of the data as it was just before the restore (for "Hoàn tác khôi phục"). */
  safetyBackup: string
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

/**
 * Writes a checked backup into the live database: first a `before-restore` backup of the live
 * data (the restore stops if it cannot be saved), then every table brought to the backup's rows in
 * ONE transaction. The writes go in chunks inside that transaction so progress can be shown and a
 * cancel aborts it; IndexedDB commits the transaction only after the last chunk, so the database
 * holds either all of the backup or, after any failure or cancel, exactly what it held before.
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
  } catch {
    if (deps.signal?.aborted) throw new RestoreCanceled()
    throw new BackupError(
      'Không lưu được bản sao lưu dữ liệu hiện tại trước khi khôi phục, nên chưa khôi phục gì. Hãy kiểm tra ổ đĩa.'
    )
  }
  report('write')
  await live.transaction('rw', live.tables, async () => {
    const plans = []
    for (const table of live.tables) {
      const keyPath = table.schema.primKey.keyPath as string
      const next = (prepared.rows[table.name as TableName] ?? []) as Row[]
      // Clearing costs one request: when the table holds many more rows than the file, no diff
      // can be cheaper, and its rows need not even be read.
      const count = await table.count()
      plans.push({
        table,
        ...(count - next.length > next.length
          ? { clear: true, remove: [], add: next }
          : planTable(keyPath, next, (await table.toArray()) as Row[]))
      })
    }
    const total = plans.reduce((n, p) => n + p.remove.length + p.add.length, 0) || 1
    let done = 0
    for (const plan of plans) {
      if (plan.clear) await plan.table.clear()
      for (let start = 0; start < plan.remove.length; start += WRITE_CHUNK) {
        const chunk = plan.remove.slice(start, start + WRITE_CHUNK)
        await plan.table.bulkDelete(chunk as never[])
        done += chunk.length
        report('write', done / total)
      }
    }
    for (const plan of plans) {
      for (let start = 0; start < plan.add.length; start += WRITE_CHUNK) {
        const chunk = plan.add.slice(start, start + WRITE_CHUNK)
        await plan.table.bulkAdd(chunk as never[])
        done += chunk.length
        report('write', done / total)
      }
    }
  })
  return {
    counts: Object.fromEntries(TABLE_NAMES.map((t) => [t, prepared.rows[t].length])),
    safetyBackup
  }
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
