/**
 * Names and retention of automatic backup files, shared by the desktop (files in the backup
 * folder) and the browser build (a separate IndexedDB database).
 */

/** How many automatic backups are kept (Actual Budget's policy, data-safety.md §4.5). */
export interface RetentionPolicy {
  keepToday: number
  keepDays: number
  keepTotal: number
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepToday: 3, keepDays: 7, keepTotal: 10 }
/** Below this much free space the app stops writing, before LevelDB can be corrupted. */
export const LOW_DISK_BYTES = 300 * 1024 * 1024

const NAME = /^ctd-sao-luu-(\d{8})-(\d{9})-([a-z-]{1,20})\.json$/

/** `ctd-sao-luu-20261126-143005123-start.json`: sortable, safe on every file system. */
export function backupName(date: Date, reason: string): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  const day = `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}`
  const time = `${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}${p(date.getMilliseconds(), 3)}`
  return `ctd-sao-luu-${day}-${time}-${reason.replace(/[^a-z-]/g, '').slice(0, 20) || 'manual'}.json`
}

/** Reads name → entry fields, or null for files that are not ours. */
export function parseBackupName(
  name: string
): { day: string; createdAt: string; reason: string } | null {
  const m = NAME.exec(name)
  if (!m) return null
  const [d, t, reason] = [m[1]!, m[2]!, m[3]!]
  const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${t.slice(6, 9)}`
  return { day: d, createdAt, reason }
}

/** A backup taken before a restore is kept at least this many days (unless the user removes it). */
export const SAFETY_KEEP_DAYS = 30

/** The backup was taken just before a restore: it holds the data the restore replaced. */
export const isSafetyBackup = (name: string) => parseBackupName(name)?.reason === 'before-restore'

/**
 * Which backups to keep. The ordinary ones (at start, every 15 minutes, at close…): the newest
 * `keepToday` of today, the newest of each earlier day (up to `keepDays` days), at most
 * `keepTotal` in all. The ones taken before a restore are counted apart and kept for
 * `SAFETY_KEEP_DAYS` days whatever happens meanwhile — a second restore, a refused one, days of
 * editing — and the newest of them always: each holds data that exists nowhere else, the way back
 * from a wrong restore. Pure, so the policy is tested on its own.
 */
export function backupsToKeep(
  names: string[],
  today: string,
  policy: RetentionPolicy = DEFAULT_RETENTION
): Set<string> {
  const ours = names
    .filter((n) => parseBackupName(n))
    .sort()
    .reverse()
  const ordinary = ours.filter((n) => !isSafetyBackup(n))
  const keep: string[] = []
  const todays = ordinary.filter((n) => parseBackupName(n)!.day === today)
  keep.push(...todays.slice(0, policy.keepToday))
  const seenDays = new Set<string>()
  for (const name of ordinary) {
    const day = parseBackupName(name)!.day
    if (day === today || seenDays.has(day)) continue
    if (seenDays.size >= policy.keepDays) break
    seenDays.add(day)
    keep.push(name)
  }
  const kept = new Set(keep.sort().reverse().slice(0, policy.keepTotal))
  const since = dayKeyBefore(today, SAFETY_KEEP_DAYS)
  const safety = ours.filter(isSafetyBackup)
  for (const name of safety) if (parseBackupName(name)!.day >= since) kept.add(name)
  if (safety[0]) kept.add(safety[0])
  return kept
}

/** The day key `days` calendar days before `day` (`20261126`, 30 → `20261027`). */
export function dayKeyBefore(day: string, days: number): string {
  const y = Number(day.slice(0, 4))
  const m = Number(day.slice(4, 6))
  const d = Number(day.slice(6, 8))
  return dayKey(new Date(y, m - 1, d - days))
}

/** `20261126`: the local day of a date, as backup names and retention use it. */
export function dayKey(d: Date): string {
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`
}
