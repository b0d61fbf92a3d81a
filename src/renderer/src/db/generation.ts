import { useLiveQuery } from 'dexie-react-hooks'
import { dataGenerationSchema, SETTING_KEYS } from '@core/model/settings'
import { ValidationError } from '@core/model/validation'
import { useDatabase } from './DatabaseContext'
import type { OfficeDatabase } from './database'

/**
 * The data generation: a value every restore (and undo) writes in the same transaction as the
 * rows it brings, so anything that read the data before can tell it was replaced since.
 *
 * How a form uses it (issue 16 point 2 builds on this):
 * - when it opens, remember `useDataGeneration()` (or `readGeneration(db)`) with its snapshot;
 * - while open, compare it with `useDataGeneration()`: when they differ, the data under the form
 *   was restored — show `RESTORED_UNDER_FORM` and offer to reload;
 * - when it saves, call `assertSameGeneration(db, remembered)` inside the save's transaction (with
 *   `db.settings` among its tables): it refuses the save, nothing written, if a restore came in
 *   between — the old snapshot is never written over the restored data.
 * The value lives in the database, so every window and tab of the app sees it (Dexie's live
 * queries follow writes made by other tabs and by the restore worker).
 */

/** The generation the data is at: '' while no restore has ever run on it. */
export async function readGeneration(db: OfficeDatabase): Promise<string> {
  const row = await db.settings.get(SETTING_KEYS.dataGeneration)
  const parsed = dataGenerationSchema.safeParse(row?.value)
  return parsed.success ? parsed.data.id : ''
}

/** The current generation, live; `undefined` while it loads. */
export function useDataGeneration(): string | undefined {
  const db = useDatabase()
  return useLiveQuery(() => readGeneration(db), [db])
}

/** What a form says when the data under it was restored while it was open. */
export const RESTORED_UNDER_FORM =
  'Dữ liệu vừa được khôi phục từ một bản sao lưu sau khi biểu mẫu này được mở, nên những gì đang hiện ở đây là dữ liệu cũ. Hãy tải lại biểu mẫu để làm việc trên dữ liệu hiện tại; lưu lúc này sẽ không ghi đè dữ liệu vừa khôi phục.'

/**
 * Refuses a save, with `RESTORED_UNDER_FORM`, when the data was restored since the form read it
 * at generation `seen`. Call it inside the save's transaction, with `db.settings` in its tables.
 */
export async function assertSameGeneration(db: OfficeDatabase, seen: string): Promise<void> {
  if ((await readGeneration(db)) !== seen)
    throw new ValidationError([{ field: '', message: RESTORED_UNDER_FORM }])
}
