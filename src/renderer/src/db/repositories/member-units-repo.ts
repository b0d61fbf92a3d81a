import {
  memberUnitSchema,
  unitPersonSchema,
  type MemberUnit,
  type UnitPerson
} from '@core/model/entities'
import { newId, nowIso } from '@core/model/ids'
import { collectRowIssues, ValidationError, type FieldIssue } from '@core/model/validation'
import { checkUnitAgainstOthers, isActiveOn, referencesTo } from '@core/rules/member-units'
import { compareVietnamese } from '@core/text/normalize'
import { assertUnchanged, rowsToDelete, type SaveBase, stampAfter } from '../concurrency'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { discardDrafts } from './drafts-repo'

/** The key of the unit form's drafts (see `drafts-repo.ts`). */
export const MEMBER_UNIT_FORM = 'member-unit'

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
  return isActiveOn(unit, date)
}

/** The people of a unit: chair first, then vice-chairs, the emulation officer, others; by name. */
export async function listUnitPeople(db: OfficeDatabase, unitId: string): Promise<UnitPerson[]> {
  const rank = { chair: 0, 'vice-chair': 1, 'emulation-officer': 2, other: 3 } as const
  const rows = await db.unitPeople.where('unitId').equals(unitId).toArray()
  return rows.sort(
    (a, b) => rank[a.role] - rank[b.role] || compareVietnamese(a.fullName, b.fullName)
  )
}

/** What the unit form edits. */
export type MemberUnitInput = Omit<
  MemberUnit,
  'id' | 'createdAt' | 'updatedAt' | 'sampleKey' | 'clusterId' | 'displayOrder'
> & {
  displayOrder?: number
}
/** A person as the form edits them; `id` is set for people already saved. */
export type UnitPersonInput = Omit<UnitPerson, 'id' | 'createdAt' | 'updatedAt' | 'unitId'> & {
  id?: string
}

/**
 * Creates (`id` null) or updates a member unit together with its people, in one transaction that
 * also writes the audit entry. Everything is validated first — fields, people, and the rules
 * against the other units (no duplicate name at an overlapping time, end after start) — and a
 * refusal throws `ValidationError` with nothing written.
 *
 * `base` is what the form read when it opened (`concurrency.ts`): the save is refused with a
 * `StaleRecordError` when the unit changed since, and only the people the form started with and
 * no longer has are deleted.
 */
export async function saveMemberUnit(
  db: OfficeDatabase,
  clusterId: string,
  id: string | null,
  input: MemberUnitInput,
  people: UnitPersonInput[],
  base?: SaveBase
): Promise<MemberUnit> {
  return db.transaction(
    'rw',
    [db.memberUnits, db.unitPeople, db.clusters, db.drafts, db.settings, db.auditLog],
    async () => {
      const before = id ? await db.memberUnits.get(id) : undefined
      if (id) await assertUnchanged(db, before, base)
      if (id && !before)
        throw new ValidationError([{ field: '', message: 'Không tìm thấy đơn vị này.' }])
      const others = await db.memberUnits.where('clusterId').equals(clusterId).toArray()
      const now = stampAfter(before?.updatedAt)
      const unitId = before?.id ?? newId()
      const displayOrder =
        input.displayOrder ??
        before?.displayOrder ??
        others.reduce((max, u) => Math.max(max, u.displayOrder), 0) + 1
      const issues: FieldIssue[] = []
      const unit = collectRowIssues(
        memberUnitSchema,
        {
          ...input,
          id: unitId,
          clusterId,
          displayOrder,
          sampleKey: before?.sampleKey ?? '',
          createdAt: before?.createdAt ?? now,
          updatedAt: now
        },
        [],
        issues
      )
      const existingPeople = before
        ? await db.unitPeople.where('unitId').equals(unitId).toArray()
        : []
      const parsedPeople = people.map((person, i) =>
        collectRowIssues(
          unitPersonSchema,
          {
            ...person,
            id: person.id && existingPeople.some((p) => p.id === person.id) ? person.id : newId(),
            unitId,
            createdAt: existingPeople.find((p) => p.id === person.id)?.createdAt ?? now,
            updatedAt: now
          },
          ['people', i],
          issues
        )
      )
      if (unit) issues.push(...checkUnitAgainstOthers(unit, others))
      if (issues.length > 0 || !unit) throw new ValidationError(issues)
      const savedPeople = parsedPeople as UnitPerson[]

      await db.memberUnits.put(unit)
      const removed = rowsToDelete(
        existingPeople,
        savedPeople.map((p) => p.id),
        base?.children?.people
      )
      await db.unitPeople.bulkDelete(removed.map((p) => p.id))
      await db.unitPeople.bulkPut(savedPeople)
      const saved = new Set(savedPeople.map((p) => p.id))
      const peopleAfter = [
        ...existingPeople.filter((p) => !saved.has(p.id) && !removed.includes(p)),
        ...savedPeople
      ]
      if (!before) {
        const cluster = await db.clusters.get(clusterId)
        if (cluster && !(cluster.rotationOrder ?? []).includes(unitId)) {
          await db.clusters.update(clusterId, {
            rotationOrder: [...(cluster.rotationOrder ?? []), unitId],
            updatedAt: now
          })
        }
      }
      await discardDrafts(db, MEMBER_UNIT_FORM, unitId, !before)
      await recordAudit(db, {
        table: 'memberUnits',
        entityId: unitId,
        action: before ? 'update' : 'create',
        summary: summarize(before, unit),
        before: before ? { ...before, people: existingPeople } : undefined,
        after: { ...unit, people: peopleAfter }
      })
      return unit
    }
  )
}

