import { describe, expect, it } from 'vitest'
import { newId } from '@core/model/ids'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import {
  listMemberUnits,
  listUnitPeople,
  loadMemberUnitRecord,
  saveMemberUnit,
  type UnitPersonInput
} from '../../../src/renderer/src/db/repositories/member-units-repo'
import {
  loadMeeting,
  meetingChildren,
  saveMeeting
} from '../../../src/renderer/src/db/repositories/meetings-repo'
import {
  listClusterYears,
  saveClusterYear
} from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import {
  createPact,
  listProgress,
  loadPactForYear,
  savePact,
  setProgress
} from '../../../src/renderer/src/db/repositories/pact-repo'
import { updateCluster } from '../../../src/renderer/src/db/repositories/clusters-repo'
import {
  formatProfileStamp,
  getFormatProfile,
  saveFormatProfile
} from '../../../src/renderer/src/db/repositories/profile-repo'
import {
  createComposition,
  updateComposition
} from '../../../src/renderer/src/db/repositories/compositions-repo'
import { StaleRecordError, type SaveBase } from '../../../src/renderer/src/db/concurrency'
import { readGeneration } from '../../../src/renderer/src/db/generation'
import type { OfficeDatabase } from '../../../src/renderer/src/db/database'
import {
  toForm,
  toSaveInput
} from '../../../src/renderer/src/features/member-units/member-unit-form'
import {
  toFormState,
  toMeetingInput
} from '../../../src/renderer/src/features/meetings/meeting-form'
import { emptyVote } from '../../../src/renderer/src/features/meetings/vote-form'
import { dumpDb, makeTestDb } from '../../helpers/test-db'
import { restoreHappened } from '../../helpers/restore-happened'

async function setup() {
  const db = makeTestDb()
  const cluster = await loadSampleCluster(db)
  return { db, cluster }
}

/** What a form remembers when it opens a unit. */
async function openUnit(db: OfficeDatabase, id: string) {
  const record = (await loadMemberUnitRecord(db, id))!
  const base: SaveBase = {
    updatedAt: record.unit.updatedAt,
    generation: await readGeneration(db),
    children: { people: record.people.map((p) => p.id) }
  }
  const { unit: fields, people } = toSaveInput(toForm(record.unit, record.people))
  return { base, fields, people }
}

const person = (fullName: string): UnitPersonInput => ({
  fullName,
  position: 'Phó Chủ tịch',
  role: 'vice-chair',
  phone: '',
  email: '',
  activeFrom: '',
  activeTo: ''
})

async function staleReason(promise: Promise<unknown>) {
  const error = await promise.catch((e) => e)
  expect(error).toBeInstanceOf(StaleRecordError)
  return (error as StaleRecordError).reason
}

