import type { Cluster, ClusterYear, MemberUnit } from '../model/entities'
import type { FieldIssue } from '../model/validation'
import { compareVietnamese } from '../text/normalize'
import type {
  Band,
  RankingRow,
  ScoreAdjustment,
  ScoreEntry,
  ScoreSheet,
  ScoringRules,
  TieBreakKey
} from './model'
import type { CriteriaPlan } from './plan'
import type { Hundredths } from './points'
import { classify, rankUnits } from './ranking'
import { SHEET_STATUS_LABELS } from './sheet-status'
import { computeUnitTotals, unitValuesFrom, type UnitTotals } from './totals'

export { sheetProgress, type SheetProgress } from './progress'

/** Everything recorded about a year's scoring, as the documents and summary screens read it. */
export interface ScoringFacts {
  cluster: Cluster
  year: ClusterYear
  units: MemberUnit[]
  plan: CriteriaPlan
  rules: ScoringRules
  sheets: ScoreSheet[]
  entries: ScoreEntry[]
  adjustments: ScoreAdjustment[]
}

/** A unit's name as it was that year (a later rename never rewrites the year's documents). */
export function unitNameThen(facts: Pick<ScoringFacts, 'year' | 'units'>, unitId: string): string {
  return facts.year.unitNames[unitId] ?? facts.units.find((u) => u.id === unitId)?.name ?? unitId
}

/** One unit's records and both totals. */
export interface UnitScores {
  unitId: string
  unitName: string
  sheet: ScoreSheet | null
  entries: ScoreEntry[]
  adjustments: ScoreAdjustment[]
  self: UnitTotals
  effective: UnitTotals
}

/** Rows grouped by unit once per array (a year of 300 units has 18.000 entries). */
const byUnitCache = new WeakMap<object, Map<string, unknown[]>>()
function rowsOf<T extends { unitId: string }>(rows: T[], unitId: string): T[] {
  let index = byUnitCache.get(rows) as Map<string, T[]> | undefined
  if (!index) {
    index = new Map()
    for (const row of rows) {
      const list = index.get(row.unitId)
      if (list) list.push(row)
      else index.set(row.unitId, [row])
    }
    byUnitCache.set(rows, index as Map<string, unknown[]>)
  }
  return index.get(unitId) ?? []
}

export function unitScores(facts: ScoringFacts, unitId: string): UnitScores {
  const entries = rowsOf(facts.entries, unitId)
  const adjustments = [...rowsOf(facts.adjustments, unitId)].sort((a, b) => a.order - b.order)
  return {
    unitId,
    unitName: unitNameThen(facts, unitId),
    sheet: facts.sheets.find((s) => s.unitId === unitId) ?? null,
    entries,
    adjustments,
    self: computeUnitTotals(
      facts.plan,
      facts.rules,
      unitValuesFrom(facts.plan, entries, adjustments, 'self')
    ),
    effective: computeUnitTotals(
      facts.plan,
      facts.rules,
      unitValuesFrom(facts.plan, entries, adjustments, 'effective')
    )
  }
}

/** A line of the year's score table (Bảng tổng hợp). */
export interface SummaryRow extends UnitScores {
  rank: number
  tied: boolean
  separatedBy: TieBreakKey | null
  band: Band | null
}

/** Every member unit ranked by its reviewed total; ties share a rank and are listed by name. */
export function yearSummary(facts: ScoringFacts): SummaryRow[] {
  const all = facts.year.memberUnitIds.map((unitId) => unitScores(facts, unitId))
  const byName = [...all].sort((a, b) => compareVietnamese(a.unitName, b.unitName))
  const ranked = rankUnits(
    all.map((u) => ({
      unitId: u.unitId,
      total: u.effective.total,
      base: u.effective.base,
      penalty: u.effective.penalty,
      fullMarks: u.effective.fullMarks
    })),
    facts.rules.tieBreak,
    byName.map((u) => u.unitId)
  )
  return ranked.map((r) => {
    const unit = all.find((u) => u.unitId === r.unitId)!
    return {
      ...unit,
      ...r,
      band: classify(unit.effective.total, facts.rules.declaredMax, facts.rules.bands)
    }
  })
}

