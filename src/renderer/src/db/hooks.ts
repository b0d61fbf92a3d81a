import { useLiveQuery } from 'dexie-react-hooks'
import type { Cluster, ClusterYear, MemberUnit } from '@core/model/entities'
import { useDatabase } from './DatabaseContext'
import { getActiveCluster } from './repositories/clusters-repo'
import { listClusterYears } from './repositories/cluster-years-repo'
import { listMemberUnits } from './repositories/member-units-repo'
import { getSetting, SETTING_KEYS } from './repositories/settings-repo'

/**
 * Live views of the database for the screens. They re-render when the data changes, in this
 * window or from another write. `undefined` means "still loading", which screens show as such.
 */

export type FirstRunState = 'loading' | 'choose' | 'ready'

/** Whether the first-run choice (sample or blank) is still to be made. */
export function useFirstRunState(): FirstRunState {
  const db = useDatabase()
  const state = useLiveQuery(async () => {
    const clusters = await db.clusters.count()
    const done = await getSetting<boolean>(db, SETTING_KEYS.firstRunDone)
    return clusters === 0 && !done ? 'choose' : 'ready'
  }, [db])
  return state ?? 'loading'
}

/** The cluster the app shows, `null` when there is none, `undefined` while loading. */
export function useActiveCluster(): Cluster | null | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (await getActiveCluster(db)) ?? null, [db])
}

export function useMemberUnits(clusterId: string | undefined): MemberUnit[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (clusterId ? listMemberUnits(db, clusterId) : []),
    [db, clusterId]
  )
}

export function useClusterYears(clusterId: string | undefined): ClusterYear[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (clusterId ? listClusterYears(db, clusterId) : []),
    [db, clusterId]
  )
}
