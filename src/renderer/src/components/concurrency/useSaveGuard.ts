import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { isStaleRecordError, type SaveBase, type StaleReason } from '../../db/concurrency'
import { useDataGeneration } from '../../db/generation'

/** What a form starts from: the record's `updatedAt` and the ids of its child rows. */
export interface RecordStamp {
  updatedAt: string
  children?: Record<string, string[]>
}

/**
 * What the guard sees now: `restored` and `changed` while the form is open, or a refused save;
 * `fromDraft` while the form holds a draft typed on an older version of the record.
 */
export type GuardState = { reason: StaleReason; refused: boolean; fromDraft: boolean } | null

/**
 * Optimistic concurrency for one form (issue 16, point 2). It remembers what the form started
 * from (the record's stamp and the data generation) and gives it to every save (`base()`), so a
 * save over a change made meanwhile is refused by the repository. While the form is open it
 * watches the live record (`live`: the stamp as stored now, null when the record is gone) and the
 * data generation, so the form says at once that another window changed the record or a restore
 * replaced the data — before the secretary types more into it.
 *
 * `live` of a new record (not saved yet) is undefined: there is nothing to guard.
 */
export function useSaveGuard(live: RecordStamp | null | undefined) {
  const generation = useDataGeneration()
  const [start, setStart] = useState<RecordStamp | null>(() => live ?? null)
  const [seenGeneration, setSeenGeneration] = useState<string | undefined>(undefined)
  const [refused, setRefused] = useState<StaleReason | null>(null)
  const [fromDraft, setFromDraft] = useState(false)
  // Every stamp this form saved or started from: the live record lags behind the form's own save
  // for a moment, and that older stamp is not a change made elsewhere.
  const known = useRef(new Set<string>(live ? [live.updatedAt] : []))

  // The first generation read is what the form started from — unless a draft put back in the
  // meantime already said which one it was typed on: an update of the latest value, so an effect
  // of an earlier render cannot overwrite the draft's generation with the current one.
  useEffect(() => {
    if (generation !== undefined)
      setSeenGeneration((seen) => (seen === undefined ? generation : seen))
  }, [generation])

  const restored =
    seenGeneration !== undefined && generation !== undefined && generation !== seenGeneration
  const deleted = start !== null && live === null
  const changed = start !== null && !!live && !known.current.has(live.updatedAt)
  const watching: StaleReason | null = restored
    ? 'restored'
    : deleted
      ? 'deleted'
      : changed
        ? 'changed'
        : null
  const reason = refused ?? watching
  const state = useMemo<GuardState>(
    () => (reason ? { reason, refused: refused !== null, fromDraft } : null),
    [reason, refused, fromDraft]
  )

  const baseOf = useCallback(
    (stamp: RecordStamp | null): SaveBase | undefined =>
      stamp
        ? { updatedAt: stamp.updatedAt, generation: seenGeneration, children: stamp.children }
        : undefined,
    [seenGeneration]
  )

  /** What the next save carries (undefined for a new record). */
  const base = useCallback(() => baseOf(start), [baseOf, start])

  /** The form saved (or reloaded) the record: it now starts from this stamp. */
  const accept = useCallback(
    (stamp: RecordStamp) => {
      known.current.add(stamp.updatedAt)
      setStart(stamp)
      setRefused(null)
      setFromDraft(false)
      if (generation !== undefined) setSeenGeneration(generation)
    },
    [generation]
  )

  /**
   * A draft was put back into the form: the form now holds what was typed on the version the
   * draft was written from (`base`), so that version is what its save carries. When the record
   * changed (or was restored) since, the form says so at once and the save is refused until the
   * secretary compares or reloads — an old draft is never saved silently over newer data.
   */
  const startFrom = useCallback((draftBase: SaveBase) => {
    known.current = new Set([draftBase.updatedAt])
    setStart({ updatedAt: draftBase.updatedAt, children: draftBase.children })
    if (draftBase.generation !== undefined) setSeenGeneration(draftBase.generation)
    setRefused(null)
    setFromDraft(true)
  }, [])

  /**
   * The secretary compared and chose to save their version over the other window's: the save
   * starts from the record as stored now, but still deletes only the child rows this form
   * removed — a person added in the other window stays. Never over a restore.
   */
  const overwrite = useCallback((): SaveBase | undefined => {
    if (!start || !live || restored) return baseOf(start)
    const next = { ...start, updatedAt: live.updatedAt }
    known.current.add(live.updatedAt)
    setStart(next)
    setRefused(null)
    setFromDraft(false)
    return baseOf(next)
  }, [start, live, restored, baseOf])

  /** A save failed: true (and the banner says why) when it was refused as stale. */
  const refuse = useCallback((error: unknown): boolean => {
    if (!isStaleRecordError(error)) return false
    setRefused(error.reason)
    return true
  }, [])

  return useMemo(
    () => ({ state, base, accept, startFrom, overwrite, refuse }),
    [state, base, accept, startFrom, overwrite, refuse]
  )
}

export type SaveGuard = ReturnType<typeof useSaveGuard>
