import type { Attendance, ClusterYear, Meeting } from '@core/model/entities'
import type { Ballot, BallotCount } from '@core/ballot/model'
import {
  countOutcome,
  finalResults,
  type FinalSection,
  type RoundRecord
} from '@core/ballot/result'
import type {
  AwardDossier,
  AwardProposal,
  AwardType,
  PastAward,
  UnitLineageEvent
} from '@core/awards/model'
import type { RankingSnapshot } from '@core/scoring/model'
import { summarizeAttendance } from '@core/rules/meetings'
import type { VoteAttendance } from '@core/rules/votes'
import type { OfficeDatabase } from '../database'
import { loadScoringYear, type ScoringYearRecord } from './scoring-repo'

/**
 * Everything the Bình xét screen reads for one year: the scoring record (ranking, sheets, flags),
 * next year (for the election), the year's meetings and attendance, every ballot and count, the
 * catalogue, proposals, award history, lineage and the dossier.
 */
export interface YearEndRecord {
  scoring: ScoringYearRecord
  nextYear: ClusterYear | null
  meetings: Meeting[]
  attendances: Attendance[]
  ballots: Ballot[]
  counts: BallotCount[]
  catalogue: AwardType[]
  proposals: AwardProposal[]
  pastAwards: PastAward[]
  lineage: UnitLineageEvent[]
  dossier: AwardDossier | null
}

/** The adopted (or locked) ranking of the year, or null. */
export const adoptedSnapshot = (record: YearEndRecord): RankingSnapshot | null =>
  record.scoring.snapshot

export async function loadYearEnd(
  db: OfficeDatabase,
  clusterYearId: string
): Promise<YearEndRecord | null> {
  const scoring = await loadScoringYear(db, clusterYearId)
  if (!scoring) return null
  const { cluster, year } = scoring
  const meetings = await db.meetings.where('clusterYearId').equals(clusterYearId).toArray()
  const ballots = await db.ballots.where('clusterYearId').equals(clusterYearId).toArray()
  const unitIds = scoring.units.map((u) => u.id)
  const [nextYear, attendances, counts, catalogue, proposals, pastAwards, lineage, dossier] =
    await Promise.all([
      db.clusterYears
        .where('clusterId')
        .equals(cluster.id)
        .filter((y) => y.year === year.year + 1)
        .first(),
      db.attendances
        .where('meetingId')
        .anyOf(meetings.map((m) => m.id))
        .toArray(),
      db.ballotCounts
        .where('ballotId')
        .anyOf(ballots.map((b) => b.id))
        .toArray(),
      db.awardTypes.where('clusterId').equals(cluster.id).toArray(),
      db.awardProposals.where('clusterYearId').equals(clusterYearId).toArray(),
      db.pastAwards.where('unitId').anyOf(unitIds).toArray(),
      db.unitLineageEvents.where('clusterId').equals(cluster.id).toArray(),
      db.awardDossiers.where('clusterYearId').equals(clusterYearId).first()
    ])
  return {
    scoring,
    nextYear: nextYear ?? null,
    meetings: meetings.sort((a, b) => a.date.localeCompare(b.date)),
    attendances,
    ballots: ballots.sort((a, b) => a.round - b.round || a.createdAt.localeCompare(b.createdAt)),
    counts,
    catalogue: catalogue.sort((a, b) => a.order - b.order),
    proposals: proposals.sort((a, b) => a.order - b.order),
    pastAwards,
    lineage,
    dossier: dossier ?? null
  }
}

/** Units of the year flagged vướng mắc on their score sheet, with the flag's words. */
export async function flaggedUnits(
  db: OfficeDatabase,
  clusterYearId: string
): Promise<Record<string, string>> {
  const sheets = await db.scoreSheets.where('clusterYearId').equals(clusterYearId).toArray()
  return Object.fromEntries(
    sheets.filter((s) => s.flag !== null).map((s) => [s.unitId, s.flag!.note])
  )
}

/**
 * Who could vote on a ballot: from the attendance of the meeting it was cast at, or (without a
 * meeting) every member unit present. The count's own `present` overrides the meeting's.
 */
