import { z } from 'zod'
import {
  idField,
  lineList,
  optionalDate,
  optionalLine,
  optionalRef,
  prose,
  requiredDate,
  requiredLine,
  rowBase,
  timestampField,
  wholeNumber
} from '../model/fields'
import { optionalHundredths } from '../scoring/model'
import { lazySchema } from '../model/lazy-schema'

/**
 * Awards the cluster proposes upward and their history (issue 15 §4–5; year-end.md §C, §D.3,
 * §E). One zod schema per proposed table, types inferred; they sit beside the entity tables until
 * the lead moves them into a schema version:
 *
 * - `awardTypes`         the catalogue per cluster, MTTQ defaults marked by how sure they are;
 * - `awardProposals`     one per unit and award proposed for a year, with the acknowledged
 *                        warnings and the higher level's decision;
 * - `pastAwards`         the award history of units (from decisions, or typed from old papers);
 * - `unitLineageEvents`  renames, mergers, splits: how a unit's history reaches its successors;
 * - `awardDossiers`      one per cluster year: where the dossier went and what it held.
 */

export const AWARD_LEVELS = ['nha-nuoc', 'ubtu', 'tinh', 'xa', 'other'] as const
export const AWARD_LEVEL_LABELS: Record<(typeof AWARD_LEVELS)[number], string> = {
  'nha-nuoc': 'Nhà nước',
  ubtu: 'Ủy ban Trung ương MTTQ Việt Nam',
  tinh: 'Ủy ban MTTQ Việt Nam cấp tỉnh',
  xa: 'Ủy ban MTTQ Việt Nam cấp xã',
  other: 'Khác'
}

/** The documents a dossier may need (year-end.md §C.4). */
export const DOSSIER_DOC_KINDS = [
  'submission',
  'nominee-list',
  'meeting-minutes',
  'tally-record',
  'score-summary',
  'achievement-report',
  'cluster-report',
  'result-notice'
] as const
export const dossierDocKindSchema = lazySchema(() =>
  z.enum(DOSSIER_DOC_KINDS, {
    error: 'Loại tài liệu trong hồ sơ không hợp lệ.'
  })
)
export type DossierDocKind = z.infer<typeof dossierDocKindSchema>

export const awardTypeSchema = lazySchema(() =>
  z
    .object({
      ...rowBase,
      clusterId: idField,
      /** Short stable code of the catalogue: `co-thi-dua-tinh`. */
      code: z
        .string({ error: 'Mã hình thức khen thưởng không hợp lệ.' })
        .regex(/^[a-z0-9-]{1,40}$/, 'Mã hình thức khen thưởng: chữ thường, số và dấu gạch ngang.'),
      /** Full name as decisions write it: `Cờ thi đua của Ủy ban MTTQ Việt Nam thành phố Hà Nội`. */
      name: requiredLine('Tên hình thức khen thưởng', 300),
      /** As a sentence proposes it: `Cờ thi đua`, `Bằng khen`. */
      shortName: requiredLine('Tên ngắn', 100),
      level: z.enum(AWARD_LEVELS).default('tinh'),
      target: z.enum(['collective', 'person']).default('collective'),
      /** Danh hiệu thi đua (a title) or hình thức khen thưởng (an award): two tables of the history. */
      category: z.enum(['title', 'award']).default('award'),
      /** Higher is a higher form: the same year gets one form (Luật TĐKT 2022, Điều 5). */
      tier: wholeNumber('Thứ bậc', 0, 100).default(0),
      criteriaText: prose('Tiêu chuẩn', 20_000),
      /** Căn cứ of the criteria and of the catalogue entry itself. */
      basis: lineList('Căn cứ', 20, 1000),
      requiresBallot: z.boolean().default(true),
      /** Most proposals of this form per cluster and year; null: no quota known. */
      quotaPerCluster: wholeNumber('Số lượng tối đa mỗi cụm', 0, 1000).nullable().default(null),
      quotaBasis: optionalLine('Căn cứ số lượng', 1000),
      requiredDocs: z.array(dossierDocKindSchema).max(20).default([]),
      /** How sure the default is (year-end.md labels): the screen marks all but `confirmed`. */
      certainty: z.enum(['confirmed', 'practice', 'unconfirmed']).default('unconfirmed'),
      note: prose('Ghi chú', 5000),
      active: z.boolean().default(true),
      order: wholeNumber('Thứ tự', 0, 1000).default(0)
    })
    .refine(
      (t) => t.quotaPerCluster === null || t.quotaBasis !== '' || t.certainty !== 'confirmed',
      {
        path: ['quotaBasis'],
        message: 'Số lượng tối đa đã xác nhận thì phải ghi căn cứ.'
      }
    )
)
export type AwardType = z.infer<typeof awardTypeSchema>

