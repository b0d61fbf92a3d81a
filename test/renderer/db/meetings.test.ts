import { describe, expect, it } from 'vitest'
import { ValidationError } from '@core/model/validation'
import { generateMinutesBody } from '@core/documents/kinds/minutes'
import { todayIso } from '@core/text/dates'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import { listClusterYears } from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import {
  amendMinutes,
  currentMinutes,
  finaliseMinutes,
  loadMeeting,
  loadMeetingFacts,
  saveMeeting,
  saveMinutesBody,
  type MeetingInput
} from '../../../src/renderer/src/db/repositories/meetings-repo'
import { listDocuments } from '../../../src/renderer/src/db/repositories/documents-repo'
import {
  NOT_STORED,
  StaleRecordError,
  type SaveBase
} from '../../../src/renderer/src/db/concurrency'
import { readGeneration } from '../../../src/renderer/src/db/generation'
import type { OfficeDatabase } from '../../../src/renderer/src/db/database'
import { restoreHappened } from '../../helpers/restore-happened'
import { dumpDb, makeTestDb } from '../../helpers/test-db'
import { loadMeetingScreen } from '../../../src/renderer/src/db/queries/meeting-screen'
import { getFormatProfile } from '../../../src/renderer/src/db/repositories/profile-repo'

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
      secretary: { name: 'Trần Văn Ghi', position: '', unitId: '', personId: '' },
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

  it('refuses a date outside its cluster year and the years beside it, and writes nothing', async () => {
    const { db, input } = await setup()
    const before = await dumpDb(db)
    const base = input()
    expect(
      await issuesOf(
        saveMeeting(db, null, { ...base, meeting: { ...base.meeting, date: '2090-01-01' } })
      )
    ).toEqual([
      'Ngày họp: hội nghị của năm thi đua 2024 phải họp trong năm 2023, 2024 hoặc 2025, không phải năm 2090.'
    ])
    expect(await dumpDb(db)).toEqual(before)
    // A year-end review held in the January after its year is a usual one.
    await saveMeeting(db, null, { ...base, meeting: { ...base.meeting, date: '2025-01-08' } })
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
      'Biểu quyết 1 (“Suy tôn đơn vị dẫn đầu”): số phiếu thu vào (6) nhiều hơn số phiếu phát ra (5).',
      'Biểu quyết 1 (“Suy tôn đơn vị dẫn đầu”): phương án “Long Biên”: đồng ý (4) + không đồng ý (1) + để trống (0) = 5, phải bằng số phiếu hợp lệ (6).'
    ])
    expect(await dumpDb(db)).toEqual(before)
  })
})

describe('the walk of issue 10: figures that cannot be printed cannot be saved', () => {
  it('refuses twelve hands for six units (“12 phiếu, 200,00%”) and nine ballots for six units (“4/9 phiếu, 66,67% — Đạt”)', async () => {
    const { db, year, input } = await setup()
    const before = await dumpDb(db)
    const base = input()
    const hands = {
      ...base.votes[0]!,
      method: 'show-of-hands' as const,
      electors: 0,
      ballotsIssued: 0,
      ballotsReturned: 0,
      ballotsValid: 0,
      options: [
        { label: 'Long Biên', unitId: year.leaderUnitId, inFavour: 12, against: 0, abstain: 0 }
      ]
    }
    const nine = {
      ...base.votes[0]!,
      electors: 9,
      ballotsIssued: 9,
      ballotsReturned: 9,
      ballotsValid: 9,
      options: [
        { label: 'Long Biên', unitId: year.leaderUnitId, inFavour: 4, against: 5, abstain: 0 }
      ]
    }
    const error = (await saveMeeting(db, null, { ...base, votes: [hands, nine] }).catch(
      (e) => e
    )) as ValidationError
    expect(error.issues).toEqual([
      {
        field: 'votes.0.options.0',
        message:
          'Biểu quyết 1 (“Suy tôn đơn vị dẫn đầu”): phương án “Long Biên”: đồng ý (12) + không đồng ý (0) + không biểu quyết (0) = 12, phải bằng số đơn vị biểu quyết (5).'
      },
      {
        field: 'votes.1.electors',
        message:
          'Biểu quyết 2 (“Suy tôn đơn vị dẫn đầu”): biểu quyết theo đơn vị (mỗi đơn vị một phiếu) nên số có quyền biểu quyết (9) không thể nhiều hơn số đơn vị thành viên (6).'
      },
      {
        field: 'votes.1.ballotsIssued',
        message:
          'Biểu quyết 2 (“Suy tôn đơn vị dẫn đầu”): số phiếu phát ra (9) nhiều hơn số đơn vị có mặt (5); mỗi đơn vị có mặt chỉ nhận một phiếu.'
      }
    ])
    expect(await dumpDb(db)).toEqual(before)
  })

  it('stores each vote with a copy of its rule, which a later change of the cluster’s rule does not rewrite', async () => {
    const { db, cluster, input } = await setup()
    const meeting = await saveMeeting(db, null, input())
    const [taken] = (await loadMeeting(db, meeting.id))!.votes
    expect(taken!.rule).toMatchObject({
      electorBasis: 'unit',
      denominator: 'members',
      thresholdNum: 1,
      thresholdDen: 2,
      comparison: 'more-than'
    })
    await db.clusters.update(cluster.id, {
      rules: {
        ...cluster.rules,
        voteRules: {
          other: { ...taken!.rule!, thresholdNum: 4, thresholdDen: 5, comparison: 'at-least' }
        }
      }
    })
    const base = input()
    const again = await saveMeeting(db, meeting.id, {
      ...base,
      votes: [
        { ...base.votes[0]!, id: taken!.id },
        { ...base.votes[0]!, subject: 'Thông qua biên bản', options: [] }
      ]
    })
    const votes = (await loadMeeting(db, again.id))!.votes
    expect(votes[0]!.rule!.thresholdDen).toBe(2)
    expect(votes[1]!.rule).toMatchObject({ thresholdNum: 4, thresholdDen: 5 })
  })
})

