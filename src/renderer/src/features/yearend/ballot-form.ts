import { buildBallot, proposeSections, type SectionPlan } from '@core/ballot/build'
import { parseWholeNumber } from '@core/text/numbers'
import type { Ballot, BallotSectionKind, ValidityRules } from '@core/ballot/model'
import { validityRulesSchema } from '@core/ballot/model'
import type { AwardType } from '@core/awards/model'
import type { Attendance, Cluster, ClusterYear, MemberUnit } from '@core/model/entities'
import type { FieldIssue } from '@core/model/validation'
import { summarizeAttendance } from '@core/rules/meetings'
import { isActiveOn } from '@core/rules/member-units'
import { proposeRotation } from '@core/rules/rotation'
import type { RankingRow } from '@core/scoring/model'
import { ZodError } from 'zod'

/**
 * The ballot form (Phiếu bình xét): what the secretary chooses before "In phiếu" — the meeting,
 * who votes, spares, the marking, the validity rules, and per section its candidates and most
 * choices. Pure: the form starts from the adopted ranking and the rotation, and becomes a ballot
 * through the core builder, which copies each purpose's rule.
 */
export interface SectionForm {
  kind: BallotSectionKind
  title: string
  maxChoices: string
  unitIds: string[]
  awardTypeId: string
}

export interface BallotForm {
  meetingId: string
  subtitle: string
  marking: Ballot['marking']
  electorBasis: Ballot['electorBasis']
  electors: string
  spares: string
  validity: ValidityRules
  sections: SectionForm[]
}

export interface BallotContext {
  cluster: Cluster
  year: ClusterYear
  /** The adopted ranking's rows. */
  ranking: RankingRow[]
  catalogue: AwardType[]
  /** The year's meetings, oldest first. */
  meetings: Array<{ id: string; type: string }>
  /** The cluster's units, with when each was active. */
  units: Array<Pick<MemberUnit, 'id' | 'activeFrom' | 'activeTo'>>
  /** The attendance recorded at the year's meetings. */
  attendances: Attendance[]
}

/**
 * Who votes, by default: the member units present at the meeting the ballot is cast at, when its
 * attendance is recorded (an absent unit casts no ballot), otherwise every member unit.
 */
export function defaultElectors(ctx: BallotContext, meetingId: string): number {
  const recorded = ctx.attendances.filter((a) => a.meetingId === meetingId)
  return recorded.length
    ? summarizeAttendance(ctx.year.memberUnitIds, recorded).present
    : ctx.year.memberUnitIds.length
}

/**
 * Another meeting chosen for the ballot. The number of voters follows it while it is still the
 * count of the meeting chosen before (the secretary has not typed one of their own): the units
 * present at the new meeting are the ones that vote.
 */
export function changeBallotMeeting(
  form: BallotForm,
  ctx: BallotContext,
  meetingId: string
): BallotForm {
  const followed = form.electors.trim() === String(defaultElectors(ctx, form.meetingId))
  return {
    ...form,
    meetingId,
    electors: followed ? String(defaultElectors(ctx, meetingId)) : form.electors
  }
}

/**
 * The units that can stand for next year's cụm trưởng and cụm phó: this year's members still
 * active when next year begins. A district ended on 30/06 is no member next year, and Năm thi
 * đua refuses it as cụm trưởng or cụm phó there: elected, its result could never be applied.
 */
export function nextYearCandidates(
  year: Pick<ClusterYear, 'year' | 'memberUnitIds'>,
  units: BallotContext['units']
): string[] {
  const start = `${year.year + 1}-01-01`
  const byId = new Map(units.map((u) => [u.id, u]))
  return year.memberUnitIds.filter((id) => {
    const unit = byId.get(id)
    return unit !== undefined && isActiveOn(unit, start)
  })
}

/**
 * The meeting a new ballot is cast at: the year's last Hội nghị tổng kết, where the bình xét
 * belongs; the year's last meeting when no year-end review is recorded yet.
 */
export function defaultBallotMeeting(meetings: BallotContext['meetings']): string {
  const reviews = meetings.filter((m) => m.type === 'year-end-review')
  return (reviews.at(-1) ?? meetings.at(-1))?.id ?? ''
}

/**
 * Said beside the choice when the ballot is not cast at a year-end review: the count record, the
 * tờ trình and the thông báo name that meeting as the one where the cluster voted.
 */
export function ballotMeetingWarning(
  meetingId: string,
  meetings: BallotContext['meetings']
): string {
  const chosen = meetings.find((m) => m.id === meetingId)
  if (!chosen || chosen.type === 'year-end-review') return ''
  return meetings.some((m) => m.type === 'year-end-review')
    ? 'Hội nghị đã chọn không phải Hội nghị tổng kết: biên bản kiểm phiếu, tờ trình và thông báo sẽ ghi Cụm bình xét tại hội nghị này.'
    : 'Năm này chưa có Hội nghị tổng kết: hãy tạo hội nghị ở mục «Hội nghị & Biên bản» rồi chọn ở đây; nếu không, biên bản kiểm phiếu, tờ trình và thông báo sẽ ghi Cụm bình xét tại hội nghị đã chọn.'
}

const awardOf = (catalogue: AwardType[], prefix: string) =>
  catalogue.find((t) => t.active && t.code.startsWith(prefix))?.id ?? ''

/**
 * The usual paper from the ranking: suy tôn (top unit, all of them when đồng hạng), Bằng khen for
 * the next three with two seats, and next year's cụm trưởng and cụm phó as the rotation proposes
 * among the units still members next year.
 */
