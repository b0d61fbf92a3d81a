import { useLiveQuery } from 'dexie-react-hooks'
import type { NamedPlanRow } from '@core/documents/kinds/rotation-plan'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster, ClusterYear, MemberUnit } from '@core/model/entities'
import type { OfficeDatabase } from '../database'
import { useDatabase } from '../DatabaseContext'
import { getActiveCluster } from '../repositories/clusters-repo'
import { listClusterYears, namedRotationPlan } from '../repositories/cluster-years-repo'
import { listMemberUnits } from '../repositories/member-units-repo'
import { getFormatProfile } from '../repositories/profile-repo'

/** What Năm thi đua shows: the years with their units, and the rotation plan of the next five. */
export interface ClusterYearsScreenData {
  cluster: Cluster | null
  /** Newest first. */
  years: ClusterYear[]
  units: MemberUnit[]
  plan: NamedPlanRow[]
  /** For the plan's print and Word export. */
  profile: FormatProfile | null
}

/**
 * Năm thi đua's data in one query: the plan is worked out from the same years and units as the
 * table instead of reading them again, and the screen is drawn once, complete.
 */
export async function loadClusterYearsScreen(db: OfficeDatabase): Promise<ClusterYearsScreenData> {
  const cluster = (await getActiveCluster(db)) ?? null
  if (!cluster) return { cluster, years: [], units: [], plan: [], profile: null }
  const [years, units, profile] = await Promise.all([
    listClusterYears(db, cluster.id),
    listMemberUnits(db, cluster.id),
    getFormatProfile(db, cluster.id)
  ])
  const plan = namedRotationPlan(cluster.rotationOrder, units, years)
  return { cluster, years, units, plan, profile }
}

/** `loadClusterYearsScreen` as a live view; `undefined` while loading. */
export function useClusterYearsScreen(): ClusterYearsScreenData | undefined {
  const db = useDatabase()
  return useLiveQuery(() => loadClusterYearsScreen(db), [db])
}