describe('minutes lifecycle', () => {
  it('refuses to finalise while a fact is blank or a placeholder is left, naming each — and numbers nothing', async () => {
    const { db, input } = await setup()
    const base = input()
    const meeting = await saveMeeting(db, null, {
      ...base,
      meeting: { ...base.meeting, place: '', secretary: { ...base.meeting.secretary, name: '' } }
    })
    const error = (await finaliseMinutes(db, meeting.id).catch((e) => e)) as ValidationError
    expect(error.issues.map((i) => [i.field, (i as { line?: number }).line])).toEqual([
      ['place', undefined],
      ['secretary.name', undefined],
      ['body', 3],
      ['body', 14]
    ])
    await saveMeeting(db, meeting.id, input())
    const text = (await loadMeetingFacts(db, meeting.id))!
    await saveMinutesBody(db, meeting.id, generateMinutesBody(text).replace('cùng ngày.', 'ngày …'))
    expect(await issuesOf(finaliseMinutes(db, meeting.id))).toEqual([
      'Nội dung biên bản, dòng 19: còn chỗ “…” chưa điền (“Hội nghị kết thúc vào hồi 11 giờ 00 phút ngày …”).'
    ])
    expect(await db.documents.count()).toBe(0)
    expect((await db.meetings.get(meeting.id))!.status).toBe('draft')
  })

  it('finalising numbers the minutes 01/BB, freezes the text and locks the meeting', async () => {
    const { db, input } = await setup()
    const meeting = await saveMeeting(db, null, input())
    const minutes = await finaliseMinutes(db, meeting.id)
    expect(minutes.status).toBe('finalised')
    expect(minutes.body).toContain('Có mặt: 5/6 đơn vị')
    const [record] = (
      await listDocuments(db, (await db.clusterYears.get(meeting.clusterYearId))!.clusterId)
    ).filter((r) => r.typeCode === 'BB')
    expect(record).toMatchObject({
      number: 1,
      symbol: '01/BB-CTĐ1',
      year: 2024,
      issuedOn: '2024-11-01',
      signer: 'Nguyễn Văn Chủ',
      copies: 2
    })
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
    // The correction is dated the day it is finalised, and numbered in that year's series.
    const entries = (await db.documents.toArray()).filter((r) => r.typeCode === 'BB')
    expect(entries.map((r) => `${r.issuedOn}:${r.number}`).sort()).toEqual(
      ['2024-11-01:1', `${todayIso()}:1`].sort()
    )
    expect((await currentMinutes(db, meeting.id))!.id).toBe(corrected.id)
    expect((await db.documents.get(corrected.documentId))!.issuedOn).toBe(todayIso())
  })
})