export function initialBallotForm(ctx: BallotContext): BallotForm {
  const rotation = proposeRotation(
    ctx.cluster.rotationOrder,
    nextYearCandidates(ctx.year, ctx.units),
    ctx.year
  )
  const plan = proposeSections(ctx.ranking, {
    year: ctx.year.year,
    meritSeats: 2,
    meritCandidates: 3,
    leaderUnitIds: rotation.leaderUnitId ? [rotation.leaderUnitId] : [],
    deputyUnitIds: rotation.deputyUnitId ? [rotation.deputyUnitId] : [],
    flagAwardTypeId: awardOf(ctx.catalogue, 'co-thi-dua'),
    meritAwardTypeId: awardOf(ctx.catalogue, 'bang-khen')
  })
  const meetingId = defaultBallotMeeting(ctx.meetings)
  return {
    meetingId,
    subtitle: '(Suy tôn đơn vị dẫn đầu, đề nghị khen thưởng và bầu Cụm trưởng, Cụm phó)',
    marking: 'tick',
    electorBasis: 'unit',
    electors: String(defaultElectors(ctx, meetingId)),
    spares: '2',
    validity: validityRulesSchema.parse({}),
    sections: plan.sections.map((s) => sectionForm(s, ctx.year.year))
  }
}

function sectionForm(plan: SectionPlan, year: number): SectionForm {
  return {
    kind: plan.kind,
    title: plan.title ?? defaultTitle(plan.kind, year),
    maxChoices: String(plan.maxChoices),
    unitIds: plan.unitIds,
    awardTypeId: plan.awardTypeId ?? ''
  }
}

const defaultTitle = (kind: BallotSectionKind, year: number) =>
  ({
    'leading-unit': `Suy tôn đơn vị dẫn đầu năm ${year}, đề nghị tặng Cờ thi đua`,
    flag: 'Đề nghị tặng Cờ thi đua',
    merit: 'Đề nghị tặng Bằng khen',
    leader: `Bầu Cụm trưởng năm ${year + 1}`,
    deputy: `Bầu Cụm phó năm ${year + 1}`,
    other: 'Nội dung khác'
  })[kind]

/** The form of a saved ballot, to edit it. */
export function formOfBallot(ballot: Ballot): BallotForm {
  return {
    meetingId: ballot.meetingId,
    subtitle: ballot.subtitle,
    marking: ballot.marking,
    electorBasis: ballot.electorBasis,
    electors: String(ballot.electors),
    spares: String(ballot.spares),
    validity: ballot.validity,
    sections: ballot.sections.map((s) => ({
      kind: s.kind,
      title: s.title,
      maxChoices: String(s.maxChoices),
      unitIds: s.candidates.map((c) => c.unitId),
      awardTypeId: s.awardTypeId
    }))
  }
}

/** A section added by the secretary, with no candidate yet. */
export function newSection(kind: BallotSectionKind, year: number): SectionForm {
  return { kind, title: defaultTitle(kind, year), maxChoices: '1', unitIds: [], awardTypeId: '' }
}

/**
 * The ballot the form describes, or the problems in the secretary's words: a number not typed as
 * a whole number, a section without candidates, more choices than candidates (the core's own
 * messages). `existing` keeps the id, round and parent of a ballot being edited.
 */
export function ballotFromForm(
  form: BallotForm,
  ctx: BallotContext,
  ids: { id: string; now: string },
  existing?: Ballot
): { ballot: Ballot | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = []
  const electors = parseWholeNumber(form.electors)
  const spares = parseWholeNumber(form.spares)
  if (Number.isNaN(electors))
    issues.push({ field: 'electors', message: 'Số người (đơn vị) bỏ phiếu: nhập một số nguyên.' })
  if (Number.isNaN(spares))
    issues.push({ field: 'spares', message: 'Số phiếu dự phòng: nhập một số nguyên.' })
  form.sections.forEach((s, i) => {
    if (Number.isNaN(parseWholeNumber(s.maxChoices)))
      issues.push({
        field: `sections.${i}.maxChoices`,
        message: `${s.title}: số đơn vị chọn tối đa phải là số nguyên.`
      })
    if (s.unitIds.length === 0)
      issues.push({
        field: `sections.${i}.candidates`,
        message: `${s.title}: chưa chọn đơn vị nào.`
      })
  })
  if (issues.length) return { ballot: null, issues }
  try {
    const built = buildBallot({
      id: existing?.id ?? ids.id,
      now: ids.now,
      clusterYearId: ctx.year.id,
      meetingId: form.meetingId,
      year: ctx.year.year,
      rules: ctx.cluster.rules,
      electors,
      electorBasis: form.electorBasis,
      marking: form.marking,
      spares,
      validity: form.validity,
      subtitle: form.subtitle,
      sections: form.sections.map((s) => ({
        kind: s.kind,
        title: s.title,
        maxChoices: parseWholeNumber(s.maxChoices),
        unitIds: s.unitIds,
        awardTypeId: s.awardTypeId
      })),
      unitNames: ctx.year.unitNames,
      ranking: ctx.ranking
    })
    const ballot = existing
      ? {
          ...built,
          createdAt: existing.createdAt,
          round: existing.round,
          parentBallotId: existing.parentBallotId,
          sections: built.sections.map((s, i) => ({
            ...s,
            key: existing.sections[i]?.kind === s.kind ? existing.sections[i]!.key : s.key
          }))
        }
      : built
    return { ballot, issues: [] }
  } catch (error) {
    if (error instanceof ZodError)
      return {
        ballot: null,
        issues: error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))
      }
    throw error
  }
}
