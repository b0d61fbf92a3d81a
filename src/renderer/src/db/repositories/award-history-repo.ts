import {
  pastAwardSchema,
  unitLineageEventSchema,
  type PastAward,
  type UnitLineageEvent
} from '@core/awards/model'
import { EVENT_WORDS } from '@core/awards/history'
import { newId, nowIso } from '@core/model/ids'
import { parseOrThrow, ValidationError } from '@core/model/validation'
import { cleanDeep } from '@core/text/normalize'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'

/**
 * What the secretary types of a unit's history that the app did not see happen (issue 15 §4):
 * awards received before the cluster used the app, and the renames, mergers and splits of the
 * 2025 reform. Both feed `awardHistory`, which follows a unit through its predecessors, and the
 * two-awards check of the proposals. Awards recorded from a decision of the higher level are
 * changed through that decision («Sửa quyết định»), never here.
 */

const refuse = (message: string, field = ''): never => {
  throw new ValidationError([{ field, message }])
}

/** Titles typed by hand differ in case and spacing only when they are the same award. */
const sameTitle = (a: string, b: string) =>
  a.toLocaleLowerCase('vi').replace(/\s+/g, ' ') === b.toLocaleLowerCase('vi').replace(/\s+/g, ' ')

/** Adds an award the unit received before (typed from its decision), with an audit entry. */
export async function addPastAward(
  db: OfficeDatabase,
  clusterId: string,
  input: unknown
): Promise<PastAward> {
  const now = nowIso()
  const row = parseOrThrow(pastAwardSchema, {
    ...(cleanDeep(input) as object),
    id: newId(),
    source: 'typed',
    proposalId: '',
    createdAt: now,
    updatedAt: now
  })
  return db.transaction('rw', [db.memberUnits, db.pastAwards, db.auditLog], async () => {
    const unit = await db.memberUnits.get(row.unitId)
    if (!unit || unit.clusterId !== clusterId)
      refuse('Hãy chọn một đơn vị của cụm (kể cả đơn vị đã thôi tham gia).', 'unitId')
    const same = (await db.pastAwards.where('unitId').equals(row.unitId).toArray()).find(
      (other) => other.year === row.year && sameTitle(other.title, row.title)
    )
    if (same)
      refuse(
        `Đơn vị này đã có “${same.title}” năm ${same.year}${
          same.source === 'decision' ? ' (ghi từ quyết định của cấp trên)' : ''
        }: không nhập lại lần nữa.`,
        'title'
      )
    await db.pastAwards.add(row)
    await recordAudit(db, {
      table: 'pastAwards',
      entityId: row.id,
      action: 'create',
      summary: `Nhập khen thưởng trước đây: ${row.recipientName}: ${row.title} (năm ${row.year})`,
      after: row
    })
    return row
  })
}

/** Removes a typed award (a mistake in typing); one recorded from a decision is refused. */
export async function removePastAward(db: OfficeDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.pastAwards, db.auditLog], async () => {
    const row = await db.pastAwards.get(id)
    if (!row) return
    if (row.source !== 'typed' || row.proposalId)
      refuse(
        'Khen thưởng này được ghi từ quyết định của cấp trên: hãy sửa ở đề nghị của nó («Sửa quyết định»).'
      )
    await db.pastAwards.delete(id)
    await recordAudit(db, {
      table: 'pastAwards',
      entityId: id,
      action: 'delete',
      summary: `Xóa khen thưởng đã nhập: ${row.recipientName}: ${row.title} (năm ${row.year})`,
      before: row
    })
  })
}

/**
 * Records how units became others. Every unit named must be of the cluster, and the same event
 * (same type, date, units) is not recorded twice.
 */
export async function recordLineageEvent(
  db: OfficeDatabase,
  clusterId: string,
  input: unknown
): Promise<UnitLineageEvent> {
  const now = nowIso()
  const row = parseOrThrow(unitLineageEventSchema, {
    ...(cleanDeep(input) as object),
    id: newId(),
    clusterId,
    createdAt: now,
    updatedAt: now
  })
  return db.transaction('rw', [db.memberUnits, db.unitLineageEvents, db.auditLog], async () => {
    const ids = [...row.fromUnitIds, ...row.toUnitIds]
    const units = await db.memberUnits.bulkGet(ids)
    if (units.some((u) => !u || u.clusterId !== clusterId))
      refuse('Mỗi đơn vị của sự kiện phải là đơn vị của cụm.', 'fromUnitIds')
    const same = await db.unitLineageEvents
      .where('clusterId')
      .equals(clusterId)
      .filter(
        (e) =>
          e.type === row.type &&
          e.date === row.date &&
          e.fromUnitIds.join() === row.fromUnitIds.join() &&
          e.toUnitIds.join() === row.toUnitIds.join()
      )
      .count()
    if (same) refuse('Sự kiện này đã được ghi.')
    const names = (list: string[]) =>
      list.map((id) => units.find((u) => u?.id === id)?.name ?? id).join(', ')
    await db.unitLineageEvents.add(row)
    await recordAudit(db, {
      table: 'unitLineageEvents',
      entityId: row.id,
      action: 'create',
      summary: `Ghi sự kiện ${EVENT_WORDS[row.type]}: ${names(row.fromUnitIds)}${row.toUnitIds.length ? ` → ${names(row.toUnitIds)}` : ''} (ngày ${row.date})`,
      after: row
    })
    return row
  })
}

/** Removes a lineage event typed by mistake, with an audit entry. */
export async function removeLineageEvent(db: OfficeDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.unitLineageEvents, db.auditLog], async () => {
    const row = await db.unitLineageEvents.get(id)
    if (!row) return
    await db.unitLineageEvents.delete(id)
    await recordAudit(db, {
      table: 'unitLineageEvents',
      entityId: id,
      action: 'delete',
      summary: `Xóa sự kiện ${EVENT_WORDS[row.type]} ngày ${row.date}`,
      before: row
    })
  })
}
