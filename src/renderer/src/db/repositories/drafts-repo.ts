import { draftSchema, type Draft } from '@core/model/entities'
import { nowIso } from '@core/model/ids'
import { parseOrThrow, ValidationError } from '@core/model/validation'
import { cleanDeep } from '@core/text/normalize'
import type { OfficeDatabase } from '../database'

/**
 * Drafts: what the secretary has typed into a long form and not saved yet, written as they type
 * (the screen debounces), so that a crash, a reload or a closed window loses nothing. One draft per
 * form and record; a new record's draft is `form:new`. Saving the record deletes its drafts (the
 * repositories of the meeting, pact and composition forms do it in their own transaction).
 * Drafts are not audited: they are not the record.
 */

/** The largest draft kept, as JSON characters: a form is far smaller. */
export const MAX_DRAFT_CHARS = 2_000_000

/** `meeting:9f2c…`, or `meeting:new` for a record not saved yet. */
export function draftKey(form: string, recordId = ''): string {
  return `${form}:${recordId || 'new'}`
}

/** Keeps (replaces) the draft of a form, with the time it was written. */
export async function saveDraft(
  db: OfficeDatabase,
  input: { form: string; recordId?: string; clusterId?: string; data: unknown }
): Promise<Draft> {
  const data = cleanDeep(input.data)
  if (JSON.stringify(data ?? null).length > MAX_DRAFT_CHARS)
    throw new ValidationError([
      { field: '', message: 'Bản nháp quá lớn để lưu tự động; hãy lưu biểu mẫu.' }
    ])
  const draft = parseOrThrow(draftSchema, {
    key: draftKey(input.form, input.recordId),
    form: input.form,
    recordId: input.recordId || 'new',
    clusterId: input.clusterId ?? '',
    data: data ?? null,
    savedAt: nowIso()
  })
  await db.drafts.put(draft)
  return draft
}

/** The draft of a form, if one was kept. */
export async function loadDraft(
  db: OfficeDatabase,
  form: string,
  recordId = ''
): Promise<Draft | undefined> {
  return db.drafts.get(draftKey(form, recordId))
}

/** Forgets the draft of a form (the user discarded it). */
export async function deleteDraft(db: OfficeDatabase, form: string, recordId = ''): Promise<void> {
  await db.drafts.delete(draftKey(form, recordId))
}

/**
 * Forgets the drafts a save has made obsolete: the record's own and, when the save created the
 * record, the new-record draft it was typed in. Call inside the save's transaction (with
 * `db.drafts` in its tables).
 */
export async function discardDrafts(
  db: OfficeDatabase,
  form: string,
  recordId: string,
  created: boolean
): Promise<void> {
  await db.drafts.bulkDelete(
    created ? [draftKey(form, recordId), draftKey(form)] : [draftKey(form, recordId)]
  )
}

/** The drafts kept, newest first (of one cluster when given), to offer them back. */
export async function listDrafts(db: OfficeDatabase, clusterId?: string): Promise<Draft[]> {
  const rows = clusterId
    ? await db.drafts.where('clusterId').equals(clusterId).toArray()
    : await db.drafts.toArray()
  return rows.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}
