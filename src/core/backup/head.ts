import { normalizeLine } from '../text/normalize'
import { BACKUP_FORMAT } from './format'

/** How much of a backup file is read to tell what it holds (the header and the clusters' rows). */
export const HEAD_BYTES = 64 * 1024

/** What a backup holds, read from its first lines without loading the whole file. */
export interface BackupHead {
  schemaVersion: number
  createdAt: string
  reason: string
  /** Rows per table, as the header states them. */
  counts: Record<string, number>
  sha256: string
  /** The names of its clusters (those whose rows fit in the part read). */
  clusters: string[]
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Reads the header and the cluster names from the start of a backup file as the app writes it
 * (`serializeBackup`: the header first, then one row per line with the clusters' table first), so
 * the Sao lưu screen can say what a 50 MB backup holds from its first 64 KB. Returns null for
 * anything else — a file the app did not write, or one whose header is not whole in `text`. Only
 * for showing: a restore still reads and checks the whole file.
 */
export function readBackupHead(text: string): BackupHead | null {
  const dataAt = text.indexOf('\n  "data": {\n')
  const headerAt = text.indexOf('"header":')
  if (dataAt < 0 || headerAt < 0 || headerAt > dataAt) return null
  let header: unknown
  try {
    header = JSON.parse(
      text
        .slice(headerAt + '"header":'.length, dataAt)
        .trim()
        .replace(/,$/, '')
    )
  } catch {
    return null
  }
  if (!isRecord(header) || header['format'] !== BACKUP_FORMAT || !isRecord(header['counts']))
    return null
  const counts: Record<string, number> = {}
  for (const [table, n] of Object.entries(header['counts']))
    if (Number.isSafeInteger(n) && (n as number) >= 0) counts[table] = n as number
  const clusters: string[] = []
  const start = text.indexOf('\n    "clusters": [\n', dataAt)
  if (start >= 0) {
    for (const line of text.slice(start).split('\n').slice(2)) {
      if (!line.startsWith('      {')) break
      try {
        const row: unknown = JSON.parse(line.trim().replace(/,$/, ''))
        if (isRecord(row) && typeof row['name'] === 'string')
          clusters.push(Array.from(normalizeLine(row['name'])).slice(0, 200).join(''))
      } catch {
        break
      }
    }
  }
  const text_ = (key: string) => (typeof header[key] === 'string' ? (header[key] as string) : '')
  return {
    schemaVersion: Number.isSafeInteger(header['schemaVersion'])
      ? (header['schemaVersion'] as number)
      : 0,
    createdAt: text_('createdAt'),
    reason: text_('reason'),
    counts,
    sha256: text_('sha256'),
    clusters
  }
}

/** The first bytes of a file as text (a letter cut at the end of the slice is dropped). */
export function headText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, HEAD_BYTES))
}
