import { mkdir, open, readdir, readFile, rm, statfs } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './atomic-write'
import {
  backupName,
  backupsToKeep,
  dayKey,
  DEFAULT_RETENTION,
  isSafetyBackup,
  parseBackupName,
  type RetentionPolicy
} from '@core/backup/rotation'
import { HEAD_BYTES, headText, readBackupHead } from '@core/backup/head'
import type { BackupContents, BackupEntry } from '@shared/ipc/contract'

export { LOW_DISK_BYTES } from '@core/backup/rotation'
import { LOW_DISK_BYTES } from '@core/backup/rotation'

export class LowDiskError extends Error {
  constructor(readonly freeBytes: number) {
    super('Ổ đĩa sắp đầy')
    this.name = 'LowDiskError'
  }
}

/** Thrown when the page asks to remove a backup that is not one taken before a restore. */
export class NotRemovableError extends Error {
  constructor() {
    super('only backups taken before a restore are removed by hand')
    this.name = 'NotRemovableError'
  }
}

/**
 * The backup folder: writes backups atomically, lists and reads them by name only (no path
 * from the page), says what each holds (from its first lines), prunes by the retention policy,
 * removes a safety backup when asked, and refuses to write when the disk is nearly full.
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
    const head = readBackupHead(headText(bytes))
    return {
      name,
      createdAt: info.createdAt,
      reason: info.reason,
      size: bytes.byteLength,
      contents: head ? { clusters: head.clusters, counts: head.counts } : null
    }
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
      const head = await readHead(join(dir, name))
      if (!head) continue
      entries.push({
        name,
        createdAt: info.createdAt,
        reason: info.reason,
        size: head.size,
        contents: head.contents
      })
    }
    return entries
  }

  /** Reads a backup by its name; anything that is not one of our file names is refused. */
  async read(name: string): Promise<Uint8Array> {
    if (!parseBackupName(name)) throw new Error('not a backup name')
    return new Uint8Array(await readFile(join(this.folder(), name)))
  }

  /**
   * Removes a backup taken before a restore (the secretary no longer needs it, or the restore it
   * was taken for did not happen). Any other file is left alone: those follow the retention policy.
   */
  async remove(name: string): Promise<void> {
    if (!parseBackupName(name) || !isSafetyBackup(name)) throw new NotRemovableError()
    await rm(join(this.folder(), name), { force: true })
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

/**
 * A backup's size and what it holds, from its first 64 KB (the header and the clusters' rows);
 * null when the file vanished between listing and reading (pruned by another write).
 */
async function readHead(
  path: string
): Promise<{ size: number; contents: BackupContents | null } | null> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch {
    return null
  }
  try {
    const size = (await handle.stat()).size
    const buffer = new Uint8Array(Math.min(size, HEAD_BYTES))
    await handle.read(buffer, 0, buffer.byteLength, 0)
    const head = readBackupHead(headText(buffer))
    return { size, contents: head ? { clusters: head.clusters, counts: head.counts } : null }
  } finally {
    await handle.close()
  }
}

/** Free bytes on the disk holding `dir`. */
export async function diskFreeBytes(dir: string): Promise<number> {
  const s = await statfs(dir)
  return s.bavail * s.bsize
}
