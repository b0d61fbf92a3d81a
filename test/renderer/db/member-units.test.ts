import { describe, expect, it } from 'vitest'
import { ValidationError } from '@core/model/validation'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import {
  deleteMemberUnit,
  listMemberUnits,
  listUnitPeople,
  saveMemberUnit,
  type MemberUnitInput
} from '../../../src/renderer/src/db/repositories/member-units-repo'
import {
  listClusterYears,
  planNextYear,
  saveClusterYear
} from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import { listAuditFor } from '../../../src/renderer/src/db/repositories/audit'
import { dumpDb, makeTestDb } from '../../helpers/test-db'

const ward = (over: Partial<MemberUnitInput> = {}): MemberUnitInput => ({
  name: 'Ủy ban MTTQ Việt Nam phường Hoàn Kiếm',
  shortName: 'Phường Hoàn Kiếm',
  headerLines: [],
  placeName: 'Hoàn Kiếm',
  address: '',
  phone: '024 3825 1234',
  email: '',
  activeFrom: '2025-07-01',
  activeTo: '',
  note: '',
  ...over
})

async function setup() {
  const db = makeTestDb()
  const cluster = await loadSampleCluster(db)
  return { db, cluster }
}

async function issuesOf(promise: Promise<unknown>) {
  const error = await promise.catch((e) => e)
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).issues.map((i) => i.message)
}

describe('saveMemberUnit', () => {
  it('adds a ward with its chairman, at the end of the list and of the rotation, with an audit entry', async () => {
    const { db, cluster } = await setup()
    const unit = await saveMemberUnit(db, cluster.id, null, ward(), [
      {
        fullName: 'Nguye\u0302\u0303n Văn An',
        position: 'Chủ tịch',
        role: 'chair',
        phone: '',
        email: '',
        activeFrom: '',
        activeTo: ''
      }
    ])
    const units = await listMemberUnits(db, cluster.id)
    expect(units.at(-1)!.id).toBe(unit.id)
    expect(unit.displayOrder).toBe(7)
    const [chair] = await listUnitPeople(db, unit.id)
    expect(chair!.fullName).toBe('Nguyễn Văn An')
    expect((await db.clusters.get(cluster.id))!.rotationOrder.at(-1)).toBe(unit.id)
    expect((await listAuditFor(db, 'memberUnits', unit.id))[0]!.summary).toBe(
      'Thêm đơn vị: Ủy ban MTTQ Việt Nam phường Hoàn Kiếm'
    )
  })

  it('refuses an empty name, a duplicate typed with other tone placement, and bad contacts, changing nothing', async () => {
    const { db, cluster } = await setup()
    const before = await dumpDb(db)
    expect(await issuesOf(saveMemberUnit(db, cluster.id, null, ward({ name: '  ' }), []))).toEqual([
      'Tên đơn vị: không được để trống.'
    ])
    await saveMemberUnit(
      db,
      cluster.id,
      null,
      ward({ name: 'Ủy ban MTTQ Việt Nam phường Hòa Bình', shortName: 'Hòa Bình' }),
      []
    )
    const afterFirst = await dumpDb(db)
    expect(
      await issuesOf(
        saveMemberUnit(
          db,
          cluster.id,
          null,
          ward({ name: 'Ủy ban MTTQ Việt Nam phường Hoà Bình', shortName: 'Hoà Bình' }),
          []
        )
      )
    ).toEqual([
      'Tên đơn vị: trùng với đơn vị đã có “Ủy ban MTTQ Việt Nam phường Hòa Bình”.',
      'Tên ngắn: trùng với đơn vị đã có “Ủy ban MTTQ Việt Nam phường Hòa Bình”.'
    ])
    expect(
      await issuesOf(
        saveMemberUnit(
          db,
          cluster.id,
          null,
          ward({ name: 'Phường mới', shortName: '', phone: 'abc' }),
          [
            {
              fullName: '',
              position: '',
              role: 'chair',
              phone: '',
              email: 'khong-phai-email',
              activeFrom: '',
              activeTo: ''
            }
          ]
        )
      )
    ).toEqual([
      'Số điện thoại không hợp lệ (8–15 chữ số, ví dụ 024 3825 1234).',
      'Họ và tên: không được để trống.',
      'Thư điện tử không hợp lệ (ví dụ vanphong@mttq.hanoi.gov.vn).'
    ])
    expect(await dumpDb(db)).toEqual(afterFirst)
    expect(afterFirst['memberUnits']!.length).toBe(before['memberUnits']!.length + 1)
  })

  it('ends a district instead of deleting it; deleting is refused while history names it', async () => {
    const { db, cluster } = await setup()
    const [dongDa] = await listMemberUnits(db, cluster.id)
    expect(await issuesOf(deleteMemberUnit(db, dongDa!.id))).toEqual([
      'Không xóa được “Ủy ban MTTQ Việt Nam quận Đống Đa” vì đơn vị còn có trong: thành viên các năm 2020, 2024; 2 lượt dự họp; đăng cai 1 hội nghị. Hãy ghi ngày kết thúc tham gia thay vì xóa.'
    ])
    const {
      name,
      shortName,
      headerLines,
      placeName,
      address,
      phone,
      email,
      activeFrom,
      activeTo,
      note
    } = dongDa!
    await saveMemberUnit(
      db,
      cluster.id,
      dongDa!.id,
      {
        name,
        shortName,
        headerLines,
        placeName,
        address,
        phone,
        email,
        activeFrom,
        activeTo,
        note
      },
      []
    )
    await saveMemberUnit(
      db,
      cluster.id,
      dongDa!.id,
      {
        name: 'Ủy ban MTTQ Việt Nam phường Đống Đa mới',
        shortName,
        headerLines,
        placeName,
        address,
        phone,
        email,
        activeFrom,
        activeTo,
        note
      },
      []
    )
    const year2020 = (await listClusterYears(db, cluster.id)).find((y) => y.year === 2020)!
    expect(year2020.unitNames[dongDa!.id]).toBe('Ủy ban MTTQ Việt Nam quận Đống Đa')
  })

  it('deletes a unit nothing refers to, with its people', async () => {
    const { db, cluster } = await setup()
    const unit = await saveMemberUnit(db, cluster.id, null, ward(), [
      {
        fullName: 'Trần Thị Bình',
        position: '',
        role: 'other',
        phone: '',
        email: '',
        activeFrom: '',
        activeTo: ''
      }
    ])
    await deleteMemberUnit(db, unit.id)
    expect(await db.memberUnits.get(unit.id)).toBeUndefined()
    expect(await db.unitPeople.where('unitId').equals(unit.id).count()).toBe(0)
    expect((await db.clusters.get(cluster.id))!.rotationOrder).not.toContain(unit.id)
  })
})

