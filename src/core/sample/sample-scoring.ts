import { buildScoreExplanationDocument } from '../documents/kinds/score-explanation'
import { buildScoreReportDocument } from '../documents/kinds/score-report'
import { buildScoreSummaryDocument } from '../documents/kinds/score-summary'
import type { DocumentModel } from '../documents/model'
import { DEFAULT_PROFILE } from '../documents/profile'
import { criterionSchema, type Criterion } from '../model/entities'
import {
  scoreAdjustmentSchema,
  scoreEntrySchema,
  scoreSheetSchema,
  scoringRulesSchema,
  type ScoreAdjustment,
  type ScoreEntry,
  type ScoringArithmetic
} from '../scoring/model'
import { compileCriteria } from '../scoring/plan'
import type { ScoringFacts } from '../scoring/view'
import type { SampleDataset } from './sample-dataset'

/**
 * An illustrative year-end scoring of the sample cluster's 2024 year, for the sample documents,
 * the tests and the benchmark only — never loaded as the cluster's record: the 2024 criteria and
 * scores of Cụm thi đua số 1 are not public, so every figure here is an example and no person's
 * name is invented. It has what a real year has: groups, a bonus and a penalty criterion, a tie
 * for second place, a score the cluster cut with a reason and the unit's explanation, and a
 * penalty the cluster added.
 */

const NOW = '2024-11-01T00:00:00.000Z'
const stamp = { createdAt: NOW, updatedAt: NOW }
export const SAMPLE_SCORING_PACT_ID = 'example-pact-2024'

/** The arithmetic of the example year: 100 points, bonus on top (at most 5), penalty at most 5. */
export const EXAMPLE_SCORING_RULES: ScoringArithmetic = {
  declaredMax: 10_000,
  bonusInsideTotal: false,
  bonusCap: 500,
  penaltyCap: 500,
  floorAtZero: true,
  step: 50,
  decimals: 1,
  bands: [
    { label: 'Xuất sắc', minPercent: 90_00 },
    { label: 'Vững mạnh', minPercent: 80_00 },
    { label: 'Khá', minPercent: 65_00 }
  ],
  tieBreak: []
}

const CRITERIA: Array<[kind: Criterion['kind'], text: string, max: number | null]> = [
  ['group', 'Công tác tuyên truyền, vận động Nhân dân', null],
  [
    'base',
    'Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước và nhiệm vụ công tác Mặt trận',
    10
  ],
  ['base', 'Cuộc vận động «Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh»', 15],
  ['base', 'Vận động Quỹ «Vì người nghèo» và các hoạt động an sinh xã hội', 15],
  ['group', 'Công tác giám sát, phản biện xã hội', null],
  ['base', 'Tổ chức giám sát theo chương trình đã đề ra', 10],
  ['base', 'Tổ chức phản biện xã hội, góp ý dự thảo văn bản', 10],
  ['base', 'Tham gia xây dựng Đảng, xây dựng chính quyền', 10],
  ['group', 'Xây dựng tổ chức và tham gia hoạt động của Cụm', null],
  ['base', 'Củng cố tổ chức, bồi dưỡng cán bộ Mặt trận', 10],
  ['base', 'Thực hiện chế độ thông tin, báo cáo', 10],
  ['base', 'Tham gia đầy đủ các hoạt động của Cụm thi đua', 10],
  ['bonus', 'Có mô hình mới, cách làm hay được cấp trên biểu dương, nhân rộng', 5],
  ['penalty', 'Nộp báo cáo chậm so với thời hạn (mỗi lần trừ 1 điểm)', 5]
]

/** The example criteria of 2024: three groups of base criteria (100 points), a bonus, a penalty. */
export function sampleScoringCriteria(): Criterion[] {
  return CRITERIA.map(([kind, text, max], order) =>
    criterionSchema.parse({
      ...stamp,
      id: `sc-${order}`,
      pactId: SAMPLE_SCORING_PACT_ID,
      order,
      kind,
      text,
      maxPoints: max,
      rule: ''
    })
  )
}

/** Self-scores per unit (by sample key), in the order of the base criteria. */
const SELF: Record<string, number[]> = {
  'long-bien': [10, 15, 15, 10, 10, 10, 10, 10, 10],
  'hai-ba-trung': [10, 15, 14, 10, 10, 9, 10, 9, 10],
  'ba-dinh': [10, 15, 15, 10, 9, 10, 10, 9, 10],
  'hoang-mai': [10, 15, 15, 9, 10, 9, 9, 10, 9],
  'dong-da': [9, 13, 13, 9, 9, 9, 9, 8, 9],
  'hoan-kiem': [8, 12, 12.5, 8, 8, 8, 8, 8, 8]
}

