import { afterEach, describe, expect, it, vi } from 'vitest'
import { ValidationError } from '@core/model/validation'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import {
  issueDocumentNumber,
  listDocuments,
  listRegister,
  voidDocumentNumber
} from '../../../src/renderer/src/db/repositories/documents-repo'
import { listAuditFor } from '../../../src/renderer/src/db/repositories/audit'
import { registerCsv } from '@core/rules/register'
import {
  createComposition,
  updateComposition,
  listCompositions
} from '../../../src/renderer/src/db/repositories/compositions-repo'
import {
  getFormatProfile,
  saveFormatProfile
} from '../../../src/renderer/src/db/repositories/profile-repo'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import { dumpDb, makeTestDb } from '../../helpers/test-db'
import {
  loadCompositionsWithNumbers,
  loadDocumentsScreen,
  loadRegisterView
} from '../../../src/renderer/src/db/queries/documents-screen'

const request = (
  clusterId: string,
  sourceId: string,
  typeCode = 'TB',
  issuedOn = '2026-03-02'
) => ({
  clusterId,
  year: Number(issuedOn.slice(0, 4)),
  typeCode,
  title: 'Thông báo thử',
  issuedOn,
  fileName: (n: number) => `Thông báo ${n}.docx`,
  sourceTable: 'test',
  sourceId
})

describe('document register', () => {
  it('numbers each type from 1 per year of the document’s date, and re-issuing keeps the number', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const a = await issueDocumentNumber(db, request(cluster.id, 'a'))
    const b = await issueDocumentNumber(db, request(cluster.id, 'b'))
    const plan = await issueDocumentNumber(db, request(cluster.id, 'c', 'KH'))
    const nextYear = await issueDocumentNumber(db, request(cluster.id, 'd', 'TB', '2027-01-04'))
    expect([a.number, b.number, plan.number, nextYear.number]).toEqual([1, 2, 1, 1])
    expect([a.symbol, plan.symbol, nextYear.year]).toEqual(['01/TB-CTĐ1', '01/KH-CTĐ1', 2027])
    const again = await issueDocumentNumber(db, { ...request(cluster.id, 'a'), title: 'Đã sửa' })
    expect(again).toMatchObject({
      id: a.id,
      number: 1,
      title: 'Đã sửa',
      fileName: 'Thông báo 1.docx'
    })
    expect(await listDocuments(db, cluster.id)).toHaveLength(4)
  })

  it('never stores two documents with the same number, type and year', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const first = await issueDocumentNumber(db, request(cluster.id, 'a'))
    await expect(db.documents.add({ ...first, id: 'other', sourceId: 'z' })).rejects.toThrow()
  })

  it('numbers all types in one series when the cluster keeps one', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    await db.clusters.update(cluster.id, {
      rules: { ...cluster.rules, register: { ...cluster.rules.register, series: 'single' } }
    })
    const numbers = []
    for (const [id, type] of [
      ['a', 'TB'],
      ['b', 'KH'],
      ['c', 'BB'],
      ['d', 'TB']
    ] as const)
      numbers.push((await issueDocumentNumber(db, request(cluster.id, id, type))).symbol)
    expect(numbers).toEqual(['01/TB-CTĐ1', '02/KH-CTĐ1', '03/BB-CTĐ1', '04/TB-CTĐ1'])
  })

  it('voids a wrong number with its reason and never gives it again', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const a = await issueDocumentNumber(db, request(cluster.id, 'a'))
    const b = await issueDocumentNumber(db, request(cluster.id, 'b'))
    const refused = await voidDocumentNumber(db, b.id, ' ').catch((e) => e)
    expect((refused as ValidationError).issues).toEqual([
      {
        field: 'voidReason',
        message: 'Lý do hủy số: hãy ghi rõ vì sao số này cấp nhầm (ít nhất 5 ký tự).'
      }
    ])
    const voided = await voidDocumentNumber(db, b.id, 'Cấp nhầm cho bản nháp')
    expect(voided).toMatchObject({ status: 'voided', voidReason: 'Cấp nhầm cho bản nháp' })
    await expect(voidDocumentNumber(db, b.id, 'Lần nữa thử')).rejects.toBeInstanceOf(
      ValidationError
    )
    const c = await issueDocumentNumber(db, request(cluster.id, 'c'))
    const bAgain = await issueDocumentNumber(db, request(cluster.id, 'b'))
    expect([a.number, c.number, bAgain.number]).toEqual([1, 3, 4])
    const register = await listRegister(db, cluster.id, { year: 2026, typeCode: 'TB' })
    expect(register.entries.map((e) => [e.number, e.status])).toEqual([
      [1, 'issued'],
      [2, 'voided'],
      [3, 'issued'],
      [4, 'issued']
    ])
    expect(
      (await listRegister(db, cluster.id, { withVoided: false })).entries.map((e) => e.number)
    ).toEqual([1, 3, 4])
    const audit = await listAuditFor(db, 'documents', b.id)
    expect(audit.map((a) => a.summary)).toContain('Hủy số 02/TB-CTĐ1: Cấp nhầm cho bản nháp')
  })

  it('filters the register by year and type, and lists the years and types it holds', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    await issueDocumentNumber(db, request(cluster.id, 'a', 'TB', '2025-12-30'))
    await issueDocumentNumber(db, request(cluster.id, 'b', 'BB', '2026-01-02'))
    await issueDocumentNumber(db, request(cluster.id, 'c', 'TB', '2026-01-05'))
    const all = await listRegister(db, cluster.id)
    expect(all.years).toEqual([2026, 2025])
    expect(all.types).toEqual(['BB', 'TB'])
    expect(
      (await listRegister(db, cluster.id, { year: 2026 })).entries.map((e) => e.symbol)
    ).toEqual(['01/BB-CTĐ1', '01/TB-CTĐ1'])
    expect(
      (await listRegister(db, cluster.id, { typeCode: 'TB' })).entries.map((e) => e.issuedOn)
    ).toEqual(['2025-12-30', '2026-01-05'])
  })
})

