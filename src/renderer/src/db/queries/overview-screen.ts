import { useEffect } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Cluster, ClusterYear, MemberUnit } from '@core/model/entities'
import type { RankingSnapshot, ScoringRules } from '@core/scoring/model'
import { sheetProgress, type SheetProgress } from '@core/scoring/progress'
import type { OfficeDatabase } from '../database'
import { useDatabase } from '../DatabaseContext'
import { getActiveCluster } from '../repositories/clusters-repo'
import { listClusterYears } from '../repositories/cluster-years-repo'
import { listMemberUnits } from '../repositories/member-units-repo'
import { getSetting, SETTING_KEYS } from '../repositories/settings-repo'
import { runStartupCheck } from '../safe-mode'

// The first screen's reads (the window's frame and Tổng quan). They live apart from `hooks.ts`,
// which reaches every repository: what the start-up script imports is what it must load and run
// before anything shows (issue 13), so this module imports only what these reads need.

/**
 * The cluster the app shows, `null` when there is none, `undefined` while loading. Every screen's
 * frame reads it, so it also starts the safe-mode check of the settings once per database.
 */
export function useActiveCluster(): Cluster | null | undefined {
  const db = useDatabase()
  useEffect(() => runStartupCheck(db), [db])
  return useLiveQuery(async () => (await getActiveCluster(db)) ?? null, [db])
}

/** What Tổng quan shows: the first-run state, the active cluster, its member units and years. */
export interface OverviewData {
  /** Whether the first-run choice (sample or blank) is still to be made. */
  firstRun: 'choose' | 'ready'
  cluster: Cluster | null
  units: MemberUnit[]
  years: ClusterYear[]
}

/**
 * Tổng quan's data in one live query, `undefined` while loading. The start screen waited for the
 * cluster, re-rendered, and only then asked for its units and years; one query answers in one
 * round (issue 13). Starts the safe-mode check as `useActiveCluster` does.
 */
export function useOverview(): OverviewData | undefined {
  const db = useDatabase()
  useEffect(() => runStartupCheck(db), [db])
  return useLiveQuery(async (): Promise<OverviewData> => {
    const [clusters, done, cluster] = await Promise.all([
      db.clusters.count(),
      getSetting<boolean>(db, SETTING_KEYS.firstRunDone),
      getActiveCluster(db)
    ])
    const firstRun = clusters === 0 && !done ? 'choose' : 'ready'
    if (!cluster) return { firstRun, cluster: null, units: [], years: [] }
    const [units, years] = await Promise.all([
      listMemberUnits(db, cluster.id),
      listClusterYears(db, cluster.id)
    ])
    return { firstRun, cluster, units, years }
  }, [db])
}

/** Where a year's scoring stands, for Tổng quan: sheets by step, rules and ranking. */
export interface ScoringProgress extends SheetProgress {
  rules: 'none' | ScoringRules['status']
  ranking: 'none' | RankingSnapshot['status']
  hasCriteria: boolean
  deadline: string
}

export async function loadScoringProgress(
  db: OfficeDatabase,
  clusterYearId: string
): Promise<ScoringProgress | null> {
  const year = await db.clusterYears.get(clusterYearId)
  if (!year) return null
  const [sheets, rules, snapshots, pact] = await Promise.all([
    db.scoreSheets.where('clusterYearId').equals(clusterYearId).toArray(),
    db.scoringRules.where('clusterYearId').equals(clusterYearId).first(),
    db.rankingSnapshots.where('clusterYearId').equals(clusterYearId).toArray(),
    db.pacts.where('clusterYearId').equals(clusterYearId).first()
  ])
  const hasCriteria = pact
    ? (await db.criteria
        .where('pactId')
        .equals(pact.id)
        .filter((c) => c.kind === 'base')
        .count()) > 0
    : false
  const snapshot = snapshots.sort((a, b) => b.computedAt.localeCompare(a.computedAt))[0]
  return {
    ...sheetProgress(year.memberUnitIds, sheets),
    rules: rules?.status ?? 'none',
    ranking: snapshot?.status ?? 'none',
    hasCriteria,
    deadline: rules?.selfScoreDeadline ?? ''
  }
}


/** Where a year's scoring stands (sheets by step, rules, ranking), for Tổng quan. */
export function useScoringProgress(
  clusterYearId: string | undefined
): ScoringProgress | null | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (clusterYearId ? await loadScoringProgress(db, clusterYearId) : null),
    [db, clusterYearId]
  )
}