/** The facts of the example year-end: rules, sheets, scores and items for every member unit. */
export function sampleScoringFacts(data: SampleDataset): ScoringFacts {
  const year = data.clusterYears.find((y) => y.year === 2024)!
  const cluster = data.clusters[0]!
  const criteria = sampleScoringCriteria()
  const plan = compileCriteria(criteria)
  const keyOf = new Map(data.memberUnits.map((u) => [u.id, u.sampleKey]))
  const rules = scoringRulesSchema.parse({
    ...stamp,
    id: 'example-rules-2024',
    clusterYearId: year.id,
    ...EXAMPLE_SCORING_RULES,
    selfScoreDeadline: '2024-10-25',
    scorer: 'cluster',
    basis: [
      'Kế hoạch công tác thi đua, khen thưởng năm 2024 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội',
      'Quy chế hoạt động của Cụm thi đua số 1'
    ],
    status: 'adopted',
    adoptedOn: '2024-02-28'
  })
  const entries: ScoreEntry[] = []
  const adjustments: ScoreAdjustment[] = []
  const sheets = year.memberUnitIds.map((unitId) => {
    const key = keyOf.get(unitId)!
    SELF[key]!.forEach((points, i) => {
      const leaf = plan.leaves[i]!
      const cut = key === 'hoang-mai' && i === 2
      entries.push(
        scoreEntrySchema.parse({
          ...stamp,
          id: `ex-score-${key}-${i}`,
          clusterYearId: year.id,
          unitId,
          criterionId: leaf.id,
          selfScore: points * 100,
          reviewedScore: cut ? 1350 : null,
          diffReason: cut ? 'Kết quả vận động Quỹ quý IV chưa có văn bản xác nhận' : '',
          explanation: cut
            ? 'Đơn vị đã bổ sung Biên bản bàn giao Quỹ ngày 20/10/2024; đề nghị Cụm xem xét lại'
            : '',
          explanationOn: cut ? '2024-10-30' : '',
          evidence:
            key === 'ba-dinh' && i === 2
              ? [
                  {
                    documentNumber: '45/BC-MTTQ-BTT',
                    documentDate: '2024-10-05',
                    fileName: 'bao-cao-quy-vi-nguoi-ngheo.pdf',
                    page: '3'
                  }
                ]
              : []
        })
      )
    })
    const item = (
      n: number,
      kind: 'bonus' | 'penalty',
      reason: string,
      self: number | null,
      reviewed: number | null = null
    ) =>
      adjustments.push(
        scoreAdjustmentSchema.parse({
          ...stamp,
          id: `ex-item-${key}-${n}`,
          clusterYearId: year.id,
          unitId,
          kind,
          criterionId: kind === 'bonus' ? plan.bonus[0]!.id : plan.penalty[0]!.id,
          order: n,
          reason,
          proposedBy: self === null ? 'cluster' : 'unit',
          selfPoints: self,
          reviewedPoints: reviewed
        })
      )
    if (key === 'long-bien') {
      item(1, 'bonus', 'Mô hình «Bữa cơm nghĩa tình» được Thành phố biểu dương', 250)
      item(2, 'bonus', 'Mô hình «Tổ dân phố không rác thải nhựa» được nhân rộng', 250)
    }
    if (key === 'hai-ba-trung')
      item(1, 'bonus', 'Mô hình «Chợ văn minh, an toàn» được nhân rộng', 250)
    if (key === 'ba-dinh') {
      item(1, 'bonus', 'Mô hình «Camera an ninh khu dân cư» được biểu dương', 250)
      item(2, 'penalty', 'Nộp báo cáo sơ kết 6 tháng chậm 01 lần', 100)
    }
    if (key === 'dong-da') item(1, 'penalty', 'Nộp báo cáo quý III chậm 01 lần', 100)
    if (key === 'hoan-kiem')
      item(1, 'penalty', 'Nộp báo cáo chậm 02 lần (quý II, quý III)', null, 200)
    return scoreSheetSchema.parse({
      ...stamp,
      id: `ex-sheet-${key}`,
      clusterYearId: year.id,
      unitId,
      status: key === 'hoang-mai' ? 'explained' : 'reviewed',
      submittedOn: '2024-10-20',
      narrative:
        key === 'ba-dinh'
          ? [
              '# Kết quả thực hiện giao ước thi đua',
              '## Công tác tuyên truyền, vận động Nhân dân',
              'Đơn vị tổ chức tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến các khu dân cư; vận động Quỹ «Vì người nghèo» vượt chỉ tiêu được giao (ví dụ).',
              '## Công tác giám sát, phản biện xã hội',
              'Đơn vị thực hiện các cuộc giám sát theo chương trình; tổ chức hội nghị phản biện xã hội đối với dự thảo văn bản của chính quyền (ví dụ).',
              '## Xây dựng tổ chức và tham gia hoạt động của Cụm',
              'Đơn vị tham gia đầy đủ các hoạt động của Cụm thi đua; phối hợp tổ chức trao đổi kinh nghiệm, học tập mô hình hay (ví dụ).',
              '## Tồn tại, hạn chế',
              'Một báo cáo định kỳ gửi chậm so với thời hạn; việc nhân rộng mô hình mới còn chậm.'
            ].join('\n')
          : ''
    })
  })
  return { cluster, year, units: data.memberUnits, plan, rules, sheets, entries, adjustments }
}

/** The three year-end scoring documents of the example, as `docs:samples` and the tests use them. */
export function sampleScoringDocuments(
  data: SampleDataset
): Array<{ kind: string; fileName: string; model: DocumentModel }> {
  const facts = sampleScoringFacts(data)
  const byKey = (key: string) => data.memberUnits.find((u) => u.sampleKey === key)!.id
  const explanation = buildScoreExplanationDocument(
    facts,
    byKey('hoang-mai'),
    DEFAULT_PROFILE,
    '2024-10-30'
  )!
  return [
    {
      kind: 'score-report',
      fileName: 'Báo cáo kết quả thực hiện giao ước và tự chấm điểm năm 2024 (ví dụ)',
      model: buildScoreReportDocument(facts, byKey('ba-dinh'), DEFAULT_PROFILE, '2024-10-20')
    },
    {
      kind: 'score-summary',
      fileName: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng năm 2024 (ví dụ)',
      model: buildScoreSummaryDocument(facts, DEFAULT_PROFILE, '2024-11-01', {
        preparedBy: '',
        signerName: ''
      })
    },
    {
      kind: 'score-explanation',
      fileName: 'Phiếu giải trình điểm thi đua năm 2024 (ví dụ)',
      model: explanation
    }
  ]
}
