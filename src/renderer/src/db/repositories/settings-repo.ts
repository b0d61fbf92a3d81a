import { nowIso } from '@core/model/ids'
import type { OfficeDatabase } from '../database'

/** Keys of the app-wide settings; one place so no screen invents its own spelling. */
export const SETTING_KEYS = {
  /** Id of the cluster the app shows. */
  activeClusterId: 'activeClusterId',
  /** Set once the first-run choice (sample or blank) has been made. */
  firstRunDone: 'firstRunDone'
} as const

export async function getSetting<T>(db: OfficeDatabase, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key)
  return row?.value as T | undefined
}

export async function setSetting(db: OfficeDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value: JSON.parse(JSON.stringify(value)), updatedAt: nowIso() })
}
