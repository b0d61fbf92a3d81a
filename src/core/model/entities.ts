import { z } from 'zod'
import {
  idField,
  lineList,
  optionalDate,
  optionalLine,
  optionalPoints,
  optionalRef,
  optionalTime,
  prose,
  requiredDate,
  requiredLine,
  rowBase,
  timestampField,
  wholeNumber
} from './fields'
import { cleanDeep, needsCleaning, normalizeLine } from '../text/normalize'
import { isIsoTimestamp } from '../text/dates'
import { SCORING_TABLES } from '../scoring/model'
import { BALLOT_TABLES } from '../ballot/model'
import { AWARD_TABLES } from '../awards/model'
import { votePurposeSchema, voteRuleSchema } from './vote-rule'
import { lazySchema } from './lazy-schema'

/**
 * The whole data model of the secretariat, designed once. Each schema validates and normalises a
 * stored row; the TypeScript types are inferred from it, so the two cannot disagree. Tables are
 * listed in `TABLES` (the order backups and deletes follow). Ids are strings, so rows from
 * backups and imports merge without renumbering, and no primary key will ever need to change.
 */

const phone = lazySchema(() =>
  z
    .string({ error: 'Số điện thoại: phải là văn bản.' })
    .default('')
    .transform(normalizeLine)
    .refine(
      (v) => v === '' || (/^\+?[0-9 .()-]+$/.test(v) && /^(\D*\d){8,15}\D*$/.test(v)),
      'Số điện thoại không hợp lệ (8–15 chữ số, ví dụ 024 3825 1234).'
    )
)

