/**
 * Version 9 (issue 12, point 5: a 50 MB backup restores in < 20 s).
 *
 * - New table `auditArchive`: the older audit entries packed in ordered runs (see
 *   `src/core/backup/audit-archive.ts`), with the run's time range, its entry count and a
 *   multiEntry index of the `[table, entityId]` its entries mention, so an entity's history is
 *   found without reading the whole archive. Storage only: backups still carry every entry as an
 *   `auditLog` row, and the logical tables of a v9 backup are those of v8.
 * - No data moves here: the live log stays one row per entry; a restore writes the archive.
 */
export const v9Stores = {
  auditArchive: 'id, from, to, count, *keys'
} as const

/** Tables of the schema that are not logical tables (never in a backup file, never in `TABLES`). */
export const STORAGE_ONLY_TABLES: readonly string[] = Object.keys(v9Stores)
