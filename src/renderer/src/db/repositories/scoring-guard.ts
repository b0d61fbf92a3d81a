import type { Criterion } from '@core/model/entities'
import type { FieldIssue } from '@core/model/validation'
import { formatExact } from '@core/scoring/points'
import type { OfficeDatabase } from '../database'

/**
 * What a change of a pact's criteria would do to the year's scores, refused before it is saved:
 * removing a criterion that has scores, making a scored criterion something other than a base
 * criterion, or lowering its maximum below a score already given. Any of these would leave scores
 * the app cannot show and a backup the restore refuses. Call it inside the pact's transaction
 * (with `db.scoreEntries` in it).
 */
export async function checkCriteriaAgainstScores(
  db: OfficeDatabase,
  clusterYearId: string,
  next: Array<Pick<Criterion, 'id' | 'kind' | 'maxPoints' | 'text'>>
): Promise<FieldIssue[]> {
  const entries = await db.scoreEntries.where('clusterYearId').equals(clusterYearId).toArray()
  const byCriterion = new Map<string, number[]>()
  for (const e of entries)
    for (const value of [e.selfScore, e.reviewedScore])
      if (value !== null)
        byCriterion.set(e.criterionId, [...(byCriterion.get(e.criterionId) ?? []), value])
  const nextOf = new Map(next.map((c, i) => [c.id, { ...c, index: i }]))
  const issues: FieldIssue[] = []
  for (const [criterionId, values] of byCriterion) {
    const c = nextOf.get(criterionId)
    const units = new Set(entries.filter((e) => e.criterionId === criterionId).map((e) => e.unitId))
      .size
    if (!c) {
      issues.push({
        field: 'criteria',
        message: `Một tiêu chí bị xóa đã có điểm chấm của ${units} đơn vị (mục Chấm điểm); hãy giữ tiêu chí hoặc xóa điểm trước.`
      })
      continue
    }
    const label = `Tiêu chí ${c.index + 1}`
    if (c.kind !== 'base')
      issues.push({
        field: `criteria.${c.index}.kind`,
        message: `${label}: đã có điểm chấm của ${units} đơn vị, phải giữ loại «tiêu chí chấm điểm».`
      })
    else if (c.maxPoints !== null && Math.max(...values) > Math.round(c.maxPoints * 100))
      issues.push({
        field: `criteria.${c.index}.maxPoints`,
        message: `${label}: đã có đơn vị được chấm ${formatExact(Math.max(...values))} điểm, không hạ điểm chuẩn xuống dưới mức đó được.`
      })
  }
  return issues
}
