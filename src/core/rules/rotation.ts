import type { ClusterYear, MemberUnit } from '../model/entities'
import type { FieldIssue } from '../model/validation'
import { isActiveInYear } from './member-units'

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

/** What the rotation planner reads: the cluster's order, its units and the years recorded. */
export interface RotationInput {
  rotationOrder: string[]
  units: Array<Pick<MemberUnit, 'id' | 'activeFrom' | 'activeTo' | 'displayOrder'>>
  years: Array<Pick<ClusterYear, 'year' | 'memberUnitIds' | 'leaderUnitId' | 'deputyUnitId'>>
}

/** One year of a rotation plan: as recorded, or as the rotation proposes it. */
export interface RotationPlanRow extends RotationProposal {
  year: number
  /** The members that year: recorded, or the units active during it. */
  memberUnitIds: string[]
  recorded: boolean
}

/** The units taking part in a year not recorded yet: those active during it, in display order. */
function membersOf(input: RotationInput, year: number): string[] {
  return [...input.units]
    .filter((u) => isActiveInYear(u, year))
    .sort((a, b) => a.displayOrder - b.displayOrder)
    .map((u) => u.id)
}

/** The years a cluster year may have (`clusterYearSchema`). */
const FIRST_YEAR = 1990
const LAST_YEAR = 2100

/**
 * The leading and deputy units for `count` years from `fromYear`: a year recorded keeps its own
 * pair; a year not recorded takes the rotation's next pair after the year before it (recorded or
 * planned), among the units active that year. Years between the last recorded one and `fromYear`
 * are walked through, so a gap in the record does not restart the rotation.
 */
export function planRotation(input: RotationInput, fromYear: number, count = 5): RotationPlanRow[] {
  // Only the years a cluster year may have (1990–2100, with the plan's few years after): the
  // walk goes one year at a time, and a year typed as «1e30» would otherwise hold the window.
  if (!Number.isInteger(fromYear) || fromYear < FIRST_YEAR || fromYear > LAST_YEAR + 1) return []
  const recorded = new Map(input.years.map((y) => [y.year, y]))
  const earlier = input.years.filter((y) => y.year < fromYear).sort((a, b) => b.year - a.year)[0]
  let previous: RotationProposal | null = earlier
    ? { leaderUnitId: earlier.leaderUnitId, deputyUnitId: earlier.deputyUnitId }
    : null
  const rows: RotationPlanRow[] = []
  const last = fromYear + Math.max(0, count) - 1
  for (let year = earlier ? earlier.year + 1 : fromYear; year <= last; year++) {
    const own = recorded.get(year)
    const row: RotationPlanRow = own
      ? {
          year,
          memberUnitIds: own.memberUnitIds,
          leaderUnitId: own.leaderUnitId,
          deputyUnitId: own.deputyUnitId,
          recorded: true
        }
      : {
          year,
          memberUnitIds: membersOf(input, year),
          ...proposeRotation(input.rotationOrder, membersOf(input, year), previous),
          recorded: false
        }
    previous = { leaderUnitId: row.leaderUnitId, deputyUnitId: row.deputyUnitId }
    if (year >= fromYear) rows.push(row)
  }
  return rows
}

/**
 * The rotation's proposal for one year, whether recorded or not: the pair after the year before
 * it (recorded, or planned through any gap), among that year's members — the members given (the
 * form being edited), else those recorded for the year, else the units active during it.
 */
export function suggestRotationForYear(
  input: RotationInput,
  year: number,
  members?: string[]
): RotationProposal & { after: RotationPlanRow | null } {
  const before = planRotation(input, year - 1, 1)[0] ?? null
  const after =
    before && (before.recorded || input.years.some((y) => y.year < year)) ? before : null
  const own = input.years.find((y) => y.year === year)
  const memberIds = members ?? own?.memberUnitIds ?? membersOf(input, year)
  return { ...proposeRotation(input.rotationOrder, memberIds, after), after }
}
