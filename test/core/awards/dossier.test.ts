import { describe, expect, it } from 'vitest'
import { defaultAwardCatalogue } from '@core/awards/catalogue'
import {
  dossierChecklist,
  dossierGaps,
  dossierManifest,
  type DossierDocument
} from '@core/awards/dossier'
import { awardProposalSchema, type AwardProposal } from '@core/awards/model'

const NOW = '2024-11-05T02:00:00.000Z'
const catalogue = defaultAwardCatalogue(
  { id: 'c1', parentBody: 'Ủy ban MTTQ Việt Nam thành phố Hà Nội' },
  NOW,
  (c) => c
)
const proposal = (id: string, unit: string, type: string, over: Partial<AwardProposal> = {}) =>
  awardProposalSchema.parse({
    id,
    createdAt: NOW,
    updatedAt: NOW,
    clusterYearId: 'y',
    unitId: `u${id}`,
    unitName: `Ủy ban MTTQ Việt Nam quận ${unit}`,
    awardTypeId: type,
    status: 'proposed',
    ...over
  })
const proposals = [
  proposal('p1', 'Long Biên', 'co-thi-dua-tinh'),
  proposal('p2', 'Ba Đình', 'bang-khen-tinh'),
  proposal('p3', 'Hoàn Kiếm', 'bang-khen-tinh', { status: 'draft' })
]
const doc = (
  kind: DossierDocument['kind'],
  over: Partial<DossierDocument> = {}
): DossierDocument => ({
  kind,
  state: 'ready',
  key: kind,
  title: `Tài liệu ${kind}`,
  ...over
})

describe('dossierChecklist', () => {
  it('lists every required document in dossier order, a Báo cáo thành tích per standing proposal, and what is missing', () => {
    const items = dossierChecklist({
      proposals,
      catalogue,
      documents: [doc('submission'), doc('nominee-list', { partOf: 'submission' })]
    })
    expect(items.map((i) => [i.kind, i.subject, i.present])).toEqual([
      ['submission', '', true],
      ['nominee-list', '', true],
      ['meeting-minutes', '', false],
      ['tally-record', '', false],
      ['score-summary', '', false],
      [
        'achievement-report',
        'Ủy ban MTTQ Việt Nam quận Long Biên — Cờ thi đua của Ủy ban MTTQ Việt Nam thành phố Hà Nội',
        false
      ],
      [
        'achievement-report',
        'Ủy ban MTTQ Việt Nam quận Ba Đình — Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội',
        false
      ]
    ])
    expect(dossierGaps(items)[0]).toBe('Còn thiếu Biên bản hội nghị tổng kết, bình xét thi đua.')
  })

  it('counts a unit’s Báo cáo thành tích only as the copy the unit signed, and a cluster document only when final', () => {
    const items = dossierChecklist({
      proposals,
      catalogue,
      documents: [
        doc('achievement-report', { proposalId: 'p1', state: 'ready', key: 'r1' }),
        doc('achievement-report', { proposalId: 'p2', state: 'signed', key: 'r2' }),
        doc('tally-record', { state: 'draft' })
      ]
    })
    const reports = items.filter((i) => i.kind === 'achievement-report')
    expect(reports.map((r) => [r.proposalId, r.present])).toEqual([
      ['p1', false],
      ['p2', true]
    ])
    expect(reports[0]!.problem).toBe(
      'Báo cáo thành tích của Ủy ban MTTQ Việt Nam quận Long Biên — Cờ thi đua của Ủy ban MTTQ Việt Nam thành phố Hà Nội: mới có bản dự thảo, chưa nhận bản đơn vị đã ký, đóng dấu và có xác nhận của cấp trình.'
    )
    expect(items.find((i) => i.kind === 'tally-record')!.problem).toBe(
      'Biên bản kiểm phiếu: còn là bản nháp, chưa hoàn tất.'
    )
  })

  it('asks nothing for refused or draft proposals', () => {
    const refused = proposal('p1', 'A', 'co-thi-dua-tinh', {
      status: 'decided',
      decision: {
        outcome: 'refused',
        finalAwardTypeId: '',
        number: '',
        date: '',
        issuer: '',
        note: ''
      }
    })
    expect(
      dossierChecklist({ proposals: [refused, proposals[2]!], catalogue, documents: [] })
    ).toEqual([])
  })
})

