import { z } from 'zod'
import { optionalLine, wholeNumber } from './fields'
import { lazySchema } from './lazy-schema'

/** What a vote decides (year-end.md §B.1): each purpose has its own rule in the Quy chế. */
export const VOTE_PURPOSES = ['leading-unit', 'flag', 'merit', 'leaders', 'adopt', 'other'] as const
export const votePurposeSchema = lazySchema(() =>
  z.enum(VOTE_PURPOSES, {
    error: 'Mục đích biểu quyết không hợp lệ.'
  })
)
export type VotePurpose = z.infer<typeof votePurposeSchema>

/**
 * The rule a vote is taken under (year-end.md §B.2): who votes (one voice per member unit or per
 * person), the base of the share, the threshold as a fraction with its comparison — "từ 80% trở
 * lên" is ≥ 4/5, "quá 1/2" is > 1/2, "2/3" stays 2/3 — the tie rule and the legal basis.
 */
export const voteRuleSchema = lazySchema(() =>
  z
    .object({
      electorBasis: z.enum(['unit', 'person']).default('unit'),
      denominator: z.enum(['members', 'present', 'valid-ballots']).default('members'),
      thresholdNum: wholeNumber('Tỷ lệ cần đạt (tử số)', 1, 1000).default(1),
      thresholdDen: wholeNumber('Tỷ lệ cần đạt (mẫu số)', 1, 1000).default(2),
      comparison: z.enum(['at-least', 'more-than']).default('more-than'),
      tieRule: z.enum(['revote', 'chair-decides', 'higher-score']).default('revote'),
      basis: optionalLine('Căn cứ của quy định biểu quyết', 1000)
    })
    .refine((r) => r.thresholdNum <= r.thresholdDen, {
      path: ['thresholdNum'],
      message: 'Tỷ lệ cần đạt: không được quá 100%.'
    })
    .refine((r) => !(r.comparison === 'more-than' && r.thresholdNum === r.thresholdDen), {
      path: ['comparison'],
      message: 'Tỷ lệ cần đạt: “trên 100%” thì không đơn vị nào đạt được.'
    })
)
export type VoteRule = z.infer<typeof voteRuleSchema>