/** The share a proposal won, as the ballot gave it, frozen on the proposal. */
export const proposalVoteSchema = lazySchema(() =>
  z.object({
    ballotId: optionalRef,
    sectionKey: optionalLine('Mục của phiếu', 40),
    round: wholeNumber('Lần bỏ phiếu', 1, 20).default(1),
    agree: wholeNumber('Số phiếu đồng ý', 0, 100_000),
    base: wholeNumber('Cơ sở tính tỷ lệ', 0, 100_000),
    /** `5/6 đơn vị thành viên, đạt 83,33%` */
    shareWords: optionalLine('Tỷ lệ phiếu', 300),
    /** `quá 1/2 tổng số đơn vị thành viên` */
    ruleWords: optionalLine('Điều kiện đạt', 300),
    passed: z.boolean(),
    /** Chosen within the section's seats (not only over the threshold). */
    chosen: z.boolean().default(true)
  })
)
export type ProposalVote = z.infer<typeof proposalVoteSchema>

/** The higher level's decision on one proposal (year-end.md §C.3). */
export const awardDecisionSchema = lazySchema(() =>
  z
    .object({
      outcome: z.enum(['accepted', 'refused', 'changed']),
      /** For `changed`: the form actually given. */
      finalAwardTypeId: optionalRef,
      number: optionalLine('Số quyết định', 60),
      date: optionalDate('Ngày quyết định'),
      issuer: optionalLine('Cơ quan ban hành', 300),
      note: optionalLine('Ghi chú', 1000)
    })
    .superRefine((d, ctx) => {
      if (d.outcome === 'changed' && d.finalAwardTypeId === '')
        ctx.addIssue({
          code: 'custom',
          path: ['finalAwardTypeId'],
          message: 'Chuyển hình thức khác: chọn hình thức được khen.'
        })
      if (d.outcome !== 'refused') {
        if (d.number === '')
          ctx.addIssue({ code: 'custom', path: ['number'], message: 'Số quyết định: chưa ghi.' })
        if (d.date === '')
          ctx.addIssue({ code: 'custom', path: ['date'], message: 'Ngày quyết định: chưa ghi.' })
        if (d.issuer === '')
          ctx.addIssue({
            code: 'custom',
            path: ['issuer'],
            message: 'Cơ quan ban hành quyết định: chưa ghi.'
          })
      }
    })
)
export type AwardDecision = z.infer<typeof awardDecisionSchema>

export const awardProposalSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    clusterYearId: idField,
    unitId: idField,
    /** The unit's name at the time of the proposal (ghi đầy đủ, đúng tên gọi tại thời điểm đề nghị). */
    unitName: requiredLine('Tên tập thể', 300),
    awardTypeId: idField,
    /** From a ballot section, or added by the secretary. */
    source: z.enum(['ballot', 'manual']).default('ballot'),
    rank: wholeNumber('Xếp thứ', 1, 100_000).nullable().default(null),
    total: optionalHundredths('Tổng điểm'),
    band: optionalLine('Xếp loại', 60),
    vote: proposalVoteSchema.nullable().default(null),
    /** Tóm tắt thành tích for the danh sách trích ngang; generated, editable. */
    summary: optionalLine('Tóm tắt thành tích', 2000),
    status: z.enum(['draft', 'proposed', 'submitted', 'decided']).default('draft'),
    /** The warnings the secretary read and accepted, by code (see `proposalWarnings`). */
    acknowledgements: z
      .array(
        z.object({
          code: z.string().regex(/^[a-z-]+(:[A-Za-z0-9_-]+)*$/, 'Mã cảnh báo không hợp lệ.'),
          at: timestampField,
          note: optionalLine('Ghi chú', 1000)
        })
      )
      .max(50)
      .default([]),
    decision: awardDecisionSchema.nullable().default(null),
    order: wholeNumber('Thứ tự', 0, 10_000).default(0)
  })
)
export type AwardProposal = z.infer<typeof awardProposalSchema>

