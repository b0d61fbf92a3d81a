import type { ClusterYear } from '../model/entities'
import type { FieldIssue } from '../model/validation'
import type { FinalSection } from './result'

/**
 * What the results set (issue 15 §3): the suy tôn result is the year's leading unit; the election
 * gives next year's cụm trưởng and cụm phó in the year planner. Pure: they return the change and
 * its problems; the repository writes it with the audit entry.
 */

/** The unit the suy tôn chose, or null while the section is not settled or chose nobody. */
export function leadingUnitOf(results: FinalSection[]): string | null {
  const section = results.find((s) => s.section.kind === 'leading-unit')
  if (!section?.complete || section.elected.length !== 1) return null
  return section.elected[0]!.unitId
}

export interface ElectionResult {
  leaderUnitId: string
  deputyUnitId: string
  /** Both sections counted and settled. */
  complete: boolean
}

/** Next year's cụm trưởng and cụm phó as elected; empty where a section chose nobody. */
export function electedLeadership(results: FinalSection[]): ElectionResult {
  const pick = (kind: 'leader' | 'deputy') => {
    const section = results.find((s) => s.section.kind === kind)
    return {
      unitId: section?.complete && section.elected.length === 1 ? section.elected[0]!.unitId : '',
      complete: section ? section.complete : true
    }
  }
  const leader = pick('leader')
  const deputy = pick('deputy')
  return {
    leaderUnitId: leader.unitId,
    deputyUnitId: deputy.unitId,
    complete: leader.complete && deputy.complete
  }
}

/**
 * Next year's record with the elected leader and deputy set, or the reasons it cannot be: the
 * election not settled, a unit not a member next year, one unit elected to both.
 */
export function applyElection(
  nextYear: ClusterYear,
  results: FinalSection[],
  unitNames: Record<string, string> = {}
): { year: ClusterYear; issues: FieldIssue[] } {
  const elected = electedLeadership(results)
  const issues: FieldIssue[] = []
  const name = (id: string) => unitNames[id] ?? id
  if (!elected.complete)
    issues.push({
      field: 'leaderUnitId',
      message: 'Kết quả bầu Cụm trưởng, Cụm phó chưa xong (còn bằng phiếu chờ bỏ phiếu lại).'
    })
  for (const [field, id, role] of [
    ['leaderUnitId', elected.leaderUnitId, 'Cụm trưởng'],
    ['deputyUnitId', elected.deputyUnitId, 'Cụm phó']
  ] as const) {
    if (id && !nextYear.memberUnitIds.includes(id))
      issues.push({
        field,
        message: `${role} được bầu (${name(id)}) không có trong danh sách đơn vị năm ${nextYear.year}.`
      })
  }
  if (elected.leaderUnitId && elected.leaderUnitId === elected.deputyUnitId)
    issues.push({
      field: 'deputyUnitId',
      message: `${name(elected.leaderUnitId)} được bầu cả Cụm trưởng và Cụm phó; hai chức danh phải là hai đơn vị khác nhau.`
    })
  if (issues.length > 0) return { year: nextYear, issues }
  return {
    year: {
      ...nextYear,
      leaderUnitId: elected.leaderUnitId || nextYear.leaderUnitId,
      deputyUnitId: elected.deputyUnitId || nextYear.deputyUnitId
    },
    issues
  }
}
