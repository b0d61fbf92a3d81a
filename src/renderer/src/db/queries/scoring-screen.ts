import { useLiveQuery } from 'dexie-react-hooks'
import type { Cluster, ClusterYear } from '@core/model/entities'
import type { OfficeDatabase } from '../database'
import { useDatabase } from '../DatabaseContext'
import { getActiveCluster } from '../repositories/clusters-repo'
import { listClusterYears } from '../repositories/cluster-years-repo'
import { loadScoringRecord, type ScoringYearRecord } from '../repositories/scoring-repo'

/** What Chấm điểm shows: the active cluster, its years and the scoring of the year shown. */
export interface ScoringScreenData {
  cluster: Cluster | null
  /** Newest first. */
  years: ClusterYear[]
  /** The scoring records of the year asked for, or of the newest; null without a year. */
  record: ScoringYearRecord | null
}

/**
 * Chấm điểm's data in one query: the cluster, its years, and the chosen year's records, so the
 * screen is drawn once with its grid instead of waiting for the cluster, then the years, then
 * the year's records, each in its own round.
 */
export async function loadScoringScreen(
  db: OfficeDatabase,
  yearId: string
): Promise<ScoringScreenData> {
  const cluster = (await getActiveCluster(db)) ?? null
  if (!cluster) return { cluster, years: [], record: null }
  const years = await listClusterYears(db, cluster.id)
  const year = years.find((y) => y.id === yearId) ?? years[0]
  return { cluster, years, record: year ? await loadScoringRecord(db, cluster, year) : null }
}

/** `loadScoringScreen` as a live view; `undefined` while loading. */
export function useScoringScreen(yearId: string): ScoringScreenData | undefined {
  const db = useDatabase()
  return useLiveQuery(() => loadScoringScreen(db, yearId), [db, yearId])
}
