import { buildCompositionDocument } from '../documents/kinds/composition'
import { buildPactDocument, buildSelfAssessmentForm, type PactFacts } from '../documents/kinds/pact'
import type { DocumentModel } from '../documents/model'
import { DEFAULT_PROFILE, formatProfileSchema } from '../documents/profile'
import {
  compositionSchema,
  memberUnitSchema,
  pactCommitmentSchema,
  type Cluster,
  type MemberUnit,
  type PactSignatory
} from '../model/entities'
import type { SampleDataset } from './sample-dataset'
import { exampleCriteria, samplePactFacts } from './sample-document-models'

/**
 * The stress cases of the document engine, written by `npm run docs:samples` next to the ordinary
 * samples and rendered by the layout and print tests: pacts signed by 2, 6, 12 and 15 units, forty
 * commitments, sixty criteria, and a cluster whose names are as long as real ones get (Thành phố
 * Hồ Chí Minh, "Cụm thi đua các quận, huyện khu vực phía Nam số 12", deputies signing "KT." on
 * three lines). The units are real place names; no person's name is invented — the name lines
 * read "Đại diện …".
 */

const NOW = '2025-01-01T00:00:00.000Z'

/** Wards and districts used to make clusters larger than the sample's six units. */
const EXTRA_PLACES = [
  'phường Phúc Xá',
  'phường Trúc Bạch',
  'phường Vĩnh Phúc',
  'phường Cống Vị',
  'phường Liễu Giai',
  'phường Nguyễn Trung Trực',
  'phường Quán Thánh',
  'phường Ngọc Hà',
  'phường Điện Biên'
]

function extraUnit(cluster: Cluster, place: string, index: number): MemberUnit {
  return memberUnitSchema.parse({
    id: `stress-unit-${index}`,
    createdAt: NOW,
    updatedAt: NOW,
    clusterId: cluster.id,
    name: `Ủy ban MTTQ Việt Nam ${place}`,
    shortName: place.replace(/^phường /, ''),
    placeName: place.replace(/^phường /, '')
  })
}

/** The sample pact signed by `count` units (the sample's six, then wards), names filled in. */
export function pactSignedBy(data: SampleDataset, count: number, criteria = 0): PactFacts {
  const facts = samplePactFacts(data, criteria ? exampleCriteria(data.pacts[0]!.id, criteria) : [])
  const extra = EXTRA_PLACES.slice(0, Math.max(0, count - facts.year.memberUnitIds.length)).map(
    (place, i) => extraUnit(facts.cluster, place, i)
  )
  const units = [...facts.units, ...extra]
  const ids = [...facts.year.memberUnitIds, ...extra.map((u) => u.id)].slice(0, count)
  const leader = ids.includes(facts.year.leaderUnitId) ? facts.year.leaderUnitId : ids[0]!
  const deputy = ids.includes(facts.year.deputyUnitId)
    ? facts.year.deputyUnitId
    : (ids.find((id) => id !== leader) ?? '')
  const year = {
    ...facts.year,
    memberUnitIds: ids,
    leaderUnitId: leader,
    deputyUnitId: deputy,
    unitNames: Object.fromEntries(ids.map((id) => [id, units.find((u) => u.id === id)!.name]))
  }
  const signatories: PactSignatory[] = ids.map((unitId) => ({
    unitId,
    titleLines: [],
    name: `Đại diện ${units.find((u) => u.id === unitId)!.shortName}`
  }))
  return { ...facts, year, units, pact: { ...facts.pact, signatories } }
}

/** Forty commitments, one in four with two sub-items, of varied length. */
function fortyCommitments(facts: PactFacts): PactFacts {
  const rows = []
  for (let i = 0; i < 40; i++) {
    const id = `stress-c${i}`
    rows.push(
      pactCommitmentSchema.parse({
        id,
        createdAt: NOW,
        updatedAt: NOW,
        pactId: facts.pact.id,
        parentId: '',
        order: i,
        text:
          i % 3 === 0
            ? `Nội dung giao ước thứ ${i + 1}: tổ chức tuyên truyền, vận động Nhân dân thực hiện các phong trào thi đua, cuộc vận động do Mặt trận chủ trì; giám sát, phản biện xã hội theo quy định và báo cáo kết quả đúng thời hạn.`
            : `Nội dung giao ước thứ ${i + 1}: hoàn thành chỉ tiêu được giao trong năm.`
      })
    )
    if (i % 4 === 1) {
      for (const k of [0, 1])
        rows.push(
          pactCommitmentSchema.parse({
            id: `${id}-${k}`,
            createdAt: NOW,
            updatedAt: NOW,
            pactId: facts.pact.id,
            parentId: id,
            order: k,
            text: `Chỉ tiêu cụ thể ${k + 1} của nội dung ${i + 1}, có số liệu và thời hạn hoàn thành.`
          })
        )
    }
  }
  return { ...facts, commitments: rows }
}

/** The long-name cluster of Thành phố Hồ Chí Minh. */
function longNameCluster(cluster: Cluster): Cluster {
  return {
    ...cluster,
    name: 'Cụm thi đua các quận, huyện khu vực phía Nam số 12',
    headerLines: ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'THÀNH PHỐ HỒ CHÍ MINH'],
    issuerLine: 'CỤM THI ĐUA CÁC QUẬN, HUYỆN KHU VỰC PHÍA NAM SỐ 12',
    placeName: 'Thành phố Hồ Chí Minh',
    higherBody: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh'
  }
}

