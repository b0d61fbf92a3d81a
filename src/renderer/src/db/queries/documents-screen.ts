import { useLiveQuery } from 'dexie-react-hooks'
import type { Composition, DocumentRecord } from '@core/model/entities'
import type { OfficeDatabase } from '../database'
import { useDatabase } from '../DatabaseContext'
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

/** `loadCompositionsWithNumbers` as a live view; `undefined` while loading. */
export function useCompositionsWithNumbers(
  clusterId: string | undefined
): CompositionsWithNumbers | undefined {
  const db = useDatabase()
  return useLiveQuery(
    async () => (clusterId ? loadCompositionsWithNumbers(db, clusterId) : undefined),
    [db, clusterId]
  )
}