describe('a unit edited in two windows', () => {
  it('refuses the second of two saves started from the same version, writing nothing', async () => {
    const { db, cluster } = await setup()
    const [unit] = await listMemberUnits(db, cluster.id)
    const a = await openUnit(db, unit!.id)
    const b = await openUnit(db, unit!.id)
    await saveMemberUnit(
      db,
      cluster.id,
      unit!.id,
      { ...a.fields, address: '1 Tôn Đức Thắng' },
      [...a.people, person('Lê Thị Mới')],
      a.base
    )
    const afterFirst = await dumpDb(db)
    expect(
      await staleReason(
        saveMemberUnit(
          db,
          cluster.id,
          unit!.id,
          { ...b.fields, phone: '024 3851 0000' },
          b.people,
          b.base
        )
      )
    ).toBe('changed')
    expect(await dumpDb(db)).toEqual(afterFirst)
    const people = await listUnitPeople(db, unit!.id)
    expect(people.map((p) => p.fullName)).toContain('Lê Thị Mới')
    expect((await db.memberUnits.get(unit!.id))!.address).toBe('1 Tôn Đức Thắng')
  })

  it('keeps a person added in another window when the secretary saves over that change', async () => {
    const { db, cluster } = await setup()
    const [unit] = await listMemberUnits(db, cluster.id)
    const a = await openUnit(db, unit!.id)
    const b = await openUnit(db, unit!.id)
    await saveMemberUnit(
      db,
      cluster.id,
      unit!.id,
      b.fields,
      [...b.people, person('Lê Thị Mới')],
      b.base
    )
    // Window A compared and chose "Vẫn lưu bản của tôi": it starts from the stored stamp, with
    // the people it opened with.
    const stored = (await db.memberUnits.get(unit!.id))!
    await saveMemberUnit(
      db,
      cluster.id,
      unit!.id,
      { ...a.fields, address: '5 Lý Thường Kiệt' },
      a.people,
      { ...a.base, updatedAt: stored.updatedAt }
    )
    const names = (await listUnitPeople(db, unit!.id)).map((p) => p.fullName)
    expect(names).toContain('Lê Thị Mới')
    expect(names).toHaveLength(a.people.length + 1)
    expect((await db.memberUnits.get(unit!.id))!.address).toBe('5 Lý Thường Kiệt')
  })

  it('deletes the person the secretary removed in the form, and only that one', async () => {
    const { db, cluster } = await setup()
    const [unit] = await listMemberUnits(db, cluster.id)
    await saveMemberUnit(db, cluster.id, unit!.id, (await openUnit(db, unit!.id)).fields, [
      ...(await openUnit(db, unit!.id)).people,
      person('Lê Thị Giữ'),
      person('Lê Thị Bỏ')
    ])
    const a = await openUnit(db, unit!.id)
    expect(a.people.length).toBeGreaterThan(1)
    const removed = a.people.find((p) => p.fullName === 'Lê Thị Bỏ')!
    await saveMemberUnit(
      db,
      cluster.id,
      unit!.id,
      a.fields,
      a.people.filter((p) => p !== removed),
      a.base
    )
    const ids = (await listUnitPeople(db, unit!.id)).map((p) => p.id)
    expect(ids).not.toContain(removed.id)
    expect(ids).toEqual(a.people.filter((p) => p !== removed).map((p) => p.id))
  })

  it('refuses a form opened before a restore, leaving the restored data as it is', async () => {
    const { db, cluster } = await setup()
    const [unit] = await listMemberUnits(db, cluster.id)
    const a = await openUnit(db, unit!.id)
    await restoreHappened(db)
    const restored = await dumpDb(db)
    expect(
      await staleReason(
        saveMemberUnit(db, cluster.id, unit!.id, { ...a.fields, address: 'cũ' }, [], a.base)
      )
    ).toBe('restored')
    expect(await dumpDb(db)).toEqual(restored)
  })

  it('says so in Vietnamese, offering to compare or reload', async () => {
    const { db, cluster } = await setup()
    const [unit] = await listMemberUnits(db, cluster.id)
    const a = await openUnit(db, unit!.id)
    await saveMemberUnit(db, cluster.id, unit!.id, a.fields, a.people, a.base)
    const error = await saveMemberUnit(db, cluster.id, unit!.id, a.fields, a.people, a.base).then(
      () => expect.fail('saved'),
      (e: unknown) => e as StaleRecordError
    )
    expect(error.issues[0]!.message).toMatch(/vừa được thay đổi ở cửa sổ khác.*So sánh.*Tải lại/)
  })
})