describe('the minutes text edited in two windows (issue 16, point 2)', () => {
  /** What the minutes editor remembers when it opens: the draft minutes row, or none yet. */
  async function openText(db: OfficeDatabase, meetingId: string): Promise<SaveBase> {
    const row = (await db.minutes.where('meetingId').equals(meetingId).toArray()).find(
      (m) => m.status === 'draft'
    )
    return { updatedAt: row?.updatedAt ?? NOT_STORED, generation: await readGeneration(db) }
  }

  async function staleReason(promise: Promise<unknown>) {
    const error = await promise.catch((e) => e)
    expect(error).toBeInstanceOf(StaleRecordError)
    return (error as StaleRecordError).reason
  }

  it('refuses the second of two texts typed on the generated one, writing nothing', async () => {
    const { db, input } = await setup()
    const meeting = await saveMeeting(db, null, input())
    const a = await openText(db, meeting.id)
    const b = await openText(db, meeting.id)
    await saveMinutesBody(db, meeting.id, 'Văn bản của cửa sổ A', a)
    const after = await dumpDb(db)
    expect(await staleReason(saveMinutesBody(db, meeting.id, 'Văn bản của cửa sổ B', b))).toBe(
      'changed'
    )
    expect(await dumpDb(db)).toEqual(after)
    expect((await currentMinutes(db, meeting.id))!.body).toBe('Văn bản của cửa sổ A')
  })

  it('refuses a text saved over one changed since, and saves once started from the new one', async () => {
    const { db, input } = await setup()
    const meeting = await saveMeeting(db, null, input())
    await saveMinutesBody(db, meeting.id, 'Bản đầu')
    const a = await openText(db, meeting.id)
    const b = await openText(db, meeting.id)
    const saved = await saveMinutesBody(db, meeting.id, 'Bản A', a)
    expect(await staleReason(saveMinutesBody(db, meeting.id, 'Bản B', b))).toBe('changed')
    // "Vẫn lưu bản của tôi" after comparing: the save starts from the text stored now.
    await saveMinutesBody(db, meeting.id, 'Bản B', { ...b, updatedAt: saved.updatedAt })
    expect((await currentMinutes(db, meeting.id))!.body).toBe('Bản B')
  })

  it('refuses a text typed before a restore, leaving the restored data as it is', async () => {
    const { db, input } = await setup()
    const meeting = await saveMeeting(db, null, input())
    const a = await openText(db, meeting.id)
    await restoreHappened(db)
    const restored = await dumpDb(db)
    expect(await staleReason(saveMinutesBody(db, meeting.id, 'cũ', a))).toBe('restored')
    expect(await dumpDb(db)).toEqual(restored)
  })

  it('numbers nothing when the text changed after the editor saved it', async () => {
    const { db, input } = await setup()
    const meeting = await saveMeeting(db, null, input())
    const text = generateMinutesBody((await loadMeetingFacts(db, meeting.id))!)
    const mine = await saveMinutesBody(db, meeting.id, text, await openText(db, meeting.id))
    const base = { updatedAt: mine.updatedAt, generation: await readGeneration(db) }
    await saveMinutesBody(db, meeting.id, text.replace('Quận Long Biên', 'Hội trường B'))
    expect(await staleReason(finaliseMinutes(db, meeting.id, base))).toBe('changed')
    expect(await db.documents.count()).toBe(0)
    expect((await db.meetings.get(meeting.id))!.status).toBe('draft')
    const done = await finaliseMinutes(db, meeting.id, await openText(db, meeting.id))
    expect(done.body).toContain('Hội trường B')
  })
})

describe('a meeting’s screen, minutes included, read in one round', () => {
  it('carries the facts, the profile and the numbers its minutes show', async () => {
    const { db, cluster, input } = await setup()
    const meeting = await saveMeeting(db, null, input())
    const minutes = await finaliseMinutes(db, meeting.id)
    const screen = await loadMeetingScreen(db, meeting.id)
    expect(screen.record?.meeting).toEqual(await db.meetings.get(meeting.id))
    expect(screen.record?.minutes).toEqual([minutes])
    expect(screen.minutes?.facts).toEqual(await loadMeetingFacts(db, meeting.id))
    expect(screen.minutes?.profile).toEqual(await getFormatProfile(db, cluster.id))
    expect(screen.minutes?.register).toEqual([await db.documents.get(minutes.documentId)])
  })
})
