import { z } from 'zod'
import { voteRuleSchema, type VotePurpose } from '../model/vote-rule'
import {
  idField,
  optionalLine,
  optionalRef,
  optionalTime,
  requiredLine,
  rowBase,
  timestampField,
  wholeNumber
} from '../model/fields'
import { optionalHundredths } from '../scoring/model'
import { lazySchema } from '../model/lazy-schema'

/**
 * The secret ballot of the year-end review (issue 15, year-end.md §B.3–B.5): the ballot paper as
 * the secretary defines it, and the count the Ban kiểm phiếu records. One zod schema per proposed
 * table; the types are inferred from them. They sit beside the entity tables of
 * `model/entities.ts` until the lead moves them into a schema version:
 *
 * - `ballots`       one per ballot paper and round: sections, candidates, marking, validity rules;
 * - `ballotCounts`  one per ballot: the board, the ballots issued and returned, the two entries
 *                   of the tallies, how their differences were settled, tie decisions, sealing.
 *
 * Nothing on a printed paper names or numbers it; the count keeps papers in the order they were
 * entered only so that two entries can be compared paper by paper.
 */

/** What a section of the paper decides; each maps to a purpose of the vote model. */
export const BALLOT_SECTION_KINDS = [
  'leading-unit',
  'flag',
  'merit',
  'leader',
  'deputy',
  'other'
] as const
export const ballotSectionKindSchema = lazySchema(() =>
  z.enum(BALLOT_SECTION_KINDS, {
    error: 'Loại mục của phiếu không hợp lệ.'
  })
)
export type BallotSectionKind = z.infer<typeof ballotSectionKindSchema>

/** The vote-model purpose (and so the Quy chế rule) of a section. */
export const SECTION_PURPOSE: Record<BallotSectionKind, VotePurpose> = {
  'leading-unit': 'leading-unit',
  flag: 'flag',
  merit: 'merit',
  leader: 'leaders',
  deputy: 'leaders',
  other: 'other'
}

/** A unit on the paper, as the adopted ranking had it. */
export const ballotCandidateSchema = lazySchema(() =>
  z.object({
    unitId: idField,
    /** The unit's name as printed: its name that year. */
    label: requiredLine('Tên đơn vị trên phiếu', 200),
    /** Rank in the adopted ranking (null for a section not built from it, e.g. the election). */
    rank: wholeNumber('Xếp thứ', 1, 100_000).nullable().default(null),
    /** Total of the adopted ranking in hundredths: the "higher score" tie rule reads it. */
    total: optionalHundredths('Tổng điểm'),
    /** Shares its rank (đồng hạng) in the ranking. */
    tied: z.boolean().default(false)
  })
)
export type BallotCandidate = z.infer<typeof ballotCandidateSchema>

const sectionKey = lazySchema(() =>
  z
    .string({ error: 'Mã mục của phiếu không hợp lệ.' })
    .regex(/^[a-z0-9-]{1,40}$/, 'Mã mục của phiếu không hợp lệ.')
)

export const ballotSectionSchema = lazySchema(() =>
  z
    .object({
      /** Stable within a ballot and kept by a new round, so the rounds of a section line up. */
      key: sectionKey,
      kind: ballotSectionKindSchema,
      /** The heading printed on the paper: `Suy tôn đơn vị dẫn đầu, đề nghị tặng Cờ thi đua`. */
      title: requiredLine('Tên mục', 300),
      /** The award the section proposes (catalogue id), when it proposes one. */
      awardTypeId: optionalRef,
      /** Most units a voter may agree with in this section. */
      maxChoices: wholeNumber('Số đơn vị chọn tối đa', 1, 100),
      candidates: z
        .array(ballotCandidateSchema)
        .min(1, 'Mục của phiếu: cần ít nhất một đơn vị.')
        .max(100, 'Mục của phiếu: tối đa 100 đơn vị.'),
      /** A copy of the rule of the section's purpose, so a later change never rewrites a count. */
      rule: voteRuleSchema
    })
    .superRefine((s, ctx) => {
      if (s.maxChoices > s.candidates.length)
        ctx.addIssue({
          code: 'custom',
          path: ['maxChoices'],
          message: `${s.title}: chọn tối đa ${s.maxChoices} đơn vị nhưng mục chỉ có ${s.candidates.length} đơn vị.`
        })
      const seen = new Set<string>()
      s.candidates.forEach((c, i) => {
        if (seen.has(c.unitId))
          ctx.addIssue({
            code: 'custom',
            path: ['candidates', i],
            message: `${s.title}: “${c.label}” có tên hai lần.`
          })
        seen.add(c.unitId)
      })
    })
)
export type BallotSection = z.infer<typeof ballotSectionSchema>

