import type { DBCore, Middleware } from 'dexie'
import type { BackupEntry, DesktopApi } from '@shared/ipc/contract'
import { buildBackup, serializeBackup } from '@core/backup/format'
import { LOW_DISK_MESSAGE } from '@core/backup/space'
import { UserError } from '@core/model/validation'
import type { OfficeDatabase } from './database'
import { DATABASE_NAME } from './database'
import { CURRENT_SCHEMA_VERSION } from './migrations'

export { LOW_DISK_MESSAGE }

/**
 * Watches every write of the database: marks the data as changed since the last backup, and
 * refuses writes while the disk is nearly full (a full disk corrupts LevelDB, data-safety.md
 * §1.4), so nothing half-written can happen there.
 */
export class WriteGuard {
  blocked = false
  dirty = false

  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'write-guard',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          return {
            ...table,
            mutate: (request) => {
              if (this.blocked) return Promise.reject(new UserError(LOW_DISK_MESSAGE))
              this.dirty = true
              return table.mutate(request)
            }
          }
        }
      })
    }
  }
}

type Listener = (latest: BackupEntry | null) => void

/**
 * Automatic backups, written by main into the backup folder: when the app starts, every
 * 15 minutes if something changed, and when the window closes. Keeps the newest entry for
 * "Bản sao lưu gần nhất".
 */
export class AutoBackup {
  latest: BackupEntry | null = null
  /**
   * Whether `latest` has been read from the backups on disk: until then "none" would be a guess.
   * The list is read with the start-up backup, after the first screen.
   */
  checked = false
  lastError = ''
  private listeners = new Set<Listener>()
  private timer: ReturnType<typeof setInterval> | null = null

  constructor(
    private readonly db: OfficeDatabase,
    private readonly api: DesktopApi,
    private readonly guard: WriteGuard,
    private readonly intervalMs = 15 * 60 * 1000
  ) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.latest)
  }

  /**
   * Loads the newest existing backup, takes the start-up one, and schedules the rest. Also removes
   * the staging databases an interrupted restore left behind (reported on Sao lưu).
   */
  async start(): Promise<void> {
    // The backup code (the file format, checks, restore) loads here, after the first screen,
    // not with the scripts every start needs: only this watch and its middleware are on that path.
    const { sweepStagingLeftovers } = await import('./restore-staging')
    await sweepStagingLeftovers()
    const list = await this.api.backup.list()
    if (list.ok) this.latest = list.value.entries[0] ?? null
    else this.lastError = list.error.message
    this.checked = true
    this.emit()
    if ((await this.db.clusters.count()) > 0) await this.backupNow('start')
    this.timer = setInterval(() => {
      if (this.guard.dirty) void this.backupNow('interval')
    }, this.intervalMs)
    this.api.app.onBeforeQuit(async () => {
      if (this.guard.dirty) await this.backupNow('quit')
      await this.api.app.quitReady()
    })
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
  }

  /**
   * The data changed without passing through this window's database (a restore written by the
   * worker): the next interval or closing backup must take it.
   */
  markChanged(): void {
    this.guard.dirty = true
  }

  /** Writes a backup now; returns its entry, or null (with `lastError`) when it failed. */
  async backupNow(
    reason: 'start' | 'interval' | 'quit' | 'before-restore'
  ): Promise<BackupEntry | null> {
    const { createBackupBytes } = await import('./backup')
    const { bytes } = await createBackupBytes(this.db, reason)
    const saved = await this.api.backup.save({ bytes, reason })
    if (!saved.ok) {
      this.lastError = saved.error.message
      this.emit()
      return null
    }
    this.guard.dirty = false
    this.lastError = ''
    this.latest = saved.value
    this.checked = true
    this.emit()
    return saved.value
  }
}

/**
 * Before the schema is upgraded, the data as it is on disk is backed up with the plain IndexedDB
 * API (the old version's tables, read as they are), so a failed or unwanted upgrade can be undone.
 * Does nothing on a first start or when the schema is already current.
 */
export async function backupBeforeUpgrade(
  api: DesktopApi,
  factory: IDBFactory = indexedDB
): Promise<'none' | 'saved'> {
  const existing = (await factory.databases?.())?.find((d) => d.name === DATABASE_NAME)
  if (!existing?.version) return 'none'
  const storedVersion = Math.floor(existing.version / 10)
  if (storedVersion >= CURRENT_SCHEMA_VERSION) return 'none'
  const raw: IDBDatabase = await new Promise((resolve, reject) => {
    const request = factory.open(DATABASE_NAME)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  try {
    const data: Record<string, unknown[]> = {}
    for (const store of Array.from(raw.objectStoreNames)) {
      data[store] = await new Promise((resolve, reject) => {
        const request = raw.transaction(store).objectStore(store).getAll()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    }
    const { APP_VERSION } = await import('./backup')
    const file = await buildBackup(data, {
      appVersion: APP_VERSION,
      schemaVersion: storedVersion,
      reason: 'before-upgrade',
      createdAt: new Date().toISOString()
    })
    const saved = await api.backup.save({ bytes: serializeBackup(file), reason: 'before-upgrade' })
    if (!saved.ok) throw new Error(saved.error.message)
    return 'saved'
  } finally {
    raw.close()
  }
}

/**
 * Asks main for the free disk space every minute and blocks writes while it is low; screens
 * show a warning while `isLow` is true.
 */
export class DiskWatch {
  isLow = false
  private listeners = new Set<(isLow: boolean) => void>()
  private timer: ReturnType<typeof setInterval> | null = null

  constructor(
    private readonly api: DesktopApi,
    private readonly guard: WriteGuard,
    private readonly intervalMs = 60_000
  ) {}

  subscribe(listener: (isLow: boolean) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async check(): Promise<boolean> {
    const status = await this.api.app.diskStatus()
    const low = status.ok && status.value.isLow
    this.guard.blocked = low
    if (low !== this.isLow) {
      this.isLow = low
      for (const listener of this.listeners) listener(low)
    }
    return low
  }

  start(): void {
    void this.check()
    this.timer = setInterval(() => void this.check(), this.intervalMs)
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
  }
}