describe('a meeting edited in two windows', () => {
  /** What the meeting form starts from, and its input as the editor builds it. */
  async function openMeeting(db: OfficeDatabase, id: string) {
    const record = (await loadMeeting(db, id))!
    const base: SaveBase = {
      updatedAt: record.meeting.updatedAt,
      generation: await readGeneration(db),
      children: meetingChildren(record)
    }
    const year = (await db.clusterYears.get(record.meeting.clusterYearId))!
    const cluster = (await db.clusters.get(year.clusterId))!
    const input = toMeetingInput(toFormState(record, year, cluster.rules), year)
    return { base, input, record }
  }

  /** A meeting of 2024 with two votes, as the secretary would have saved it. */
  async function sampleMeeting(db: OfficeDatabase) {
    const cluster = (await db.clusters.toArray())[0]!
    const year = (await listClusterYears(db, cluster.id)).find((y) => y.year === 2024)!
    const form = toFormState(null, year, cluster.rules)
    const vote = (subject: string) => ({
      ...emptyVote(cluster.rules),
      subject,
      options: [{ ...emptyVote(cluster.rules).options[0]!, label: 'Tán thành' }]
    })
    const meeting = await saveMeeting(
      db,
      null,
      toMeetingInput(
        {
          ...form,
          title: 'Hội nghị tổng kết năm 2024',
          date: '2024-11-01',
          startTime: '08:30',
          endTime: '11:00',
          chairName: 'Nguyễn Văn Chủ',
          secretaryName: 'Trần Văn Ghi',
          votes: [vote('Thông qua chương trình'), vote('Thông qua kết luận')]
        },
        year
      )
    )
    return meeting.id
  }

  it('refuses the second stale save and keeps the guest the first one added', async () => {
    const { db } = await setup()
    const id = await sampleMeeting(db)
    const a = await openMeeting(db, id)
    const b = await openMeeting(db, id)
    await saveMeeting(
      db,
      id,
      {
        ...a.input,
        guests: [
          ...a.input.guests,
          { name: 'Đồng chí Khách', title: 'Thành ủy', role: 'guest', order: 0 }
        ]
      },
      a.base
    )
    const afterFirst = await dumpDb(db)
    expect(await staleReason(saveMeeting(db, id, b.input, b.base))).toBe('changed')
    expect(await dumpDb(db)).toEqual(afterFirst)
    // Saving over the change (after comparing) keeps the guest added in the other window.
    const stored = (await db.meetings.get(id))!
    await saveMeeting(
      db,
      id,
      { ...b.input, meeting: { ...b.input.meeting, place: 'Hội trường B' } },
      { ...b.base, updatedAt: stored.updatedAt }
    )
    const after = (await loadMeeting(db, id))!
    expect(after.guests.map((g) => g.name)).toContain('Đồng chí Khách')
    expect(after.meeting.place).toBe('Hội trường B')
    expect(after.attendances.map((r) => r.id).sort()).toEqual(
      a.record.attendances.map((r) => r.id).sort()
    )
  })

  it('deletes the vote removed in the form, keeps the others with their ids', async () => {
    const { db } = await setup()
    const id = await sampleMeeting(db)
    const a = await openMeeting(db, id)
    if (a.input.votes.length === 0) return expect.fail('the sample meeting has no vote')
    const [dropped, ...kept] = a.input.votes
    await saveMeeting(db, id, { ...a.input, votes: kept }, a.base)
    const after = (await loadMeeting(db, id))!
    expect(after.votes.map((v) => v.id)).toEqual(kept.map((v) => v.id))
    expect(after.votes.map((v) => v.id)).not.toContain(dropped!.id)
  })

  it('refuses a meeting form opened before a restore', async () => {
    const { db } = await setup()
    const id = await sampleMeeting(db)
    const a = await openMeeting(db, id)
    await restoreHappened(db)
    expect(await staleReason(saveMeeting(db, id, a.input, a.base))).toBe('restored')
  })
})

describe('a pact edited in two windows', () => {
  it('deletes the commitment (and its tracking) removed here, keeps the one added elsewhere', async () => {
    const { db, cluster } = await setup()
    const years = await listClusterYears(db, cluster.id)
    const from = years.find((y) => y.year === 2020)!
    const year = years.find((y) => y.year === 2024)!
    const source = (await loadPactForYear(db, from.id))!
    await createPact(db, year.id, source.pact.id)
    const opened = (await loadPactForYear(db, year.id))!
    const base: SaveBase = {
      updatedAt: opened.pact.updatedAt,
      generation: await readGeneration(db),
      children: {
        commitments: opened.commitments.map((c) => c.id),
        criteria: opened.criteria.map((c) => c.id)
      }
    }
    const input = {
      pact: opened.pact,
      commitments: opened.commitments,
      criteria: opened.criteria
    }
    const leaf = opened.commitments.find(
      (c) => !opened.commitments.some((o) => o.parentId === c.id)
    )!
    await setProgress(db, leaf.id, year.memberUnitIds[0]!, {
      status: 'in-progress',
      evidence: 'Đã triển khai',
      updatedOn: '2024-06-30'
    })
    // Another window adds a commitment and saves.
    const added = { id: newId(), parentId: '', order: 99, text: 'Nội dung thêm ở cửa sổ khác' }
    await savePact(
      db,
      opened.pact.id,
      { ...input, commitments: [...input.commitments, added] },
      '',
      base
    )
    // This window removes one commitment: refused first, then saved over the change.
    const mine = { ...input, commitments: input.commitments.filter((c) => c.id !== leaf.id) }
    expect(await staleReason(savePact(db, opened.pact.id, mine, '', base))).toBe('changed')
    const stored = (await db.pacts.get(opened.pact.id))!
    await savePact(db, opened.pact.id, mine, '', { ...base, updatedAt: stored.updatedAt })
    const after = (await loadPactForYear(db, year.id))!
    const ids = after.commitments.map((c) => c.id)
    expect(ids).toContain(added.id)
    expect(ids).not.toContain(leaf.id)
    expect(ids).toHaveLength(opened.commitments.length)
    expect(await listProgress(db, [leaf.id])).toEqual([])
  })
})