export function attendanceFor(
  ballot: Ballot,
  year: ClusterYear,
  attendances: Attendance[]
): { attendance: VoteAttendance; absentUnitIds: string[] } {
  if (!ballot.meetingId) {
    const members = year.memberUnitIds.length
    return {
      attendance: { members, present: members, representatives: ballot.electors },
      absentUnitIds: []
    }
  }
  const rows = attendances.filter((a) => a.meetingId === ballot.meetingId)
  const summary = summarizeAttendance(year.memberUnitIds, rows)
  const present = new Set(rows.filter((a) => a.status === 'present').map((a) => a.unitId))
  return {
    attendance: {
      members: summary.members,
      present: summary.present,
      representatives: summary.representatives
    },
    absentUnitIds: year.memberUnitIds.filter((id) => !present.has(id))
  }
}

export async function ballotAttendance(db: OfficeDatabase, ballot: Ballot) {
  const year = await db.clusterYears.get(ballot.clusterYearId)
  if (!year) throw new Error('Không tìm thấy năm thi đua của phiếu.')
  const attendances = ballot.meetingId
    ? await db.attendances.where('meetingId').equals(ballot.meetingId).toArray()
    : []
  return attendanceFor(ballot, year, attendances)
}

/** Each first-round ballot with its later rounds, as chains of counted rounds. */
export function countedRounds(
  year: ClusterYear,
  ballots: Ballot[],
  counts: BallotCount[],
  attendances: Attendance[]
): RoundRecord[][] {
  const countOf = new Map(counts.map((c) => [c.ballotId, c]))
  const record = (ballot: Ballot): RoundRecord | null => {
    const count = countOf.get(ballot.id)
    if (count?.status !== 'final') return null
    const { attendance, absentUnitIds } = attendanceFor(ballot, year, attendances)
    const outcome = countOutcome(ballot, count, attendance, absentUnitIds)
    return outcome.status === 'ready' ? { ballot, count, outcome } : null
  }
  return ballots
    .filter((b) => b.round === 1)
    .map((root) => {
      const chain: RoundRecord[] = []
      let current: Ballot | undefined = root
      while (current) {
        const r = record(current)
        if (!r) break
        chain.push(r)
        const parentId: string = current.id
        current = ballots.find((b) => b.parentBallotId === parentId)
      }
      return chain
    })
    .filter((chain) => chain.length > 0)
}

/** The counted rounds of a year, read from the database (inside the caller's transaction). */
export async function loadCountedRounds(
  db: OfficeDatabase,
  year: ClusterYear
): Promise<RoundRecord[][]> {
  const ballots = await db.ballots.where('clusterYearId').equals(year.id).toArray()
  const counts = await db.ballotCounts
    .where('ballotId')
    .anyOf(ballots.map((b) => b.id))
    .toArray()
  const meetingIds = [...new Set(ballots.map((b) => b.meetingId).filter(Boolean))]
  const attendances = await db.attendances.where('meetingId').anyOf(meetingIds).toArray()
  return countedRounds(year, ballots, counts, attendances)
}

/** The final results of every section of every counted ballot of the year. */
export function yearResults(chains: RoundRecord[][]): FinalSection[] {
  return chains.flatMap((chain) => finalResults(chain))
}

/** Where each year stands in Bình xét: a ranking adopted, and every proposal answered from above. */
export interface YearEndProgress {
  ranked: boolean
  /** Every proposal of the year has the higher level's decision: nothing left to do. */
  closed: boolean
}

/** The progress of these years, read in one transaction. */
export async function yearEndProgress(
  db: OfficeDatabase,
  yearIds: string[]
): Promise<Record<string, YearEndProgress>> {
  return db.transaction('r', db.rankingSnapshots, db.awardProposals, async () => {
    const [rankings, proposals] = await Promise.all([
      db.rankingSnapshots.where('clusterYearId').anyOf(yearIds).toArray(),
      db.awardProposals.where('clusterYearId').anyOf(yearIds).toArray()
    ])
    return Object.fromEntries(
      yearIds.map((id) => {
        const mine = proposals.filter((p) => p.clusterYearId === id)
        return [
          id,
          {
            ranked: rankings.some((r) => r.clusterYearId === id),
            closed: mine.length > 0 && mine.every((p) => p.status === 'decided')
          }
        ]
      })
    )
  })
}
