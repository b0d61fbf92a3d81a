import {
  voteRuleSchema,
  type ClusterRules,
  type Vote,
  type VotePurpose,
  type VoteRule
} from '../model/entities'
import type { FieldIssue } from '../model/validation'
import { formatNumber } from '../text/vietnamese'

/**
 * The vote model (year-end.md §B.1–B.2): a vote states who votes, the base of its share and the
 * threshold as a fraction with its comparison. Every verdict is an integer comparison
 * (`agree × den ≥ num × base`, or `>`), never a comparison of rounded percentages, and the figures
 * a vote may be saved with cannot produce a share above 100 % or a base that does not match the
 * people voting.
 */

export const VOTE_PURPOSE_LABELS: Record<VotePurpose, string> = {
  'leading-unit': 'Suy tôn đơn vị dẫn đầu',
  flag: 'Đề nghị tặng Cờ thi đua',
  merit: 'Đề nghị tặng Bằng khen',
  leaders: 'Bầu Cụm trưởng, Cụm phó',
  adopt: 'Thông qua',
  other: 'Khác'
}

/** Who was there, from the attendance rows (see `summarizeAttendance`). */
export interface VoteAttendance {
  /** Member units of the year. */
  members: number
  /** Member units present. */
  present: number
  /** Representatives listed for the units present. */
  representatives: number
}

const COMMON_FRACTIONS: Array<[number, number, number]> = [
  // percentages people type for thirds, read back as the fraction they mean
  [33.33, 1, 3],
  [33.3, 1, 3],
  [66.67, 2, 3],
  [66.7, 2, 3],
  [66.66, 2, 3]
]

/** A percentage as a reduced fraction: 50 → 1/2, 80 → 4/5, 66,67 → 2/3, 62,5 → 5/8. */
export function fractionFromPercent(percent: number): { num: number; den: number } {
  const third = COMMON_FRACTIONS.find(([p]) => Math.abs(p - percent) < 1e-9)
  if (third) return { num: third[1], den: third[2] }
  const num = Math.round(percent * 100)
  const g = gcd(num, 10_000)
  return { num: num / g, den: 10_000 / g }
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b)
}

/** The cluster's one rule as stored before schema v6 (a percentage), as a vote rule. */
export function legacyVoteRule(rules: ClusterRules): VoteRule {
  const { num, den } = fractionFromPercent(rules.voteThresholdPercent)
  return voteRuleSchema.parse({
    electorBasis: 'unit',
    denominator: rules.voteDenominator,
    thresholdNum: num,
    thresholdDen: den,
    comparison: rules.voteThresholdStrict ? 'more-than' : 'at-least',
    tieRule: rules.tieRule,
    basis: ''
  })
}

/** The rule the cluster sets for a purpose, or its default rule when none is set. */
export function clusterVoteRule(rules: ClusterRules, purpose: VotePurpose): VoteRule {
  return rules.voteRules?.[purpose] ?? legacyVoteRule(rules)
}

/** The rule a vote was taken under: its own copy, or the cluster's for its purpose. */
export function ruleOfVote(
  vote: Pick<Vote, 'rule' | 'purpose'> | Partial<Pick<Vote, 'rule' | 'purpose'>>,
  rules: ClusterRules
): VoteRule {
  return vote.rule ?? clusterVoteRule(rules, vote.purpose ?? 'other')
}

/** "1/2", "2/3", or "80%" when the fraction is a whole percentage. */
export function thresholdFraction(rule: Pick<VoteRule, 'thresholdNum' | 'thresholdDen'>): string {
  const { thresholdNum: num, thresholdDen: den } = rule
  if ((num * 100) % den === 0 && ![2, 3].includes(den) && num !== den)
    return `${(num * 100) / den}%`
  return num === den ? '100%' : `${num}/${den}`
}

/** "quá 1/2", "từ 2/3 trở lên", "từ 80% trở lên": the threshold as the Quy chế words it. */
export function thresholdWords(rule: VoteRule): string {
  const value = thresholdFraction(rule)
  return rule.comparison === 'more-than' ? `quá ${value}` : `từ ${value} trở lên`
}

/** Whether `agree` of `base` meets the rule, compared exactly in integers. */
export function passesThreshold(agree: number, base: number, rule: VoteRule): boolean {
  if (base <= 0) return false
  const left = agree * rule.thresholdDen
  const right = rule.thresholdNum * base
  return rule.comparison === 'more-than' ? left > right : left >= right
}

/** The fewest votes in favour that pass on this base (base + 1 when none can). */
export function votesNeeded(base: number, rule: VoteRule): number {
  if (base <= 0) return 1
  const exact = Math.ceil((rule.thresholdNum * base) / rule.thresholdDen)
  for (const candidate of [exact - 1, exact, exact + 1]) {
    if (candidate >= 0 && passesThreshold(candidate, base, rule)) return candidate
  }
  return base + 1
}

