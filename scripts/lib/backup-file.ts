// The one way the scripts write a backup file: the app's own format (header with counts and
// SHA-256, one row per line) at the current schema version, so what they make restores as a file
// the app wrote would.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { buildBackup, serializeBackup } from '../../src/core/backup/format'
import { CURRENT_SCHEMA_VERSION } from '../../src/renderer/src/db/migrations/index'

/** The bytes of a backup of these rows, as the app writes them. */
export async function backupBytes(
  data: Record<string, unknown[]>,
  createdAt: string
): Promise<Uint8Array> {
  const backup = await buildBackup(data, {
    appVersion: '0.1.0',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    reason: 'manual',
    createdAt
  })
  return serializeBackup(backup)
}

/** Writes the rows as a backup file; returns its size and row count. */
export async function writeBackupFile(
  file: string,
  data: Record<string, unknown[]>,
  createdAt: string
): Promise<{ bytes: number; rows: number }> {
  const bytes = await backupBytes(data, createdAt)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, bytes)
  return { bytes: bytes.byteLength, rows: Object.values(data).reduce((n, r) => n + r.length, 0) }
}