describe('dossierManifest', () => {
  const documents = [
    doc('submission', { title: 'Tờ trình 12-TTr-CTĐ1 đề nghị khen thưởng năm 2024' }),
    doc('nominee-list', { partOf: 'submission' }),
    doc('meeting-minutes', { title: 'Biên bản 07-BB-CTĐ1 Hội nghị tổng kết: năm 2024?' }),
    doc('tally-record', { title: 'Biên bản kiểm phiếu' }),
    doc('score-summary', { title: 'Biên bản kiểm phiếu' }),
    doc('achievement-report', {
      proposalId: 'p1',
      state: 'signed',
      key: 'r1',
      title: 'Báo cáo thành tích Long Biên'
    })
  ]
  const items = dossierChecklist({ proposals, catalogue, documents })

  it('names one numbered file per document as .docx and .pdf, safe on Windows and unique, with the checklist first', () => {
    const m = dossierManifest({ clusterName: 'Cụm thi đua số 1', year: 2024, items, pdf: true })
    expect(m.folderName).toBe('Hồ sơ đề nghị khen thưởng năm 2024 - Cụm thi đua số 1')
    expect(m.files.map((f) => f.name)).toEqual([
      '00 Danh mục hồ sơ.txt',
      '01 Tờ trình 12-TTr-CTĐ1 đề nghị khen thưởng năm 2024.docx',
      '01 Tờ trình 12-TTr-CTĐ1 đề nghị khen thưởng năm 2024.pdf',
      '02 Biên bản 07-BB-CTĐ1 Hội nghị tổng kết năm 2024.docx',
      '02 Biên bản 07-BB-CTĐ1 Hội nghị tổng kết năm 2024.pdf',
      '03 Biên bản kiểm phiếu.docx',
      '03 Biên bản kiểm phiếu.pdf',
      '04 Biên bản kiểm phiếu.docx',
      '04 Biên bản kiểm phiếu.pdf',
      '05 Báo cáo thành tích Long Biên.docx',
      '05 Báo cáo thành tích Long Biên.pdf'
    ])
    expect(new Set(m.files.map((f) => f.name.toLowerCase())).size).toBe(m.files.length)
    expect(m.complete).toBe(false)
  })

  it('writes the checklist: each item, where it is (the danh sách inside the tờ trình’s file), and what is missing', () => {
    const m = dossierManifest({ clusterName: 'Cụm thi đua số 1', year: 2024, items, pdf: false })
    expect(m.files.filter((f) => f.format === 'pdf')).toEqual([])
    const lines = m.checklistText.split('\r\n')
    expect(lines.slice(0, 6)).toEqual([
      'DANH MỤC HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024',
      'Cụm thi đua số 1',
      '',
      '1. Tờ trình đề nghị khen thưởng: có — 01 Tờ trình 12-TTr-CTĐ1 đề nghị khen thưởng năm 2024.docx',
      '2. Danh sách trích ngang đề nghị khen thưởng: có — trong tệp 01 Tờ trình 12-TTr-CTĐ1 đề nghị khen thưởng năm 2024.docx',
      '3. Biên bản hội nghị tổng kết, bình xét thi đua: có — 02 Biên bản 07-BB-CTĐ1 Hội nghị tổng kết năm 2024.docx'
    ])
    expect(lines).toContain(
      '7. Báo cáo thành tích (Ủy ban MTTQ Việt Nam quận Ba Đình — Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội): CHƯA ĐỦ. Còn thiếu Báo cáo thành tích của Ủy ban MTTQ Việt Nam quận Ba Đình — Bằng khen của Ủy ban MTTQ Việt Nam thành phố Hà Nội.'
    )
    expect(lines.at(-2)).toBe('Hồ sơ còn thiếu 1 tài liệu.')
  })
})
