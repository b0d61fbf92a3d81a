import { ValidationError } from '@core/model/validation'
import type { OfficeDatabase } from './database'
import { readGeneration, RESTORED_UNDER_FORM } from './generation'
export { stampAfter } from './stamp'

/**
 * Optimistic concurrency (issue 16, point 2): a form remembers what it read when it opened, and
 * its save is refused — nothing written — when the record changed since, in another window or
 * tab, or because a restore replaced the data. The stamp is the record's `updatedAt`, which every
 * save of the record (and of its child rows, which are saved through it) rewrites; no revision
 * field is needed, so no schema change. The check is equality, never "newer than", so a clock
 * that moved backwards cannot let a stale save through.
 */
export interface SaveBase {
  /**
   * The record's `updatedAt` as the form read it; `NOT_STORED` when the form started from a
   * record not stored yet (minutes text still generated from the facts, a unit with no score
   * sheet): a save then refuses a record created meanwhile in another window.
   */
  updatedAt: string
  /** The data generation as the form read it (`generation.ts`); undefined while it loads. */
  generation?: string
  /**
   * The ids of the child rows the form started with, per list (`people`, `guests`…). A save
   * deletes only the rows the form had and no longer has — never a row it never saw, such as a
   * person added in another window after the secretary chose to save over that change.
   */
  children?: Record<string, string[]>
}

/** The stamp of a record the form read as not stored yet. */
export const NOT_STORED = ''

/** Why a save was refused as stale. */
export type StaleReason = 'changed' | 'deleted' | 'restored'

export const CHANGED_ELSEWHERE =
  'Chưa lưu: bản ghi này vừa được thay đổi ở cửa sổ khác sau khi bạn mở biểu mẫu, lưu lúc này sẽ ghi đè thay đổi đó. Hãy bấm “So sánh” để xem khác nhau ở đâu, hoặc “Tải lại” để làm việc trên bản mới nhất.'

export const DELETED_ELSEWHERE =
  'Chưa lưu: bản ghi này vừa bị xóa ở cửa sổ khác sau khi bạn mở biểu mẫu.'

/** A save refused because the record is no longer what the form read. */
export class StaleRecordError extends ValidationError {
  constructor(readonly reason: StaleReason) {
    super([
      {
        field: '',
        message:
          reason === 'restored'
            ? RESTORED_UNDER_FORM
            : reason === 'deleted'
              ? DELETED_ELSEWHERE
              : CHANGED_ELSEWHERE
      }
    ])
    this.name = 'StaleRecordError'
  }
}

export function isStaleRecordError(error: unknown): error is StaleRecordError {
  return error instanceof StaleRecordError
}

/**
 * Refuses the save when the data was restored since the form read it, or the record's stored
 * `updatedAt` is not the one the form started from (or the record is gone). Call it inside the
 * save's transaction, with `db.settings` among its tables. Without a base (a save made by the app
 * itself from what it has just read) nothing is checked. A base of `NOT_STORED` passes only while
 * the record is still absent.
 */
export async function assertUnchanged(
  db: OfficeDatabase,
  stored: { updatedAt: string } | undefined,
  base: SaveBase | undefined
): Promise<void> {
  if (!base) return
  if (base.generation !== undefined && (await readGeneration(db)) !== base.generation)
    throw new StaleRecordError('restored')
  if (!stored) {
    if (base.updatedAt === NOT_STORED) return
    throw new StaleRecordError('deleted')
  }
  if (stored.updatedAt !== base.updatedAt) throw new StaleRecordError('changed')
}

/**
 * The stored child rows a save deletes: those the form started with and no longer has. Without
 * the form's starting list (no base), every stored row missing from the form — the form then
 * is the whole truth, as when the app saves what it has just read.
 */
export function rowsToDelete<R extends { id: string }>(
  stored: R[],
  keptIds: Iterable<string>,
  startedWith: string[] | undefined
): R[] {
  const kept = new Set(keptIds)
  const removable = startedWith ? new Set(startedWith) : null
  return stored.filter((row) => !kept.has(row.id) && (!removable || removable.has(row.id)))
}