const LONG_UNITS = [
  ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Thủ Đức', 'Thủ Đức'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bình Chánh', 'Bình Chánh'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cần Giờ', 'Cần Giờ'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện Nhà Bè', 'Nhà Bè'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam quận Bình Thạnh', 'Bình Thạnh'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam quận Phú Nhuận', 'Phú Nhuận']
] as const

/**
 * A pact of the long-name cluster: the header lines wrap, the place-and-date line is the longest
 * realistic one at 14 pt, and in each row of the grid one unit signs "KT." on three lines while
 * the other signs "TM." on two, so the names must be levelled.
 */
function longNamePact(data: SampleDataset): PactFacts {
  const facts = pactSignedBy(data, 6)
  const cluster = longNameCluster(facts.cluster)
  const units = LONG_UNITS.map(([name, short], i) =>
    memberUnitSchema.parse({
      id: `long-unit-${i}`,
      createdAt: NOW,
      updatedAt: NOW,
      clusterId: cluster.id,
      name,
      shortName: short,
      placeName: short
    })
  )
  const ids = units.map((u) => u.id)
  const signatories: PactSignatory[] = units.map((unit, i) => ({
    unitId: unit.id,
    titleLines:
      i % 2 === 1
        ? ['TM. BAN THƯỜNG TRỰC', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC']
        : ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'],
    name: `Đại diện ${unit.shortName}`
  }))
  return {
    ...facts,
    cluster,
    units,
    year: {
      ...facts.year,
      memberUnitIds: ids,
      leaderUnitId: ids[0]!,
      deputyUnitId: ids[1]!,
      unitNames: Object.fromEntries(units.map((u) => [u.id, u.name]))
    },
    pact: { ...facts.pact, signedOn: '2025-12-29', signatories }
  }
}

/** A notice of the long-name cluster: long summary, long basis, long date line at 14 pt. */
function longNameNotice(data: SampleDataset): DocumentModel {
  const notice = data.compositions.find((c) => c.kind === 'notice')!
  const cluster = longNameCluster(data.clusters[0]!)
  const composition = compositionSchema.parse({
    ...notice,
    summary:
      'Kết quả giám sát, phản biện xã hội và thực hiện các phong trào thi đua của các đơn vị thành viên trong Cụm năm 2025',
    issuedOn: '2025-12-29',
    basis: [
      'Căn cứ Kế hoạch số 37/KH-MTTQ-BTT ngày 20/01/2025 của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh về công tác thi đua, khen thưởng năm 2025'
    ],
    signerTitleLines: [
      'TM. CỤM THI ĐUA CÁC QUẬN, HUYỆN KHU VỰC PHÍA NAM SỐ 12',
      'KT. CỤM TRƯỞNG',
      'CỤM PHÓ'
    ],
    recipients: [
      'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh (để báo cáo)',
      'Các đơn vị trong Cụm',
      'Lưu: VT'
    ]
  })
  return buildCompositionDocument(
    cluster,
    composition,
    { number: 123, typeCode: 'TB' },
    LONG_PROFILE
  )
}

/** The profile at its largest sizes: 14 pt place-and-date line and 1,5 line spacing. */
const LONG_PROFILE = formatProfileSchema.parse({ placeDatePt: 14, lineSpacing: 1.5 })

/** Every stress case, named as `docs:samples` writes it. */
export function stressDocumentModels(
  data: SampleDataset
): Array<{ kind: string; fileName: string; model: DocumentModel }> {
  const withCriteria = pactSignedBy(data, 6, 60)
  return [
    ...[2, 6, 12, 15].map((count) => ({
      kind: `pact-${count}-signatories`,
      fileName: `Kiểm thử - Giao ước ${count} đơn vị ký`,
      model: buildPactDocument(pactSignedBy(data, count), DEFAULT_PROFILE)
    })),
    {
      kind: 'pact-40-commitments',
      fileName: 'Kiểm thử - Giao ước 40 nội dung',
      model: buildPactDocument(fortyCommitments(pactSignedBy(data, 6)), DEFAULT_PROFILE)
    },
    {
      kind: 'pact-60-criteria',
      fileName: 'Kiểm thử - Giao ước 60 tiêu chí',
      model: buildPactDocument(withCriteria, DEFAULT_PROFILE)
    },
    {
      kind: 'self-assessment-60-criteria',
      fileName: 'Kiểm thử - Phiếu tự chấm 60 tiêu chí',
      model: buildSelfAssessmentForm(
        withCriteria,
        withCriteria.year.memberUnitIds[0]!,
        DEFAULT_PROFILE
      )
    },
    {
      kind: 'pact-long-names',
      fileName: 'Kiểm thử - Giao ước tên dài',
      model: buildPactDocument(longNamePact(data), LONG_PROFILE)
    },
    {
      kind: 'notice-long-names',
      fileName: 'Kiểm thử - Thông báo tên dài',
      model: longNameNotice(data)
    }
  ]
}
