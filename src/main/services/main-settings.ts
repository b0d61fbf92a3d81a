import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './atomic-write'
import type { RetentionPolicy } from '@core/backup/rotation'
import { retentionSchema } from '../ipc/schemas'

/** What main itself must remember before any page loads: where backups go. */
export interface MainSettings {
  backupFolder: string
  retention: RetentionPolicy
}

/**
 * A small JSON file in the data folder. A missing or damaged file gives the defaults, so a bad
 * settings file can never stop the app from starting.
 */
export class MainSettingsFile {
  private cache: MainSettings | null = null

  constructor(
    private readonly dataDir: string,
    private readonly defaults: MainSettings
  ) {}

  async get(): Promise<MainSettings> {
    if (this.cache) return this.cache
    try {
      const parsed = JSON.parse(
        await readFile(join(this.dataDir, 'main-settings.json'), 'utf8')
      ) as Partial<MainSettings>
      const retention = retentionSchema.safeParse(parsed.retention)
      this.cache = {
        backupFolder:
          typeof parsed.backupFolder === 'string' && parsed.backupFolder
            ? parsed.backupFolder
            : this.defaults.backupFolder,
        retention: retention.success ? retention.data : this.defaults.retention
      }
    } catch {
      this.cache = { ...this.defaults }
    }
    return this.cache
  }

  async set(patch: Partial<MainSettings>): Promise<MainSettings> {
    const next = { ...(await this.get()), ...patch }
    await writeFileAtomic(
      join(this.dataDir, 'main-settings.json'),
      new TextEncoder().encode(JSON.stringify(next, null, 2))
    )
    this.cache = next
    return next
  }
}
