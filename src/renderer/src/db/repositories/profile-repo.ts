import { formatProfileSchema, type FormatProfile } from '@core/documents/profile'
import { parseOrThrow } from '@core/model/validation'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { getSetting, setSetting } from './settings-repo'

const key = (clusterId: string) => `formatProfile.${clusterId}`

/** The cluster's format profile: its saved adjustments over the ND30 defaults. */
export async function getFormatProfile(
  db: OfficeDatabase,
  clusterId: string
): Promise<FormatProfile> {
  const saved = await getSetting<Partial<FormatProfile>>(db, key(clusterId))
  const parsed = formatProfileSchema.safeParse(saved ?? {})
  return parsed.success ? parsed.data : formatProfileSchema.parse({})
}

/** Saves a profile after checking every value is within the legal range. */
export async function saveFormatProfile(
  db: OfficeDatabase,
  clusterId: string,
  input: unknown
): Promise<FormatProfile> {
  const profile = parseOrThrow(formatProfileSchema, input)
  await db.transaction('rw', [db.settings, db.auditLog], async () => {
    const before = await getSetting(db, key(clusterId))
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
