import { formatProfileSchema, type FormatProfile } from '@core/documents/profile'
import {
  FORMAT_PROFILE_PREFIX,
  salvageFormatProfile,
  type ProfileProblem
} from '@core/model/settings'
import { parseOrThrow } from '@core/model/validation'
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

/** Saves a profile after checking every value is within the legal range. */
export async function saveFormatProfile(
  db: OfficeDatabase,
  clusterId: string,
  input: unknown
): Promise<FormatProfile> {
  const profile = parseOrThrow(formatProfileSchema, input)
  await db.transaction('rw', [db.settings, db.auditLog], async () => {
    // The stored value as it is, even when it no longer passes: the log keeps what was replaced.
    const before = (await db.settings.get(key(clusterId)))?.value
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
