import {
  buildBackup,
  BackupError,
  parseBackup,
  serializeBackup,
  tableLabel,
  type BackupFile
} from '@core/backup/format'
import { TABLES, type TableName } from '@core/model/entities'
import { normalizeText } from '@core/text/normalize'
import { DATABASE_NAME, OfficeDatabase } from './database'
import { CURRENT_SCHEMA_VERSION } from './migrations'

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

/** Deep NFC normalisation of every string in a row (names restored from NFD sources). */
function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC')
  if (Array.isArray(value)) return value.map(normalizeStrings)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null)
    for (const [k, v] of Object.entries(value)) out[k] = normalizeStrings(v)
    return { ...out }
  }
  return value
}

export interface RestoreDeps {
  /** Saves a backup of the live data before anything is replaced; must resolve only once written. */
  saveSafetyBackup(bytes: Uint8Array): Promise<string>
  /** A factory for the staging database (tests pass fake-indexeddb's). */
  openStaging?(name: string, schemaVersion: number): OfficeDatabase
}

export interface RestoreOutcome {
  counts: Record<string, number>
  /** Name of the backup of the data as it was just before the restore (for "Hoàn tác khôi phục"). */
  safetyBackup: string
}

/**
 * Restores a backup file into the live database, safely (data-safety.md §4.2):
 *
 * 1. the file is checked (size, encoding, format, schema version, tables, counts, SHA-256);
 * 2. its rows go into a staging database at the backup's own schema version, which is then
 *    opened at the current version so the migrations bring it up to date;
 * 3. every row is validated with the same schemas as the repositories and normalised to NFC;
 * 4. the row counts are compared with the header;
 * 5. the live data is backed up (and the restore stops if that fails);
 * 6. the live tables are replaced in one transaction: all of it, or nothing.
 *
 * Any failure before step 6 leaves the live database exactly as it was; step 6 itself is atomic.
 */
export async function restoreBackup(
  live: OfficeDatabase,
  bytes: Uint8Array,
  deps: RestoreDeps
): Promise<RestoreOutcome> {
  const file = await parseBackup(bytes, CURRENT_SCHEMA_VERSION, Object.keys(TABLES))
  const stagingName = `${DATABASE_NAME}-staging-${Date.now()}`
  const open =
    deps.openStaging ??
    ((name: string, v: number) => new OfficeDatabase(name, { schemaVersion: v }))
  let rows: Record<TableName, unknown[]>
  try {
    const old = open(stagingName, file.header.schemaVersion)
    try {
      await old.open()
      await old.transaction('rw', old.tables, async () => {
        for (const [table, tableRows] of Object.entries(file.data)) {
          if (!old.tables.some((t) => t.name === table)) {
            throw new BackupError(
              `Bảng “${tableLabel(table)}” không có trong phiên bản dữ liệu ${file.header.schemaVersion}.`
            )
          }
          await old.table(table).bulkAdd(tableRows)
        }
      })
    } catch (error) {
      if (error instanceof BackupError) throw error
      const name = (error as { name?: string })?.name ?? ''
      throw new BackupError(
        name === 'BulkError' || name === 'ConstraintError'
          ? 'Bản sao lưu có các dòng trùng mã hoặc khóa không hợp lệ, không khôi phục.'
          : 'Dữ liệu trong bản sao lưu không hợp lệ (khóa sai kiểu hoặc thiếu), không khôi phục.'
      )
    } finally {
      old.close()
    }
    const staging = open(stagingName, CURRENT_SCHEMA_VERSION)
    try {
      await staging.open()
      rows = (await readAllTables(staging)) as Record<TableName, unknown[]>
    } finally {
      staging.close()
    }
  } finally {
    await OfficeDatabase.delete(stagingName).catch(() => undefined)
  }

  const validated: Partial<Record<TableName, unknown[]>> = {}
  for (const table of Object.keys(TABLES) as TableName[]) {
    const schema = TABLES[table]
    const out: unknown[] = []
    for (const [index, row] of (rows[table] ?? []).entries()) {
      const result = schema.safeParse(normalizeStrings(row))
      if (!result.success) {
        const issue = result.error.issues[0]!
        throw new BackupError(
          `Bảng “${tableLabel(table)}”, dòng ${index + 1}: ${normalizeText(issue.message)} Không khôi phục.`
        )
      }
      out.push(result.data)
    }
    validated[table] = out
  }
  for (const [table, count] of Object.entries(file.header.counts)) {
    if ((validated[table as TableName]?.length ?? 0) !== count) {
      throw new BackupError(
        `Bảng “${tableLabel(table)}” sau khi đọc có ${validated[table as TableName]?.length ?? 0} dòng, khác với ${count} dòng ghi trong tệp.`
      )
    }
  }

  const { bytes: safety } = await createBackupBytes(live, 'before-restore')
  let safetyBackup: string
  try {
    safetyBackup = await deps.saveSafetyBackup(safety)
  } catch {
    throw new BackupError(
      'Không lưu được bản sao lưu dữ liệu hiện tại trước khi khôi phục, nên chưa khôi phục gì. Hãy kiểm tra ổ đĩa.'
    )
  }

  await live.transaction('rw', live.tables, async () => {
    for (const table of live.tables) {
      await table.clear()
      const tableRows = validated[table.name as TableName] ?? []
      if (tableRows.length) await table.bulkAdd(tableRows)
    }
  })
  return {
    counts: Object.fromEntries(Object.entries(validated).map(([t, r]) => [t, r!.length])),
    safetyBackup
  }
}
