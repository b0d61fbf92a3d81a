import { useLiveQuery } from 'dexie-react-hooks'
import type { MeetingFacts } from '@core/documents/kinds/minutes'
import type { FormatProfile } from '@core/documents/profile'
import type {
  Cluster,
  ClusterYear,
  DocumentRecord,
  Meeting,
  MemberUnit,
  UnitPerson
} from '@core/model/entities'
import { currentYear } from '@core/text/dates'
import type { OfficeDatabase } from '../database'
import { useDatabase } from '../DatabaseContext'
import { loadPeopleByUnit } from '../hooks'
import { getActiveCluster } from '../repositories/clusters-repo'
import { listClusterYears } from '../repositories/cluster-years-repo'
import { listMemberUnits } from '../repositories/member-units-repo'
import {
  listMeetings,
  listYearMeetings,
  loadMeeting,
  meetingFactsOf
} from '../repositories/meetings-repo'
import { getFormatProfile } from '../repositories/profile-repo'

/** What Hội nghị & Biên bản lists: the cluster, its years, the year shown and its meetings. */
export interface MeetingsListData {
  cluster: Cluster | null
  /** Newest first. */
  years: ClusterYear[]
  /** The year shown; '' for every year's meetings. */
  yearId: string
  /** The meetings of `yearId` (of every year when ''), newest first. */
  meetings: Meeting[]
}

/**
 * The year a list shows until the secretary chooses: the latest one not in the future (the year
 * in progress), else the newest. `years` newest first; '' when there is none.
 */
export function yearInProgress(years: ClusterYear[], thisYear = currentYear()): string {
  return (years.find((y) => y.year <= thisYear) ?? years[0])?.id ?? ''
}

/**
 * Reads the list in one round: the cluster, its years, then the meetings of the year chosen
 * (`null`: the year in progress; '': every year). Choosing the year here, and not in the screen
 * from two separate live queries, keeps a screen about one year from ever reading thirty years
 * of meetings while its years are still loading.
 */
export async function loadMeetingsList(
  db: OfficeDatabase,
  chosenYearId: string | null
): Promise<MeetingsListData> {
  const cluster = (await getActiveCluster(db)) ?? null
  if (!cluster) return { cluster, years: [], yearId: '', meetings: [] }
  const years = await listClusterYears(db, cluster.id)
  const yearId = chosenYearId ?? yearInProgress(years)
  const meetings = yearId ? await listYearMeetings(db, yearId) : await listMeetings(db, cluster.id)
  return { cluster, years, yearId, meetings }
}

/** `loadMeetingsList` as a live view; `undefined` while loading. */
export function useMeetingsList(chosenYearId: string | null): MeetingsListData | undefined {
  const db = useDatabase()
  return useLiveQuery(() => loadMeetingsList(db, chosenYearId), [db, chosenYearId])
}

/** What a meeting's screen shows, minutes included, read in one round. */
export interface MeetingScreenData {
  cluster: Cluster | null
  years: ClusterYear[]
  units: MemberUnit[]
  peopleByUnit: Map<string, UnitPerson[]>
  /** The meeting with its parts; `null` for a new one or one that does not exist. */
  record: MeetingRecord | null
  /** The facts, format profile and numbers its minutes need; `null` without a stored meeting. */
  minutes: MinutesData | null
}

export type MeetingRecord = NonNullable<Awaited<ReturnType<typeof loadMeeting>>>

export interface MinutesData {
  facts: MeetingFacts
  profile: FormatProfile
  /** The register entries of the meeting's minutes (their numbers). */
  register: DocumentRecord[]
}

/**
 * A meeting's screen in one read: the cluster with its years, units and people, the meeting, and
 * what its minutes show. The minutes panel asked for the facts, the minutes, the profile and then
 * the numbers itself once the form was drawn — rounds one after the other, each redrawing the page
 * (issue 13). `id` undefined is a new meeting.
 */
export async function loadMeetingScreen(
  db: OfficeDatabase,
  id: string | undefined
): Promise<MeetingScreenData> {
  const [cluster, record] = await Promise.all([
    getActiveCluster(db),
    id ? loadMeeting(db, id) : null
  ])
  if (!cluster) {
    return { cluster: null, years: [], units: [], peopleByUnit: new Map(), record, minutes: null }
  }
  const documentIds = record?.minutes.flatMap((m) => (m.documentId ? [m.documentId] : [])) ?? []
  const [years, units, peopleByUnit, profile, register] = await Promise.all([
    listClusterYears(db, cluster.id),
    listMemberUnits(db, cluster.id),
    loadPeopleByUnit(db, cluster.id),
    getFormatProfile(db, cluster.id),
    db.documents.bulkGet(documentIds)
  ])
  const year = record && years.find((y) => y.id === record.meeting.clusterYearId)
  const minutes =
    record && year
      ? {
          facts: meetingFactsOf(record, year, cluster, units),
          profile,
          register: register.filter((r): r is DocumentRecord => r !== undefined)
        }
      : null
  return { cluster, years, units, peopleByUnit, record, minutes }
}

/** `loadMeetingScreen` as a live view; `undefined` while loading. */
export function useMeetingScreen(id: string | undefined): MeetingScreenData | undefined {
  const db = useDatabase()
  return useLiveQuery(() => loadMeetingScreen(db, id), [db, id])
}