/**
 * `part/whole` as a percentage with two decimals, rounded half up in integers (`66,67%`); empty
 * when there is no base.
 */
export function exactPercent(part: number, whole: number): string {
  if (whole <= 0) return ''
  const hundredths = Math.floor((part * 20_000 + whole) / (2 * whole))
  return `${formatNumber(hundredths / 100, 2)}%`
}

/** The counts a vote's share is taken on, each named as the minutes write it. */
export interface VoteBase {
  rule: VoteRule
  /** Who may vote: the member units, or the people entitled. */
  electorate: number
  /** Who were there to vote. */
  present: number
  /** Who cast a voice that counts: valid ballots or hands, plus written opinions. */
  voters: number
  /** The denominator of the share. */
  base: number
  /** What the base counts: `đơn vị thành viên`, `phiếu hợp lệ`, `đại biểu có mặt`… */
  baseNoun: string
  /** "trên tổng số 6 đơn vị thành viên", for the vote line and table headers. */
  baseWords: string
  /** "tổng số đơn vị thành viên", "số phiếu hợp lệ": the base without its count. */
  basePhrase: string
}

function nouns(rule: VoteRule, secret: boolean) {
  const unit = rule.electorBasis === 'unit'
  return {
    electorate: unit ? 'đơn vị thành viên' : 'đại biểu có quyền biểu quyết',
    present: unit ? 'đơn vị có mặt' : 'đại biểu có mặt',
    voters: secret ? 'phiếu hợp lệ' : unit ? 'đơn vị biểu quyết' : 'đại biểu biểu quyết'
  }
}

/** The electorate, presence, voters and base of a vote under its rule. */
export function voteBase(
  vote: Pick<
    Vote,
    'method' | 'electors' | 'ballotsValid' | 'present' | 'writtenOpinions' | 'rule' | 'purpose'
  >,
  rule: VoteRule,
  attendance: VoteAttendance
): VoteBase {
  const secret = vote.method === 'secret-ballot'
  const unit = rule.electorBasis === 'unit'
  const electorate = unit ? attendance.members : vote.electors
  const present = vote.present ?? (unit ? attendance.present : attendance.representatives)
  const written = vote.writtenOpinions ?? 0
  const voters = (secret ? vote.ballotsValid : present) + written
  const noun = nouns(rule, secret)
  const [base, baseNoun, basePhrase] =
    rule.denominator === 'members'
      ? [electorate, noun.electorate, `tổng số ${noun.electorate}`]
      : rule.denominator === 'present'
        ? [present, noun.present, `số ${noun.present}`]
        : [voters, noun.voters, `số ${noun.voters}`]
  const baseWords =
    rule.denominator === 'members' ? `trên tổng số ${base} ${baseNoun}` : `trên ${base} ${baseNoun}`
  return { rule, electorate, present, voters, base, baseNoun, baseWords, basePhrase }
}

/** One option's result: counts, the share with its base, and the verdict. */
export interface OptionTally {
  label: string
  inFavour: number
  against: number
  abstain: number
  /** `4/6` */
  fraction: string
  /** `66,67%` (empty without a base) */
  percent: string
  /** `4/6 đơn vị thành viên, đạt 66,67%` */
  shareWords: string
  passed: boolean
}

export interface VoteTally extends VoteBase {
  /** Votes in favour needed to pass on this base. */
  needed: number
  options: OptionTally[]
}

/** Every option of a vote against its rule and base. */
export function tallyVote(
  vote: Pick<
    Vote,
    | 'method'
    | 'electors'
    | 'ballotsValid'
    | 'present'
    | 'writtenOpinions'
    | 'rule'
    | 'purpose'
    | 'options'
  >,
  rule: VoteRule,
  attendance: VoteAttendance
): VoteTally {
  const base = voteBase(vote, rule, attendance)
  return {
    ...base,
    needed: votesNeeded(base.base, rule),
    options: vote.options.map((option) => {
      const percent = exactPercent(option.inFavour, base.base)
      return {
        label: option.label,
        inFavour: option.inFavour,
        against: option.against,
        abstain: option.abstain,
        fraction: `${option.inFavour}/${base.base}`,
        percent,
        shareWords: `${option.inFavour}/${base.base} ${base.baseNoun}${percent ? `, đạt ${percent}` : ''}`,
        passed: passesThreshold(option.inFavour, base.base, rule)
      }
    })
  }
}

/** An option with no count at all has simply not been counted yet. */
export const isUncounted = (o: Pick<Vote['options'][number], 'inFavour' | 'against' | 'abstain'>) =>
  o.inFavour === 0 && o.against === 0 && o.abstain === 0

/**
 * The figures of one vote that cannot be saved, each naming the vote and the field: more electors
 * voting per unit than there are units, more present than may vote, ballots that do not add up,
 * written opinions where the base is not all members, and options whose for + against + abstain
 * differ from the voices cast — which is what keeps every share at or under 100 % and on the right
 * base. An option not counted yet (all zero) may be saved; finalising asks for it.
 */