const email = lazySchema(() =>
  z
    .string({ error: 'Thư điện tử: phải là văn bản.' })
    .default('')
    .transform(normalizeLine)
    .refine(
      (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
      'Thư điện tử không hợp lệ (ví dụ vanphong@mttq.hanoi.gov.vn).'
    )
)

/** A document symbol such as `CTĐ1` or `MTTQ-BTT`: uppercase letters and digits, dash-separated. */
export const documentSymbolField = lazySchema(() =>
  z
    .string({ error: 'Ký hiệu văn bản: phải là văn bản.' })
    .transform((v) => normalizeLine(v).toLocaleUpperCase('vi'))
    .pipe(
      z
        .string()
        .min(1, 'Ký hiệu văn bản: không được để trống.')
        .max(30, 'Ký hiệu văn bản: dài quá 30 ký tự.')
        .regex(
          /^[\p{Lu}\p{N}]+(-[\p{Lu}\p{N}]+)*$/u,
          'Ký hiệu văn bản: chỉ gồm chữ in hoa và chữ số, nối bằng dấu gạch ngang (ví dụ CTĐ1).'
        )
    )
)

// The vote purposes and rule live in their own module so the ballot tables (which copy a rule)
// can be part of `TABLES` without a circular import.
export {
  VOTE_PURPOSES,
  votePurposeSchema,
  voteRuleSchema,
  type VotePurpose,
  type VoteRule
} from './vote-rule'

/**
 * How the cluster numbers what it issues (ND30 allows one series for all types or one per type)
 * and whether the signed pact — not an ND30 type (official-layout.md §1.4) — takes a number.
 */
export const registerSettingsSchema = lazySchema(() =>
  z.object({
    series: z.enum(['per-type', 'single']).default('per-type'),
    pactNumbering: z.enum(['unnumbered', 'numbered']).default('unnumbered'),
    /** The abbreviation a numbered pact carries; the cluster chooses it (there is no ND30 one). */
    pactTypeCode: z
      .string({ error: 'Ký hiệu loại của giao ước: phải là văn bản.' })
      .default('GƯTĐ')
      .transform((v) => normalizeLine(v).toLocaleUpperCase('vi'))
      .pipe(
        z
          .string()
          .min(1, 'Ký hiệu loại của giao ước: không được để trống.')
          .max(10, 'Ký hiệu loại của giao ước: dài quá 10 ký tự.')
          .regex(/^[\p{Lu}\p{N}]+$/u, 'Ký hiệu loại của giao ước: chỉ gồm chữ in hoa và chữ số.')
      )
  })
)
export type RegisterSettings = z.infer<typeof registerSettingsSchema>

/** Rules of the cluster that later screens apply; never constants in code. */
export const clusterRulesSchema = lazySchema(() =>
  z.object({
    /**
     * The cluster's default vote rule, as stored before schema v6 (a percentage). Still read: a
     * purpose without its own rule in `voteRules` is voted under it (see `clusterVoteRule`).
     */
    voteThresholdPercent: z
      .number({ error: 'Tỷ lệ biểu quyết: phải là số.' })
      .min(1, 'Tỷ lệ biểu quyết: tối thiểu 1%.')
      .max(100, 'Tỷ lệ biểu quyết: tối đa 100%.')
      .default(50),
    voteThresholdStrict: z.boolean().default(true),
    voteDenominator: z.enum(['members', 'present', 'valid-ballots']).default('members'),
    tieRule: z.enum(['revote', 'chair-decides', 'higher-score']).default('revote'),
    scoreScale: z
      .number({ error: 'Thang điểm: phải là số.' })
      .positive('Thang điểm: phải lớn hơn 0.')
      .max(100_000, 'Thang điểm: quá lớn.')
      .default(100),
    /** The rule of each vote purpose the cluster has set (schema v6). */
    voteRules: z.partialRecord(votePurposeSchema, voteRuleSchema).default({}),
    /** Numbering of the cluster's register (schema v6). */
    register: registerSettingsSchema.default(() => registerSettingsSchema.parse({}))
  })
)
export type ClusterRules = z.infer<typeof clusterRulesSchema>

export const clusterSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    name: requiredLine('Tên cụm', 200),
    parentBody: optionalLine('Cơ quan chủ quản', 300),
    /** Header lines above the issuer line, uppercase, e.g. `ỦY BAN MTTQ VIỆT NAM`, `THÀNH PHỐ HÀ NỘI`. */
    headerLines: lineList('Dòng tiêu đề', 4, 120),
    /** The bold issuer line; derived from the name with Vietnamese uppercase when left empty. */
    issuerLine: optionalLine('Dòng tên cụm trên tiêu đề', 120),
    placeName: requiredLine('Địa danh', 100),
    symbol: documentSymbolField,
    higherBody: optionalLine('Cơ quan cấp trên', 300),
    rules: clusterRulesSchema.default(() => clusterRulesSchema.parse({})),
    /** The order in which member units take turns as cụm trưởng (schema v3). */
    rotationOrder: z.array(idField).max(500).default([]),
    isSample: z.boolean().default(false)
  })
)
export type Cluster = z.infer<typeof clusterSchema>

export const memberUnitSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    clusterId: idField,
    name: requiredLine('Tên đơn vị', 200),
    shortName: optionalLine('Tên ngắn', 80),
    headerLines: lineList('Dòng tiêu đề', 4, 120),
    placeName: optionalLine('Địa danh', 100),
    address: optionalLine('Địa chỉ', 300),
    phone,
    email,
    displayOrder: wholeNumber('Thứ tự', 0, 100_000).default(0),
    activeFrom: optionalDate('Ngày tham gia'),
    activeTo: optionalDate('Ngày kết thúc'),
    note: prose('Ghi chú', 5000),
    /** Stable key of a row loaded from the built-in sample; empty for the user's own rows. */
    sampleKey: optionalLine('Khóa mẫu', 60)
  })
)
export type MemberUnit = z.infer<typeof memberUnitSchema>

export const unitPersonSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    unitId: idField,
    fullName: requiredLine('Họ và tên', 120),
    position: optionalLine('Chức vụ', 200),
    role: z.enum(['chair', 'vice-chair', 'emulation-officer', 'other']).default('other'),
    phone,
    email,
    activeFrom: optionalDate('Từ ngày'),
    activeTo: optionalDate('Đến ngày')
  })
)
export type UnitPerson = z.infer<typeof unitPersonSchema>

