import { z } from 'zod'
import { formatProfileSchema } from '../documents/profile'
import { idField } from './fields'
import { vietnameseIssue } from './zod-vi'

/**
 * The app-wide settings, one schema per key. A setting is read (`settings-repo.ts`) and restored
 * (`src/core/backup/integrity.ts`) only through these, so a damaged value — `activeClusterId` set
 * to `true` or to an object — can never reach a screen. A key not listed here is refused on
 * restore: add every new setting to this table.
 */
export const SETTING_KEYS = {
  /** Id of the cluster the app shows. */
  activeClusterId: 'activeClusterId',
  /** Set once the first-run choice (sample or blank) has been made. */
  firstRunDone: 'firstRunDone'
} as const

/** `formatProfile.<clusterId>`: the cluster's adjustments to the ND30 layout. */
export const FORMAT_PROFILE_PREFIX = 'formatProfile.'

const fixedSettings = {
  activeClusterId: idField,
  firstRunDone: z.boolean({ error: 'phải là đúng hoặc sai (true/false).' })
} as const

/** The schema of a setting's value, or null for a key the app does not know. */
export function settingValueSchema(key: string): z.ZodType | null {
  if (Object.hasOwn(fixedSettings, key)) return fixedSettings[key as keyof typeof fixedSettings]
  if (
    key.startsWith(FORMAT_PROFILE_PREFIX) &&
    idField.safeParse(key.slice(FORMAT_PROFILE_PREFIX.length)).success
  )
    return formatProfileSchema
  return null
}

/** The value types of the fixed settings, for typed reads. */
export type SettingValues = {
  [K in keyof typeof fixedSettings]: z.infer<(typeof fixedSettings)[K]>
}

/**
 * Checks one stored setting: its key is known and its value fits that key's schema. Returns the
 * parsed value, or the reason in Vietnamese.
 */
export function checkSetting(
  key: string,
  value: unknown
): { ok: true; value: unknown } | { ok: false; message: string } {
  const schema = settingValueSchema(key)
  if (!schema) return { ok: false, message: `cài đặt “${key}” không có trong ứng dụng này.` }
  const parsed = schema.safeParse(value, { error: vietnameseIssue })
  if (parsed.success) return { ok: true, value: parsed.data }
  return {
    ok: false,
    message: `cài đặt “${key}” có giá trị không hợp lệ (${parsed.error.issues[0]?.message ?? ''}).`
  }
}
