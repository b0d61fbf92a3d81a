import { newId, nowIso } from '@core/model/ids'
import { ValidationError, type FieldIssue } from '@core/model/validation'
import type { ImportedScores } from '@core/scoring/diff'
import {
  scoreAdjustmentSchema,
  scoreEntrySchema,
  scoreSheetSchema,
  type ScoreAdjustment,
  type ScoreEntry
} from '@core/scoring/model'
import { checkSheetEdit } from '@core/scoring/sheet-status'
import { todayIso } from '@core/text/dates'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { scoringContext, scoringTables, unitNameIn } from './scoring-repo'

/** One returned workbook the secretary confirmed, with the criteria rows she ticked. */
export interface ConfirmedImport {
  fileName: string
  unitId: string
  scores: ImportedScores
  /** Criteria (base, bonus or penalty; '' for an item outside the criteria) to take from it. */
  criterionIds: string[]
}

/**
 * Merges confirmed returned sheets, all in one transaction with one audit entry per file: for
 * each ticked base criterion the self fields of its entry (chỉ tiêu, kết quả, điểm tự chấm, ghi
 * chú, minh chứng) are set; for each ticked bonus or penalty criterion the unit's own items are
 * replaced by the one from the workbook (items the cluster proposed stay). A sheet still with the
 * unit (draft) becomes submitted, with the signer and date the workbook gives. A sheet the review
 * has started is refused, naming the file: its self-scores are no longer the unit's to change.
 */
export async function mergeImportedScores(
  db: OfficeDatabase,
  clusterYearId: string,
  confirmed: ConfirmedImport[]
): Promise<number> {
  return db.transaction('rw', scoringTables(db), async () => {
    const ctx = await scoringContext(db, clusterYearId)
    const issues: FieldIssue[] = []
    const now = nowIso()
    let merged = 0
    for (const file of confirmed) {
      const ticked = new Set(file.criterionIds)
      if (ticked.size === 0) continue
      const name = unitNameIn(ctx.year, ctx.units, file.unitId)
      if (!ctx.year.memberUnitIds.includes(file.unitId)) {
        issues.push({
          field: file.fileName,
          message: `Tệp «${file.fileName}»: ${name} không tham gia cụm năm ${ctx.year.year}.`
        })
        continue
      }
      const stored = await db.scoreSheets
        .where('[clusterYearId+unitId]')
        .equals([clusterYearId, file.unitId])
        .first()
      const sheet =
        stored ??
        scoreSheetSchema.parse({
          id: newId(),
          createdAt: now,
          updatedAt: now,
          clusterYearId,
          unitId: file.unitId
        })
      const refused = checkSheetEdit(sheet, 'self')
      if (refused.length) {
        issues.push({
          field: file.fileName,
          message: `Tệp «${file.fileName}» (${name}): ${refused[0]!.message}`
        })
        continue
      }
      const entries = await db.scoreEntries
        .where('[clusterYearId+unitId]')
        .equals([clusterYearId, file.unitId])
        .toArray()
      const items = await db.scoreAdjustments
        .where('[clusterYearId+unitId]')
        .equals([clusterYearId, file.unitId])
        .toArray()
      const entryOf = new Map(entries.map((e) => [e.criterionId, e]))
      const nextEntries: ScoreEntry[] = []
      for (const imported of file.scores.entries) {
        if (!ticked.has(imported.criterionId)) continue
        const was = entryOf.get(imported.criterionId)
        nextEntries.push(
          scoreEntrySchema.parse({
            ...(was ?? {
              id: newId(),
              createdAt: now,
              clusterYearId,
              unitId: file.unitId,
              criterionId: imported.criterionId
            }),
            updatedAt: now,
            target: imported.target,
            actual: imported.actual,
            selfScore: imported.selfScore,
            selfNote: imported.selfNote,
            evidence: imported.evidence
          })
        )
      }
      // An item outside the criteria ('') replaces the unit's own items of that kind outside them.
      const known = new Set(ctx.plan.rows.map((r) => r.id))
      const partOf = (item: Pick<ScoreAdjustment, 'criterionId' | 'kind'>) =>
        known.has(item.criterionId) ? item.criterionId : `${item.kind}:`
      const replaced = new Set(
        file.scores.items.filter((i) => ticked.has(i.criterionId)).map((i) => partOf(i))
      )
      for (const row of ctx.plan.rows)
        if ((row.kind === 'bonus' || row.kind === 'penalty') && ticked.has(row.id))
          replaced.add(row.id)
      const removed = items.filter((a) => a.proposedBy === 'unit' && replaced.has(partOf(a)))
      let order = Math.max(0, ...items.map((a) => a.order))
      const added: ScoreAdjustment[] = file.scores.items
        .filter((i) => ticked.has(i.criterionId))
        .map((i) =>
          scoreAdjustmentSchema.parse({
            id: newId(),
            createdAt: now,
            updatedAt: now,
            clusterYearId,
            unitId: file.unitId,
            kind: i.kind,
            criterionId: i.criterionId,
            order: ++order,
            reason: i.reason,
            evidence: i.evidence,
            proposedBy: 'unit',
            selfPoints: i.selfPoints
          })
        )
      const nextSheet = scoreSheetSchema.parse({
        ...sheet,
        status: 'submitted',
        submittedOn: sheet.submittedOn || file.scores.signedOn || todayIso(),
        signerName: file.scores.signerName || sheet.signerName,
        updatedAt: now
      })
      await db.scoreSheets.put(nextSheet)
      await db.scoreEntries.bulkPut(nextEntries)
      await db.scoreAdjustments.bulkDelete(removed.map((a) => a.id))
      await db.scoreAdjustments.bulkAdd(added)
      await recordAudit(db, {
        table: 'scoreSheets',
        entityId: sheet.id,
        action: stored ? 'update' : 'create',
        summary:
          `Nhập phiếu chấm «${file.fileName}» của ${name}: ${nextEntries.length} tiêu chí, ${added.length} mục điểm cộng/trừ`.slice(
            0,
            1000
          ),
        before: stored
          ? {
              sheet: stored,
              entries: nextEntries.flatMap((e) => entryOf.get(e.criterionId) ?? []),
              adjustments: removed
            }
          : undefined,
        after: { sheet: nextSheet, entries: nextEntries, adjustments: added }
      })
      merged++
    }
    if (issues.length) throw new ValidationError(issues)
    return merged
  })
}