export const clusterYearSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    clusterId: idField,
    year: wholeNumber('Năm', 1990, 2100),
    memberUnitIds: z.array(idField).max(500).default([]),
    leaderUnitId: optionalRef,
    deputyUnitId: optionalRef,
    /**
     * The unit the year-end suy tôn chose as leading the cluster that year (schema v8); null until
     * the vote is counted. Set by the ballot's result, never typed.
     */
    leadingUnitId: idField.nullable().default(null),
    leaderSignerId: optionalRef,
    deputySignerId: optionalRef,
    /** Unit names as they were that year, so later renames never rewrite history. */
    unitNames: z
      .record(idField, optionalLine('Tên đơn vị theo năm', 200), {
        error: 'Tên đơn vị theo năm: phải là một nhóm tên.'
      })
      .default({}),
    note: prose('Ghi chú', 5000)
  })
)
export type ClusterYear = z.infer<typeof clusterYearSchema>

export const pactSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    clusterYearId: idField,
    title: requiredLine('Tiêu đề giao ước', 300),
    status: z.enum(['draft', 'signed']).default('draft'),
    signedOn: optionalDate('Ngày ký'),
    signingMeetingId: optionalRef,
    basis: lineList('Căn cứ', 30, 1000),
    preamble: prose('Lời mở đầu', 20_000),
    immediateTask: prose('Nhiệm vụ trước mắt', 20_000),
    closing: prose('Đoạn kết', 5000),
    declaredTotal: optionalPoints('Tổng điểm'),
    /** Who signs for each unit, in signing order (schema v4); empty means the defaults. */
    signatories: z
      .array(
        z.object({
          unitId: idField,
          titleLines: lineList('Chức danh người ký', 6, 200),
          name: optionalLine('Người ký', 120)
        })
      )
      .max(300)
      .default([]),
    /** An optional witness block under the signatures (e.g. the higher Ban Thường trực). */
    witness: z
      .object({
        titleLines: lineList('Chức danh người chứng kiến', 6, 200),
        name: optionalLine('Người chứng kiến', 120)
      })
      .nullable()
      .default(null),
    /** The register entry of the signed pact when the cluster numbers pacts (schema v6). */
    documentId: optionalRef
  })
)
export type Pact = z.infer<typeof pactSchema>
export type PactSignatory = Pact['signatories'][number]

export const pactCommitmentSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    pactId: idField,
    parentId: optionalRef,
    order: wholeNumber('Thứ tự', 0, 100_000),
    text: requiredLine('Nội dung giao ước', 20_000)
  })
)
export type PactCommitment = z.infer<typeof pactCommitmentSchema>

export const criterionSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    pactId: idField,
    parentId: optionalRef,
    order: wholeNumber('Thứ tự', 0, 100_000),
    code: optionalLine('Số thứ tự tiêu chí', 20),
    text: requiredLine('Nội dung tiêu chí', 5000),
    kind: z.enum(['group', 'base', 'bonus', 'penalty']).default('base'),
    maxPoints: optionalPoints('Điểm chuẩn'),
    rule: prose('Cách chấm', 5000)
  })
)
export type Criterion = z.infer<typeof criterionSchema>

export const commitmentProgressSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    commitmentId: idField,
    unitId: idField,
    status: z.enum(['not-started', 'in-progress', 'done', 'failed']).default('not-started'),
    evidence: prose('Minh chứng', 20_000),
    updatedOn: optionalDate('Ngày cập nhật')
  })
)
export type CommitmentProgress = z.infer<typeof commitmentProgressSchema>

const personRef = lazySchema(() =>
  z
    .object({
      name: optionalLine('Họ và tên', 120),
      position: optionalLine('Chức vụ', 200),
      unitId: optionalRef,
      personId: optionalRef
    })
    .default({ name: '', position: '', unitId: '', personId: '' })
)

export const meetingTypeSchema = lazySchema(() =>
  z.enum(['pact-signing', 'mid-year-review', 'year-end-review', 'regular', 'other'])
)
export type MeetingType = z.infer<typeof meetingTypeSchema>

