import { useLiveQuery } from 'dexie-react-hooks'
import type { MeetingFacts } from '@core/documents/kinds/minutes'
import type {
  Meeting,
  Minutes,
  AuditEntry,
  UnitPerson,
  ClusterYear,
  Composition,
  DocumentRecord,
  MemberUnit
} from '@core/model/entities'
import type { FormatProfile } from '@core/documents/profile'
import type { OfficeDatabase } from './database'
import { useDatabase } from './DatabaseContext'
import { listClusterYears } from './repositories/cluster-years-repo'
import {
  listMemberUnits,
  listUnitPeople,
  loadMemberUnitRecord
} from './repositories/member-units-repo'
import { listAuditFor } from './repositories/audit'
import { listMeetings, listYearMeetings, loadMeetingFacts } from './repositories/meetings-repo'
import { listRegister } from './repositories/documents-repo'
import type { RegisterFilter } from '@core/rules/register'
import { getFormatProfile } from './repositories/profile-repo'
import { loadPactScreen, type PactScreenData } from './queries/pact-screen'
import { loadScoringHistory, type YearTotals } from './repositories/scoring-repo'
import {
  loadYearEnd,
  yearEndProgress,
  type YearEndProgress,
  type YearEndRecord
} from './repositories/year-end-repo'

/**
 * Live views of the database for the screens. They re-render when the data changes, in this
 * window or from another write. `undefined` means "still loading", which screens show as such.
 */

export function useMemberUnits(clusterId: string | undefined): MemberUnit[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (clusterId ? listMemberUnits(db, clusterId) : []),
    [db, clusterId]
  )
}

export function useClusterYears(clusterId: string | undefined): ClusterYear[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (clusterId ? listClusterYears(db, clusterId) : []),
    [db, clusterId]
  )
}

/** One composition, `null` when it does not exist, `undefined` while loading. */
export function useComposition(id: string | undefined): Composition | null | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (id ? ((await db.compositions.get(id)) ?? null) : null), [db, id])
}

export function useFormatProfile(clusterId: string | undefined): FormatProfile | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (clusterId ? getFormatProfile(db, clusterId) : undefined),
    [db, clusterId]
  )
}

/** The register entry of a document, if it has been numbered. */
export function useDocumentRecord(id: string | undefined): DocumentRecord | null | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (id ? ((await db.documents.get(id)) ?? null) : null), [db, id])
}

/**
 * Which documents of these sources hold a live (not voided) number in the register, as
 * `sourceTable:sourceId:typeCode`: the export buttons ask before numbering the others.
 */
export function useIssuedSources(sourceIds: string[]): Set<string> | undefined {
  const db = useDatabase()
  const key = sourceIds.join('|')
  return useLiveQuery(async () => {
    const rows = await db.documents
      .where('sourceId')
      .anyOf(key ? key.split('|') : [])
      .toArray()
    return new Set(
      rows
        .filter((row) => row.status !== 'voided')
        .map((row) => `${row.sourceTable}:${row.sourceId}:${row.typeCode}`)
    )
  }, [db, key])
}

/**
 * A unit with its people, read together; null when there is no such unit (or no id). Read apart,
 * the editor of a unit just created opened on the unit a moment before its people came, and its
 * form kept the empty list. The answer names the id it was read for: the one still held for the
 * previous address is never taken for this one.
 */
export function useMemberUnitRecord(
  id: string | undefined
): { unit: MemberUnit; people: UnitPerson[] } | null | undefined {
  const db = useDatabase()
  const answer = useLiveQuery(
    async () => ({ id, record: id ? await loadMemberUnitRecord(db, id) : null }),
    [db, id]
  )
  return answer && answer.id === id ? answer.record : undefined
}

export function useUnitPeople(unitId: string | undefined): UnitPerson[] | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (unitId ? listUnitPeople(db, unitId) : []), [db, unitId])
}

/** The people of every unit of the cluster, keyed by unit id (for choosing signers). */
export function usePeopleByUnit(
  clusterId: string | undefined
): Map<string, UnitPerson[]> | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => loadPeopleByUnit(db, clusterId), [db, clusterId])
}

