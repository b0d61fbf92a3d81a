import { formatProfileSchema, type FormatProfile } from '@core/documents/profile'
import {
  FORMAT_PROFILE_PREFIX,
  salvageFormatProfile,
  type ProfileProblem
} from '@core/model/settings'
import { parseOrThrow } from '@core/model/validation'
import { assertUnchanged, type SaveBase } from '../concurrency'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { setSetting } from './settings-repo'

const key = (clusterId: string) => `${FORMAT_PROFILE_PREFIX}${clusterId}`

/**
 * The cluster's format profile and what was wrong with the stored one: its saved adjustments over
 * the ND30 defaults, value by value — one value out of range falls back to its default (and is
 * named in `problems`), the others are kept.
 */
export async function loadFormatProfile(
  db: OfficeDatabase,
  clusterId: string
): Promise<{ profile: FormatProfile; problems: ProfileProblem[] }> {
  return salvageFormatProfile((await db.settings.get(key(clusterId)))?.value)
}

/** The cluster's format profile: its saved adjustments over the ND30 defaults. */
export async function getFormatProfile(
  db: OfficeDatabase,
  clusterId: string
): Promise<FormatProfile> {
  return (await loadFormatProfile(db, clusterId)).profile
}

/**
 * When the cluster's profile was last saved (`updatedAt` of its row; '' when never): the stamp a
 * form remembers as its `SaveBase`.
 */
export async function formatProfileStamp(db: OfficeDatabase, clusterId: string): Promise<string> {
  return (await db.settings.get(key(clusterId)))?.updatedAt ?? ''
}

/**
 * Saves a profile after checking every value is within the legal range. With `base` (what the
 * form read; `updatedAt` '' for a profile never saved), a profile saved since in another window
 * is refused with a `StaleRecordError` (`concurrency.ts`).
 */
export async function saveFormatProfile(
  db: OfficeDatabase,
  clusterId: string,
  input: unknown,
  base?: SaveBase
): Promise<FormatProfile> {
  const profile = parseOrThrow(formatProfileSchema, input)
  await db.transaction('rw', [db.settings, db.auditLog], async () => {
    const row = await db.settings.get(key(clusterId))
    await assertUnchanged(db, { updatedAt: row?.updatedAt ?? '' }, base)
    // The stored value as it is, even when it no longer passes: the log keeps what was replaced.
    const before = row?.value
    await setSetting(db, key(clusterId), profile)
    await recordAudit(db, {
      table: 'settings',
      entityId: key(clusterId),
      action: 'update',
      before,
      after: profile
    })
  })
  return profile
}
