import type { FinalSection } from '../ballot/result'
import type { RankedUnit } from '../ballot/build'
import type { FieldIssue } from '../model/validation'
import { thresholdWords } from '../rules/votes'
import { formatScore, type Decimals } from '../scoring/points'
import {
  awardDecisionSchema,
  awardProposalSchema,
  pastAwardSchema,
  type AwardDecision,
  type AwardProposal,
  type AwardType,
  type PastAward
} from './model'

/**
 * Award proposals (issue 15 §4): built from the ballot's final result and the ranking, each
 * checked against the rules a secretary must not miss. A warning must be acknowledged before the
 * dossier is submitted; a unit flagged vướng mắc is refused outright (NĐ 152/2025 Điều 4 khoản 4).
 */

export interface ProposalWarning {
  /** Stable while the facts stay the same; an acknowledgement names it. */
  code: string
  severity: 'block' | 'warn'
  message: string
}

export interface ProposalFacts {
  year: number
  catalogue: AwardType[]
  /** Every proposal of the year (to see two awards for one unit, and the quota). */
  proposals: AwardProposal[]
  /** Past awards (the same year's results already rewarded elsewhere). */
  history: PastAward[]
  /** Units flagged vướng mắc this year, with the flag's words. */
  flagged: Record<string, string>
}

const typeName = (catalogue: AwardType[], id: string) =>
  catalogue.find((t) => t.id === id)?.name ?? 'hình thức không có trong danh mục'

/** Proposals that still stand (not refused by the higher level). */
const standing = (p: AwardProposal) => p.decision?.outcome !== 'refused'

/** Every warning of one proposal under the facts of its year. */
export function proposalWarnings(proposal: AwardProposal, facts: ProposalFacts): ProposalWarning[] {
  const out: ProposalWarning[] = []
  const type = facts.catalogue.find((t) => t.id === proposal.awardTypeId)
  const flag = facts.flagged[proposal.unitId]
  if (flag !== undefined)
    out.push({
      code: 'flagged',
      severity: 'block',
      message: `${proposal.unitName} đang có vướng mắc (${flag}): chưa khen thưởng hoặc đề nghị cấp trên khen thưởng trong thời gian xem xét (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4).`
    })
  if (!type) {
    out.push({
      code: 'unknown-type',
      severity: 'block',
      message: `${proposal.unitName}: hình thức đề nghị không có trong danh mục khen thưởng.`
    })
    return out
  }
  if (!type.active)
    out.push({
      code: `inactive-type:${type.id}`,
      severity: 'warn',
      message: `${type.name} đang tắt trong danh mục (thường Cụm không đề nghị hình thức này).`
    })
  for (const other of facts.proposals) {
    if (other.id === proposal.id || other.unitId !== proposal.unitId || !standing(other)) continue
    out.push({
      code: `double-award:${other.id}`,
      severity: 'warn',
      message: `${proposal.unitName} được đề nghị cả ${type.name} và ${typeName(facts.catalogue, other.awardTypeId)} cho cùng thành tích năm ${facts.year}: không khen thưởng nhiều lần, nhiều hình thức cho một thành tích (Luật Thi đua, khen thưởng 2022, Điều 5).`
    })
  }
  for (const past of facts.history) {
    if (past.unitId !== proposal.unitId || past.year !== facts.year) continue
    if (past.proposalId === proposal.id) continue
    out.push({
      code: `double-award:${past.id}`,
      severity: 'warn',
      message: `${proposal.unitName} đã được ${past.title} cho thành tích năm ${facts.year}: không khen thưởng nhiều lần, nhiều hình thức cho một thành tích (Luật Thi đua, khen thưởng 2022, Điều 5).`
    })
  }
  if (type.quotaPerCluster !== null) {
    const same = facts.proposals.filter((p) => p.awardTypeId === type.id && standing(p)).length
    if (same > type.quotaPerCluster)
      out.push({
        code: `quota:${type.id}:${same}`,
        severity: 'warn',
        message: `Cụm đề nghị ${same} ${type.shortName}, vượt số lượng tối đa ${type.quotaPerCluster} mỗi cụm${type.quotaBasis ? ` (${type.quotaBasis})` : ''}.`
      })
  }
  if (type.requiresBallot) {
    const v = proposal.vote
    if (!v)
      out.push({
        code: 'no-vote',
        severity: 'warn',
        message: `${type.name} phải qua bỏ phiếu bình xét, nhưng ${proposal.unitName} chưa có kết quả bỏ phiếu.`
      })
    else if (!v.passed)
      out.push({
        code: `vote-below:${v.agree}-${v.base}`,
        severity: 'warn',
        message: `${proposal.unitName} được ${v.shareWords}, chưa đạt ${v.ruleWords || 'tỷ lệ quy định'}.`
      })
    else if (!v.chosen)
      out.push({
        code: `not-chosen:${v.agree}-${v.base}`,
        severity: 'warn',
        message: `${proposal.unitName} đạt tỷ lệ (${v.shareWords}) nhưng không nằm trong số đơn vị được chọn theo số lượng của mục.`
      })
  }
  return out
}

/** Warnings not yet acknowledged (a blocking one can never be). */
export function openWarnings(proposal: AwardProposal, facts: ProposalFacts): ProposalWarning[] {
  const acknowledged = new Set(proposal.acknowledgements.map((a) => a.code))
  return proposalWarnings(proposal, facts).filter(
    (w) => w.severity === 'block' || !acknowledged.has(w.code)
  )
}

