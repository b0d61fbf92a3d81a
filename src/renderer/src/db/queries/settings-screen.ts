import { useLiveQuery } from 'dexie-react-hooks'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster, MemberUnit } from '@core/model/entities'
import type { OfficeDatabase } from '../database'
import { useDatabase } from '../DatabaseContext'
import { getActiveCluster } from '../repositories/clusters-repo'
import { listMemberUnits } from '../repositories/member-units-repo'
import { formatProfileStamp, getFormatProfile } from '../repositories/profile-repo'

/** What Cài đặt edits: the cluster, its format profile with the stamp it was saved with, its units. */
export type SettingsScreenData =
  | { cluster: null }
  | { cluster: Cluster; profile: FormatProfile; profileStamp: string; units: MemberUnit[] }

/**
 * Cài đặt's data in one read. The screen asked for the cluster, then for the profile, its stamp
 * and the units, and drew the rotation order once empty and again when the units came (issue 13).
 */
export async function loadSettingsScreen(db: OfficeDatabase): Promise<SettingsScreenData> {
  const cluster = await getActiveCluster(db)
  if (!cluster) return { cluster: null }
  const [profile, profileStamp, units] = await Promise.all([
    getFormatProfile(db, cluster.id),
    formatProfileStamp(db, cluster.id),
    listMemberUnits(db, cluster.id)
  ])
  return { cluster, profile, profileStamp, units }
}

/** `loadSettingsScreen` as a live view; `undefined` while loading. */
export function useSettingsScreen(): SettingsScreenData | undefined {
  const db = useDatabase()
  return useLiveQuery(() => loadSettingsScreen(db), [db])
}