export const meetingSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    clusterYearId: idField,
    type: meetingTypeSchema.default('other'),
    title: requiredLine('Tên hội nghị', 300),
    date: requiredDate('Ngày họp'),
    startTime: optionalTime('Giờ bắt đầu'),
    endTime: optionalTime('Giờ kết thúc'),
    timeOfDay: z.enum(['', 'sáng', 'chiều', 'tối']).default(''),
    place: optionalLine('Địa điểm', 300),
    hostUnitId: optionalRef,
    chair: personRef,
    secretary: personRef,
    agenda: lineList('Chương trình', 50, 1000),
    conclusion: prose('Kết luận'),
    decisions: lineList('Quyết định', 50, 5000),
    status: z.enum(['planned', 'draft', 'finalised']).default('draft')
  })
)
export type Meeting = z.infer<typeof meetingSchema>

export const attendanceSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    meetingId: idField,
    unitId: idField,
    status: z.enum(['present', 'absent-excused', 'absent-unexcused']).default('present'),
    reason: optionalLine('Lý do vắng', 500),
    representatives: z
      .array(
        z.object({ name: requiredLine('Họ và tên', 120), position: optionalLine('Chức vụ', 200) })
      )
      .max(50)
      .default([])
  })
)
export type Attendance = z.infer<typeof attendanceSchema>

export const guestSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    meetingId: idField,
    order: wholeNumber('Thứ tự', 0, 100_000).default(0),
    name: optionalLine('Họ và tên', 120),
    title: optionalLine('Chức vụ', 500),
    role: z.enum(['witness', 'delegate', 'guest']).default('guest')
  })
)
export type Guest = z.infer<typeof guestSchema>

export const remarkSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    meetingId: idField,
    order: wholeNumber('Thứ tự', 0, 100_000),
    speakerName: optionalLine('Người phát biểu', 120),
    speakerPosition: optionalLine('Chức vụ', 500),
    unitId: optionalRef,
    summary: prose('Nội dung phát biểu')
  })
)
export type Remark = z.infer<typeof remarkSchema>

const count = (label: string) => wholeNumber(label, 0, 1_000_000).default(0)

export const voteSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    meetingId: idField,
    order: wholeNumber('Thứ tự', 0, 100_000).default(0),
    subject: requiredLine('Nội dung biểu quyết', 1000),
    method: z.enum(['show-of-hands', 'secret-ballot']).default('show-of-hands'),
    /** Who may vote: for one voice per person, the people; for one per unit, at most the members. */
    electors: count('Số có quyền biểu quyết'),
    ballotsIssued: count('Số phiếu phát ra'),
    ballotsReturned: count('Số phiếu thu vào'),
    ballotsValid: count('Số phiếu hợp lệ'),
    ballotsInvalid: count('Số phiếu không hợp lệ'),
    options: z
      .array(
        z.object({
          label: requiredLine('Phương án', 300),
          unitId: optionalRef,
          inFavour: count('Số đồng ý'),
          against: count('Số không đồng ý'),
          /** Không biểu quyết (show of hands) or left blank on a valid ballot. */
          abstain: count('Số không biểu quyết')
        })
      )
      .max(100)
      .default([]),
    /** What the vote decides (schema v6). */
    purpose: votePurposeSchema.default('other'),
    /**
     * A copy of the rule the vote was taken under (schema v6), so a later change in Cài đặt never
     * rewrites a past result. Null only until the vote is first saved.
     */
    rule: voteRuleSchema.nullable().default(null),
    /** Electors present when the vote was taken, if not all who attended; null: from attendance. */
    present: wholeNumber('Số có mặt khi biểu quyết', 0, 1_000_000).nullable().default(null),
    /** Written opinions (phiếu lấy ý kiến) of absent members, counted when the base is all members. */
    writtenOpinions: count('Số phiếu lấy ý kiến bằng văn bản'),
    /** Set when the figures stored before schema v6 contradict each other: never silently fixed. */
    needsReview: z
      .object({ reason: z.string().max(4000), flaggedAt: timestampField })
      .nullable()
      .default(null)
  })
)
export type Vote = z.infer<typeof voteSchema>