/** The proposal with a warning acknowledged; a blocking warning is refused. */
export function acknowledgeWarning(
  proposal: AwardProposal,
  warning: ProposalWarning,
  at: string,
  note = ''
): AwardProposal {
  if (warning.severity === 'block') throw new Error('Cảnh báo này không thể bỏ qua.')
  const rest = proposal.acknowledgements.filter((a) => a.code !== warning.code)
  return awardProposalSchema.parse({
    ...proposal,
    updatedAt: at,
    acknowledgements: [...rest, { code: warning.code, at, note }]
  })
}

/** What stops the proposals from going into the tờ trình: refusals and unread warnings. */
export function checkProposalsBeforeSubmission(facts: ProposalFacts): FieldIssue[] {
  return facts.proposals
    .filter((p) => p.status !== 'draft' && standing(p))
    .flatMap((p) =>
      openWarnings(p, facts).map((w) => ({
        field: `proposals.${p.id}`,
        message:
          w.severity === 'block'
            ? w.message
            : `${w.message} Thư ký cần xác nhận đã xem cảnh báo này.`
      }))
    )
}

export interface ProposalContext {
  clusterYearId: string
  now: string
  makeId: () => string
  ranking: RankedUnit[]
  /** unit id → band label of the year. */
  bands?: Record<string, string>
  /** Units in the year, for "xếp thứ 1/6". */
  members: number
  decimals: Decimals
  /** Ballot whose sections the final results came from. */
  ballotId: string
}

/** `Tổng điểm 105,0 điểm, xếp thứ 1/6, xếp loại Xuất sắc; 5/6 đơn vị thành viên đồng ý (83,33%)` */
export function achievementSummary(
  p: Pick<AwardProposal, 'total' | 'rank' | 'band' | 'vote'>,
  members: number,
  decimals: Decimals
): string {
  const parts: string[] = []
  if (p.total !== null) parts.push(`Tổng điểm ${formatScore(p.total, decimals)} điểm`)
  if (p.rank !== null) parts.push(`xếp thứ ${p.rank}/${members}`)
  if (p.band) parts.push(`xếp loại ${p.band}`)
  const score = parts.join(', ')
  const vote = p.vote ? p.vote.shareWords.replace(/, đạt /, ' đồng ý (').replace(/%$/, '%)') : ''
  return [score, vote].filter(Boolean).join('; ')
}

/**
 * One proposal per unit chosen in each section that proposes an award (suy tôn → Cờ thi đua,
 * Bằng khen), most votes first within a section, with the share and rule frozen on it.
 */
export function proposalsFromResults(
  results: FinalSection[],
  ctx: ProposalContext
): AwardProposal[] {
  const out: AwardProposal[] = []
  const ranked = new Map(ctx.ranking.map((r) => [r.unitId, r]))
  for (const section of results) {
    if (!section.section.awardTypeId) continue
    for (const chosen of section.elected) {
      const unit = ranked.get(chosen.unitId)
      const round = section.rounds.find((r) => r.round === chosen.round)!.outcome
      const proposal = {
        id: ctx.makeId(),
        createdAt: ctx.now,
        updatedAt: ctx.now,
        clusterYearId: ctx.clusterYearId,
        unitId: chosen.unitId,
        unitName: chosen.label,
        awardTypeId: section.section.awardTypeId,
        source: 'ballot' as const,
        rank: unit?.rank ?? null,
        total: unit?.total ?? null,
        band: ctx.bands?.[chosen.unitId] ?? '',
        vote: {
          ballotId: ctx.ballotId,
          sectionKey: section.key,
          round: chosen.round,
          agree: chosen.row.inFavour,
          base: round.tally.base,
          shareWords: chosen.row.shareWords,
          ruleWords: `${thresholdWords(round.tally.rule)} ${round.tally.basePhrase}`,
          passed: chosen.row.passed,
          chosen: true
        },
        status: 'proposed' as const,
        order: out.length
      }
      out.push(
        awardProposalSchema.parse({
          ...proposal,
          summary: achievementSummary(proposal, ctx.members, ctx.decimals)
        })
      )
    }
  }
  return out
}

/** The proposal with the higher level's decision recorded. */
export function recordDecision(
  proposal: AwardProposal,
  decision: AwardDecision,
  at: string
): AwardProposal {
  const parsed = awardDecisionSchema.parse(decision)
  if (parsed.outcome === 'changed' && parsed.finalAwardTypeId === proposal.awardTypeId)
    throw new Error('Chuyển hình thức khác: hình thức được khen phải khác hình thức đề nghị.')
  return awardProposalSchema.parse({
    ...proposal,
    updatedAt: at,
    status: 'decided',
    decision: parsed
  })
}

/** The award a decision gave, for the unit's history; null when the proposal was refused. */
export function pastAwardFromDecision(
  proposal: AwardProposal,
  catalogue: AwardType[],
  year: number,
  options: { id: string; now: string }
): PastAward | null {
  const d = proposal.decision
  if (!d || d.outcome === 'refused') return null
  const typeId = d.outcome === 'changed' ? d.finalAwardTypeId : proposal.awardTypeId
  const type = catalogue.find((t) => t.id === typeId)
  return pastAwardSchema.parse({
    id: options.id,
    createdAt: options.now,
    updatedAt: options.now,
    unitId: proposal.unitId,
    recipientName: proposal.unitName,
    year,
    awardTypeId: typeId,
    title: type?.name ?? 'Hình thức khen thưởng (chưa có trong danh mục)',
    category: type?.category ?? 'award',
    decisionNumber: d.number,
    decisionDate: d.date,
    issuer: d.issuer,
    source: 'decision',
    proposalId: proposal.id
  })
}
