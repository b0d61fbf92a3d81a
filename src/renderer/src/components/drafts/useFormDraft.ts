import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useDatabase } from '../../db/DatabaseContext'
import { deleteDraft, loadDraft, saveDraft } from '../../db/repositories/drafts-repo'
import { sameValue } from '../../lib/same-value'
import type { SaveBase } from '../../db/concurrency'
import { draftBase, packDraft, unpackDraft } from './draft-data'

/** How long typing must pause before the draft is written: short, so a crash loses little. */
export const DRAFT_DELAY_MS = 600

export interface DraftOptions<T extends object> {
  /** The form's key in the drafts table (`meeting`, `pact`…). */
  form: string
  /** The record edited; empty for a new one. */
  recordId: string
  clusterId?: string
  /** The version of the form's shape: bump it when the shape changes. */
  version: number
  /** The form as typed now. */
  value: T
  /** The form as saved; a draft equal to it is no draft. */
  saved: T
  /** False while the form cannot be edited (a finalised meeting, a signed pact). */
  enabled: boolean
  /**
   * Whether a draft found as the form opens can be offered back, when that differs from
   * `enabled`: a signed pact is not being edited when it opens, yet the amendment typed on it
   * before the window closed is put back with its amendment open (`onRestore`). Defaults to
   * `enabled` (a finalised meeting has nothing to take a draft back into).
   */
  offerable?: boolean
  /** Puts a draft's state back into the form. */
  onRestore(value: T): void
  /**
   * The form's save guard (`useSaveGuard`), for a record guarded against changes made elsewhere:
   * each draft keeps the version of the record the form was typed on (`base()`), and a draft put
   * back makes its save carry that version again (`startFrom`) — so an old draft is refused, and
   * offered for comparison, when the record changed since.
   */
  guard?: { base(): SaveBase | undefined; startFrom(base: SaveBase): void }
}

export interface DraftOffer {
  savedAt: string
  /** False when the draft was written by another version of the form and cannot be restored. */
  restorable: boolean
}

/**
 * Keeps a long form's unsaved work in the database as the secretary types (issue 10, point 4):
 * the draft is written a moment after typing pauses while the form differs from what is saved,
 * and removed when it no longer does. A draft found when the form opens — after a crash, a reload
 * or a window closed — is offered back (`offer`); until it is restored or discarded nothing is
 * written over it. Saving the record deletes the draft in the save's own transaction; `hold()`
 * is called as the save starts so that no pending write puts it back, `resume()` if it is refused.
 */
export function useFormDraft<T extends object>(options: DraftOptions<T>) {
  const db = useDatabase()
  const { form, recordId, clusterId, version, value, saved, enabled } = options
  const offerable = options.offerable ?? enabled
  const restoreRef = useRef(options.onRestore)
  const guardRef = useRef(options.guard)
  useEffect(() => {
    restoreRef.current = options.onRestore
    guardRef.current = options.guard
  })
  const [offer, setOffer] = useState<DraftOffer | null>(null)
  const [found, setFound] = useState<{ value: T; base?: SaveBase } | null>(null)
  const [checked, setChecked] = useState(false)
  const [keptAt, setKeptAt] = useState('')
  const [error, setError] = useState('')
  const [nonce, setNonce] = useState(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pendingWrite = useRef<(() => void) | null>(null)
  const wrote = useRef(false)
  const savedRef = useRef(saved)
  const valueRef = useRef(value)
  /** The form as it was when a save started: not written again unless it changes. */
  const held = useRef<T | null>(null)
  useEffect(() => {
    savedRef.current = saved
    valueRef.current = value
  })

  // Once, as the form opens: is there work left from before? (A form that cannot be edited — a
  // finalised meeting — has nothing to take it back into.)
  const editable = useRef(offerable)
  useEffect(() => {
    let live = true
    void loadDraft(db, form, recordId).then(async (draft) => {
      if (!live) return
      if (!editable.current) return setChecked(true)
      const state = draft ? unpackDraft(draft.data, version, savedRef.current) : null
      if (draft && state && sameValue(state, savedRef.current)) {
        await deleteDraft(db, form, recordId)
      } else if (draft) {
        setFound(state ? { value: state, base: draftBase(draft.data) } : null)
        setOffer({ savedAt: draft.savedAt, restorable: state !== null })
      }
      if (live) setChecked(true)
    })
    return () => {
      live = false
    }
  }, [db, form, recordId, version])

  const cancelTimer = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    pendingWrite.current = null
  }

  const dirty = !sameValue(value, saved)
  const active = enabled && checked && offer === null
  useEffect(() => {
    // Each change restarts the wait; a form that cannot be written (or was just saved) writes nothing.
    cancelTimer()
    if (!active) return
    if (held.current !== null) {
      if (sameValue(held.current, value)) return
      held.current = null
    }
    if (!dirty && !wrote.current) return
    const write = () => {
      pendingWrite.current = null
      timer.current = null
      const job = dirty
        ? saveDraft(db, {
            form,
            recordId,
            clusterId,
            data: packDraft(version, value, guardRef.current?.base())
          }).then((d) => {
            wrote.current = true
            setKeptAt(d.savedAt)
          })
        : deleteDraft(db, form, recordId).then(() => {
            wrote.current = false
            setKeptAt('')
          })
      job.then(
        () => setError(''),
        (e: Error) => setError(`Không giữ được bản nháp: ${e.message}`)
      )
    }
    pendingWrite.current = write
    timer.current = setTimeout(write, DRAFT_DELAY_MS)
  }, [active, dirty, value, db, form, recordId, clusterId, version, nonce])

  // Leaving the screen with typing not yet written: write it now rather than lose it.
  useEffect(
    () => () => {
      const write = pendingWrite.current
      cancelTimer()
      write?.()
    },
    []
  )

  /** The save is starting: it deletes the draft itself, so nothing pending may write it back. */
  const hold = useCallback(() => {
    cancelTimer()
    held.current = valueRef.current
    wrote.current = false
    setKeptAt('')
  }, [])

  /**
   * The secretary chose "Rời đi không lưu": the typed work goes, as the question said, draft
   * included. (A crash, a reload or a closed window keeps it: nobody chose to drop it.)
   */
  const forget = useCallback(() => {
    cancelTimer()
    wrote.current = false
    void deleteDraft(db, form, recordId)
  }, [db, form, recordId])

  /** The save was refused: the work is still unsaved, so keep it as a draft again. */
  const resume = useCallback(() => {
    held.current = null
    setNonce((n) => n + 1)
  }, [])

  const restore = useCallback(() => {
    if (found) {
      restoreRef.current(found.value)
      if (found.base) guardRef.current?.startFrom(found.base)
    }
    setOffer(null)
    setFound(null)
  }, [found])

  const discard = useCallback(async () => {
    await deleteDraft(db, form, recordId)
    setOffer(null)
    setFound(null)
  }, [db, form, recordId])

  return useMemo(
    () => ({ offer, restore, discard, hold, resume, forget, keptAt, error }),
    [offer, restore, discard, hold, resume, forget, keptAt, error]
  )
}