export const minutesSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    meetingId: idField,
    kind: z.enum(['minutes', 'tally']).default('minutes'),
    /** The prose as the secretary finalised it; empty until edited (then generated from facts). */
    body: prose('Nội dung biên bản', 1_000_000),
    status: z.enum(['draft', 'finalised']).default('draft'),
    documentId: optionalRef,
    amendsMinutesId: optionalRef,
    /** When the minutes were finalised: a real ISO timestamp, or empty while a draft. */
    finalisedAt: z
      .string({ error: 'Thời điểm hoàn tất: phải là văn bản.' })
      .default('')
      .refine((v) => v === '' || isIsoTimestamp(v), 'Thời điểm hoàn tất: không hợp lệ.')
  })
)
export type Minutes = z.infer<typeof minutesSchema>

export const documentRecordSchema = lazySchema(() =>
  z
    .object({
      ...rowBase,
      clusterId: idField,
      /** The year of the register series: the year of the document's own date. */
      year: wholeNumber('Năm', 1990, 2100),
      /** ND30 type abbreviation: `BB`, `KH`, `TB`, … ; empty for công văn. */
      typeCode: optionalLine('Loại văn bản', 10),
      number: wholeNumber('Số văn bản', 0, 1_000_000),
      symbol: optionalLine('Số và ký hiệu', 60),
      /** The document's own date (meeting, signing or issue), never the day it was exported. */
      issuedOn: optionalDate('Ngày ban hành'),
      title: requiredLine('Trích yếu', 1000),
      fileName: optionalLine('Tên tệp', 260),
      sourceTable: optionalLine('Nguồn', 40),
      sourceId: optionalRef,
      /** A number issued by mistake is voided with its reason and never given again (schema v6). */
      status: z.enum(['issued', 'voided']).default('issued'),
      voidReason: optionalLine('Lý do hủy số', 1000),
      voidedAt: z
        .string()
        .default('')
        .refine((v) => v === '' || isIsoTimestamp(v), 'Thời điểm hủy số không hợp lệ.'),
      /** Columns of the Sổ đăng ký văn bản đi (ND30 Phụ lục IV), schema v6. */
      signer: optionalLine('Người ký', 200),
      recipients: optionalLine('Nơi nhận', 2000),
      copies: wholeNumber('Số lượng bản', 0, 10_000).default(0),
      note: optionalLine('Ghi chú', 1000)
    })
    .refine((r) => r.status !== 'voided' || r.voidReason !== '', {
      path: ['voidReason'],
      message: 'Lý do hủy số: không được để trống.'
    })
)
export type DocumentRecord = z.infer<typeof documentRecordSchema>

/** A JSON value: what settings and the audit log's snapshots hold. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isJsonValue)
  if (typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return (proto === Object.prototype || proto === null) && Object.values(value).every(isJsonValue)
}

/**
 * Any JSON value, its text cleaned at any depth (a setting or a snapshot may hold wording that
 * reaches documents). A plain walk rather than `z.json()`, a recursive union that made checking
 * the 100,000 audit entries of a large backup take seconds.
 */
const jsonField = (label: string) =>
  z
    .custom<JsonValue>(isJsonValue, { error: `${label}: phải là dữ liệu dạng JSON.` })
    // A snapshot whose strings are already clean is kept as it is: rebuilding every object of
    // every audit entry was a tenth of the time a large backup took to check.
    .transform((v) => (needsCleaning(v) ? (cleanDeep(v) as JsonValue) : v))

export const settingSchema = lazySchema(() =>
  z.object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9.-]{0,63}$/, 'Khóa cài đặt không hợp lệ.'),
    value: jsonField('Giá trị cài đặt'),
    updatedAt: timestampField
  })
)
export type Setting = z.infer<typeof settingSchema>

/** A row as it was before or after a change, kept in the audit log. */
const jsonSnapshot = jsonField('Dữ liệu nhật ký').nullable().default(null)

export const auditEntrySchema = lazySchema(() =>
  z.object({
    id: idField,
    at: timestampField,
    table: optionalLine('Bảng', 40),
    entityId: optionalLine('Mã bản ghi', 64),
    action: z.enum(['create', 'update', 'delete', 'load-sample', 'remove-sample', 'restore']),
    summary: optionalLine('Nội dung nhật ký', 1000),
    before: jsonSnapshot,
    after: jsonSnapshot
  })
)
export type AuditEntry = z.infer<typeof auditEntrySchema>

