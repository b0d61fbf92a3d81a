import type { FieldIssue } from '../model/validation'
import { capitalizeFirst } from '../text/vietnamese'
import { formatDateVi } from '../text/dates'
import type { ScoreAdjustment, ScoreEntry, ScoringArithmetic, ScoringRules } from './model'
import { criterionName, planMaxima, type CriteriaPlan, type PlanRow } from './plan'
import { formatExact, stepDecimals, stepWords, type Hundredths, type ScoreStep } from './points'
import { computeUnitTotals, unitValuesFrom, type ScoreSide } from './totals'

const named = (row: PlanRow) => capitalizeFirst(criterionName(row))

/**
 * Why a score cannot be recorded for a criterion, naming it (`Tiêu chí I.2 «…»: điểm 9,3 không
 * đúng bước chấm 0,5 điểm.`), or null when it can: a whole number of hundredths, not negative,
 * on the step grid, not above the criterion's maximum.
 */
export function checkLeafScore(row: PlanRow, value: Hundredths, step: ScoreStep): string | null {
  if (!Number.isSafeInteger(value)) return `${named(row)}: điểm không hợp lệ.`
  if (value < 0) return `${named(row)}: điểm không được âm.`
  if (value % step !== 0)
    return `${named(row)}: điểm ${formatExact(value)} không đúng bước chấm ${stepWords(step)} điểm.`
  if (row.max === null && row.kind === 'base') return `${named(row)}: chưa có điểm chuẩn.`
  if (row.max !== null && value > row.max)
    return `${named(row)}: điểm ${formatExact(value)} vượt điểm chuẩn ${formatExact(row.max)}.`
  return null
}

/**
 * What must hold for the rules of a year with its criteria (year-end.md §A.3): every criterion
 * scorable on the step grid, the base maxima adding up to the declared maximum (with the bonus
 * cap when the bonus is inside it), enough decimals to show the step, distinct bands.
 */
export function checkScoringRules(
  rules: Pick<
    ScoringRules,
    | 'declaredMax'
    | 'bonusInsideTotal'
    | 'bonusCap'
    | 'step'
    | 'decimals'
    | 'bands'
    | 'scorer'
    | 'scorerBody'
  >,
  plan: CriteriaPlan
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const step = rules.step
  for (const row of plan.rows) {
    const field = `criteria.${row.id}`
    if (row.kind === 'base' && row.max === null)
      issues.push({ field, message: `${named(row)}: chưa có điểm chuẩn.` })
    else if (row.max === null) continue
    else if (row.max % step !== 0)
      issues.push({
        field,
        message: `${named(row)}: điểm tối đa ${formatExact(row.max)} không chia hết cho bước chấm ${stepWords(step)} điểm, nên không chấm đủ điểm được.`
      })
  }
  const PART_WORDS = { base: 'điểm chuẩn', bonus: 'điểm cộng', penalty: 'điểm trừ' }
  for (const row of plan.rows) {
    const group = row.parent >= 0 ? plan.groups[row.parent]! : null
    if (group && group.part !== row.part)
      issues.push({
        field: `criteria.${row.id}`,
        message: `${named(group)}: gồm cả tiêu chí ${PART_WORDS[group.part]} và ${PART_WORDS[row.part]}; hãy tách thành nhóm riêng.`
      })
  }
  const maxima = planMaxima(plan)
  const baseMax = maxima.base
  const bonusMax = rules.bonusCap ?? maxima.bonus
  const expected = rules.bonusInsideTotal ? baseMax + bonusMax : baseMax
  if (expected !== rules.declaredMax) {
    issues.push({
      field: 'declaredMax',
      message: rules.bonusInsideTotal
        ? `Điểm chuẩn các tiêu chí (${formatExact(baseMax)}) cộng điểm cộng tối đa (${formatExact(bonusMax)}) bằng ${formatExact(expected)}, khác tổng điểm đã công bố (${formatExact(rules.declaredMax)}).`
        : `Điểm chuẩn các tiêu chí cộng lại bằng ${formatExact(baseMax)}, khác tổng điểm đã công bố (${formatExact(rules.declaredMax)}).`
    })
  }
  if (rules.decimals < stepDecimals(step))
    issues.push({
      field: 'decimals',
      message: `Bước chấm ${stepWords(step)} điểm cần hiển thị ít nhất ${stepDecimals(step)} chữ số thập phân.`
    })
  const labels = new Set<string>()
  const bounds = new Set<number>()
  for (const [i, band] of rules.bands.entries()) {
    const key = band.label.toLocaleLowerCase('vi')
    if (labels.has(key))
      issues.push({ field: `bands.${i}.label`, message: `Xếp loại «${band.label}» bị trùng.` })
    if (bounds.has(band.minPercent))
      issues.push({
        field: `bands.${i}.minPercent`,
        message: `Xếp loại «${band.label}»: ngưỡng trùng với một mức khác.`
      })
    labels.add(key)
    bounds.add(band.minPercent)
  }
  if (rules.scorer === 'provincial-board' && rules.scorerBody === '')
    issues.push({
      field: 'scorerBody',
      message: 'Chấm điểm do Ban của tỉnh: cần ghi tên cơ quan chấm.'
    })
  return issues
}

