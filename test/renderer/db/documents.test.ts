import { describe, expect, it } from 'vitest'
import { ValidationError } from '@core/model/validation'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import {
  issueDocumentNumber,
  listDocuments
} from '../../../src/renderer/src/db/repositories/documents-repo'
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

const request = (clusterId: string, sourceId: string, typeCode = 'TB', year = 2026) => ({
  clusterId,
  year,
  typeCode,
  title: 'Thông báo thử',
  issuedOn: '',
  fileName: (n: number) => `Thông báo ${n}.docx`,
  sourceTable: 'compositions',
  sourceId
})

describe('document register', () => {
  it('numbers each type from 1 per year, and re-issuing keeps the number', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const a = await issueDocumentNumber(db, request(cluster.id, 'a'))
    const b = await issueDocumentNumber(db, request(cluster.id, 'b'))
    const plan = await issueDocumentNumber(db, request(cluster.id, 'c', 'KH'))
    const nextYear = await issueDocumentNumber(db, request(cluster.id, 'd', 'TB', 2027))
    expect([a.number, b.number, plan.number, nextYear.number]).toEqual([1, 2, 1, 1])
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
      'Ngày ban hành: ngày không hợp lệ.'
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
