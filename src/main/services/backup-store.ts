import { mkdir, readdir, readFile, rm, stat, statfs } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './atomic-write'
import {
  backupName,
  backupsToKeep,
  dayKey,
  DEFAULT_RETENTION,
  parseBackupName,
  type RetentionPolicy
} from '@core/backup/rotation'
import type { BackupEntry } from '@shared/ipc/contract'

export { LOW_DISK_BYTES } from '@core/backup/rotation'
import { LOW_DISK_BYTES } from '@core/backup/rotation'

export class LowDiskError extends Error {
  constructor(readonly freeBytes: number) {
    super('Ổ đĩa sắp đầy')
    this.name = 'LowDiskError'
  }
}

/**
 * The backup folder: writes backups atomically, lists and reads them by name only (no path
 * from the page), prunes by the retention policy, and refuses to write when the disk is nearly
 * full.
 */
export class BackupStore {
  constructor(
    private readonly folder: () => string,
    private readonly policy: () => RetentionPolicy = () => DEFAULT_RETENTION,
    private readonly now: () => Date = () => new Date(),
    private readonly freeBytes: (dir: string) => Promise<number> = diskFreeBytes
  ) {}

  get path(): string {
    return this.folder()
  }

  async save(bytes: Uint8Array, reason: string): Promise<BackupEntry> {
    const dir = this.folder()
    await mkdir(dir, { recursive: true })
    const free = await this.freeBytes(dir)
    if (free < LOW_DISK_BYTES + bytes.byteLength) throw new LowDiskError(free)
    const date = this.now()
    const name = backupName(date, reason)
    await writeFileAtomic(join(dir, name), bytes)
    await this.prune()
    const info = parseBackupName(name)!
    return { name, createdAt: info.createdAt, reason: info.reason, size: bytes.byteLength }
  }

  async list(): Promise<BackupEntry[]> {
    const dir = this.folder()
    let names: string[]
    try {
      names = await readdir(dir)
    } catch {
      return []
    }
    const entries: BackupEntry[] = []
    for (const name of names
      .filter((n) => parseBackupName(n))
      .sort()
      .reverse()) {
      const info = parseBackupName(name)!
      const size = (await stat(join(dir, name)).catch(() => null))?.size ?? 0
      entries.push({ name, createdAt: info.createdAt, reason: info.reason, size })
    }
    return entries
  }

  /** Reads a backup by its name; anything that is not one of our file names is refused. */
  async read(name: string): Promise<Uint8Array> {
    if (!parseBackupName(name)) throw new Error('not a backup name')
    return new Uint8Array(await readFile(join(this.folder(), name)))
  }

  async prune(): Promise<void> {
    const dir = this.folder()
    const names = await readdir(dir)
    const keep = backupsToKeep(names, dayKey(this.now()), this.policy())
    for (const name of names) {
      if (parseBackupName(name) && !keep.has(name)) await rm(join(dir, name), { force: true })
    }
  }
}

/** Free bytes on the disk holding `dir`. */
export async function diskFreeBytes(dir: string): Promise<number> {
  const s = await statfs(dir)
  return s.bavail * s.bsize
}
