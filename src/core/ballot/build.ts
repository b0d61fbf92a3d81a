import type { ClusterRules } from '../model/entities'
import { clusterVoteRule } from '../rules/votes'
import type { RankingRow } from '../scoring/model'
import type { SummaryRow } from '../scoring/view'
import {
  ballotSchema,
  SECTION_PURPOSE,
  type Ballot,
  type BallotSectionKind,
  type ValidityRules
} from './model'
import { choiceWords, INVALID_REASON_LABELS, sectionNumeral } from './words'

/**
 * Building the paper from the adopted ranking (year-end.md §B.3.1): candidates per section in the
 * order of the ranking, a unit flagged vướng mắc kept off the award sections (NĐ 152/2025 Điều 4
 * khoản 4) with the reason given back, the rule of each section copied from the cluster's rule of
 * its purpose, and the instructions printed on the paper worded from the settings.
 */

/** A unit as the adopted ranking has it. */
export type RankedUnit = Pick<
  RankingRow,
  'unitId' | 'unitName' | 'rank' | 'tied' | 'total' | 'flagged'
>

/** The live ranking (Bảng tổng hợp) as ranked units. */
export function rankedUnitsFromSummary(rows: SummaryRow[]): RankedUnit[] {
  return rows.map((r) => ({
    unitId: r.unitId,
    unitName: r.unitName,
    rank: r.rank,
    tied: r.tied,
    total: r.effective.total,
    flagged: r.sheet?.flag != null
  }))
}

/** What one section of the paper should hold. */
export interface SectionPlan {
  kind: BallotSectionKind
  /** Defaults to the kind's wording. */
  title?: string
  maxChoices: number
  unitIds: string[]
  awardTypeId?: string
}

export interface ProposeOptions {
  /** The year scored; the election is for the next one. */
  year: number
  /** Seats of the leading-unit section (usually 1). */
  leadingSeats?: number
  /** Seats for Bằng khen; 0 leaves the section out. */
  meritSeats: number
  /** How many units stand for Bằng khen (at least the seats); ties at the boundary all stand. */
  meritCandidates?: number
  /** Units standing for cụm trưởng and cụm phó next year (e.g. the rotation's proposal). */
  leaderUnitIds?: string[]
  deputyUnitIds?: string[]
  flagAwardTypeId?: string
  meritAwardTypeId?: string
}

export interface ProposedSections {
  sections: SectionPlan[]
  /** Units kept off the award sections, with the reason for the secretary. */
  excluded: Array<{ unitId: string; reason: string }>
}

/** The default wording of each kind of section. */
export function defaultSectionTitle(kind: BallotSectionKind, year: number): string {
  switch (kind) {
    case 'leading-unit':
      return `Suy tôn đơn vị dẫn đầu năm ${year}, đề nghị tặng Cờ thi đua`
    case 'flag':
      return 'Đề nghị tặng Cờ thi đua'
    case 'merit':
      return 'Đề nghị tặng Bằng khen'
    case 'leader':
      return `Bầu Cụm trưởng năm ${year + 1}`
    case 'deputy':
      return `Bầu Cụm phó năm ${year + 1}`
    case 'other':
      return 'Nội dung khác'
  }
}

/**
 * The usual sections from the adopted ranking: the best-ranked units (all of them when đồng hạng)
 * for suy tôn; the next ones for Bằng khen (as many as `meritCandidates`, and every unit tied with
 * the last); then the election. Units flagged vướng mắc stand for no award.
 */
export function proposeSections(ranking: RankedUnit[], options: ProposeOptions): ProposedSections {
  const sorted = [...ranking].sort((a, b) => a.rank - b.rank)
  const excluded = sorted
    .filter((u) => u.flagged)
    .map((u) => ({
      unitId: u.unitId,
      reason: `${u.unitName} đang có vướng mắc (kỷ luật, thanh tra, kiểm tra hoặc đơn thư), chưa được đề nghị khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4).`
    }))
  const eligible = sorted.filter((u) => !u.flagged)
  const sections: SectionPlan[] = []
  const leadingSeats = options.leadingSeats ?? 1
  const top = eligible.length ? eligible[0]!.rank : 0
  const leading = eligible.filter(
    (u, i) => i < leadingSeats || u.rank === top || u.rank === eligible[leadingSeats - 1]?.rank
  )
  if (leading.length > 0)
    sections.push({
      kind: 'leading-unit',
      maxChoices: Math.min(leadingSeats, leading.length),
      unitIds: leading.map((u) => u.unitId),
      ...(options.flagAwardTypeId ? { awardTypeId: options.flagAwardTypeId } : {})
    })
  const rest = eligible.filter((u) => !leading.includes(u))
  if (options.meritSeats > 0 && rest.length > 0) {
    const wanted = Math.max(options.meritSeats, options.meritCandidates ?? options.meritSeats)
    const boundary = rest[Math.min(wanted, rest.length) - 1]!.rank
    const standing = rest.filter((u, i) => i < wanted || u.rank === boundary)
    sections.push({
      kind: 'merit',
      maxChoices: Math.min(options.meritSeats, standing.length),
      unitIds: standing.map((u) => u.unitId),
      ...(options.meritAwardTypeId ? { awardTypeId: options.meritAwardTypeId } : {})
    })
  }
  if (options.leaderUnitIds?.length)
    sections.push({ kind: 'leader', maxChoices: 1, unitIds: options.leaderUnitIds })
  if (options.deputyUnitIds?.length)
    sections.push({ kind: 'deputy', maxChoices: 1, unitIds: options.deputyUnitIds })
  return { sections, excluded }
}