/** A criterion or item whose reviewed score differs from what the unit claimed. */
export interface ChangedScore {
  criterionId: string
  label: string
  text: string
  self: Hundredths | null
  reviewed: Hundredths
  /** reviewed − self (self counted as 0 when the unit left it empty); negative when cut. */
  difference: Hundredths
  /** Penalty items count against the total: their difference is negated. */
  effectOnTotal: Hundredths
  reason: string
  explanation: string
}

/** The changes the Phiếu giải trình lists: criteria first, then bonus and penalty items. */
export function changedScores(facts: ScoringFacts, unitId: string): ChangedScore[] {
  const unit = unitScores(facts, unitId)
  const out: ChangedScore[] = []
  for (const row of facts.plan.leaves) {
    const e = unit.entries.find((x) => x.criterionId === row.id)
    if (!e || e.reviewedScore === null || e.reviewedScore === e.selfScore) continue
    const difference = e.reviewedScore - (e.selfScore ?? 0)
    out.push({
      criterionId: row.id,
      label: row.fullLabel,
      text: row.text,
      self: e.selfScore,
      reviewed: e.reviewedScore,
      difference,
      effectOnTotal: difference,
      reason: e.diffReason,
      explanation: e.explanation
    })
  }
  for (const item of unit.adjustments) {
    if (item.reviewedPoints === null || item.reviewedPoints === item.selfPoints) continue
    const row = facts.plan.byId.get(item.criterionId)
    const difference = item.reviewedPoints - (item.selfPoints ?? 0)
    const word = item.kind === 'bonus' ? 'Điểm cộng' : 'Điểm trừ'
    out.push({
      criterionId: item.criterionId,
      label: row?.fullLabel ?? word,
      text: `${word}: ${item.reason}`,
      self: item.selfPoints,
      reviewed: item.reviewedPoints,
      difference,
      effectOnTotal: item.kind === 'bonus' ? difference : -difference,
      reason: item.proposedBy === 'cluster' && !item.diffReason ? 'Cụm đề nghị' : item.diffReason,
      explanation: item.explanation
    })
  }
  return out
}

/**
 * What keeps the score table from being final: sheets missing or not yet reviewed, criteria
 * without a score, changes without a reason. Screens show it before "Xuất bảng tổng hợp".
 */
export function checkSummaryReady(facts: ScoringFacts): FieldIssue[] {
  const issues: FieldIssue[] = []
  const ready = new Set(['reviewed', 'explained', 'adopted', 'locked'])
  for (const unitId of facts.year.memberUnitIds) {
    const unit = unitScores(facts, unitId)
    const name = unit.unitName
    if (!unit.sheet) issues.push({ field: unitId, message: `${name}: chưa có phiếu chấm.` })
    else if (!ready.has(unit.sheet.status))
      issues.push({
        field: unitId,
        message: `${name}: phiếu đang ở bước «${SHEET_STATUS_LABELS[unit.sheet.status]}», chưa chấm xong.`
      })
    if (unit.effective.missing > 0)
      issues.push({
        field: unitId,
        message: `${name}: còn ${unit.effective.missing} tiêu chí chưa có điểm.`
      })
  }
  return issues
}

/** The score table as it stands, in the rows a snapshot keeps. */
export function rankingRows(facts: ScoringFacts): RankingRow[] {
  return yearSummary(facts).map((row) => ({
    unitId: row.unitId,
    unitName: row.unitName,
    selfTotal: row.self.total,
    base: row.effective.base,
    bonus: row.effective.bonus,
    penalty: row.effective.penalty,
    total: row.effective.total,
    rank: row.rank,
    tied: row.tied,
    band: row.band?.label ?? '',
    flagged: row.sheet?.flag !== null && row.sheet?.flag !== undefined
  }))
}