/**
 * When a paper or part of it does not count (year-end.md §B.4). Each rule can be switched off,
 * because each Quy chế decides its own.
 */
export const validityRulesSchema = lazySchema(() =>
  z.object({
    /** Not the issued form, or without the stamp / the signature of the Trưởng ban kiểm phiếu. */
    requireStamp: z.boolean().default(true),
    /**
     * More units agreed with in a section than allowed: the whole paper is void (`ballot`, as in
     * elections), only that section of it (`section`), or the marks count as made (`off`).
     */
    overLimit: z.enum(['ballot', 'section', 'off']).default('ballot'),
    /** Names added that are not on the list, or other writing. */
    extraNames: z.boolean().default(true),
    /** A signature, a name or another mark that identifies the voter. */
    identifyingMarks: z.boolean().default(true),
    /**
     * A paper with nothing marked (tick style) or every name struck out (strike style) is void;
     * when off it is valid and counts as left blank (tick) or against everyone (strike).
     */
    blankInvalid: z.boolean().default(true),
    /**
     * A row that cannot be read (both boxes ticked, a name half struck or circled) voids only that
     * row; when off it voids the whole paper.
     */
    rowLevelValidity: z.boolean().default(true)
  })
)
export type ValidityRules = z.infer<typeof validityRulesSchema>

export const ballotSchema = lazySchema(() =>
  z
    .object({
      ...rowBase,
      clusterYearId: idField,
      /** The meeting the ballot is cast at. */
      meetingId: optionalRef,
      /** The paper's title: `PHIẾU BÌNH XÉT THI ĐUA NĂM 2024`. */
      title: requiredLine('Tên phiếu', 200),
      /** The line under it: `(Suy tôn đơn vị dẫn đầu và đề nghị khen thưởng)`. */
      subtitle: optionalLine('Dòng dưới tên phiếu', 300),
      /** Đồng ý / Không đồng ý ticks, or striking out the names one does not agree with. */
      marking: z.enum(['tick', 'strike']).default('tick'),
      validity: validityRulesSchema.default(() => validityRulesSchema.parse({})),
      /** One paper per member unit, or one per representative entitled to vote. */
      electorBasis: z.enum(['unit', 'person']).default('unit'),
      /** Who may vote (units or representatives): the papers printed are these plus spares. */
      electors: wholeNumber('Số người (đơn vị) bỏ phiếu', 1, 10_000),
      spares: wholeNumber('Số phiếu dự phòng', 0, 100).default(2),
      sections: z
        .array(ballotSectionSchema)
        .min(1, 'Phiếu: cần ít nhất một mục.')
        .max(12, 'Phiếu: tối đa 12 mục.'),
      /** 1 for the first vote; a re-vote among tied units is round 2 with its parent. */
      round: wholeNumber('Lần bỏ phiếu', 1, 20).default(1),
      parentBallotId: optionalRef,
      status: z.enum(['draft', 'printed', 'counted']).default('draft')
    })
    .superRefine((b, ctx) => {
      const keys = new Set<string>()
      b.sections.forEach((s, i) => {
        if (keys.has(s.key))
          ctx.addIssue({ code: 'custom', path: ['sections', i, 'key'], message: 'Mã mục trùng.' })
        keys.add(s.key)
        if (s.rule.electorBasis !== b.electorBasis)
          ctx.addIssue({
            code: 'custom',
            path: ['sections', i, 'rule'],
            message: `${s.title}: quy định tính theo ${s.rule.electorBasis === 'unit' ? 'đơn vị' : 'đại biểu'} nhưng phiếu phát theo ${b.electorBasis === 'unit' ? 'đơn vị' : 'đại biểu'}.`
          })
      })
      if (b.round > 1 && b.parentBallotId === '')
        ctx.addIssue({
          code: 'custom',
          path: ['parentBallotId'],
          message: 'Phiếu bỏ lại lần sau phải gắn với phiếu lần trước.'
        })
    })
)
export type Ballot = z.infer<typeof ballotSchema>

