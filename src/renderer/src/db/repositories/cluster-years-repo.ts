import { clusterYearSchema, type ClusterYear, type MemberUnit } from '@core/model/entities'
import { newId } from '@core/model/ids'
import { currentYear } from '@core/text/dates'
import { ValidationError, type FieldIssue } from '@core/model/validation'
import { isActiveInYear } from '@core/rules/member-units'
import { checkClusterYear, planRotation, suggestRotationForYear } from '@core/rules/rotation'
import type { NamedPlanRow } from '@core/documents/kinds/rotation-plan'
import { assertUnchanged, type SaveBase, stampAfter } from '../concurrency'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { listMemberUnits } from './member-units-repo'

/** The years of a cluster, newest first. */
export async function listClusterYears(
  db: OfficeDatabase,
  clusterId: string
): Promise<ClusterYear[]> {
  const rows = await db.clusterYears.where('clusterId').equals(clusterId).toArray()
  return rows.sort((a, b) => b.year - a.year)
}

/** What the year form edits. */
export type ClusterYearInput = Pick<
  ClusterYear,
  | 'year'
  | 'memberUnitIds'
  | 'leaderUnitId'
  | 'deputyUnitId'
  | 'leaderSignerId'
  | 'deputySignerId'
  | 'note'
>

/**
 * The proposal for a new year: the year after the latest, the units active during it, and the
 * leading and deputy units the rotation order gives. The secretariat may change all of it.
 */
export async function planNextYear(
  db: OfficeDatabase,
  clusterId: string
): Promise<ClusterYearInput> {
  const cluster = await db.clusters.get(clusterId)
  const years = await listClusterYears(db, clusterId)
  const latest = years[0] ?? null
  const year = latest ? latest.year + 1 : currentYear()
  const units = await listMemberUnits(db, clusterId)
  const memberUnitIds = units.filter((u) => isActiveInYear(u, year)).map((u) => u.id)
  const { leaderUnitId, deputyUnitId } = suggestRotationForYear(
    { rotationOrder: cluster?.rotationOrder ?? units.map((u) => u.id), units, years },
    year,
    memberUnitIds
  )
  const proposal = { leaderUnitId, deputyUnitId }
  const chairOf = async (unitId: string) =>
    unitId
      ? ((
          await db.unitPeople
            .where('unitId')
            .equals(unitId)
            .filter((p) => p.role === 'chair' && !p.activeTo)
            .first()
        )?.id ?? '')
      : ''
  return {
    year,
    memberUnitIds,
    ...proposal,
    leaderSignerId: await chairOf(proposal.leaderUnitId),
    deputySignerId: await chairOf(proposal.deputyUnitId),
    note: ''
  }
}

/**
 * Creates (`id` null) or updates a cluster year. Checked before anything is written: the fields,
 * one row per year, members that belong to the cluster, leader and deputy among the members and
 * different, signers from the leading and deputy units. Names of the units as they are now are
 * recorded for the units the year gains; names already recorded are never rewritten, so a later
 * rename does not change the past. With `base` (what the form read), a year changed since is
 * refused with a `StaleRecordError` (`concurrency.ts`).
 */
export async function saveClusterYear(
  db: OfficeDatabase,
  clusterId: string,
  id: string | null,
  input: ClusterYearInput,
  base?: SaveBase
): Promise<ClusterYear> {
  return db.transaction(
    'rw',
    [db.clusterYears, db.memberUnits, db.unitPeople, db.settings, db.auditLog],
    async () => {
      const before = id ? await db.clusterYears.get(id) : undefined
      if (id) await assertUnchanged(db, before, base)
      if (id && !before)
        throw new ValidationError([{ field: '', message: 'Không tìm thấy năm thi đua này.' }])
      const units = await db.memberUnits.where('clusterId').equals(clusterId).toArray()
      const known = new Map(units.map((u) => [u.id, u]))
      const now = stampAfter(before?.updatedAt)
      const unitNames: Record<string, string> = {}
      for (const unitId of input.memberUnitIds) {
        unitNames[unitId] = before?.unitNames[unitId] ?? known.get(unitId)?.name ?? ''
      }
      const parsed = clusterYearSchema.safeParse({
        ...input,
        id: before?.id ?? newId(),
        clusterId,
        unitNames,
        createdAt: before?.createdAt ?? now,
        updatedAt: now
      })
      const issues: FieldIssue[] = parsed.success
        ? []
        : parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))
      if (parsed.success) {
        const row = parsed.data
        if (row.memberUnitIds.some((u) => !known.has(u))) {
          issues.push({
            field: 'memberUnitIds',
            message: 'Đơn vị tham gia: có đơn vị không thuộc cụm.'
          })
        }
        issues.push(...checkClusterYear(row))
        const clash = await db.clusterYears
          .where('[clusterId+year]')
          .equals([clusterId, row.year])
          .first()
        if (clash && clash.id !== row.id)
          issues.push({ field: 'year', message: `Năm: năm ${row.year} đã có trong danh sách.` })
        for (const [field, unitField, label] of [
          ['leaderSignerId', 'leaderUnitId', 'Người ký cho cụm trưởng'],
          ['deputySignerId', 'deputyUnitId', 'Người ký cho cụm phó']
        ] as const) {
          if (!row[field]) continue
          const person = await db.unitPeople.get(row[field])
          if (!person || person.unitId !== row[unitField])
            issues.push({ field, message: `${label}: phải là người của đơn vị đó.` })
        }
        if (issues.length === 0) {
          await db.clusterYears.put(row)
          await recordAudit(db, {
            table: 'clusterYears',
            entityId: row.id,
            action: before ? 'update' : 'create',
            summary: `${before ? 'Sửa' : 'Bắt đầu'} năm thi đua ${row.year}`,
            before,
            after: row
          })
          return row
        }
      }
      throw new ValidationError(issues)
    }
  )
}

/**
 * The rotation plan of a cluster, each unit named as recorded for the year (or as it is now), for
 * `count` years from `fromYear` (by default the year after the latest recorded, or this year):
 * recorded years as recorded, the others as the rotation order proposes, among the units active
 * each year.
 */
export async function loadRotationPlan(
  db: OfficeDatabase,
  clusterId: string,
  fromYear?: number,
  count = 5
): Promise<NamedPlanRow[]> {
  const [cluster, years, units] = await Promise.all([
    db.clusters.get(clusterId),
    listClusterYears(db, clusterId),
    listMemberUnits(db, clusterId)
  ])
  return namedRotationPlan(cluster?.rotationOrder, units, years, fromYear, count)
}

/**
 * `loadRotationPlan` from rows already read: the cluster's rotation order (every unit in its
 * order when it has none), its units and its years (newest first).
 */
export function namedRotationPlan(
  rotationOrder: string[] | undefined,
  units: MemberUnit[],
  years: ClusterYear[],
  fromYear?: number,
  count = 5
): NamedPlanRow[] {
  const start = fromYear ?? (years[0] ? years[0].year + 1 : currentYear())
  const names = new Map(units.map((u) => [u.id, u.name]))
  return planRotation(
    { rotationOrder: rotationOrder ?? units.map((u) => u.id), units, years },
    start,
    count
  ).map((row) => {
    const recorded = years.find((y) => y.year === row.year)?.unitNames ?? {}
    const name = (id: string) => (id ? (recorded[id] ?? names.get(id) ?? id) : '')
    return { ...row, leaderName: name(row.leaderUnitId), deputyName: name(row.deputyUnitId) }
  })
}
