import { buildSampleDataset } from '@core/sample/sample-dataset'
import { allSampleDocuments } from '@core/sample/all-documents'
import {
  exampleCriteria,
  exampleYearEndFacts,
  samplePactFacts
} from '@core/sample/sample-document-models'
import { buildPactDocument } from '@core/documents/kinds/pact'
import { buildMinutesDocument, generateMinutesBody } from '@core/documents/kinds/minutes'
import { buildCompositionDocument } from '@core/documents/kinds/composition'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import type { DocumentModel } from '@core/documents/model'
import { paragraph } from '@core/documents/model'
import {
  compositionSchema,
  memberUnitSchema,
  remarkSchema,
  type Cluster
} from '@core/model/entities'

let n = 0
const id = () => `t-${++n}`

export const sample = buildSampleDataset('2026-01-01T00:00:00.000Z', id)
export const sampleCluster = sample.clusters[0]!
export const sampleNotice = sample.compositions.find((c) => c.kind === 'notice')!
export const samplePlan = sample.compositions.find((c) => c.kind === 'plan')!

/**
 * Every document `npm run docs:samples` writes: each kind the engine produces, built from the
 * sample cluster, and the stress cases (2–15 signatories, 40 commitments, 60 criteria, long names).
 */
export function allDocumentKinds(): Array<{ name: string; model: DocumentModel }> {
  return allSampleDocuments(sample).map(({ kind, model }) => ({ name: kind, model }))
}

/**
 * A long notice (well over five pages) from a unit whose header lines must wrap, with a landscape
 * annex and the two-party and grid signatures: the engine's stress case.
 */
export function longDocument(): DocumentModel {
  const cluster: Cluster = {
    ...sampleCluster,
    headerLines: ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'THÀNH PHỐ HỒ CHÍ MINH'],
    issuerLine: 'CỤM THI ĐUA CÁC QUẬN, HUYỆN KHU VỰC PHÍA NAM SỐ 12',
    placeName: 'Thành phố Hồ Chí Minh'
  }
  const paragraphs = Array.from({ length: 70 }, (_, i) =>
    i % 10 === 0
      ? `# Nội dung phần thứ ${i / 10 + 1} của thông báo dài`
      : `Đoạn ${i}: Ủy ban Mặt trận Tổ quốc Việt Nam quận Hai Bà Trưng phối hợp với các đơn vị trong Cụm tổ chức tuyên truyền, vận động Nhân dân thực hiện tốt các phong trào thi đua, cuộc vận động; giám sát và phản biện xã hội theo quy định.`
  )
  const composition = compositionSchema.parse({
    ...sampleNotice,
    summary:
      'Kết quả giám sát, phản biện xã hội và thực hiện các phong trào thi đua của các đơn vị thành viên trong Cụm năm 2025',
    issuedOn: '2025-12-29',
    body: paragraphs.join('\n')
  })
  const base = buildCompositionDocument(
    cluster,
    composition,
    { number: 123, typeCode: 'TB' },
    DEFAULT_PROFILE
  )
  const signers = sample.memberUnits.map((unit) => ({
    titleLines: [...unit.headerLines, 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'],
    name: ''
  }))
  return {
    ...base,
    sections: [
      ...base.sections,
      {
        orientation: 'landscape',
        restartNumbering: true,
        blocks: [
          paragraph('centered', 'Phụ lục', { bold: true }),
          paragraph('centered', 'BẢNG TỔNG HỢP ĐIỂM THI ĐUA', { bold: true }),
          {
            kind: 'table',
            columns: [
              { header: 'STT', widthPercent: 6, align: 'center' },
              { header: 'Đơn vị', widthPercent: 34, align: 'left' },
              { header: 'Điểm chuẩn', widthPercent: 15, align: 'right' },
              { header: 'Tự chấm', widthPercent: 15, align: 'right' },
              { header: 'Cụm chấm', widthPercent: 15, align: 'right' },
              { header: 'Tỷ lệ', widthPercent: 15, align: 'right' }
            ],
            rows: Array.from({ length: 45 }, (_, i) => [
              String(i + 1),
              `Ủy ban MTTQ Việt Nam phường số ${i + 1}`,
              '100,0',
              '95,5',
              '94,25',
              '83,33%'
            ])
          },
          {
            kind: 'signature',
            layout: 'pair',
            signers: [
              { titleLines: ['THƯ KÝ'], name: '' },
              { titleLines: ['CHỦ TRÌ'], name: '' }
            ],
            recipients: ['Như trên', 'Lưu: VT']
          },
          { kind: 'signature', layout: 'grid', signers, recipients: [] }
        ]
      }
    ]
  }
}

/** Minutes of a long meeting (well over ten pages): sixty speakers and two votes. */
export function longMinutes(): DocumentModel {
  const facts = exampleYearEndFacts(sample)
  const remarks = Array.from({ length: 60 }, (_, i) =>
    remarkSchema.parse({
      id: `r${i}`,
      createdAt: facts.meeting.createdAt,
      updatedAt: facts.meeting.createdAt,
      meetingId: facts.meeting.id,
      order: i,
      speakerName: '',
      speakerPosition: `Đại biểu thứ ${i + 1}`,
      unitId: facts.year.memberUnitIds[i % 6]!,
      summary:
        'Cơ bản nhất trí với dự thảo báo cáo tổng kết; đề nghị bổ sung kết quả giám sát, phản biện xã hội, cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", công tác vận động Quỹ "Vì người nghèo" và việc nhân rộng các mô hình tiêu biểu ở khu dân cư trong năm 2025.'
    })
  )
  const votes = [
    facts.votes[0]!,
    { ...facts.votes[0]!, id: 'v2', subject: 'Đề nghị tặng Bằng khen cho các đơn vị' }
  ]
  const long = { ...facts, remarks, votes }
  return buildMinutesDocument(
    long,
    generateMinutesBody(long),
    { number: 9, typeCode: 'BB' },
    DEFAULT_PROFILE
  )
}

/** A pact signed by twelve units, with a criteria annex of forty rows. */
export function bigPact(): DocumentModel {
  const facts = samplePactFacts(sample, exampleCriteria(sample.pacts[0]!.id, 36))
  const extra = Array.from({ length: 6 }, (_, i) =>
    memberUnitSchema.parse({
      id: `ward-${i}`,
      createdAt: facts.pact.createdAt,
      updatedAt: facts.pact.createdAt,
      clusterId: facts.cluster.id,
      name: `Ủy ban MTTQ Việt Nam phường Số ${i + 1} khu vực phía Nam`
    })
  )
  const year = {
    ...facts.year,
    memberUnitIds: [...facts.year.memberUnitIds, ...extra.map((u) => u.id)]
  }
  return buildPactDocument({ ...facts, year, units: [...facts.units, ...extra] }, DEFAULT_PROFILE)
}