// ── the count ────────────────────────────────────────────────────────────────

export const boardMemberSchema = lazySchema(() =>
  z.object({
    name: requiredLine('Họ và tên thành viên Ban kiểm phiếu', 120),
    position: optionalLine('Chức vụ', 200),
    /** The member unit the person comes from; empty for someone from outside the cluster. */
    unitId: optionalRef,
    /** The body of someone from outside the cluster (e.g. the higher Ban Thường trực). */
    unitName: optionalLine('Đơn vị', 200),
    role: z.enum(['head', 'member']).default('member')
  })
)
export type BoardMember = z.infer<typeof boardMemberSchema>

/**
 * How one row of a paper was marked. Tick style: `agree` / `disagree` (one box ticked), `blank`
 * (none), `unclear` (both). Strike style: `agree` (name kept), `disagree` (struck out), `unclear`
 * (half struck, circled, underlined).
 */
export const MARKS = ['agree', 'disagree', 'blank', 'unclear'] as const
export const markSchema = lazySchema(() => z.enum(MARKS, { error: 'Dấu trên phiếu không hợp lệ.' }))
export type Mark = z.infer<typeof markSchema>

/** Why a paper is void, one reason per invalid paper (year-end.md §B.4). */
export const INVALID_REASONS = [
  'no-stamp',
  'over-limit',
  'extra-names',
  'marked',
  'blank',
  'unclear',
  'other'
] as const
export const invalidReasonSchema = lazySchema(() =>
  z.enum(INVALID_REASONS, {
    error: 'Lý do phiếu không hợp lệ không đúng.'
  })
)
export type InvalidReason = z.infer<typeof invalidReasonSchema>

/** Section key → unit id → mark. A row not given is unmarked: blank (tick) or kept (strike). */
const marksSchema = lazySchema(() =>
  z.record(sectionKey, z.record(idField, markSchema)).default({})
)

/** One paper as read aloud at the count, in the order entered (never printed on it). */
export const paperSchema = lazySchema(() =>
  z.object({
    /** Seen on the paper: not the issued form or unstamped, added names, identifying marks. */
    noStamp: z.boolean().default(false),
    extraNames: z.boolean().default(false),
    identifyingMarks: z.boolean().default(false),
    /** A reason the board gives for a paper void for another cause. */
    otherDefect: optionalLine('Lý do khác', 300),
    marks: marksSchema
  })
)
export type Paper = z.infer<typeof paperSchema>

/** The written opinion (phiếu lấy ý kiến) of an absent elector: signed, so it names its unit. */
export const writtenOpinionSchema = lazySchema(() =>
  z.object({
    unitId: optionalRef,
    fromName: optionalLine('Người, đơn vị gửi ý kiến', 200),
    marks: marksSchema
  })
)
export type WrittenOpinion = z.infer<typeof writtenOpinionSchema>

const count = (label: string) => wholeNumber(label, 0, 100_000).default(0)

