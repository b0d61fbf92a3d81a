import { applyElection, electedLeadership, leadingUnitOf } from '@core/ballot/effects'
import { nowIso } from '@core/model/ids'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { loadCountedRounds, yearResults } from './year-end-repo'

/** What the year's results changed, or why they could not change it, for the screen. */
export interface EffectsOutcome {
  /** The year's leading unit after the results (null while the suy tôn is not settled). */
  leadingUnitId: string | null
  /** Next year's cụm trưởng and cụm phó were written. */
  electionApplied: boolean
  /** Why the election was not written (no next year yet, not settled, not members…). */
  notes: string[]
}

/**
 * What the counted results set (issue 15 §3): the suy tôn sets the year's leading unit; the
 * election sets next year's cụm trưởng and cụm phó in the year planner. Run inside the caller's
 * transaction (which must hold clusterYears, ballots, ballotCounts, attendances, meetings and
 * auditLog); each change is audited. A year planner value is only written when the election is
 * settled and fits next year — otherwise the reason comes back and nothing is changed.
 */
export async function applyYearEndEffects(
  db: OfficeDatabase,
  clusterYearId: string
): Promise<EffectsOutcome> {
  const year = await db.clusterYears.get(clusterYearId)
  if (!year) return { leadingUnitId: null, electionApplied: false, notes: [] }
  const results = yearResults(await loadCountedRounds(db, year))
  const now = nowIso()
  const leading = leadingUnitOf(results)
  if (leading !== null && leading !== year.leadingUnitId) {
    const after = { ...year, leadingUnitId: leading, updatedAt: now }
    await db.clusterYears.put(after)
    await recordAudit(db, {
      table: 'clusterYears',
      entityId: year.id,
      action: 'update',
      summary: `Kết quả suy tôn: đơn vị dẫn đầu năm ${year.year} là ${year.unitNames[leading] ?? leading}`,
      before: year,
      after
    })
  }
  const outcome: EffectsOutcome = {
    leadingUnitId: leading ?? year.leadingUnitId,
    electionApplied: false,
    notes: []
  }
  const hasElection = results.some(
    (s) => s.section.kind === 'leader' || s.section.kind === 'deputy'
  )
  if (!hasElection) return outcome
  const elected = electedLeadership(results)
  if (!elected.complete) {
    outcome.notes.push('Kết quả bầu Cụm trưởng, Cụm phó chưa xong (còn bằng phiếu).')
    return outcome
  }
  const next = await db.clusterYears
    .where('clusterId')
    .equals(year.clusterId)
    .filter((y) => y.year === year.year + 1)
    .first()
  if (!next) {
    outcome.notes.push(
      `Chưa có năm ${year.year + 1} trong mục Năm thi đua: hãy tạo năm ${year.year + 1} rồi bấm «Áp dụng kết quả» để ghi Cụm trưởng, Cụm phó.`
    )
    return outcome
  }
  const applied = applyElection(next, results, { ...next.unitNames, ...year.unitNames })
  if (applied.issues.length) {
    outcome.notes.push(...applied.issues.map((i) => i.message))
    return outcome
  }
  outcome.electionApplied = true
  if (
    applied.year.leaderUnitId === next.leaderUnitId &&
    applied.year.deputyUnitId === next.deputyUnitId
  )
    return outcome
  // A signer chosen for the previous leader or deputy is of another unit: cleared, as the year
  // editor would.
  const after = {
    ...applied.year,
    leaderSignerId: applied.year.leaderUnitId === next.leaderUnitId ? next.leaderSignerId : '',
    deputySignerId: applied.year.deputyUnitId === next.deputyUnitId ? next.deputySignerId : '',
    updatedAt: now
  }
  await db.clusterYears.put(after)
  await recordAudit(db, {
    table: 'clusterYears',
    entityId: next.id,
    action: 'update',
    summary: `Kết quả bầu tại hội nghị tổng kết năm ${year.year}: Cụm trưởng, Cụm phó năm ${next.year}`,
    before: next,
    after
  })
  return outcome
}

/** "Áp dụng kết quả" again (e.g. after next year was created), in its own transaction. */
export async function reapplyYearEndEffects(
  db: OfficeDatabase,
  clusterYearId: string
): Promise<EffectsOutcome> {
  return db.transaction(
    'rw',
    [db.clusterYears, db.ballots, db.ballotCounts, db.attendances, db.meetings, db.auditLog],
    () => applyYearEndEffects(db, clusterYearId)
  )
}
