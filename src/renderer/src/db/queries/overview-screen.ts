import { useEffect } from 'react'
import type { Cluster, ClusterYear, MemberUnit } from '@core/model/entities'
import type { RankingSnapshot, ScoringRules } from '@core/scoring/model'
import { sheetProgress, type SheetProgress } from '@core/scoring/progress'
import { currentYear } from '@core/text/dates'
import type { OfficeDatabase } from '../database'
import { useDatabase } from '../DatabaseContext'
import { getActiveCluster, pickActiveCluster } from '../repositories/clusters-repo'
import { listClusterYears } from '../repositories/cluster-years-repo'
import { listMemberUnits } from '../repositories/member-units-repo'
import { getSetting, SETTING_KEYS } from '../repositories/settings-repo'
import { runStartupCheck } from '../safe-mode'
import { liveStore, storePerDatabase, useLiveStore } from './live-store'

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
  return useLiveStore(activeClusterStore(db))
}

const activeClusterStore = storePerDatabase((db: OfficeDatabase) =>
  liveStore(async () => (await getActiveCluster(db)) ?? null)
)

const overviewStore = storePerDatabase((db: OfficeDatabase) => liveStore(() => loadOverview(db)))

/**
 * Starts the first screen's reads as the database opens, before React has drawn the window: the
 * window's cluster always, Tổng quan's data when the window opens on it (`hash`, as the router
 * will read it). The screen takes the answers when it mounts (see `live-store.ts`).
 */
export function primeStartScreen(db: OfficeDatabase, hash: string): void {
  activeClusterStore(db).prime()
  if (hash === '' || hash === '#' || hash === '#/') overviewStore(db).prime()
}

/** What Tổng quan shows: the first-run state, the active cluster, its member units and years. */
export interface OverviewData {
  /** Whether the first-run choice (sample or blank) is still to be made. */
  firstRun: 'choose' | 'ready'
  cluster: Cluster | null
  units: MemberUnit[]
  years: ClusterYear[]
  /** The year being scored (the latest one not in the future) and where its scoring stands. */
  scoring: { year: ClusterYear; progress: ScoringProgress } | null
}

/**
 * Everything Tổng quan shows, in as few rounds of reads as the data allows: the clusters with the
 * settings, then the units and years of the one shown, then the scoring of its current year. The
 * screen is drawn once, complete, instead of once per panel as each panel's own query answered
 * (issue 13).
 */
export async function loadOverview(db: OfficeDatabase): Promise<OverviewData> {
  const [rows, activeId, done] = await Promise.all([
    db.clusters.toArray(),
    getSetting<string>(db, SETTING_KEYS.activeClusterId),
    getSetting<boolean>(db, SETTING_KEYS.firstRunDone)
  ])
  const firstRun = rows.length === 0 && !done ? 'choose' : 'ready'
  const cluster = pickActiveCluster(rows, activeId) ?? null
  if (!cluster) return { firstRun, cluster, units: [], years: [], scoring: null }
  const [units, years] = await Promise.all([
    listMemberUnits(db, cluster.id),
    listClusterYears(db, cluster.id)
  ])
  const year = years.find((y) => y.year <= currentYear()) ?? years[0]
  const scoring = year ? { year, progress: await scoringProgressOf(db, year) } : null
  return { firstRun, cluster, units, years, scoring }
}

/** Tổng quan's data, live; `undefined` while loading. Starts the safe-mode check. */
export function useOverview(): OverviewData | undefined {
  const db = useDatabase()
  useEffect(() => runStartupCheck(db), [db])
  return useLiveStore(overviewStore(db))
}

/** Where a year's scoring stands, for Tổng quan: sheets by step, rules and ranking. */
export interface ScoringProgress extends SheetProgress {
  rules: 'none' | ScoringRules['status']
  ranking: 'none' | RankingSnapshot['status']
  /** The year has a pact at all (without one there are no criteria to write yet either). */
  hasPact: boolean
  hasCriteria: boolean
  deadline: string
}

async function scoringProgressOf(db: OfficeDatabase, year: ClusterYear): Promise<ScoringProgress> {
  const [sheets, rules, snapshots, pact] = await Promise.all([
    db.scoreSheets.where('clusterYearId').equals(year.id).toArray(),
    db.scoringRules.where('clusterYearId').equals(year.id).first(),
    db.rankingSnapshots.where('clusterYearId').equals(year.id).toArray(),
    db.pacts.where('clusterYearId').equals(year.id).first()
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
    hasPact: pact !== undefined,
    hasCriteria,
    deadline: rules?.selfScoreDeadline ?? ''
  }
}
