import type { Cluster } from '../model/entities'
import { awardTypeSchema, type AwardType, type DossierDocKind } from './model'

/**
 * The MTTQ defaults of the award catalogue (year-end.md §C.1–C.3). Only the wording of the titles
 * is confirmed (R16); quotas, the criteria of the provincial forms and which form a commune cluster
 * may propose are the province's and the cluster's, so every entry is an editable default and says
 * how sure it is. The body named in each title is the cluster's higher body (its `parentBody`).
 */

/** What the law lists for a dossier (Luật 2022 Điều 84 khoản 1) and what clusters add (§C.4). */
export const DEFAULT_REQUIRED_DOCS: DossierDocKind[] = [
  'submission',
  'nominee-list',
  'meeting-minutes',
  'tally-record',
  'score-summary',
  'achievement-report'
]

export const DOSSIER_DOC_LABELS: Record<DossierDocKind, string> = {
  submission: 'Tờ trình đề nghị khen thưởng',
  'nominee-list': 'Danh sách trích ngang đề nghị khen thưởng',
  'meeting-minutes': 'Biên bản hội nghị tổng kết, bình xét thi đua',
  'tally-record': 'Biên bản kiểm phiếu',
  'score-summary': 'Bảng tổng hợp kết quả chấm điểm, xếp hạng',
  'achievement-report': 'Báo cáo thành tích',
  'cluster-report': 'Báo cáo tổng kết hoạt động của Cụm',
  'result-notice': 'Thông báo kết quả bình xét thi đua'
}

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15'

interface Default {
  code: string
  name: (body: string) => string
  shortName: string
  level: AwardType['level']
  category: AwardType['category']
  tier: number
  criteriaText: string
  basis: string[]
  requiresBallot: boolean
  quotaPerCluster: number | null
  quotaBasis: string
  certainty: AwardType['certainty']
  note: string
  active: boolean
}

const DEFAULTS: Default[] = [
  {
    code: 'co-thi-dua-tinh',
    name: (body) => `Cờ thi đua của ${body || 'Ủy ban MTTQ Việt Nam cấp tỉnh'}`,
    shortName: 'Cờ thi đua',
    level: 'tinh',
    category: 'award',
    tier: 30,
    criteriaText:
      'Tập thể dẫn đầu phong trào thi đua của Cụm; hoàn thành vượt các chỉ tiêu thi đua và nhiệm vụ được giao trong năm, là tập thể tiêu biểu xuất sắc; nội bộ đoàn kết, tích cực thực hành tiết kiệm, chống lãng phí, phòng, chống tham nhũng, tiêu cực (theo Luật Thi đua, khen thưởng 2022, Điều 26 khoản 1). Tiêu chuẩn, cách thức xét tặng do Ban Thường trực Ủy ban MTTQ Việt Nam cấp tỉnh quy định.',
    basis: [`${LAW}, Điều 26`, 'Quy chế thi đua, khen thưởng của Ủy ban MTTQ Việt Nam cấp tỉnh'],
    requiresBallot: true,
    quotaPerCluster: 1,
    quotaBasis: 'Thực tiễn: mỗi Cụm suy tôn 01 đơn vị dẫn đầu (chưa có văn bản quy định)',
    certainty: 'practice',
    note: 'Tên danh hiệu theo tài liệu MTTQ hiện hành; tiêu chuẩn và số lượng do từng tỉnh quy định, cần xác nhận.',
    active: true
  },
  {
    code: 'bang-khen-tinh',
    name: (body) => `Bằng khen của ${body || 'Ủy ban MTTQ Việt Nam cấp tỉnh'}`,
    shortName: 'Bằng khen',
    level: 'tinh',
    category: 'award',
    tier: 20,
    criteriaText:
      'Tập thể gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nội bộ đoàn kết và có thành tích xuất sắc được bình xét trong phong trào thi đua (theo Luật Thi đua, khen thưởng 2022, Điều 74).',
    basis: [`${LAW}, Điều 74`, 'Quy chế thi đua, khen thưởng của Ủy ban MTTQ Việt Nam cấp tỉnh'],
    requiresBallot: true,
    quotaPerCluster: null,
    quotaBasis: '',
    certainty: 'unconfirmed',
    note: 'Chưa có quy định số lượng; thực tiễn khoảng một nửa số đơn vị của Cụm (Đồng Nai 2022: 3/6).',
    active: true
  },
  {
    code: 'co-thi-dua-ubtu',
    name: () => 'Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam',
    shortName: 'Cờ thi đua',
    level: 'ubtu',
    category: 'award',
    tier: 40,
    criteriaText:
      'Xét tặng hằng năm cho Ủy ban MTTQ Việt Nam cấp tỉnh dẫn đầu các cụm thi đua do Ủy ban Trung ương MTTQ Việt Nam tổ chức.',
    basis: [LAW, 'Quy chế thi đua, khen thưởng của Ủy ban Trung ương MTTQ Việt Nam'],
    requiresBallot: true,
    quotaPerCluster: 1,
    quotaBasis: 'Đơn vị dẫn đầu cụm thi đua do Ủy ban Trung ương MTTQ Việt Nam tổ chức',
    certainty: 'confirmed',
    note: 'Chỉ dành cho cụm các tỉnh, thành phố do Ủy ban Trung ương MTTQ Việt Nam tổ chức.',
    active: false
  },
  {
    code: 'bang-khen-ubtu',
    name: () => 'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam',
    shortName: 'Bằng khen',
    level: 'ubtu',
    category: 'award',
    tier: 35,
    criteriaText:
      'Tiêu chuẩn theo Quy chế thi đua, khen thưởng của Ủy ban Trung ương MTTQ Việt Nam.',
    basis: [LAW, 'Quy chế thi đua, khen thưởng của Ủy ban Trung ương MTTQ Việt Nam'],
    requiresBallot: true,
    quotaPerCluster: null,
    quotaBasis: '',
    certainty: 'unconfirmed',
    note: 'Dành cho cụm các tỉnh, thành phố; số lượng chưa xác định.',
    active: false
  }
]

/**
 * The default catalogue of a cluster: the provincial Cờ thi đua and Bằng khen active (the usual
 * outputs of a cluster of commune or district units), the central forms listed but off.
 */
export function defaultAwardCatalogue(
  cluster: Pick<Cluster, 'id' | 'parentBody'>,
  now: string,
  makeId: (code: string) => string
): AwardType[] {
  return DEFAULTS.map((d, order) =>
    awardTypeSchema.parse({
      id: makeId(d.code),
      createdAt: now,
      updatedAt: now,
      clusterId: cluster.id,
      code: d.code,
      name: d.name(cluster.parentBody),
      shortName: d.shortName,
      level: d.level,
      target: 'collective',
      category: d.category,
      tier: d.tier,
      criteriaText: d.criteriaText,
      basis: d.basis,
      requiresBallot: d.requiresBallot,
      quotaPerCluster: d.quotaPerCluster,
      quotaBasis: d.quotaBasis,
      requiredDocs: DEFAULT_REQUIRED_DOCS,
      certainty: d.certainty,
      note: d.note,
      active: d.active,
      order
    })
  )
}

const DECREE_98 =
  'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng'
const DECREE_152 =
  'Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng'

/**
 * The legal basis in force on a date (year-end.md §0): the Law of 2022, and NĐ 98/2023 for what
 * is decided before 01/7/2025, NĐ 152/2025 from then on. A default the tờ trình starts from; the
 * secretary edits it.
 */
export function legalBasisOn(date: string): string[] {
  return [
    'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
    date !== '' && date < '2025-07-01' ? DECREE_98 : DECREE_152
  ]
}