describe('register dates: the document’s own date, never the day of export', () => {
  afterEach(() => vi.useRealTimers())

  it('a composition is entered with its date of issue, whatever the day it is exported', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const plan = (await listCompositions(db, cluster.id)).find((c) => c.kind === 'plan')!
    await db.compositions.update(plan.id, { signerName: 'Nguyễn Văn An' })
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-05-20T10:00:00Z') })
    const record = await issueDocumentNumber(db, {
      ...request(cluster.id, plan.id, 'KH', '2026-05-20'),
      sourceTable: 'compositions'
    })
    expect([record.issuedOn, record.year, record.symbol]).toEqual([
      '2024-02-20',
      2024,
      '01/KH-CTĐ1'
    ])
    expect((await db.compositions.get(plan.id))!.documentId).toBe(record.id)
  })

  it('a Giấy mời keeps the day it was first numbered on every later export', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const meeting = (await db.meetings.toArray()).find((m) => m.date === '2024-02-28')!
    await db.meetings.update(meeting.id, { startTime: '14:00' })
    const invite = (today: string) => ({
      ...request(cluster.id, meeting.id, 'GM', today),
      sourceTable: 'meeting-invitations'
    })
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 1, 20, 9, 0) })
    const first = await issueDocumentNumber(db, invite('2024-02-20'))
    vi.setSystemTime(new Date(2024, 1, 26, 9, 0))
    const later = await issueDocumentNumber(db, invite('2024-02-26'))
    expect([first.issuedOn, later.issuedOn, later.number]).toEqual(['2024-02-20', '2024-02-20', 1])
  })

  it('enters a document with no date of its own on the local day: 06:30 on 01/01 in Hà Nội is the new year, 23:30 on 31/12 on a UTC machine is not', async () => {
    const tz = process.env['TZ']
    try {
      for (const [zone, day] of [
        ['Asia/Ho_Chi_Minh', '2027-01-01'],
        ['UTC', '2026-12-31']
      ] as const) {
        process.env['TZ'] = zone
        const db = makeTestDb()
        const cluster = await loadSampleCluster(db)
        vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-31T23:30:00Z') })
        const record = await issueDocumentNumber(db, {
          ...request(cluster.id, 'no-such-meeting', 'GM', ''),
          sourceTable: 'meeting-invitations'
        })
        expect([record.issuedOn, record.year, record.symbol]).toEqual([
          day,
          Number(day.slice(0, 4)),
          '01/GM-CTĐ1'
        ])
        vi.useRealTimers()
      }
    } finally {
      process.env['TZ'] = tz
    }
  })

  it('refuses to move a numbered document’s date into another year', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const notice = (await listCompositions(db, cluster.id)).find((c) => c.kind === 'notice')!
    await db.compositions.update(notice.id, { signerName: 'Nguyễn Văn An' })
    const issue = () =>
      issueDocumentNumber(db, {
        ...request(cluster.id, notice.id, 'TB'),
        sourceTable: 'compositions'
      })
    await issue()
    await db.compositions.update(notice.id, { issuedOn: '2025-01-03' })
    const error = (await issue().catch((e) => e)) as ValidationError
    expect(error.issues[0]!.message).toBe(
      'Văn bản đã được cấp số 01/TB-CTĐ1 trong sổ năm 2024, nhưng ngày của văn bản nay là 03/01/2025 (năm 2025). Hãy hủy số cũ (ghi lý do) rồi cấp số mới, hoặc sửa ngày về năm 2024.'
    )
    await db.compositions.update(notice.id, { issuedOn: '2024-03-05' })
    expect((await issue()).issuedOn).toBe('2024-03-05')
  })

  it('refuses to number a composition that still holds a placeholder, or a tally not counted', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const notice = (await listCompositions(db, cluster.id)).find((c) => c.kind === 'notice')!
    await db.compositions.update(notice.id, { body: 'Hội nghị họp ngày … tại [ ].' })
    const issue = () =>
      issueDocumentNumber(db, {
        ...request(cluster.id, notice.id, 'TB'),
        sourceTable: 'compositions'
      }).catch((e) => e) as Promise<ValidationError>
    // The sample names no signer (no person is invented): an issued document must.
    expect((await issue()).issues.map((i) => i.field)).toEqual(['body', 'body', 'signerName'])
    await db.compositions.update(notice.id, { signerName: '   ' })
    expect((await issue()).issues.map((i) => i.message).at(-1)).toBe(
      'Họ và tên người ký: chưa ghi (văn bản được cấp số phải ghi người ký).'
    )
    expect(await db.documents.count()).toBe(0)
    await db.compositions.update(notice.id, {
      body: 'Hội nghị họp ngày 05/3.',
      signerName: 'Nguyễn Văn An'
    })
    const record = await issueDocumentNumber(db, {
      ...request(cluster.id, notice.id, 'TB'),
      sourceTable: 'compositions'
    })
    expect(record.symbol).toBe('01/TB-CTĐ1')
  })
})

