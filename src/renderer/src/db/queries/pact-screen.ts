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
import { listClusterYears } from '../repositories/cluster-years-repo'
import { listMemberUnits } from '../repositories/member-units-repo'
import { listYearMeetings } from '../repositories/meetings-repo'
import { listProgress, loadPactForYear, type PactRecord } from '../repositories/pact-repo'
import { getFormatProfile } from '../repositories/profile-repo'

/** The pact of the year before the one shown: offered to copy from, with its criteria. */
export interface PreviousPact {
  year: ClusterYear
  /** Null when that year has no pact. */
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

/**
 * Giao ước's data in three rounds of reads that run side by side, so the editor is drawn once with
 * all it needs instead of once per piece as each of its own queries answered (issue 13). `yearId`
 * '' means the latest year.
 */
export async function loadPactScreen(db: OfficeDatabase, yearId: string): Promise<PactScreenData> {
  const cluster = (await getActiveCluster(db)) ?? null
  if (!cluster) return { cluster, ...NOTHING }
  const [years, [units, people], profile] = await Promise.all([
    listClusterYears(db, cluster.id),
    listMemberUnits(db, cluster.id).then(
      async (units) =>
        [
          units,
          await db.unitPeople
            .where('unitId')
            .anyOf(units.map((u) => u.id))
            .toArray()
        ] as const
    ),
    getFormatProfile(db, cluster.id)
  ])
  const year = years.find((y) => y.id === yearId) ?? years[0]
  if (!year) return { ...NOTHING, cluster, years, units, people, profile }
  const before = years.filter((y) => y.year < year.year).sort((a, b) => b.year - a.year)[0]
  const [record, previousRecord, meetings] = await Promise.all([
    loadPactForYear(db, year.id),
    before ? loadPactForYear(db, before.id) : null,
    listYearMeetings(db, year.id)
  ])
  const [entry, progress] = await Promise.all([
    record?.pact.documentId ? db.documents.get(record.pact.documentId) : undefined,
    record
      ? listProgress(
          db,
          record.commitments.map((c) => c.id)
        )
      : []
  ])
  return {
    cluster,
    years,
    year,
    units,
    people,
    record,
    previous: before ? { year: before, record: previousRecord } : null,
    profile,
    entry: entry ?? null,
    meetings,
    progress
  }
}