export function checkVoteFigures(
  vote: Vote,
  rule: VoteRule,
  attendance: VoteAttendance,
  index = 0
): FieldIssue[] {
  const at = (field: string) => `votes.${index}.${field}`
  const label = `Biểu quyết ${index + 1} (“${vote.subject}”)`
  const issues: FieldIssue[] = []
  const add = (field: string, message: string) =>
    issues.push({ field: at(field), message: `${label}: ${message}` })
  const secret = vote.method === 'secret-ballot'
  const unit = rule.electorBasis === 'unit'
  const b = voteBase(vote, rule, attendance)
  const who = unit ? 'đơn vị' : 'đại biểu'

  if (unit && vote.electors > attendance.members) {
    add(
      'electors',
      `biểu quyết theo đơn vị (mỗi đơn vị một ${secret ? 'phiếu' : 'ý kiến'}) nên số có quyền biểu quyết (${vote.electors}) không thể nhiều hơn số đơn vị thành viên (${attendance.members}).`
    )
  }
  if (!unit && vote.electors === 0) {
    add('electors', 'biểu quyết theo đại biểu nên phải ghi số đại biểu có quyền biểu quyết.')
  }
  if (vote.present !== null && unit && vote.present > attendance.present) {
    add(
      'present',
      `số đơn vị có mặt khi biểu quyết (${vote.present}) nhiều hơn số đơn vị có mặt ở hội nghị (${attendance.present}).`
    )
  } else if (b.electorate > 0 && b.present > b.electorate) {
    add(
      'present',
      `số ${who} có mặt (${b.present}) nhiều hơn số ${who} có quyền biểu quyết (${b.electorate}).`
    )
  }
  if (!unit && b.present === 0 && vote.options.some((o) => !isUncounted(o))) {
    add('present', 'biểu quyết theo đại biểu nên phải ghi số đại biểu có mặt khi biểu quyết.')
  }
  if (secret) {
    if (vote.electors > 0 && vote.ballotsIssued > vote.electors) {
      add(
        'ballotsIssued',
        `số phiếu phát ra (${vote.ballotsIssued}) nhiều hơn số có quyền bỏ phiếu (${vote.electors}).`
      )
    } else if (vote.ballotsIssued > b.present) {
      add(
        'ballotsIssued',
        `số phiếu phát ra (${vote.ballotsIssued}) nhiều hơn số ${who} có mặt (${b.present}); mỗi ${who} có mặt chỉ nhận một phiếu.`
      )
    }
    if (vote.ballotsReturned > vote.ballotsIssued) {
      add(
        'ballotsReturned',
        `số phiếu thu vào (${vote.ballotsReturned}) nhiều hơn số phiếu phát ra (${vote.ballotsIssued}).`
      )
    }
    if (vote.ballotsValid + vote.ballotsInvalid !== vote.ballotsReturned) {
      add(
        'ballotsValid',
        `số phiếu hợp lệ (${vote.ballotsValid}) cộng không hợp lệ (${vote.ballotsInvalid}) phải bằng số phiếu thu vào (${vote.ballotsReturned}).`
      )
    }
  }
  const written = vote.writtenOpinions ?? 0
  if (written > 0 && rule.denominator !== 'members') {
    add(
      'writtenOpinions',
      'phiếu lấy ý kiến bằng văn bản của thành viên vắng mặt chỉ được tính khi tỷ lệ tính trên tổng số thành viên.'
    )
  } else if (written > 0 && b.present + written > b.electorate) {
    add(
      'writtenOpinions',
      `số phiếu lấy ý kiến bằng văn bản (${written}) nhiều hơn số ${who} vắng mặt (${Math.max(0, b.electorate - b.present)}).`
    )
  }
  const abstainWord = secret ? 'để trống' : 'không biểu quyết'
  const votersWords = secret
    ? `số phiếu hợp lệ${written ? ' và phiếu lấy ý kiến' : ''}`
    : `số ${who} biểu quyết${written ? ' và phiếu lấy ý kiến' : ''}`
  vote.options.forEach((option, k) => {
    if (isUncounted(option)) return
    const where = `options.${k}`
    const name = `phương án “${option.label}”`
    const sum = option.inFavour + option.against + option.abstain
    if (sum !== b.voters) {
      add(
        where,
        `${name}: đồng ý (${option.inFavour}) + không đồng ý (${option.against}) + ${abstainWord} (${option.abstain}) = ${sum}, phải bằng ${votersWords} (${b.voters}).`
      )
    } else if (b.base === 0) {
      add(where, `${name}: không tính được tỷ lệ vì số ${b.baseNoun} bằng 0.`)
    } else if (option.inFavour > b.base) {
      add(
        where,
        `${name}: ${option.inFavour}/${b.base} ${b.baseNoun} là hơn 100%; số đồng ý không thể nhiều hơn số ${b.baseNoun}.`
      )
    }
  })
  return issues
}
