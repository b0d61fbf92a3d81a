import { z } from 'zod'
import {
  idField,
  lineList,
  optionalDate,
  optionalLine,
  optionalRef,
  prose,
  requiredLine,
  rowBase,
  timestampField,
  wholeNumber
} from '../model/fields'
import { lazySchema } from '../model/lazy-schema'

/**
 * The records of the year-end scoring (issue 14, year-end.md §A and §E), one zod schema per
 * proposed table; the types are inferred from them. Every score, maximum and cap is an integer
 * number of hundredths of a point (`points.ts`). `model/entities.ts` lists them among its tables
 * (schema v7):
 *
 * - `scoringRules`      one per cluster year: the rules of the year and their legal basis;
 * - `scoreSheets`       one per unit and year: status, signer, report text, vướng mắc flag;
 * - `scoreEntries`      one per unit × criterion: self and reviewed scores (extends `scores`);
 * - `scoreAdjustments`  the unit's bonus and penalty items, each its own row;
 * - `rankingSnapshots`  the ranking as adopted (and later locked), with its figures.
 */

/** An integer number of hundredths of a point, 0 … 10.000.000 (100.000 points). */
export function hundredthsField(label: string) {
  return z
    .number({ error: `${label}: phải là số.` })
    .int(`${label}: phải là số nguyên phần trăm điểm.`)
    .min(0, `${label}: không được âm.`)
    .max(10_000_000, `${label}: quá lớn.`)
}

/** Hundredths of a point, or null while not given. */
export function optionalHundredths(label: string) {
  return hundredthsField(label).nullable().default(null)
}

/** A measured quantity (chỉ tiêu, kết quả): any finite number, or null. */
function optionalQuantity(label: string) {
  return z
    .number({ error: `${label}: phải là số.` })
    .refine(Number.isFinite, `${label}: phải là số.`)
    .refine((v) => Math.abs(v) <= 1e12, `${label}: quá lớn.`)
    .nullable()
    .default(null)
}

/** Where the proof of a claim is: a document (number and date), a file, a page. */
export const evidenceRefSchema = lazySchema(() =>
  z.object({
    documentNumber: optionalLine('Số, ký hiệu văn bản minh chứng', 100),
    documentDate: optionalDate('Ngày văn bản minh chứng'),
    fileName: optionalLine('Tên tệp minh chứng', 260),
    page: optionalLine('Trang', 40)
  })
)
export type EvidenceRef = z.infer<typeof evidenceRefSchema>

const evidenceList = lazySchema(() =>
  z
    .array(evidenceRefSchema)
    .max(30, 'Minh chứng: tối đa 30 mục.')
    .default([])
    .transform((list) => list.filter((e) => e.documentNumber || e.documentDate || e.fileName))
)

/** A classification band: its label and lower bound in hundredths of a percent of the maximum. */
export const bandSchema = lazySchema(() =>
  z.object({
    label: requiredLine('Tên mức xếp loại', 60),
    minPercent: wholeNumber('Ngưỡng xếp loại (phần trăm × 100)', 0, 100_00)
  })
)
export type Band = z.infer<typeof bandSchema>

/**
 * The optional tie-break chain of the score table (year-end.md §A.4), off by default: equal totals
 * share a rank unless the year's rules name criteria to separate them.
 */
export const tieBreakKeySchema = lazySchema(() =>
  z.enum(['more-full-marks', 'higher-base', 'fewer-penalty'])
)
export type TieBreakKey = z.infer<typeof tieBreakKeySchema>