describe('register export', () => {
  it('writes the Sổ đăng ký văn bản đi as CSV in UTF-8 with a byte order mark', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const b = await issueDocumentNumber(db, request(cluster.id, 'b', 'TB', '2026-01-02'))
    await voidDocumentNumber(db, b.id, 'Cấp nhầm, văn bản không ban hành')
    const csv = registerCsv((await listRegister(db, cluster.id)).entries)
    expect(csv.startsWith('\uFEFF"Số, ký hiệu văn bản",Ngày tháng văn bản,')).toBe(true)
    expect(csv.split('\r\n')[1]).toMatch(
      /^01\/TB-CTĐ1,02\/01\/2026,Thông báo: Thông báo thử,,,VT,,,,"Số đã hủy ngày \d\d\/\d\d\/\d{4}: Cấp nhầm, văn bản không ban hành"$/
    )
  })
})

describe('compositions', () => {
  it('are created and updated with validation, and a refused edit changes nothing', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
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
    const row = await createComposition(db, input)
    expect((await listCompositions(db, cluster.id)).map((c) => c.summary)).toContain(
      'Lịch họp tháng 12'
    )
    const before = await dumpDb(db)
    const error = await updateComposition(db, row.id, {
      ...input,
      summary: '',
      issuedOn: '2026-13-01'
    }).catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues.map((i) => i.message)).toEqual([
      'Trích yếu: không được để trống.',
      'Ngày ban hành: ngày 01/13/2026 không có thật.'
    ])
    expect(await dumpDb(db)).toEqual(before)
  })
})

