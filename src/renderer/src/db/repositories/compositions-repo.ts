import { compositionSchema, type Composition } from '@core/model/entities'
import { newId, nowIso } from '@core/model/ids'
import { parseOrThrow, ValidationError } from '@core/model/validation'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'

/** What the secretary edits in a Thông báo or Kế hoạch. */
export type CompositionInput = Omit<Composition, 'id' | 'createdAt' | 'updatedAt' | 'documentId'>

/** The cluster's compositions, newest first. */
export async function listCompositions(
  db: OfficeDatabase,
  clusterId: string
): Promise<Composition[]> {
  const rows = await db.compositions.where('clusterId').equals(clusterId).toArray()
  return rows.sort((a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt))
}

/** Creates a composition; refused input throws `ValidationError` and writes nothing. */
export async function createComposition(
  db: OfficeDatabase,
  input: CompositionInput
): Promise<Composition> {
  const now = nowIso()
  const row = parseOrThrow(compositionSchema, {
    ...input,
    id: newId(),
    createdAt: now,
    updatedAt: now,
    documentId: ''
  })
  await db.transaction('rw', [db.compositions, db.auditLog], async () => {
    await db.compositions.add(row)
    await recordAudit(db, { table: 'compositions', entityId: row.id, action: 'create', after: row })
  })
  return row
}

/**
 * Saves an edited composition. Its register entry (number) is kept; the stored row is untouched
 * if the input is refused.
 */
export async function updateComposition(
  db: OfficeDatabase,
  id: string,
  input: CompositionInput
): Promise<Composition> {
  return db.transaction('rw', [db.compositions, db.auditLog], async () => {
    const before = await db.compositions.get(id)
    if (!before) throw new ValidationError([{ field: '', message: 'Không tìm thấy văn bản này.' }])
    const after = parseOrThrow(compositionSchema, {
      ...before,
      ...input,
      id,
      clusterId: before.clusterId,
      documentId: before.documentId,
      updatedAt: nowIso()
    })
    await db.compositions.put(after)
    await recordAudit(db, { table: 'compositions', entityId: id, action: 'update', before, after })
    return after
  })
}

/** Links a composition to its register entry after its number was issued. */
export async function linkCompositionDocument(
  db: OfficeDatabase,
  id: string,
  documentId: string
): Promise<void> {
  await db.compositions.update(id, { documentId, updatedAt: nowIso() })
}
