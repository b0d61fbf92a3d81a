import type { MemberUnit } from '@core/model/entities'
import { compareVietnamese } from '@core/text/normalize'
import type { OfficeDatabase } from '../database'

/**
 * The member units of a cluster in display order: the manual order first, then Vietnamese
 * collation of the short name (or full name) so that `Đống Đa` sorts after `Ba Đình`, not after Z.
 */
export async function listMemberUnits(
  db: OfficeDatabase,
  clusterId: string
): Promise<MemberUnit[]> {
  const rows = await db.memberUnits.where('clusterId').equals(clusterId).toArray()
  return rows.sort(
    (a, b) =>
      a.displayOrder - b.displayOrder ||
      compareVietnamese(a.shortName || a.name, b.shortName || b.name)
  )
}

/** Whether a unit was still active on a date (`YYYY-MM-DD`). */
export function isUnitActiveOn(unit: MemberUnit, date: string): boolean {
  if (unit.activeFrom && unit.activeFrom > date) return false
  if (unit.activeTo && unit.activeTo < date) return false
  return true
}