describe('cluster years', () => {
  it('plans 2026 after the districts ended: only units active in 2026, leader and deputy by rotation', async () => {
    const { db, cluster } = await setup()
    const a = await saveMemberUnit(db, cluster.id, null, ward(), [])
    const b = await saveMemberUnit(
      db,
      cluster.id,
      null,
      ward({ name: 'Ủy ban MTTQ Việt Nam phường Ba Đình', shortName: 'Phường Ba Đình' }),
      []
    )
    const plan = await planNextYear(db, cluster.id)
    expect(plan).toMatchObject({ year: 2025 })
    const saved2025 = await saveClusterYear(db, cluster.id, null, plan)
    expect(saved2025.memberUnitIds).toHaveLength(8)
    const plan2026 = await planNextYear(db, cluster.id)
    expect(plan2026.year).toBe(2026)
    expect(plan2026.memberUnitIds).toEqual([a.id, b.id])
    expect([plan2026.leaderUnitId, plan2026.deputyUnitId].sort()).toEqual([a.id, b.id].sort())
    const saved = await saveClusterYear(db, cluster.id, null, plan2026)
    expect(saved.unitNames[a.id]).toBe('Ủy ban MTTQ Việt Nam phường Hoàn Kiếm')
  })

  it('refuses a second row for the same year, a leader who is not a member, the same unit twice', async () => {
    const { db, cluster } = await setup()
    const years = await listClusterYears(db, cluster.id)
    const y2024 = years[0]!
    const before = await dumpDb(db)
    expect(await issuesOf(saveClusterYear(db, cluster.id, null, { ...y2024, year: 2020 }))).toEqual(
      ['Năm: năm 2020 đã có trong danh sách.']
    )
    expect(
      await issuesOf(
        saveClusterYear(db, cluster.id, y2024.id, {
          ...y2024,
          memberUnitIds: y2024.memberUnitIds.slice(1),
          leaderUnitId: y2024.memberUnitIds[0]!,
          deputyUnitId: y2024.memberUnitIds[0]!
        })
      )
    ).toEqual([
      'Cụm trưởng: phải là đơn vị tham gia năm đó.',
      'Cụm phó: phải là đơn vị tham gia năm đó.',
      'Cụm phó: không được trùng với cụm trưởng.'
    ])
    expect(await dumpDb(db)).toEqual(before)
  })
})