/** The people of every member unit of a cluster, by unit. */
export async function loadPeopleByUnit(
  db: OfficeDatabase,
  clusterId: string | undefined
): Promise<Map<string, UnitPerson[]>> {
  const map = new Map<string, UnitPerson[]>()
  if (!clusterId) return map
  const unitIds = await db.memberUnits.where('clusterId').equals(clusterId).primaryKeys()
  for (const person of await db.unitPeople.where('unitId').anyOf(unitIds).toArray()) {
    const list = map.get(person.unitId)
    if (list) list.push(person)
    else map.set(person.unitId, [person])
  }
  return map
}

export type { PactScreenData } from './queries/pact-screen'

/** Giao ước's data in one live query (`loadPactScreen`), `undefined` while loading. */
export function usePactScreen(yearId: string): PactScreenData | undefined {
  const db = useDatabase()
  return useLiveQuery(() => loadPactScreen(db, yearId), [db, yearId])
}

/** The change history of one row, newest first. */
export function useAuditFor(table: string, id: string | undefined): AuditEntry[] | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (id ? listAuditFor(db, table, id) : []), [db, table, id])
}

/** One cluster year, `null` when it does not exist, `undefined` while loading. */
export function useClusterYear(id: string | undefined): ClusterYear | null | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (id ? ((await db.clusterYears.get(id)) ?? null) : null), [db, id])
}

/**
 * The meetings of one year (all years' when `clusterYearId` is empty), newest first. A screen
 * about one year reads only that year: thirty years of meetings cost it nothing. Still loading
 * (`undefined`) while `clusterId` is not known yet.
 */
export function useYearMeetings(
  clusterId: string | undefined,
  clusterYearId: string
): Meeting[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () =>
      !clusterId
        ? undefined
        : clusterYearId
          ? listYearMeetings(db, clusterYearId)
          : listMeetings(db, clusterId),
    [db, clusterId, clusterYearId]
  )
}

/** The facts of a meeting for its documents; `null` when missing, `undefined` while loading. */
export function useMeetingFacts(id: string | undefined): MeetingFacts | null | undefined {
  const db = useDatabase()
  return useLiveQuery(async () => (id ? await loadMeetingFacts(db, id) : null), [db, id])
}

/** The minutes rows of a meeting, oldest first. */
export function useMinutesOf(meetingId: string | undefined): Minutes[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () =>
      meetingId
        ? (await db.minutes.where('meetingId').equals(meetingId).toArray()).sort((a, b) =>
            a.createdAt.localeCompare(b.createdAt)
          )
        : [],
    [db, meetingId]
  )
}

/** The register filtered by year and type, with the years and types it holds (schema v6). */
export function useRegister(clusterId: string | undefined, filter: RegisterFilter = {}) {
  const db = useDatabase()
  const { year, typeCode, withVoided } = filter
  return useLiveQuery(
    async () =>
      clusterId
        ? listRegister(db, clusterId, { year, typeCode, withVoided })
        : { entries: [], years: [], types: [] },
    [db, clusterId, year, typeCode, withVoided]
  )
}

/** Every scored year's totals and ranks per unit, oldest first (the trend chart). */
export function useScoringHistory(clusterId: string | undefined): YearTotals[] | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (clusterId ? await loadScoringHistory(db, clusterId) : []),
    [db, clusterId]
  )
}

/** One year's bình xét and award records; `null` when the year does not exist. */
export function useYearEnd(clusterYearId: string | undefined): YearEndRecord | null | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (clusterYearId ? await loadYearEnd(db, clusterYearId) : null),
    [db, clusterYearId]
  )
}

/**
 * Where each of these years stands in Bình xét (ranking adopted, all proposals decided); undefined
 * until read for exactly these years (a live query keeps its last answer while the next loads).
 */
export function useYearEndProgress(
  yearIds: string[] | undefined
): Record<string, YearEndProgress> | undefined {
  const db = useDatabase()
  const key = yearIds?.join(',')
  const read = useLiveQuery(
    async () =>
      key === undefined
        ? undefined
        : { key, progress: key ? await yearEndProgress(db, key.split(',')) : {} },
    [db, key]
  )
  return read && read.key === key ? read.progress : undefined
}

export { useActiveCluster } from './queries/overview-screen'
