import { compositionSchema, type Composition } from '@core/model/entities'
import { newId, nowIso } from '@core/model/ids'
import { parseOrThrow, ValidationError } from '@core/model/validation'
import { assertUnchanged, type SaveBase, stampAfter } from '../concurrency'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { discardDrafts, draftKey } from './drafts-repo'
import { liveEntryOf } from './number-series'

/** The key of the composition form's drafts (see `drafts-repo.ts`). */
export const COMPOSITION_FORM = 'composition'

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

/** One composition as stored now, or null. */
export async function getComposition(db: OfficeDatabase, id: string): Promise<Composition | null> {
  return (await db.compositions.get(id)) ?? null
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
  await db.transaction('rw', [db.compositions, db.drafts, db.auditLog], async () => {
    await db.compositions.add(row)
    await discardDrafts(db, COMPOSITION_FORM, row.id, true)
    // A new notice and a new plan are typed under their own keys, so neither overwrites the other.
    await db.drafts.delete(draftKey(COMPOSITION_FORM, `new-${row.kind}`))
    await recordAudit(db, { table: 'compositions', entityId: row.id, action: 'create', after: row })
  })
  return row
}

/**
 * Saves an edited composition. Its register entry (number) is kept; the stored row is untouched
 * if the input is refused. With `base` (what the form read), a composition changed since is
 * refused with a `StaleRecordError` (`concurrency.ts`).
 */
export async function updateComposition(
  db: OfficeDatabase,
  id: string,
  input: CompositionInput,
  base?: SaveBase
): Promise<Composition> {
  return db.transaction('rw', [db.compositions, db.drafts, db.settings, db.auditLog], async () => {
    const before = await db.compositions.get(id)
    await assertUnchanged(db, before, base)
    if (!before) throw new ValidationError([{ field: '', message: 'Không tìm thấy văn bản này.' }])
    const after = parseOrThrow(compositionSchema, {
      ...before,
      ...input,
      id,
      clusterId: before.clusterId,
      documentId: before.documentId,
      updatedAt: stampAfter(before.updatedAt)
    })
    await db.compositions.put(after)
    await discardDrafts(db, COMPOSITION_FORM, id, false)
    await recordAudit(db, { table: 'compositions', entityId: id, action: 'update', before, after })
    return after
  })
}

/**
 * Links a composition to its register entry after its number was issued. A voided entry is never
 * linked: the composition keeps (or takes) its live entry instead, so a number given again after
 * a void is the one shown.
 */
export async function linkCompositionDocument(
  db: OfficeDatabase,
  id: string,
  documentId: string
): Promise<void> {
  await db.transaction('rw', [db.compositions, db.documents], async () => {
    const record = await db.documents.get(documentId)
    const live = record?.status === 'voided' ? await liveEntryOf(db, 'compositions', id) : record
    const target = live?.id ?? ''
    const composition = await db.compositions.get(id)
    if (composition && composition.documentId !== target)
      await db.compositions.update(id, { documentId: target, updatedAt: nowIso() })
  })
}