export interface BallotInput {
  id: string
  now: string
  clusterYearId: string
  meetingId?: string
  year: number
  rules: ClusterRules
  electors: number
  electorBasis?: Ballot['electorBasis']
  marking?: Ballot['marking']
  spares?: number
  validity?: Partial<ValidityRules>
  subtitle?: string
  sections: SectionPlan[]
  /** Names as printed: the unit names of the year. */
  unitNames: Record<string, string>
  /** The adopted ranking, for the rank and total of each candidate. */
  ranking: RankedUnit[]
}

/**
 * A ballot definition ready to save: every section with its candidates as named that year, their
 * rank and total from the ranking, and the rule of its purpose copied from the cluster's rules.
 * Throws the schema's Vietnamese messages when the plan does not fit (e.g. more choices than
 * candidates).
 */
export function buildBallot(input: BallotInput): Ballot {
  const rankOf = new Map(input.ranking.map((r) => [r.unitId, r]))
  const electorBasis = input.electorBasis ?? 'unit'
  return ballotSchema.parse({
    id: input.id,
    createdAt: input.now,
    updatedAt: input.now,
    clusterYearId: input.clusterYearId,
    meetingId: input.meetingId ?? '',
    title: `Phiếu bình xét thi đua năm ${input.year}`,
    subtitle: input.subtitle ?? '',
    marking: input.marking ?? 'tick',
    validity: input.validity ?? {},
    electorBasis,
    electors: input.electors,
    spares: input.spares ?? 2,
    sections: input.sections.map((plan, i) => ({
      key: `${plan.kind}-${i + 1}`,
      kind: plan.kind,
      title: plan.title ?? defaultSectionTitle(plan.kind, input.year),
      awardTypeId: plan.awardTypeId ?? '',
      maxChoices: plan.maxChoices,
      rule: { ...clusterVoteRule(input.rules, SECTION_PURPOSE[plan.kind]), electorBasis },
      candidates: plan.unitIds.map((unitId) => {
        const ranked = rankOf.get(unitId)
        const isAward = ['leading-unit', 'flag', 'merit'].includes(plan.kind)
        return {
          unitId,
          label: input.unitNames[unitId] ?? ranked?.unitName ?? unitId,
          rank: isAward ? (ranked?.rank ?? null) : null,
          total: ranked?.total ?? null,
          tied: isAward ? (ranked?.tied ?? false) : false
        }
      })
    }))
  })
}

/** Papers to print: one per elector and the spares (year-end.md §B.3.1). */
export function copiesToPrint(ballot: Pick<Ballot, 'electors' | 'spares'>): number {
  return ballot.electors + ballot.spares
}

/**
 * The instructions printed under the title: how to mark, how many per section, and what makes a
 * paper void under the rules that are on.
 */
export function ballotInstructions(ballot: Ballot): string[] {
  const person = ballot.electorBasis === 'person'
  const how =
    ballot.marking === 'tick'
      ? 'Đồng ý với đơn vị nào thì đánh dấu (X) vào cột “Đồng ý”; không đồng ý thì đánh dấu (X) vào cột “Không đồng ý” của dòng đó.'
      : 'Không đồng ý với đơn vị nào thì gạch ngang cả dòng tên đơn vị đó; đồng ý thì giữ nguyên. Không khoanh tròn, gạch chân hoặc gạch một phần tên.'
  const limits = ballot.sections
    .map((s, i) => `${choiceWords(s, person)} ở mục ${sectionNumeral(i)}`)
    .join(', ')
  const v = ballot.validity
  const reasons = [
    v.requireStamp ? 'không đúng mẫu hoặc không có dấu của Ban kiểm phiếu' : '',
    v.overLimit === 'ballot' ? 'chọn quá số lượng ở một mục' : '',
    v.extraNames ? 'ghi thêm tên hoặc nội dung khác' : '',
    v.identifyingMarks ? 'có ký tên hoặc đánh dấu riêng' : '',
    v.blankInvalid ? (ballot.marking === 'tick' ? 'không đánh dấu dòng nào' : 'gạch hết tên') : ''
  ].filter(Boolean)
  const lines = [`${how} Mỗi phiếu ${limits}.`]
  if (reasons.length) lines.push(`Phiếu không hợp lệ: phiếu ${reasons.join('; phiếu ')}.`)
  if (v.overLimit === 'section')
    lines.push('Mục chọn quá số lượng thì mục đó không được tính; các mục khác vẫn được tính.')
  return lines
}

/** `(chọn tối đa 02 đơn vị)` for the heading of a section on the paper. */
export function sectionHeading(ballot: Ballot, index: number): string {
  const section = ballot.sections[index]!
  return `${sectionNumeral(index)}. ${section.title} (${choiceWords(section, ballot.electorBasis === 'person')})`
}

/** The invalid reasons a count may give under the ballot's rules (a rule switched off is none). */
export function activeInvalidReasons(ballot: Pick<Ballot, 'validity'>) {
  const v = ballot.validity
  return (Object.keys(INVALID_REASON_LABELS) as Array<keyof typeof INVALID_REASON_LABELS>).filter(
    (r) =>
      (r === 'no-stamp' && v.requireStamp) ||
      (r === 'over-limit' && v.overLimit === 'ballot') ||
      (r === 'extra-names' && v.extraNames) ||
      (r === 'marked' && v.identifyingMarks) ||
      (r === 'blank' && v.blankInvalid) ||
      (r === 'unclear' && !v.rowLevelValidity) ||
      r === 'other'
  )
}