describe('the other forms refuse a stale save', () => {
  it('a year, a pact, the cluster, the format profile and a composition', async () => {
    const { db, cluster } = await setup()
    const generation = await readGeneration(db)
    const [year] = await listClusterYears(db, cluster.id)
    const yearBase = { updatedAt: year!.updatedAt, generation }
    const yearInput = {
      year: year!.year,
      memberUnitIds: year!.memberUnitIds,
      leaderUnitId: year!.leaderUnitId,
      deputyUnitId: year!.deputyUnitId,
      leaderSignerId: year!.leaderSignerId,
      deputySignerId: year!.deputySignerId,
      note: 'ghi chú'
    }
    await saveClusterYear(db, cluster.id, year!.id, yearInput, yearBase)
    expect(await staleReason(saveClusterYear(db, cluster.id, year!.id, yearInput, yearBase))).toBe(
      'changed'
    )

    let record = null
    for (const y of await listClusterYears(db, cluster.id))
      record = record ?? (await loadPactForYear(db, y.id))
    expect(record).not.toBeNull()
    await db.pacts.update(record!.pact.id, { status: 'draft' })
    const pactBase = { updatedAt: record!.pact.updatedAt, generation }
    const pactInput = {
      pact: record!.pact,
      commitments: record!.commitments,
      criteria: record!.criteria
    }
    await savePact(db, record!.pact.id, pactInput, '', pactBase)
    expect(await staleReason(savePact(db, record!.pact.id, pactInput, '', pactBase))).toBe(
      'changed'
    )

    const clusterBase = { updatedAt: cluster.updatedAt, generation }
    await updateCluster(db, cluster.id, { ...cluster, name: 'Cụm số 1' }, clusterBase)
    expect(
      await staleReason(
        updateCluster(db, cluster.id, { ...cluster, name: 'Cụm số 2' }, clusterBase)
      )
    ).toBe('changed')

    const profileBase = { updatedAt: await formatProfileStamp(db, cluster.id), generation }
    const profile = await getFormatProfile(db, cluster.id)
    await saveFormatProfile(db, cluster.id, profile, profileBase)
    expect(await staleReason(saveFormatProfile(db, cluster.id, profile, profileBase))).toBe(
      'changed'
    )

    const input = {
      clusterId: cluster.id,
      kind: 'notice' as const,
      year: 2026,
      summary: 'Lịch họp tháng 12',
      basis: [],
      body: 'Nội dung',
      scheduleRows: [],
      issuedOn: '',
      signerTitleLines: [],
      signerName: '',
      recipients: ['Lưu: VT'],
      issuer: 'cluster' as const
    }
    const composition = await createComposition(db, input)
    const compBase = { updatedAt: composition.updatedAt, generation }
    await new Promise((r) => setTimeout(r, 2))
    await updateComposition(db, composition.id, { ...input, summary: 'Lịch họp 1' }, compBase)
    expect(
      await staleReason(
        updateComposition(db, composition.id, { ...input, summary: 'Lịch họp 2' }, compBase)
      )
    ).toBe('changed')
  })
})
