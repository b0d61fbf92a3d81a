import type { Cluster, ClusterYear, Criterion, MemberUnit, Pact } from '@core/model/entities'
import { ValidationError } from '@core/model/validation'
import {
  scoringRulesSchema,
  type RankingSnapshot,
  type ScoreAdjustment,
  type ScoreEntry,
  type ScoreSheet,
  type ScoringRules
} from '@core/scoring/model'
import { compileCriteria, type CriteriaPlan } from '@core/scoring/plan'
import { pointsToHundredths } from '@core/scoring/points'
import { yearSummary, type ScoringFacts } from '@core/scoring/view'
import type { OfficeDatabase } from '../database'

/**
 * Everything recorded about one year's scoring, as the Chấm điểm screen reads it: the year and
 * its units, the pact's criteria, the rules (null until saved), every sheet, entry and item, and
 * the adopted ranking if any.
 */
export interface ScoringYearRecord {
  cluster: Cluster
  year: ClusterYear
  units: MemberUnit[]
  pact: Pact | null
  criteria: Criterion[]
  rules: ScoringRules | null
  sheets: ScoreSheet[]
  entries: ScoreEntry[]
  adjustments: ScoreAdjustment[]
  snapshot: RankingSnapshot | null
}

/** The tables a scoring write may touch, for its transaction. */
export function scoringTables(db: OfficeDatabase) {
  return [
    db.clusters,
    db.clusterYears,
    db.memberUnits,
    db.pacts,
    db.criteria,
    db.meetings,
    db.scoringRules,
    db.scoreSheets,
    db.scoreEntries,
    db.scoreAdjustments,
    db.rankingSnapshots,
    // The data generation, read by the checks of a save started before a restore.
    db.settings,
    db.auditLog
  ]
}

/** One year's scoring records; null when the year does not exist. */
export async function loadScoringYear(
  db: OfficeDatabase,
  clusterYearId: string
): Promise<ScoringYearRecord | null> {
  const year = await db.clusterYears.get(clusterYearId)
  if (!year) return null
  const cluster = await db.clusters.get(year.clusterId)
  if (!cluster) return null
  return loadScoringRecord(db, cluster, year)
}

/**
 * A year's scoring records once its cluster and year are known: everything but the criteria in
 * one round (the pact among it), then the pact's criteria.
 */
export async function loadScoringRecord(
  db: OfficeDatabase,
  cluster: Cluster,
  year: ClusterYear
): Promise<ScoringYearRecord> {
  const clusterYearId = year.id
  const [pact, units, rules, sheets, entries, adjustments, snapshots] = await Promise.all([
    db.pacts.where('clusterYearId').equals(clusterYearId).first(),
    db.memberUnits.where('clusterId').equals(cluster.id).toArray(),
    db.scoringRules.where('clusterYearId').equals(clusterYearId).first(),
    db.scoreSheets.where('clusterYearId').equals(clusterYearId).toArray(),
    db.scoreEntries.where('clusterYearId').equals(clusterYearId).toArray(),
    db.scoreAdjustments.where('clusterYearId').equals(clusterYearId).toArray(),
    db.rankingSnapshots.where('clusterYearId').equals(clusterYearId).toArray()
  ])
  const criteria = pact ? await db.criteria.where('pactId').equals(pact.id).toArray() : []
  return {
    cluster,
    year,
    units,
    pact: pact ?? null,
    criteria,
    rules: rules ?? null,
    sheets,
    entries,
    adjustments,
    snapshot: snapshots.sort((a, b) => b.computedAt.localeCompare(a.computedAt))[0] ?? null
  }
}

/**
 * The rules a year starts from before the secretary saves its own: the pact's declared total (or
 * the cluster's scale), bonus on top, step 0,5 shown with one decimal, floor at zero, the usual
 * bands (Xuất sắc from 90%, Vững mạnh from 80%, Khá from 65%), no căn cứ beyond the pact (which
 * the documents cite anyway) — every one of them editable.
 */
export function defaultScoringRules(record: Pick<ScoringYearRecord, 'year' | 'pact' | 'cluster'>) {
  const declared = record.pact?.declaredTotal ?? record.cluster.rules.scoreScale
  const now = new Date().toISOString()
  return scoringRulesSchema.parse({
    id: 'unsaved',
    createdAt: now,
    updatedAt: now,
    clusterYearId: record.year.id,
    declaredMax: pointsToHundredths(declared) ?? 10_000,
    bands: [
      { label: 'Xuất sắc', minPercent: 90_00 },
      { label: 'Vững mạnh', minPercent: 80_00 },
      { label: 'Khá', minPercent: 65_00 }
    ],
    basis: record.pact
      ? [`Bản giao ước thi đua năm ${record.year.year} của ${record.cluster.name}`]
      : []
  })
}