/** Rules can be edited until the year adopts them; afterwards the check names why not. */
export function checkRulesEditable(
  rules: Pick<ScoringRules, 'status' | 'adoptedOn'>
): FieldIssue[] {
  if (rules.status !== 'adopted') return []
  const when = rules.adoptedOn ? ` ngày ${formatDateVi(rules.adoptedOn)}` : ''
  return [
    {
      field: '',
      message: `Quy định chấm điểm đã được thông qua${when}, không sửa được nữa.`
    }
  ]
}

type EntryLike = Pick<ScoreEntry, 'criterionId' | 'selfScore' | 'reviewedScore' | 'diffReason'>
type ItemLike = Pick<
  ScoreAdjustment,
  'criterionId' | 'kind' | 'selfPoints' | 'reviewedPoints' | 'diffReason' | 'proposedBy' | 'reason'
>

/**
 * Every problem of one unit's scores, each naming its criterion: scores off the grid or above
 * the maximum, a changed score without a reason, bonus or penalty items adding up to more than
 * their criterion allows, groups adding up to more than their own maximum.
 */
export function checkUnitScores(
  plan: CriteriaPlan,
  rules: Pick<ScoringArithmetic, 'step' | 'bonusCap' | 'penaltyCap' | 'floorAtZero'>,
  entries: EntryLike[],
  adjustments: ItemLike[]
): FieldIssue[] {
  const issues: FieldIssue[] = []
  for (const entry of entries) {
    const row = plan.byId.get(entry.criterionId)
    const field = `entries.${entry.criterionId}`
    if (!row || row.kind !== 'base') {
      issues.push({ field, message: 'Có điểm của một tiêu chí không còn trong bảng tiêu chí.' })
      continue
    }
    for (const value of [entry.selfScore, entry.reviewedScore]) {
      const problem = value === null ? null : checkLeafScore(row, value, rules.step)
      if (problem) issues.push({ field, message: problem })
    }
    if (
      entry.reviewedScore !== null &&
      entry.reviewedScore !== entry.selfScore &&
      !entry.diffReason
    )
      issues.push({
        field: `${field}.diffReason`,
        message: `${named(row)}: điểm cụm chấm (${formatExact(entry.reviewedScore)}) khác điểm tự chấm (${entry.selfScore === null ? 'chưa chấm' : formatExact(entry.selfScore)}), cần ghi lý do.`
      })
  }
  adjustments.forEach((item, i) => {
    const row = plan.byId.get(item.criterionId)
    const what = row
      ? named(row)
      : `${item.kind === 'bonus' ? 'Điểm cộng' : 'Điểm trừ'} «${item.reason}»`
    for (const value of [item.selfPoints, item.reviewedPoints]) {
      if (value !== null && (value < 0 || value % rules.step !== 0))
        issues.push({
          field: `adjustments.${i}`,
          message: `${what}: ${formatExact(value)} điểm không đúng bước chấm ${stepWords(rules.step)} điểm.`
        })
    }
    if (
      item.proposedBy === 'unit' &&
      item.reviewedPoints !== null &&
      item.reviewedPoints !== item.selfPoints &&
      !item.diffReason
    )
      issues.push({
        field: `adjustments.${i}.diffReason`,
        message: `${what}: điểm cụm chấm khác điểm đơn vị đề nghị, cần ghi lý do.`
      })
  })
  for (const side of ['self', 'effective'] as ScoreSide[]) {
    const values = unitValuesFrom(plan, entries, adjustments, side)
    for (const [rows, sums] of [
      [plan.bonus, values.bonus],
      [plan.penalty, values.penalty]
    ] as const) {
      rows.forEach((row, i) => {
        if (row.max !== null && sums[i]! > row.max)
          issues.push({
            field: `criteria.${row.id}`,
            message: `${named(row)}: các mục cộng lại ${formatExact(sums[i]!)} điểm, vượt mức tối đa ${formatExact(row.max)}.`
          })
      })
    }
    const totals = computeUnitTotals(plan, rules, values)
    for (const g of totals.groupsOver) {
      const group = plan.groups[g]!
      issues.push({
        field: `criteria.${group.id}`,
        message: `${named(group)}: tổng điểm các tiêu chí vượt điểm tối đa của nhóm (${formatExact(group.max!)}).`
      })
    }
  }
  return dedupe(issues)
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>()
  return issues.filter((issue) => {
    const key = `${issue.field}\u0000${issue.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
