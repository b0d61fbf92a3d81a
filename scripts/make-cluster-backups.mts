// Writes the cluster histories `bench:screens` restores, as backup files in the app's format:
// `npx tsx --tsconfig tsconfig.node.json scripts/make-cluster-backups.mts [folder]` (default
// `.ci-out/cluster-histories`). One year and thirty years of a 15-unit cluster (renames, mergers,
// pacts with criteria, 12 meetings a year, year-end scores) and a stress file (300 units, 10,000
// meetings). Every row passes its schema and the whole-database checks (see the unit test).
import { join } from 'node:path'
import {
  clusterHistory,
  ONE_YEAR,
  STRESS,
  THIRTY_YEARS,
  type HistoryShape
} from './lib/cluster-history'
import { writeBackupFile } from './lib/backup-file'

export const HISTORY_FILES: Array<{ name: string; shape: HistoryShape }> = [
  { name: 'one-year.json', shape: ONE_YEAR },
  { name: 'thirty-years.json', shape: THIRTY_YEARS },
  { name: 'stress.json', shape: STRESS }
]

/** Writes the three files into `folder`; returns each path with its size and row count. */
export async function writeClusterHistories(folder: string) {
  const out: Array<{ file: string; label: string; bytes: number; rows: number }> = []
  for (const { name, shape } of HISTORY_FILES) {
    const file = join(folder, name)
    const made = await writeBackupFile(
      file,
      clusterHistory(shape),
      `${shape.lastYear}-12-20T02:00:00.000Z`
    )
    out.push({ file, label: shape.label, ...made })
  }
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] ?? join(import.meta.dirname, '..', '.ci-out', 'cluster-histories')
  for (const made of await writeClusterHistories(folder))
    console.log(
      `${made.file} (${made.label}): ${(made.bytes / 1024 / 1024).toFixed(1)} MB, ${made.rows} rows`
    )
}
