import { useLiveQuery } from 'dexie-react-hooks'
import type { Cluster, Composition, DocumentRecord } from '@core/model/entities'
import { filterRegister, registerFacets, type RegisterFilter } from '@core/rules/register'
import type { OfficeDatabase } from '../database'
import { useDatabase } from '../DatabaseContext'
import { getActiveCluster } from '../repositories/clusters-repo'
import { listCompositions } from '../repositories/compositions-repo'

/** The compositions of a cluster with the register entries of those that have a number. */
export interface CompositionsWithNumbers {
  compositions: Composition[]
  /** The entries by id, voided ones left out. */
  numbered: Map<string, DocumentRecord>
}

/**
 * Văn bản's written documents with their numbers, read together: only their own register
 * entries (by id), not the register of every year, and in the same round as the list, so the
 * table is drawn once with its numbers.
 */
export async function loadCompositionsWithNumbers(
  db: OfficeDatabase,
  clusterId: string
): Promise<CompositionsWithNumbers> {
  const compositions = await listCompositions(db, clusterId)
  const ids = compositions.flatMap((c) => (c.documentId ? [c.documentId] : []))
  const records = await db.documents.bulkGet(ids)
  return {
    compositions,
    numbered: new Map(
      records.flatMap((r) => (r && r.status !== 'voided' ? [[r.id, r] as const] : []))
    )
  }
}

/** The register's filter as the screen asks for it: by default the newest year the book holds. */
export interface RegisterRequest extends Omit<RegisterFilter, 'year'> {
  year: number | 'all' | 'newest'
}

/** What the register shows: its entries in the book's order, and what its filters offer. */
export interface RegisterView {
  entries: DocumentRecord[]
  /** Every year the register holds, newest first. */
  years: number[]
  /** The types of the years shown (and the type chosen, even when none is left). */
  types: string[]
  /** The year shown; `undefined` for every year. */
  year: number | undefined
}

/**
 * The years a cluster's register holds, newest first, found by the index without reading the
 * entries: its first and last years, then one key at most for each year between (a scan of the
 * index for its distinct years walks every entry, ten thousand of them in a long register).
 */
async function registerYears(db: OfficeDatabase, clusterId: string): Promise<number[]> {
  const byYear = () => db.documents.where('[clusterId+year]')
  const all = byYear().between([clusterId, 0], [clusterId, 9999])
  const [first, last] = await Promise.all([all.clone().first(), all.clone().last()])
  if (!first || !last) return []
  if (last.year - first.year > 500) {
    const keys = await all.clone().uniqueKeys()
    return keys.map((key) => Number((key as unknown[])[1])).sort((a, b) => b - a)
  }
  const between = Array.from({ length: last.year - first.year - 1 }, (_, i) => last.year - 1 - i)
  const held = await Promise.all(
    between.map((year) => byYear().equals([clusterId, year]).limit(1).primaryKeys())
  )
  const years = between.filter((_, i) => held[i]!.length > 0)
  return last.year === first.year ? [last.year] : [last.year, ...years, first.year]
}

/**
 * The register as the screen shows it. A book runs per year, so the screen opens on the newest
 * year and reads only that year's entries: thirty years or ten thousand numbers are read only
 * when "every year" is chosen.
 */
export async function loadRegisterView(
  db: OfficeDatabase,
  cluster: Cluster,
  request: RegisterRequest
): Promise<RegisterView> {
  const byYear = db.documents.where('[clusterId+year]')
  const held = registerYears(db, cluster.id)
  const year =
    request.year === 'all' ? undefined : request.year === 'newest' ? (await held)[0] : request.year
  const rows =
    request.year === 'all'
      ? await byYear.between([cluster.id, 0], [cluster.id, 9999]).toArray()
      : year === undefined
        ? []
        : await byYear.equals([cluster.id, year]).toArray()
  const { typeCode, withVoided } = request
  const { types } = registerFacets(rows)
  return {
    entries: filterRegister(
      rows,
      { year, typeCode, withVoided },
      cluster.rules.register?.series ?? 'per-type'
    ),
    years: await held,
    types: typeCode === undefined || types.includes(typeCode) ? types : [...types, typeCode],
    year
  }
}

/** Everything Văn bản shows, read in one round; `cluster` is null when there is none. */
export interface DocumentsScreenData {
  cluster: Cluster | null
  written: CompositionsWithNumbers
  register: RegisterView
}

const EMPTY: Omit<DocumentsScreenData, 'cluster'> = {
  written: { compositions: [], numbered: new Map() },
  register: { entries: [], years: [], types: [], year: undefined }
}

/**
 * Văn bản's data in one query: the active cluster, its written documents with their numbers and
 * the register as filtered, so the screen is drawn once, complete, instead of once per piece.
 */
export async function loadDocumentsScreen(
  db: OfficeDatabase,
  request: RegisterRequest
): Promise<DocumentsScreenData> {
  const cluster = (await getActiveCluster(db)) ?? null
  if (!cluster) return { cluster, ...EMPTY }
  const [written, register] = await Promise.all([
    loadCompositionsWithNumbers(db, cluster.id),
    loadRegisterView(db, cluster, request)
  ])
  return { cluster, written, register }
}

/** `loadDocumentsScreen` as a live view; `undefined` while loading. */
export function useDocumentsScreen(request: RegisterRequest): DocumentsScreenData | undefined {
  const db = useDatabase()
  const { year, typeCode, withVoided } = request
  return useLiveQuery(
    () => loadDocumentsScreen(db, { year, typeCode, withVoided }),
    [db, year, typeCode, withVoided]
  )
}
