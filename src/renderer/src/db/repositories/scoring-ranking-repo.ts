import { newId, nowIso } from '@core/model/ids'
import { ValidationError, type FieldIssue } from '@core/model/validation'
import { hasDifferences } from '@core/scoring/sheet-status'
import {
  rankingSnapshotSchema,
  type RankingSnapshot,
  type ScoreSheet
} from '@core/scoring/model'
import { checkSummaryReady, rankingRows, type ScoringFacts } from '@core/scoring/view'
import { formatDateVi } from '@core/text/dates'
import { assertUnchanged, type SaveBase } from '../concurrency'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { scoringContext, scoringTables, type ScoringContext } from './scoring-repo'

async function factsIn(db: OfficeDatabase, ctx: ScoringContext): Promise<ScoringFacts> {
  const yearId = ctx.year.id
  const [sheets, entries, adjustments] = await Promise.all([
    db.scoreSheets.where('clusterYearId').equals(yearId).toArray(),
    db.scoreEntries.where('clusterYearId').equals(yearId).toArray(),
    db.scoreAdjustments.where('clusterYearId').equals(yearId).toArray()
  ])
  return { ...ctx, sheets, entries, adjustments }
}

export { rankingRows }

/**
 * The stamp of what a ranking is computed from: every sheet of the year (each score saved moves
 * its sheet's stamp) and the year's rules. A ranking screen remembers it with the table it shows;
 * adopting or locking refuses a table whose sheets or rules changed since (`SaveBase.updatedAt`).
 */
export function rankingStamp(
  sheets: Array<Pick<ScoreSheet, 'unitId' | 'updatedAt'>>,
  rules: { updatedAt: string } | null
): string {
  return [
    `rules:${rules?.updatedAt ?? ''}`,
    ...sheets.map((s) => `${s.unitId}:${s.updatedAt}`).sort()
  ].join('|')
}

/** The `rankingStamp` of a year as stored now. */
async function readRankingStamp(db: OfficeDatabase, clusterYearId: string): Promise<string> {
  const sheets = await db.scoreSheets.where('clusterYearId').equals(clusterYearId).toArray()
  const rules = await db.scoringRules.where('clusterYearId').equals(clusterYearId).first()
  return rankingStamp(sheets, rules ?? null)
}

async function assertRankingUnchanged(
  db: OfficeDatabase,
  ctx: ScoringContext,
  base: SaveBase | undefined
) {
  if (base) await assertUnchanged(db, { updatedAt: await readRankingStamp(db, ctx.year.id) }, base)
}

/** What adopting gives back: the table frozen, and the year's `rankingStamp` after it. */
export type AdoptedRanking = RankingSnapshot & { stamp: string }

async function currentSnapshot(db: OfficeDatabase, yearId: string) {
  const all = await db.rankingSnapshots.where('clusterYearId').equals(yearId).toArray()
  return all.sort((a, b) => b.computedAt.localeCompare(a.computedAt))[0]
}

/**
 * "Thông qua bảng xếp hạng": the meeting adopts the score table. Refused while the rules are not
 * adopted or a sheet is missing, not reviewed, or incomplete (`checkSummaryReady`). Freezes the
 * table (totals, ranks, đồng hạng, bands) in a snapshot with the criteria version, and every sheet
 * becomes adopted with the date and meeting. An adopted table not yet locked may be adopted again
 * (after a correction); the earlier one stays in the audit log.
 *
 * `base` holds the `rankingStamp` of the table the secretary looked at: the adoption is refused
 * with a `StaleRecordError`, nothing written, when a sheet or the rules changed since (in another
 * window) or the data was restored — a table nobody saw is never adopted.
 */
export async function adoptRanking(
  db: OfficeDatabase,
  clusterYearId: string,
  decision: { adoptedOn: string; meetingId: string },
  base?: SaveBase
): Promise<AdoptedRanking> {
  return db.transaction('rw', scoringTables(db), async () => {
    const ctx = await scoringContext(db, clusterYearId)
    await assertRankingUnchanged(db, ctx, base)
    const facts = await factsIn(db, ctx)
    const issues: FieldIssue[] = []
    if (ctx.rules.status !== 'adopted')
      issues.push({
        field: 'rules',
        message: 'Quy định chấm điểm của năm chưa được thông qua (mục «Quy định»).'
      })
    if (!decision.adoptedOn)
      issues.push({ field: 'adoptedOn', message: 'Ngày thông qua: chưa nhập ngày.' })
    if (decision.meetingId) {
      const meeting = await db.meetings.get(decision.meetingId)
      if (meeting?.clusterYearId !== clusterYearId)
        issues.push({ field: 'meetingId', message: 'Hội nghị thông qua phải là hội nghị của năm.' })
    }
    issues.push(...checkSummaryReady(facts))
    const before = await currentSnapshot(db, clusterYearId)
    if (before?.status === 'locked')
      issues.push({ field: '', message: 'Bảng xếp hạng đã khóa, không thông qua lại được.' })
    if (issues.length) throw new ValidationError(issues)
    const now = nowIso()
    const snapshot = rankingSnapshotSchema.parse({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      clusterYearId,
      computedAt: now,
      criteriaVersion: ctx.plan.version,
      status: 'adopted',
      adoptedInMeetingId: decision.meetingId,
      adoptedOn: decision.adoptedOn,
      rows: rankingRows(facts)
    })
    if (before) await db.rankingSnapshots.delete(before.id)
    await db.rankingSnapshots.add(snapshot)
    await db.scoreSheets.bulkPut(
      facts.sheets.map((s) => ({
        ...s,
        status: 'adopted' as const,
        adoptedOn: decision.adoptedOn,
        adoptedInMeetingId: decision.meetingId,
        updatedAt: now
      }))
    )
    await recordAudit(db, {
      table: 'rankingSnapshots',
      entityId: snapshot.id,
      action: 'create',
      summary: `Thông qua bảng xếp hạng năm ${ctx.year.year} ngày ${formatDateVi(decision.adoptedOn)} (${snapshot.rows.length} đơn vị)${before ? '; thay bảng đã thông qua trước' : ''}`,
      before,
      after: snapshot
    })
    return { ...snapshot, stamp: await readRankingStamp(db, clusterYearId) }
  })
}