/** A unit and its people read together, as a form starts from them; null when it is gone. */
export async function loadMemberUnitRecord(
  db: OfficeDatabase,
  id: string
): Promise<{ unit: MemberUnit; people: UnitPerson[] } | null> {
  return db.transaction('r', [db.memberUnits, db.unitPeople], async () => {
    const unit = await db.memberUnits.get(id)
    return unit ? { unit, people: await listUnitPeople(db, id) } : null
  })
}

function summarize(before: MemberUnit | undefined, after: MemberUnit): string {
  if (!before) return `Thêm đơn vị: ${after.name}`
  if (!before.activeTo && after.activeTo)
    return `Kết thúc tham gia từ ${after.activeTo}: ${after.name}`
  if (before.name !== after.name) return `Đổi tên: ${before.name} → ${after.name}`
  return `Sửa thông tin: ${after.name}`
}

/**
 * Deletes a unit only when nothing refers to it (no year, meeting, score or tracking entry).
 * A unit with history must be ended instead, so past documents keep its name; the refusal says
 * where it is still used.
 */
export async function deleteMemberUnit(db: OfficeDatabase, id: string): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.memberUnits,
      db.unitPeople,
      db.clusters,
      db.clusterYears,
      db.attendances,
      db.meetings,
      db.scoreEntries,
      db.scoreSheets,
      db.commitmentProgress,
      db.pastAwards,
      db.unitLineageEvents,
      db.ballotCounts,
      db.auditLog
    ],
    async () => {
      const unit = await db.memberUnits.get(id)
      if (!unit) return
      const refs = referencesTo(id, {
        years: await db.clusterYears.where('clusterId').equals(unit.clusterId).toArray(),
        attendanceCount: await db.attendances.where('unitId').equals(id).count(),
        meetingHostCount: await db.meetings.filter((m) => m.hostUnitId === id).count(),
        scoreCount:
          (await db.scoreEntries.where('unitId').equals(id).count()) +
          (await db.scoreSheets.where('unitId').equals(id).count()),
        progressCount: await db.commitmentProgress.where('unitId').equals(id).count()
      })
      // Bình xét and awards (schema v8): its award history, a rename or merger, a seat on a Ban
      // kiểm phiếu keep the unit too.
      const awards = await db.pastAwards.where('unitId').equals(id).count()
      if (awards) refs.push(`${awards} khen thưởng đã nhận`)
      const lineage = await db.unitLineageEvents
        .where('clusterId')
        .equals(unit.clusterId)
        .filter((e) => e.fromUnitIds.includes(id) || e.toUnitIds.includes(id))
        .count()
      if (lineage) refs.push(`${lineage} sự kiện sáp nhập, đổi tên`)
      const boards = await db.ballotCounts
        .filter((c) => c.board.some((m) => m.unitId === id))
        .count()
      if (boards) refs.push(`${boards} Ban kiểm phiếu`)
      if (refs.length > 0) {
        throw new ValidationError([
          {
            field: '',
            message: `Không xóa được “${unit.name}” vì đơn vị còn có trong: ${refs.join('; ')}. Hãy ghi ngày kết thúc tham gia thay vì xóa.`
          }
        ])
      }
      const people = await db.unitPeople.where('unitId').equals(id).toArray()
      await db.unitPeople.bulkDelete(people.map((p) => p.id))
      await db.memberUnits.delete(id)
      const cluster = await db.clusters.get(unit.clusterId)
      if (cluster) {
        await db.clusters.update(cluster.id, {
          rotationOrder: (cluster.rotationOrder ?? []).filter((u) => u !== id),
          updatedAt: nowIso()
        })
      }
      await recordAudit(db, {
        table: 'memberUnits',
        entityId: id,
        action: 'delete',
        summary: `Xóa đơn vị: ${unit.name}`,
        before: { ...unit, people }
      })
    }
  )
}