describe('format profile', () => {
  it('defaults to ND30 and saves only values within the legal ranges', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    expect(await getFormatProfile(db, cluster.id)).toEqual(DEFAULT_PROFILE)
    await saveFormatProfile(db, cluster.id, {
      ...DEFAULT_PROFILE,
      marginLeftMm: 35,
      chairLabel: 'CHỦ TỌA'
    })
    expect(await getFormatProfile(db, cluster.id)).toMatchObject({
      marginLeftMm: 35,
      chairLabel: 'CHỦ TỌA'
    })
    await expect(
      saveFormatProfile(db, cluster.id, { ...DEFAULT_PROFILE, marginRightMm: 10 })
    ).rejects.toBeInstanceOf(ValidationError)
    expect((await getFormatProfile(db, cluster.id)).marginRightMm).toBe(15)
  })
})

describe('Văn bản’s written documents with their numbers', () => {
  it('reads each composition’s own entry, leaving out voided numbers and other documents', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const [first, second] = await db.compositions.where('clusterId').equals(cluster.id).toArray()
    const kept = await issueDocumentNumber(db, request(cluster.id, 'kept'))
    const voided = await issueDocumentNumber(db, request(cluster.id, 'voided'))
    const other = await issueDocumentNumber(db, request(cluster.id, 'other'))
    await db.compositions.update(first!.id, { documentId: kept.id })
    if (second) await db.compositions.update(second.id, { documentId: voided.id })
    await voidDocumentNumber(db, voided.id, 'Cấp nhầm')
    const { compositions, numbered } = await loadCompositionsWithNumbers(db, cluster.id)
    expect(compositions).toEqual(await listCompositions(db, cluster.id))
    expect([...numbered.keys()]).toEqual([kept.id])
    expect(numbered.get(kept.id)).toEqual(await db.documents.get(kept.id))
    expect(numbered.has(other.id)).toBe(false)
  })
})

describe('the register on Văn bản', () => {
  it('opens on the newest year, lists every year held (gaps left out) and each on demand', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    await db.documents.clear()
    await issueDocumentNumber(db, request(cluster.id, 'a', 'TB', '2021-03-02'))
    await issueDocumentNumber(db, request(cluster.id, 'b', 'KH', '2024-05-06'))
    await issueDocumentNumber(db, request(cluster.id, 'c', 'TB', '2026-01-04'))
    await issueDocumentNumber(db, request(cluster.id, 'd', 'BB', '2026-02-04'))
    const all = { typeCode: undefined, withVoided: true }
    const newest = await loadRegisterView(db, cluster, { ...all, year: 'newest' })
    expect(newest.year).toBe(2026)
    expect(newest.years).toEqual([2026, 2024, 2021])
    expect(newest.entries.map((e) => e.symbol)).toEqual(['01/BB-CTĐ1', '01/TB-CTĐ1'])
    expect(newest.types).toEqual(['BB', 'TB'])
    const every = await loadRegisterView(db, cluster, { ...all, year: 'all' })
    expect(every.year).toBeUndefined()
    expect(every.entries.map((e) => e.year)).toEqual([2021, 2024, 2026, 2026])
    const one = await loadRegisterView(db, cluster, {
      year: 2024,
      typeCode: 'TB',
      withVoided: true
    })
    expect(one.entries).toEqual([])
    expect(one.types).toEqual(['KH', 'TB'])
  })

  it('has nothing to show for a register without numbers, and reads the active cluster', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    await db.documents.clear()
    const screen = await loadDocumentsScreen(db, { year: 'newest', withVoided: true })
    expect(screen.cluster?.id).toBe(cluster.id)
    expect(screen.register).toEqual({ entries: [], years: [], types: [], year: undefined })
    expect(screen.written.compositions).toEqual(await listCompositions(db, cluster.id))
  })
})