/**
 * A document the secretary writes directly (schema v2): a Thông báo or a Kế hoạch of the cluster.
 * The body is outline text (see `src/core/documents/outline.ts`); a plan may carry a schedule
 * printed as its annex.
 */
export const compositionSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    clusterId: idField,
    year: wholeNumber('Năm', 1990, 2100),
    kind: z.enum(['notice', 'plan'], { error: 'Loại văn bản không hợp lệ.' }),
    summary: requiredLine('Trích yếu', 500),
    basis: lineList('Căn cứ', 20, 1000),
    body: prose('Nội dung', 200_000),
    scheduleRows: z
      .array(
        z.object({
          content: requiredLine('Lịch hoạt động — nội dung', 2000),
          time: optionalLine('Lịch hoạt động — thời gian', 200),
          lead: optionalLine('Lịch hoạt động — đơn vị chủ trì', 300),
          note: optionalLine('Lịch hoạt động — ghi chú', 500)
        })
      )
      .max(300, 'Lịch hoạt động: tối đa 300 dòng.')
      .default([]),
    issuedOn: optionalDate('Ngày ban hành'),
    signerTitleLines: lineList('Chức danh người ký', 4, 200),
    signerName: optionalLine('Người ký', 120),
    recipients: lineList('Nơi nhận', 30, 300),
    documentId: optionalRef,
    /**
     * Who issues it (official-layout.md §2.4): the cluster itself (pattern A, numbered in the
     * cluster's register) or the Ban Thường trực of the leading unit in its own name (pattern B,
     * numbered in that unit's own register, so the number is left to write by hand). Schema v5.
     */
    issuer: z.enum(['cluster', 'leader']).default('cluster')
  })
)
export type Composition = z.infer<typeof compositionSchema>

/**
 * Work typed into a form and not saved yet (schema v6), kept so that a crash or a reload loses
 * nothing. One per form and record: `key` is `form:recordId` (`meeting:new` for a new record).
 */
export const draftSchema = lazySchema(() =>
  z.object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}:[A-Za-z0-9_-]{1,64}$/, 'Khóa bản nháp không hợp lệ.'),
    form: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'Tên biểu mẫu không hợp lệ.'),
    /** The record the form edits; `new` for one not saved yet. */
    recordId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Mã bản ghi không hợp lệ.'),
    clusterId: optionalRef,
    data: z.json(),
    savedAt: timestampField
  })
)
export type Draft = z.infer<typeof draftSchema>

/** Every table and the schema of its rows, in the order a backup lists them. */
export const TABLES = {
  clusters: clusterSchema,
  memberUnits: memberUnitSchema,
  unitPeople: unitPersonSchema,
  clusterYears: clusterYearSchema,
  pacts: pactSchema,
  pactCommitments: pactCommitmentSchema,
  criteria: criterionSchema,
  commitmentProgress: commitmentProgressSchema,
  meetings: meetingSchema,
  attendances: attendanceSchema,
  guests: guestSchema,
  remarks: remarkSchema,
  votes: voteSchema,
  minutes: minutesSchema,
  documents: documentRecordSchema,
  compositions: compositionSchema,
  settings: settingSchema,
  auditLog: auditEntrySchema,
  drafts: draftSchema,
  /** Year-end scoring (schema v7; `scoreEntries` replaced `scores`). */
  ...SCORING_TABLES,
  /** The year-end ballot and its count (schema v8). */
  ...BALLOT_TABLES,
  /** Award catalogue, proposals, history, unit lineage and the dossier (schema v8). */
  ...AWARD_TABLES
} as const

export type TableName = keyof typeof TABLES
export const TABLE_NAMES = Object.keys(TABLES) as TableName[]

/** The tables schema v8 added for the bình xét and the awards. */
export const YEAR_END_TABLE_NAMES = [
  ...(Object.keys(BALLOT_TABLES) as Array<keyof typeof BALLOT_TABLES>),
  ...(Object.keys(AWARD_TABLES) as Array<keyof typeof AWARD_TABLES>)
]