export const scoringRulesSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    clusterYearId: idField,
    /** The declared maximum of the year (e.g. 100 points), the base of every percentage. */
    declaredMax: hundredthsField('Tổng điểm chuẩn').min(1, 'Tổng điểm chuẩn: phải lớn hơn 0.'),
    /** True when the declared maximum includes the bonus (Σ base + bonus cap = maximum). */
    bonusInsideTotal: z.boolean().default(false),
    /** Most bonus a unit can earn in total; null: only the bonus criteria's own maxima. */
    bonusCap: optionalHundredths('Điểm cộng tối đa'),
    /** Most penalty a unit can lose in total; null: no cap. */
    penaltyCap: optionalHundredths('Điểm trừ tối đa'),
    /** Whether a total below zero is shown as zero (only if the Quy chế says so). */
    floorAtZero: z.boolean().default(true),
    step: z
      .union([z.literal(100), z.literal(50), z.literal(25)], {
        error: 'Bước chấm: chỉ 1; 0,5 hoặc 0,25 điểm.'
      })
      .default(50),
    decimals: z
      .union([z.literal(0), z.literal(1), z.literal(2)], {
        error: 'Số chữ số thập phân: 0, 1 hoặc 2.'
      })
      .default(1),
    bands: z.array(bandSchema).max(10, 'Xếp loại: tối đa 10 mức.').default([]),
    selfScoreDeadline: optionalDate('Hạn nộp bảng tự chấm'),
    /** Peer review by the cluster, or a provincial board whose result the cluster records. */
    scorer: z.enum(['cluster', 'provincial-board']).default('cluster'),
    /** The board's name when `scorer` is `provincial-board`. */
    scorerBody: optionalLine('Cơ quan chấm điểm', 300),
    /** Căn cứ: the higher level's guidance, the cluster's Quy chế (one per line). */
    basis: lineList('Căn cứ', 20, 1000),
    tieBreak: z
      .array(tieBreakKeySchema)
      .max(3)
      .default([])
      .refine(
        (keys) => new Set(keys).size === keys.length,
        'Tiêu chí phụ: mỗi tiêu chí chỉ một lần.'
      ),
    status: z.enum(['draft', 'adopted']).default('draft'),
    adoptedOn: optionalDate('Ngày thông qua')
  })
)
export type ScoringRules = z.infer<typeof scoringRulesSchema>

/** The subset of the rules the arithmetic needs (tests and screens may build it directly). */
export type ScoringArithmetic = Pick<
  ScoringRules,
  | 'declaredMax'
  | 'bonusInsideTotal'
  | 'bonusCap'
  | 'penaltyCap'
  | 'floorAtZero'
  | 'step'
  | 'decimals'
  | 'bands'
  | 'tieBreak'
>

export const SHEET_STATUSES = [
  'draft',
  'submitted',
  'reviewed',
  'explained',
  'adopted',
  'locked'
] as const
export const sheetStatusSchema = lazySchema(() => z.enum(SHEET_STATUSES))
export type SheetStatus = z.infer<typeof sheetStatusSchema>

/** Why a unit must not be proposed for an award this year (NĐ 152/2025 Điều 4 khoản 4). */
export const sheetFlagSchema = lazySchema(() =>
  z.object({
    kind: z.enum(['discipline', 'inspection', 'complaint', 'other']),
    note: requiredLine('Nội dung vướng mắc', 1000),
    since: optionalDate('Từ ngày')
  })
)
export type SheetFlag = z.infer<typeof sheetFlagSchema>

export const scoreSheetSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    clusterYearId: idField,
    unitId: idField,
    status: sheetStatusSchema.default('draft'),
    submittedOn: optionalDate('Ngày nộp'),
    signerName: optionalLine('Người ký', 120),
    signerTitle: optionalLine('Chức vụ người ký', 200),
    /** The unit's report on carrying out the pact, as outline text (`documents/outline.ts`). */
    narrative: prose('Báo cáo kết quả thực hiện giao ước', 200_000),
    /** Vướng mắc: scored as usual, refused by the award step. */
    flag: sheetFlagSchema.nullable().default(null),
    adoptedInMeetingId: optionalRef,
    adoptedOn: optionalDate('Ngày thông qua'),
    lockedAt: z.union([z.literal(''), timestampField]).default('')
  })
)
export type ScoreSheet = z.infer<typeof scoreSheetSchema>

const differs = (self: number | null, reviewed: number | null) =>
  reviewed !== null && reviewed !== self

