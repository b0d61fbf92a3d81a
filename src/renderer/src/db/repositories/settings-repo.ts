import { checkSetting, SETTING_KEYS } from '@core/model/settings'
import { ValidationError } from '@core/model/validation'
import { stampAfter } from '../stamp'
import type { OfficeDatabase } from '../database'

export { SETTING_KEYS }

/**
 * A setting's value, checked against its key's schema (`src/core/model/settings.ts`) every time it
 * is read: a damaged value (`activeClusterId: true`) reads as "not set", never reaches a screen.
 */
export async function getSetting<T>(db: OfficeDatabase, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key)
  if (!row) return undefined
  const checked = checkSetting(key, row.value)
  return checked.ok ? (checked.value as T) : undefined
}

/** Saves a setting; a value its key does not accept is refused and nothing is written. */
export async function setSetting(db: OfficeDatabase, key: string, value: unknown): Promise<void> {
  const checked = checkSetting(key, JSON.parse(JSON.stringify(value ?? null)))
  if (!checked.ok)
    throw new ValidationError([{ field: key, message: `Không lưu được: ${checked.message}` }])
  // The stamp always moves, even within one millisecond: forms guard the settings by it.
  const previous = await db.settings.get(key)
  await db.settings.put({
    key,
    value: checked.value as never,
    updatedAt: stampAfter(previous?.updatedAt)
  })
}