/** What a write needs to check scores: the year, its rules and its compiled criteria. */
export interface ScoringContext {
  year: ClusterYear
  rules: ScoringRules
  plan: CriteriaPlan
  cluster: Cluster
  units: MemberUnit[]
}

/**
 * Reads the year, its saved rules and its criteria inside the caller's transaction; refuses when
 * the rules are not saved yet (scores mean nothing without the step and the maxima).
 */
export async function scoringContext(
  db: OfficeDatabase,
  clusterYearId: string
): Promise<ScoringContext> {
  const year = await db.clusterYears.get(clusterYearId)
  if (!year) throw new ValidationError([{ field: '', message: 'Không tìm thấy năm thi đua này.' }])
  const cluster = await db.clusters.get(year.clusterId)
  const rules = await db.scoringRules.where('clusterYearId').equals(clusterYearId).first()
  if (!rules || !cluster)
    throw new ValidationError([
      {
        field: '',
        message: `Năm ${year.year} chưa lưu quy định chấm điểm: hãy lưu quy định (mục «Quy định») trước khi nhập điểm.`
      }
    ])
  const pact = await db.pacts.where('clusterYearId').equals(clusterYearId).first()
  const criteria = pact ? await db.criteria.where('pactId').equals(pact.id).toArray() : []
  const units = await db.memberUnits.where('clusterId').equals(cluster.id).toArray()
  return { year, rules, plan: compileCriteria(criteria), cluster, units }
}

/** The facts the core views and documents read, from a record with saved or default rules. */
export function scoringFactsOf(
  record: ScoringYearRecord,
  plan: CriteriaPlan,
  rules: ScoringRules
): ScoringFacts {
  return {
    cluster: record.cluster,
    year: record.year,
    units: record.units,
    plan,
    rules,
    sheets: record.sheets,
    entries: record.entries,
    adjustments: record.adjustments
  }
}

/** A unit's name as it was that year. */
export function unitNameIn(year: ClusterYear, units: MemberUnit[], unitId: string): string {
  return year.unitNames[unitId] ?? units.find((u) => u.id === unitId)?.name ?? unitId
}

/** One year's totals and ranks per unit, as adopted (a snapshot) or as they stand. */
export interface YearTotals {
  yearId: string
  year: number
  declaredMax: number
  adopted: boolean
  units: Record<string, { total: number; rank: number; tied: boolean }>
}

/**
 * Every year of the cluster that has scores, oldest first, for the trend chart: the adopted
 * table where there is one, otherwise the totals computed from what is recorded.
 */
export async function loadScoringHistory(
  db: OfficeDatabase,
  clusterId: string
): Promise<YearTotals[]> {
  const years = await db.clusterYears.where('clusterId').equals(clusterId).toArray()
  const out: YearTotals[] = []
  for (const year of years.sort((a, b) => a.year - b.year)) {
    const snapshots = await db.rankingSnapshots.where('clusterYearId').equals(year.id).toArray()
    const snapshot = snapshots.sort((a, b) => b.computedAt.localeCompare(a.computedAt))[0]
    const rules = await db.scoringRules.where('clusterYearId').equals(year.id).first()
    if (!rules) continue
    if (snapshot) {
      out.push({
        yearId: year.id,
        year: year.year,
        declaredMax: rules.declaredMax,
        adopted: true,
        units: Object.fromEntries(
          snapshot.rows.map((r) => [r.unitId, { total: r.total, rank: r.rank, tied: r.tied }])
        )
      })
      continue
    }
    const record = await loadScoringYear(db, year.id)
    if (!record || record.entries.length === 0) continue
    const plan = compileCriteria(record.criteria)
    const rows = yearSummary(scoringFactsOf(record, plan, rules))
    out.push({
      yearId: year.id,
      year: year.year,
      declaredMax: rules.declaredMax,
      adopted: false,
      units: Object.fromEntries(
        rows.map((r) => [r.unitId, { total: r.effective.total, rank: r.rank, tied: r.tied }])
      )
    })
  }
  return out
}
