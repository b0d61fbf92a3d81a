import type { ClusterYear } from '../model/entities'
import type { FieldIssue } from '../model/validation'

export interface RotationProposal {
  leaderUnitId: string
  deputyUnitId: string
}

/**
 * Proposes next year's leading and deputy units from the rotation order the cluster keeps: the
 * leader is the first unit after last year's leader in that order that takes part next year, and
 * the deputy the one after it. Units not in the order come after those that are, in the order of
 * `members`. With no previous year, the first two members in rotation order are proposed.
 * The secretariat may always choose otherwise.
 */
export function proposeRotation(
  rotationOrder: string[],
  members: string[],
  previous: Pick<ClusterYear, 'leaderUnitId' | 'deputyUnitId'> | null
): RotationProposal {
  const memberSet = new Set(members)
  const order = [
    ...rotationOrder.filter((id) => memberSet.has(id)),
    ...members.filter((id) => !rotationOrder.includes(id))
  ]
  if (order.length === 0) return { leaderUnitId: '', deputyUnitId: '' }
  const fullOrder = [...rotationOrder, ...members.filter((id) => !rotationOrder.includes(id))]
  let leaderIndex = 0
  if (previous?.leaderUnitId) {
    // Walk the full order from last year's leader, so a unit that left does not stop the rotation.
    const start = fullOrder.indexOf(previous.leaderUnitId)
    if (start >= 0) {
      for (let step = 1; step <= fullOrder.length; step++) {
        const candidate = fullOrder[(start + step) % fullOrder.length]!
        if (memberSet.has(candidate)) {
          leaderIndex = order.indexOf(candidate)
          break
        }
      }
    }
  }
  const leaderUnitId = order[leaderIndex]!
  const deputyUnitId = order.length > 1 ? order[(leaderIndex + 1) % order.length]! : ''
  return { leaderUnitId, deputyUnitId }
}

/**
 * The rules of a cluster year: the leader and deputy are members that year and are two different
 * units, and there is at least one member.
 */
export function checkClusterYear(
  year: Pick<ClusterYear, 'memberUnitIds' | 'leaderUnitId' | 'deputyUnitId'>
): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (year.memberUnitIds.length === 0) {
    issues.push({ field: 'memberUnitIds', message: 'Đơn vị tham gia: chọn ít nhất một đơn vị.' })
  }
  if (year.leaderUnitId && !year.memberUnitIds.includes(year.leaderUnitId)) {
    issues.push({ field: 'leaderUnitId', message: 'Cụm trưởng: phải là đơn vị tham gia năm đó.' })
  }
  if (year.deputyUnitId && !year.memberUnitIds.includes(year.deputyUnitId)) {
    issues.push({ field: 'deputyUnitId', message: 'Cụm phó: phải là đơn vị tham gia năm đó.' })
  }
  if (year.leaderUnitId && year.leaderUnitId === year.deputyUnitId) {
    issues.push({ field: 'deputyUnitId', message: 'Cụm phó: không được trùng với cụm trưởng.' })
  }
  return issues
}