export const scoreEntrySchema = lazySchema(() =>
  z
    .object({
      ...rowBase,
      clusterYearId: idField,
      unitId: idField,
      criterionId: idField,
      /** Chỉ tiêu and kết quả of a quantitative criterion, in its own unit of measure. */
      target: optionalQuantity('Chỉ tiêu'),
      actual: optionalQuantity('Kết quả'),
      selfScore: optionalHundredths('Điểm tự chấm'),
      selfNote: prose('Ghi chú', 5000),
      evidence: evidenceList,
      /** The score agreed at the review (cụm chấm / thẩm định); null while not reviewed. */
      reviewedScore: optionalHundredths('Điểm cụm chấm'),
      reviewerUnitId: optionalRef,
      reviewerName: optionalLine('Người chấm', 120),
      reviewNote: prose('Nhận xét', 5000),
      /** Required whenever the reviewed score differs from the self-score. */
      diffReason: prose('Lý do chênh lệch', 5000),
      explanation: prose('Ý kiến giải trình', 5000),
      explanationOn: optionalDate('Ngày giải trình')
    })
    .superRefine((row, ctx) => {
      if (differs(row.selfScore, row.reviewedScore) && row.diffReason === '')
        ctx.addIssue({
          code: 'custom',
          path: ['diffReason'],
          message: 'Điểm cụm chấm khác điểm tự chấm: cần ghi lý do.'
        })
    })
)
export type ScoreEntry = z.infer<typeof scoreEntrySchema>

export const scoreAdjustmentSchema = lazySchema(() =>
  z
    .object({
      ...rowBase,
      clusterYearId: idField,
      unitId: idField,
      kind: z.enum(['bonus', 'penalty']),
      /** The bonus or penalty criterion it counts under; empty for an item outside the criteria. */
      criterionId: optionalRef,
      order: wholeNumber('Thứ tự', 0, 100_000).default(0),
      /** What earned the bonus or cost the points. */
      reason: requiredLine('Nội dung điểm cộng, điểm trừ', 2000),
      evidence: evidenceList,
      /** Who put the item forward: the unit in its sheet, or the cluster at review. */
      proposedBy: z.enum(['unit', 'cluster']).default('unit'),
      selfPoints: optionalHundredths('Điểm đơn vị đề nghị'),
      reviewedPoints: optionalHundredths('Điểm cụm chấm'),
      diffReason: prose('Lý do chênh lệch', 5000),
      explanation: prose('Ý kiến giải trình', 5000),
      explanationOn: optionalDate('Ngày giải trình')
    })
    .superRefine((row, ctx) => {
      if (row.selfPoints === null && row.reviewedPoints === null)
        ctx.addIssue({ code: 'custom', path: ['selfPoints'], message: 'Chưa nhập số điểm.' })
      // An item the cluster itself proposed is explained by its own reason.
      const claimed = row.proposedBy === 'unit'
      if (claimed && differs(row.selfPoints, row.reviewedPoints) && row.diffReason === '')
        ctx.addIssue({
          code: 'custom',
          path: ['diffReason'],
          message: 'Điểm cụm chấm khác điểm đơn vị đề nghị: cần ghi lý do.'
        })
    })
)
export type ScoreAdjustment = z.infer<typeof scoreAdjustmentSchema>

export const rankingRowSchema = lazySchema(() =>
  z.object({
    unitId: idField,
    /** The unit's name as it was that year. */
    unitName: requiredLine('Tên đơn vị', 200),
    selfTotal: z.number().int(),
    base: z.number().int(),
    bonus: z.number().int(),
    penalty: z.number().int(),
    total: z.number().int(),
    rank: wholeNumber('Xếp thứ', 1, 100_000),
    tied: z.boolean(),
    band: optionalLine('Xếp loại', 60),
    flagged: z.boolean().default(false)
  })
)
export type RankingRow = z.infer<typeof rankingRowSchema>

/** The score table as the meeting adopted it: figures frozen with the criteria version. */
export const rankingSnapshotSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    clusterYearId: idField,
    computedAt: timestampField,
    criteriaVersion: z.string().regex(/^[0-9a-f]{16}$/, 'Phiên bản tiêu chí không hợp lệ.'),
    status: z.enum(['adopted', 'locked']).default('adopted'),
    adoptedInMeetingId: optionalRef,
    adoptedOn: optionalDate('Ngày thông qua'),
    rows: z.array(rankingRowSchema).max(1000).default([])
  })
)
export type RankingSnapshot = z.infer<typeof rankingSnapshotSchema>

/** The scoring tables and their row schemas, spread into `TABLES` (schema v7). */
export const SCORING_TABLES = {
  scoringRules: scoringRulesSchema,
  scoreSheets: scoreSheetSchema,
  scoreEntries: scoreEntrySchema,
  scoreAdjustments: scoreAdjustmentSchema,
  rankingSnapshots: rankingSnapshotSchema
} as const
