import { describe, expect, it } from 'vitest'
import { awardHistory } from '@core/awards/history'
import { ValidationError } from '@core/model/validation'
import type { OfficeDatabase } from '../../../src/renderer/src/db/database'
import {
  addPastAward,
  recordLineageEvent,
  removeLineageEvent,
  removePastAward
} from '../../../src/renderer/src/db/repositories/award-history-repo'
import { listAuditFor } from '../../../src/renderer/src/db/repositories/audit'
import { makeTestDb } from '../../helpers/test-db'
import { addV8Sample } from '../../helpers/v8-sample'

const CLUSTER = 'v1-001'
const [HOANG_MAI_QUAN, HOANG_MAI_PHUONG, LONG_BIEN] = ['v1-006', 'v8-unit-1', 'v1-007']

async function seeded(): Promise<OfficeDatabase> {
  const db = makeTestDb()
  await db.open()
  await db.transaction('rw', db.tables, () => addV8Sample(db))
  return db
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => '',
    (error: unknown) => {
      expect(error).toBeInstanceOf(ValidationError)
      return (error as ValidationError).issues.map((i) => i.message).join(' ')
    }
  )

describe('an award received before the app, typed by the secretary', () => {
  it('is kept in the unit’s history, cleaned, and in the audit log', async () => {
    const db = await seeded()
    const row = await addPastAward(db, CLUSTER, {
      unitId: LONG_BIEN,
      recipientName: 'Ủy ban MTTQ Việt Nam quận Long Biên',
      year: 2022,
      title: 'Cơ\u0300 thi đua\u202e của Ủy ban Trung ương MTTQ Việt Nam',
      decisionNumber: '123/QĐ-MTTW',
      decisionDate: '2023-01-15'
    })
    expect(row.title).toBe('Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam')
    expect(row.source).toBe('typed')
    const history = awardHistory(LONG_BIEN, await db.pastAwards.toArray(), [])
    expect(history.map((h) => `${h.award.year}: ${h.award.title}`)).toContain(
      '2022: Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam'
    )
    expect((await listAuditFor(db, 'pastAwards', row.id)).map((a) => a.action)).toEqual(['create'])
  })

  it('is refused for a unit of no cluster of ours or a year that is not one, saying why', async () => {
    const db = await seeded()
    const unknown = await refusal(
      addPastAward(db, CLUSTER, { unitId: 'x', recipientName: 'X', year: 2022, title: 'Bằng khen' })
    )
    expect(unknown).toMatch(/Hãy chọn một đơn vị của cụm/)
    const badYear = await refusal(
      addPastAward(db, CLUSTER, { unitId: LONG_BIEN, recipientName: 'LB', year: '', title: 'BK' })
    )
    expect(badYear).toMatch(/Năm/)
    expect(
      await db.pastAwards
        .where('source')
        .equals('typed')
        .count()
        .catch(() => 0)
    ).toBe(0)
  })

  it('is refused when the unit already has that award for that year, however it was typed', async () => {
    const db = await seeded()
    const first = {
      unitId: LONG_BIEN,
      recipientName: 'LB',
      year: 2022,
      title: 'Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội'
    }
    const before = await db.pastAwards.count()
    await addPastAward(db, CLUSTER, first)
    const again = await refusal(
      addPastAward(db, CLUSTER, {
        ...first,
        title: 'bằng khen  của Ủy ban MTTQ Việt Nam  thành phố Hà Nội'
      })
    )
    expect(again).toMatch(/đã có “Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội” năm 2022/)
    // Another year, or another unit, is another award.
    await addPastAward(db, CLUSTER, { ...first, year: 2023 })
    await addPastAward(db, CLUSTER, { ...first, unitId: HOANG_MAI_QUAN })
    expect(await db.pastAwards.count()).toBe(before + 3)
  })

  it('can be removed when typed by mistake; one from a decision of the higher level cannot', async () => {
    const db = await seeded()
    const row = await addPastAward(db, CLUSTER, {
      unitId: LONG_BIEN,
      recipientName: 'LB',
      year: 2021,
      title: 'Bằng khen'
    })
    await removePastAward(db, row.id)
    expect(await db.pastAwards.get(row.id)).toBeUndefined()
    await db.pastAwards.add({ ...row, id: 'from-decision', source: 'decision', proposalId: 'p1' })
    expect(await refusal(removePastAward(db, 'from-decision'))).toMatch(/Sửa quyết định/)
    expect(await db.pastAwards.get('from-decision')).toBeDefined()
  })
})

describe('a rename or merger typed by the secretary', () => {
  it('carries the predecessor’s awards into the successor’s history, once', async () => {
    const db = await seeded()
    await addPastAward(db, CLUSTER, {
      unitId: HOANG_MAI_QUAN,
      recipientName: 'Ủy ban MTTQ Việt Nam quận Hoàng Mai',
      year: 2023,
      title: 'Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội'
    })
    const event = {
      type: 'rename',
      date: '2025-07-01',
      fromUnitIds: [HOANG_MAI_QUAN],
      toUnitIds: [HOANG_MAI_PHUONG],
      basis: 'Nghị quyết số 1656/NQ-UBTVQH15'
    }
    // The sample already records this rename: removed first, the successor's history loses
    // the predecessor's awards; typed again, it has them back.
    await removeLineageEvent(db, 'v8-lineage-1')
    const without = awardHistory(
      HOANG_MAI_PHUONG,
      await db.pastAwards.toArray(),
      await db.unitLineageEvents.toArray()
    )
    expect(without).toEqual([])
    const saved = await recordLineageEvent(db, CLUSTER, event)
    const history = awardHistory(
      HOANG_MAI_PHUONG,
      await db.pastAwards.toArray(),
      await db.unitLineageEvents.toArray()
    )
    expect(history.map((h) => h.award.year)).toContain(2023)
    expect(history.find((h) => h.award.year === 2023)!.via).toMatch(/đổi tên ngày 01\/07\/2025/)
    expect(await refusal(recordLineageEvent(db, CLUSTER, event))).toMatch(/đã được ghi/)
    await removeLineageEvent(db, saved.id)
    expect(await db.unitLineageEvents.get(saved.id)).toBeUndefined()
    expect(
      (await listAuditFor(db, 'unitLineageEvents', saved.id)).map((a) => a.action).sort()
    ).toEqual(['create', 'delete'])
  })

  it('is refused when its shape or its units are wrong', async () => {
    const db = await seeded()
    const before = await db.unitLineageEvents.count()
    const shape = await refusal(
      recordLineageEvent(db, CLUSTER, {
        type: 'merge',
        date: '2025-07-01',
        fromUnitIds: [HOANG_MAI_QUAN],
        toUnitIds: [HOANG_MAI_PHUONG]
      })
    )
    expect(shape).toMatch(/sáp nhập là nhiều đơn vị thành một/)
    const foreign = await refusal(
      recordLineageEvent(db, CLUSTER, {
        type: 'rename',
        date: '2025-07-01',
        fromUnitIds: [HOANG_MAI_QUAN],
        toUnitIds: ['not-ours']
      })
    )
    expect(foreign).toMatch(/phải là đơn vị của cụm/)
    expect(await db.unitLineageEvents.count()).toBe(before)
  })
})