/** One award a unit (or a predecessor) received: from a recorded decision or old papers. */
export const pastAwardSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    unitId: idField,
    /** The recipient's name as the decision wrote it. */
    recipientName: requiredLine('Tên đơn vị được khen', 300),
    /** The year of the results rewarded. */
    year: wholeNumber('Năm', 1945, 2100),
    awardTypeId: optionalRef,
    title: requiredLine('Danh hiệu, hình thức khen thưởng', 300),
    category: z.enum(['title', 'award']).default('award'),
    decisionNumber: optionalLine('Số quyết định', 60),
    decisionDate: optionalDate('Ngày quyết định'),
    issuer: optionalLine('Cơ quan ban hành', 300),
    source: z.enum(['decision', 'typed']).default('typed'),
    proposalId: optionalRef
  })
)
export type PastAward = z.infer<typeof pastAwardSchema>

export const LINEAGE_TYPES = ['merge', 'rename', 'split', 'dissolve', 'transfer'] as const

/**
 * How units became others (year-end.md §D.3): never a rename in place — the old unit is ended and
 * the event links it to its successors, with the date and the basis (e.g. `NQ 1656/NQ-UBTVQH15`).
 * Predecessors are kept as units of the cluster's register (ended, in no year), so their awards
 * stay under their own names.
 */
export const unitLineageEventSchema = lazySchema(() =>
  z
    .object({
      ...rowBase,
      clusterId: idField,
      date: requiredDate('Ngày hiệu lực'),
      type: z.enum(LINEAGE_TYPES),
      fromUnitIds: z.array(idField).max(50).default([]),
      toUnitIds: z.array(idField).max(50).default([]),
      basis: optionalLine('Căn cứ', 500),
      note: optionalLine('Ghi chú', 1000)
    })
    .superRefine((e, ctx) => {
      const from = e.fromUnitIds.length
      const to = e.toUnitIds.length
      const ok =
        (e.type === 'merge' && from >= 2 && to === 1) ||
        ((e.type === 'rename' || e.type === 'transfer') && from === 1 && to === 1) ||
        (e.type === 'split' && from === 1 && to >= 2) ||
        (e.type === 'dissolve' && from >= 1 && to === 0)
      if (!ok)
        ctx.addIssue({
          code: 'custom',
          path: ['toUnitIds'],
          message:
            'Sự kiện không hợp lệ: sáp nhập là nhiều đơn vị thành một; đổi tên, chuyển là một thành một; chia tách là một thành nhiều; giải thể thì không có đơn vị kế thừa.'
        })
      if (e.fromUnitIds.some((id) => e.toUnitIds.includes(id)))
        ctx.addIssue({
          code: 'custom',
          path: ['toUnitIds'],
          message: 'Đơn vị kế thừa phải là bản ghi mới, không trùng đơn vị cũ.'
        })
    })
)
export type UnitLineageEvent = z.infer<typeof unitLineageEventSchema>

export const awardDossierSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    clusterYearId: idField,
    /** `Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội` */
    recipientBody: requiredLine('Nơi nhận hồ sơ', 300),
    /** The register entry of the tờ trình. */
    submissionDocumentId: optionalRef,
    submittedOn: optionalDate('Ngày gửi'),
    channel: z.enum(['paper', 'electronic', 'both']).default('both'),
    /** The folder last exported ("Xuất hồ sơ"), for the screen to show. */
    exportedAt: z.union([z.literal(''), timestampField]).default(''),
    note: prose('Ghi chú', 5000),
    /**
     * The secretary's parts of the Báo cáo tổng kết (outline text: `- ` items, `## ` headings): the
     * year's activities, the assessment, next year's direction. Empty leaves "[chưa ghi …]" there
     * and the report a draft. Defaults keep older rows and backups valid without a schema step.
     */
    reportActivities: prose('Hoạt động trong năm', 20_000),
    reportAssessment: prose('Đánh giá chung', 20_000),
    reportNextYear: prose('Phương hướng năm sau', 20_000)
  })
)
export type AwardDossier = z.infer<typeof awardDossierSchema>

/** The proposed tables and their row schemas, for the lead to move into `TABLES`. */
export const AWARD_TABLES = {
  awardTypes: awardTypeSchema,
  awardProposals: awardProposalSchema,
  pastAwards: pastAwardSchema,
  unitLineageEvents: unitLineageEventSchema,
  awardDossiers: awardDossierSchema
} as const
