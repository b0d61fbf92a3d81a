import { z } from 'zod'
import { DEFAULT_PROFILE, formatProfileSchema, type FormatProfile } from '../documents/profile'
import { idField, timestampField } from './fields'
import { vietnameseIssue } from './zod-vi'
import { lazySchema } from './lazy-schema'

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
  firstRunDone: 'firstRunDone',
  /**
   * Which "generation" of the data this is: a new value is written by every restore (and undo),
   * in the same transaction as the rows. A form remembers the generation it was opened on; when it
   * differs at save time, the data under the form was replaced and the form must reload instead of
   * writing the old rows back (`src/renderer/src/db/generation.ts`).
   */
  dataGeneration: 'dataGeneration'
} as const

/** `formatProfile.<clusterId>`: the cluster's adjustments to the ND30 layout. */
export const FORMAT_PROFILE_PREFIX = 'formatProfile.'

/** The value of `dataGeneration`: a fresh id per restore, when and why it was written. */
export const dataGenerationSchema = lazySchema(() =>
  z.object({
    id: idField,
    at: timestampField,
    cause: z.enum(['restore', 'undo-restore'])
  })
)
export type DataGeneration = z.infer<typeof dataGenerationSchema>

const fixedSettings = {
  activeClusterId: idField,
  firstRunDone: z.boolean({ error: 'phải là đúng hoặc sai (true/false).' }),
  dataGeneration: dataGenerationSchema
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

/** One value of a stored format profile that was out of its range and is no longer used. */
export interface ProfileProblem {
  /** The profile's field (`marginLeftMm`), empty when the whole value was unreadable. */
  field: string
  /** In the secretary's words: the field, why, the stored value and the default now used. */
  message: string
}

/** `30`, `1,15`, `“CHỦ TỊCH”`: a stored value as the secretary would write it. */
function valueWords(value: unknown): string {
  if (typeof value === 'number') return String(value).replace('.', ',')
  if (typeof value === 'string') return `“${Array.from(value).slice(0, 40).join('')}”`
  return JSON.stringify(value)?.slice(0, 40) ?? String(value)
}

/**
 * A stored format profile with every valid value kept: one value out of range (a margin of 50 mm
 * written by an older version or a damaged backup) is dropped, its ND30 default applies, and the
 * problem names the field — the cluster's other adjustments are not thrown away with it.
 */
export function salvageFormatProfile(stored: unknown): {
  profile: FormatProfile
  problems: ProfileProblem[]
} {
  if (stored === undefined || stored === null) return { profile: DEFAULT_PROFILE, problems: [] }
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return {
      profile: DEFAULT_PROFILE,
      problems: [
        {
          field: '',
          message: `Thể thức văn bản đã lưu không đọc được (${valueWords(stored)}), nên dùng mặc định theo Nghị định 30.`
        }
      ]
    }
  }
  const kept: Record<string, unknown> = {}
  const problems: ProfileProblem[] = []
  for (const [field, schema] of Object.entries(formatProfileSchema.shape)) {
    if (!Object.hasOwn(stored, field)) continue
    const value = (stored as Record<string, unknown>)[field]
    const parsed = (schema as z.ZodType).safeParse(value)
    if (parsed.success) {
      kept[field] = parsed.data
      continue
    }
    const why = (parsed.error.issues[0]?.message ?? `${field}: không hợp lệ.`).replace(/\.$/, '')
    problems.push({
      field,
      message: `${why} — giá trị đã lưu ${valueWords(value)} không dùng được, nên dùng mặc định ${valueWords(DEFAULT_PROFILE[field as keyof FormatProfile])}.`
    })
  }
  const profile = formatProfileSchema.safeParse(kept)
  return { profile: profile.success ? profile.data : DEFAULT_PROFILE, problems }
}