/**
 * "Khóa": the adopted table and every sheet are locked; later corrections need a reason. With
 * `base` (as for `adoptRanking`), refused when a sheet or the rules changed since it was shown.
 */
export async function lockRanking(
  db: OfficeDatabase,
  clusterYearId: string,
  base?: SaveBase
): Promise<string> {
  return db.transaction('rw', scoringTables(db), async () => {
    const ctx = await scoringContext(db, clusterYearId)
    await assertRankingUnchanged(db, ctx, base)
    const before = await currentSnapshot(db, clusterYearId)
    if (!before || before.status !== 'adopted')
      throw new ValidationError([
        { field: '', message: 'Chưa có bảng xếp hạng đã thông qua để khóa.' }
      ])
    const now = nowIso()
    const snapshot = { ...before, status: 'locked' as const, updatedAt: now }
    await db.rankingSnapshots.put(snapshot)
    const sheets = await db.scoreSheets.where('clusterYearId').equals(clusterYearId).toArray()
    await db.scoreSheets.bulkPut(
      sheets
        .filter((s) => s.status === 'adopted')
        .map((s): ScoreSheet => ({ ...s, status: 'locked', lockedAt: now, updatedAt: now }))
    )
    await recordAudit(db, {
      table: 'rankingSnapshots',
      entityId: snapshot.id,
      action: 'update',
      summary: `Khóa bảng xếp hạng và phiếu chấm điểm năm ${ctx.year.year}`,
      before,
      after: snapshot
    })
    return readRankingStamp(db, clusterYearId)
  })
}

/**
 * Reopens an adopted (not locked) table with a reason: the snapshot goes to the audit log and
 * each sheet returns to the review (explained when the unit had explained a change). Returns
 * the year's `rankingStamp` after it.
 */
export async function reopenRanking(
  db: OfficeDatabase,
  clusterYearId: string,
  reason: string
): Promise<string> {
  return db.transaction('rw', scoringTables(db), async () => {
    const ctx = await scoringContext(db, clusterYearId)
    const before = await currentSnapshot(db, clusterYearId)
    if (!before)
      throw new ValidationError([{ field: '', message: 'Bảng xếp hạng chưa được thông qua.' }])
    if (before.status === 'locked')
      throw new ValidationError([
        { field: '', message: 'Bảng xếp hạng đã khóa, không mở lại được.' }
      ])
    if (!reason.trim())
      throw new ValidationError([
        { field: 'reason', message: 'Mở lại bảng xếp hạng đã thông qua: cần ghi lý do.' }
      ])
    const facts = await factsIn(db, ctx)
    const now = nowIso()
    await db.rankingSnapshots.delete(before.id)
    await db.scoreSheets.bulkPut(
      facts.sheets.map((s): ScoreSheet => {
        const rows = {
          entries: facts.entries.filter((e) => e.unitId === s.unitId),
          adjustments: facts.adjustments.filter((a) => a.unitId === s.unitId)
        }
        const explained =
          hasDifferences(rows) &&
          [...rows.entries, ...rows.adjustments].some((r) => r.explanation !== '')
        return {
          ...s,
          status: s.status === 'adopted' ? (explained ? 'explained' : 'reviewed') : s.status,
          adoptedOn: '',
          adoptedInMeetingId: '',
          updatedAt: now
        }
      })
    )
    await recordAudit(db, {
      table: 'rankingSnapshots',
      entityId: before.id,
      action: 'delete',
      summary: `Mở lại bảng xếp hạng năm ${ctx.year.year}. Lý do: ${reason.trim()}`.slice(0, 1000),
      before,
      after: null
    })
    return readRankingStamp(db, clusterYearId)
  })
}
