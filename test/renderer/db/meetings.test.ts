import { describe, expect, it } from 'vitest'
import { ValidationError } from '@core/model/validation'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import { listClusterYears } from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import {
  amendMinutes,
  currentMinutes,
  finaliseMinutes,
  loadMeeting,
  saveMeeting,
  saveMinutesBody,
  type MeetingInput
} from '../../../src/renderer/src/db/repositories/meetings-repo'
import { listDocuments } from '../../../src/renderer/src/db/repositories/documents-repo'
import { dumpDb, makeTestDb } from '../../helpers/test-db'

async function setup() {
  const db = makeTestDb()
  const cluster = await loadSampleCluster(db)
  const year = (await listClusterYears(db, cluster.id)).find((y) => y.year === 2024)!
  const input = (over: Partial<MeetingInput> = {}): MeetingInput => ({
    meeting: {
      clusterYearId: year.id,
      type: 'year-end-review',
      title: 'Hội nghị tổng kết năm 2024',
      date: '2024-11-01',
      startTime: '08:30',
      endTime: '11:00',
      timeOfDay: '',
      place: 'Quận Long Biên',
      hostUnitId: year.leaderUnitId,
      chair: { name: 'Nguyễn Văn Chủ', position: 'Cụm trưởng', unitId: '', personId: '' },
      secretary: { name: '', position: '', unitId: '', personId: '' },
      agenda: [],
      conclusion: '',
      decisions: []
    },
    attendances: year.memberUnitIds.map((unitId, i) => ({
      unitId,
      status: i === 0 ? ('absent-excused' as const) : ('present' as const),
      reason: i === 0 ? 'Ốm' : '',
      representatives: []
    })),
    guests: [],
    remarks: [],
    votes: [
      {
        order: 0,
        subject: 'Suy tôn đơn vị dẫn đầu',
        method: 'secret-ballot',
        electors: 5,
        ballotsIssued: 5,
        ballotsReturned: 5,
        ballotsValid: 5,
        ballotsInvalid: 0,
        options: [
          { label: 'Long Biên', unitId: year.leaderUnitId, inFavour: 4, against: 1, abstain: 0 }
        ]
      }
    ],
    ...over
  })
  return { db, cluster, year, input }
}

async function issuesOf(promise: Promise<unknown>) {
  const error = await promise.catch((e) => e)
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).issues.map((i) => i.message)
}

describe('saveMeeting', () => {
  it('saves a meeting with its attendance and vote in one go', async () => {
    const { db, input } = await setup()
    const meeting = await saveMeeting(db, null, input())
    const record = await loadMeeting(db, meeting.id)
    expect(record!.attendances).toHaveLength(6)
    expect(record!.votes[0]!.options[0]!.inFavour).toBe(4)
  })

  it('refuses no date, no chair, an end before the start, more ballots returned than issued, an outsider — nothing written', async () => {
    const { db, input } = await setup()
    const before = await dumpDb(db)
    const base = input()
    const messages = await issuesOf(
      saveMeeting(db, null, {
        ...base,
        meeting: {
          ...base.meeting,
          date: '',
          endTime: '08:00',
          chair: { ...base.meeting.chair, name: '' }
        },
        attendances: [
          ...base.attendances,
          { unitId: 'khong-co', status: 'present', reason: '', representatives: [] }
        ],
        votes: [{ ...base.votes[0]!, ballotsReturned: 6, ballotsValid: 6 }]
      })
    )
    expect(messages).toEqual([
      'Ngày họp: chưa nhập ngày.',
      'Giờ kết thúc: phải sau giờ bắt đầu.',
      'Chủ trì: chưa ghi người chủ trì.',
      'Thành phần tham dự: có đơn vị không thuộc cụm trong năm 2024.',
      'Biểu quyết 1 (“Suy tôn đơn vị dẫn đầu”): số phiếu thu vào (6) nhiều hơn số phiếu phát ra (5).'
    ])
    expect(await dumpDb(db)).toEqual(before)
  })
})

describe('minutes lifecycle', () => {
  it('finalising numbers the minutes 01/BB, freezes the text and locks the meeting', async () => {
    const { db, input } = await setup()
    const meeting = await saveMeeting(db, null, input())
    const minutes = await finaliseMinutes(db, meeting.id)
    expect(minutes.status).toBe('finalised')
    expect(minutes.body).toContain('Có mặt: 5/6 đơn vị')
    const [record] = (
      await listDocuments(db, (await db.clusterYears.get(meeting.clusterYearId))!.clusterId)
    ).filter((r) => r.typeCode === 'BB')
    expect(record!.number).toBe(1)
    expect(await issuesOf(saveMeeting(db, meeting.id, input()))).toEqual([
      'Biên bản của hội nghị này đã hoàn tất nên không sửa được. Hãy bấm “Lập bản đính chính” để sửa, bản đã hoàn tất vẫn được giữ nguyên.'
    ])
    await expect(saveMinutesBody(db, meeting.id, 'x')).rejects.toBeInstanceOf(ValidationError)
  })

  it('a correction keeps the original and gets its own number', async () => {
    const { db, input } = await setup()
    const meeting = await saveMeeting(db, null, input())
    const original = await finaliseMinutes(db, meeting.id)
    const draft = await amendMinutes(db, meeting.id)
    expect(draft).toMatchObject({
      status: 'draft',
      amendsMinutesId: original.id,
      body: original.body
    })
    const base = input()
    await saveMeeting(db, meeting.id, { ...base, meeting: { ...base.meeting, endTime: '11:30' } })
    await saveMinutesBody(db, meeting.id, draft.body.replace('11 giờ 00 phút', '11 giờ 30 phút'))
    const corrected = await finaliseMinutes(db, meeting.id)
    expect(corrected.id).toBe(draft.id)
    expect((await db.minutes.get(original.id))!.body).toBe(original.body)
    const numbers = (await db.documents.toArray())
      .filter((r) => r.typeCode === 'BB')
      .map((r) => r.number)
      .sort()
    expect(numbers).toEqual([1, 2])
    expect((await currentMinutes(db, meeting.id))!.id).toBe(corrected.id)
  })
})