export const candidateFiguresSchema = lazySchema(() =>
  z.object({
    agree: count('Số phiếu đồng ý'),
    disagree: count('Số phiếu không đồng ý'),
    blank: count('Số phiếu để trống')
  })
)
export type CandidateFigures = z.infer<typeof candidateFiguresSchema>

/** Tallies entered as totals: valid papers, each void paper with its reason, per-row counts. */
export const totalsSchema = lazySchema(() =>
  z.object({
    valid: count('Số phiếu hợp lệ'),
    invalid: z
      .array(z.object({ reason: invalidReasonSchema, note: optionalLine('Ghi chú', 300) }))
      .max(10_000)
      .default([]),
    sections: z
      .record(
        sectionKey,
        z.object({
          /** Valid papers whose marks in this section did not count (over the limit). */
          void: count('Số phiếu không hợp lệ ở mục này'),
          candidates: z.record(idField, candidateFiguresSchema).default({})
        })
      )
      .default({})
  })
)
export type Totals = z.infer<typeof totalsSchema>

/** One board member's entry of the tallies: totals, or every paper one by one. */
export const tallyEntrySchema = lazySchema(() =>
  z
    .object({
      /** Index of the board member in `board` who entered it. */
      enteredBy: wholeNumber('Người nhập', 0, 20),
      mode: z.enum(['totals', 'papers']),
      totals: totalsSchema.nullable().default(null),
      papers: z.array(paperSchema).max(10_000).default([]),
      written: z.array(writtenOpinionSchema).max(1000).default([]),
      savedAt: timestampField
    })
    .refine((e) => e.mode === 'papers' || e.totals !== null, {
      path: ['totals'],
      message: 'Nhập theo tổng số: chưa có số liệu.'
    })
)
export type TallyEntry = z.infer<typeof tallyEntrySchema>

export const ballotCountSchema = lazySchema(() =>
  z.object({
    ...rowBase,
    ballotId: idField,
    board: z
      .array(boardMemberSchema)
      .min(1, 'Ban kiểm phiếu: cần ít nhất một người.')
      .max(9, 'Ban kiểm phiếu: tối đa 9 người.'),
    /** Electors present when the papers were handed out; null: from the meeting's attendance. */
    present: wholeNumber('Số có mặt khi bỏ phiếu', 0, 10_000).nullable().default(null),
    ballotsIssued: count('Số phiếu phát ra'),
    ballotsReturned: count('Số phiếu thu vào'),
    startTime: optionalTime('Giờ bắt đầu kiểm phiếu'),
    endTime: optionalTime('Giờ lập xong biên bản'),
    /** Two board members enter the tallies separately; no result until they agree. */
    doubleEntry: z.boolean().default(true),
    entries: z.array(tallyEntrySchema).max(2).default([]),
    /** Each time the entries disagreed and were settled: how many figures, and how. */
    reconciliations: z
      .array(
        z.object({
          at: timestampField,
          differences: wholeNumber('Số chỗ khác nhau', 1, 100_000),
          note: requiredLine('Cách đối chiếu', 1000)
        })
      )
      .max(100)
      .default([]),
    /** Ties settled by the chair (the rule of the section, or when scores are equal too). */
    tieDecisions: z
      .array(
        z.object({
          sectionKey,
          unitIds: z.array(idField).min(1).max(100),
          note: optionalLine('Ghi chú', 1000)
        })
      )
      .max(12)
      .default([]),
    /** Who keeps the sealed papers: `Ủy ban MTTQ Việt Nam quận Long Biên (đơn vị Cụm trưởng)`. */
    keptBy: optionalLine('Đơn vị lưu giữ phiếu', 300),
    status: z.enum(['counting', 'final']).default('counting')
  })
)
export type BallotCount = z.infer<typeof ballotCountSchema>

/** The proposed tables and their row schemas, for the lead to move into `TABLES`. */
export const BALLOT_TABLES = {
  ballots: ballotSchema,
  ballotCounts: ballotCountSchema
} as const
