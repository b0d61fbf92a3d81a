import type { FormatProfile } from '@core/documents/profile'
import type {
  Cluster,
  ClusterYear,
  CommitmentProgress,
  DocumentRecord,
  Meeting,
  MemberUnit,
  UnitPerson
} from '@core/model/entities'
import type { OfficeDatabase } from '../database'
import { getActiveCluster } from '../repositories/clusters-repo'
import { listMemberUnits } from '../repositories/member-units-repo'
import { listYearMeetings } from '../repositories/meetings-repo'
import { listProgress, loadPactForYear, type PactRecord } from '../repositories/pact-repo'
import { getFormatProfile } from '../repositories/profile-repo'

/**
 * The newest pact of a year before the one shown, offered to copy from, with its criteria: the
 * year just before, or an older one when that year has none (a year left without a pact must not
 * hide every earlier one). The year just before, with no record, when no earlier year has a pact.
 */
export interface PreviousPact {
  year: ClusterYear
  /** Null when no earlier year has a pact. */
  record: PactRecord | null
}

/**
 * Everything Giao ước shows, read in one go: the active cluster with its years, units and their
 * people, one year's pact with its register entry, the year's meetings (for the signing), the
 * tracking entries, the format profile, and the year before's pact.
 */
export interface PactScreenData {
  cluster: Cluster | null
  years: ClusterYear[]
  /** The year shown: the one asked for, or the latest. */
  year: ClusterYear | undefined
  units: MemberUnit[]
  /** The people of the cluster's units, grouped by unit. */
  people: UnitPerson[]
  record: PactRecord | null
  previous: PreviousPact | null
  profile: FormatProfile | null
  /** The register entry of the signed pact, when it was numbered. */
  entry: DocumentRecord | null
  /** The year's meetings, newest first. */
  meetings: Meeting[]
  /** How far each unit has got with each of the pact's commitments. */
  progress: CommitmentProgress[]
}

const NOTHING: Omit<PactScreenData, 'cluster'> = {
  years: [],
  year: undefined,
  units: [],
  people: [],
  record: null,
  previous: null,
  profile: null,
  entry: null,
  meetings: [],
  progress: []
}

/** One year's part of the screen: its pact with the register entry and tracking, its meetings. */
type YearPart = Pick<PactScreenData, 'record' | 'entry' | 'meetings' | 'progress'> & {
  yearId: string
}

async function readYear(db: OfficeDatabase, yearId: string): Promise<YearPart> {
  const meetings = listYearMeetings(db, yearId)
  const record = await loadPactForYear(db, yearId)
  const [entry, progress] = await Promise.all([
    record?.pact.documentId ? db.documents.get(record.pact.documentId) : undefined,
    record
      ? listProgress(
          db,
          record.commitments.map((c) => c.id)
        )
      : []
  ])
  return { yearId, record, entry: entry ?? null, meetings: await meetings, progress }
}

/**
 * Giao ước's data, each read started as soon as what it needs is known, so that the editor is
 * drawn once with all it needs (issue 13). The pact of the year shown is the longest chain (the
 * pact, then its commitments, then their tracking): it starts at once, beside the cluster — for
 * the year asked for, or for the newest year on record, which is the active cluster's latest when
 * there is one cluster, and is otherwise read again once the cluster is known. The reads are not
 * put in one transaction: IndexedDB answers a transaction's requests in order, so the short ones
 * would wait behind a year of 1,000 meetings. `yearId` '' means the latest year.
 */
export async function loadPactScreen(db: OfficeDatabase, yearId: string): Promise<PactScreenData> {
  const allYears = db.clusterYears.toArray()
  const early: Promise<YearPart | null> = yearId
    ? readYear(db, yearId)
    : allYears.then((rows) => {
        const newest = rows.reduce<ClusterYear | undefined>(
          (a, y) => (a && a.year >= y.year ? a : y),
          undefined
        )
        return newest ? readYear(db, newest.id) : null
      })
  // Read for a year that turns out not to be shown: its answer is not needed, nor its failure.
  early.catch(() => undefined)
  const cluster = (await getActiveCluster(db)) ?? null
  if (!cluster) return { cluster, ...NOTHING }
  const unitsAndPeople = listMemberUnits(db, cluster.id).then(
    async (units) =>
      [
        units,
        await db.unitPeople
          .where('unitId')
          .anyOf(units.map((u) => u.id))
          .toArray()
      ] as const
  )
  const profile = getFormatProfile(db, cluster.id)
  const years = (await allYears)
    .filter((y) => y.clusterId === cluster.id)
    .sort((a, b) => b.year - a.year)
  const year = years.find((y) => y.id === yearId) ?? years[0]
  if (!year) {
    const [units, people] = await unitsAndPeople
    return { ...NOTHING, cluster, years, units, people, profile: await profile }
  }
  const earlier = years.filter((y) => y.year < year.year)
  const withPact = earlier.length
    ? db.pacts
        .where('clusterYearId')
        .anyOf(earlier.map((y) => y.id))
        .toArray()
        .then((pacts) => earlier.find((y) => pacts.some((p) => p.clusterYearId === y.id)))
    : Promise.resolve(undefined)
  const previousOf = withPact.then(async (source) =>
    source ? { year: source, record: await loadPactForYear(db, source.id) } : null
  )
  const [shown, previousFound, [units, people], profileShown] = await Promise.all([
    early
      .catch(() => null)
      .then((part) => (part?.yearId === year.id ? part : readYear(db, year.id))),
    previousOf,
    unitsAndPeople,
    profile
  ])
  return {
    cluster,
    years,
    year,
    units,
    people,
    record: shown.record,
    previous: previousFound ?? (earlier[0] ? { year: earlier[0], record: null } : null),
    profile: profileShown,
    entry: shown.entry,
    meetings: shown.meetings,
    progress: shown.progress
  }
}
