import { useCallback, useEffect, useRef, useState } from 'react'
import type { RestoreSummary } from '@core/backup/summary'
import { messageFrom } from '@core/model/validation'
import type { DesktopApi } from '@shared/ipc/contract'
import type { RestoreProgress } from '../../db/backup'
import type { OfficeDatabase } from '../../db/database'
import { RestoreSession, type Checked, type DiskProbe } from '../../db/restore-client'
import { useSafety } from '../../db/SafetyContext'

/** What is being restored: words for the screen, the file's name for the audit log. */
export interface RestoreSource {
  label: string
  fileName: string
}

export type FlowState =
  | { kind: 'idle' }
  | { kind: 'checking'; source: string; progress: RestoreProgress }
  | { kind: 'confirm'; source: string; checked: Checked & { summary: RestoreSummary } }
  | { kind: 'writing'; isUndo: boolean; progress: RestoreProgress }

export type Notice = { kind: 'ok' | 'error' | 'info'; text: string }

/**
 * The backup taken just before the last restore of this session, for "Hoàn tác khôi phục". Kept
 * outside the component so it survives moving between screens; after a restart the same backup
 * is still in the list of automatic backups ("trước khi khôi phục").
 */
let lastSafetyBackup: string | null = null

const START: RestoreProgress = { stage: 'parse', fraction: 0 }

/** Whether a message already tells the secretary the live data was not touched. */
const saysUnchanged = (text: string) => /không thay đổi|giữ nguyên|chưa khôi phục gì/.test(text)

/**
 * The restore as the Sao lưu screen runs it: check a file in the worker with progress, show what
 * it would change, write it on confirmation (after the safety backup), or cancel at any point.
 */
export function useRestoreFlow(
  db: OfficeDatabase,
  api: DesktopApi,
  notify: (notice: Notice | null) => void,
  onRestored: () => void
) {
  const [state, setState] = useState<FlowState>({ kind: 'idle' })
  const [undo, setUndoState] = useState<string | null>(lastSafetyBackup)
  const session = useRef<RestoreSession | null>(null)
  const fileName = useRef('')
  const safety = useSafety()

  // Nothing is written while the disk watch has paused writing, nor unless the reserve stays free.
  const disk: DiskProbe = useCallback(async () => {
    const status = await api.app.diskStatus()
    return {
      freeBytes: status.ok ? status.value.freeBytes : Number.MAX_SAFE_INTEGER,
      blocked: (safety?.diskWatch.isLow ?? false) || (status.ok && status.value.isLow)
    }
  }, [api, safety])

  useEffect(() => () => session.current?.dispose(), [])

  const setUndo = (name: string | null) => {
    lastSafetyBackup = name
    setUndoState(name)
  }

  const fail = useCallback(
    (error: unknown) => {
      setState({ kind: 'idle' })
      const text = messageFrom(error)
      const canceled = text.startsWith('Đã hủy')
      notify({
        kind: canceled ? 'info' : 'error',
        text: saysUnchanged(text) ? text : `${text} Dữ liệu hiện tại không thay đổi.`
      })
    },
    [notify]
  )

  const write = useCallback(
    async (current: RestoreSession, isUndo: boolean) => {
      setState({ kind: 'writing', isUndo, progress: { stage: 'safety', fraction: 0 } })
      try {
        const outcome = await current.commit(
          async (bytes) => {
            const saved = await api.backup.save({ bytes, reason: 'before-restore' })
            if (!saved.ok) throw new Error(saved.error.message)
            return saved.value.name
          },
          {
            source: { name: fileName.current, undo: isUndo },
            discard: async (name) => void (await api.backup.remove({ name }))
          }
        )
        setState({ kind: 'idle' })
        // The worker wrote the data: the next automatic backup must take it.
        safety?.autoBackup.markChanged()
        setUndo(isUndo ? null : outcome.safetyBackup)
        const n = (t: string) => outcome.counts[t] ?? 0
        notify({
          kind: 'ok',
          text: isUndo
            ? 'Đã hoàn tác: dữ liệu trở lại như trước khi khôi phục.'
            : `Đã khôi phục: ${n('clusters')} cụm, ${n('memberUnits')} đơn vị, ${n('meetings')} hội nghị. Dữ liệu trước đó đã được sao lưu.`
        })
        onRestored()
      } catch (error) {
        fail(error)
      } finally {
        current.dispose()
      }
    },
    [api, notify, onRestored, fail, safety]
  )

  /** Checks a file; an undo is written as soon as it passed, a restore waits for "Khôi phục". */
  const start = useCallback(
    async ({ label: source, fileName: name }: RestoreSource, bytes: Uint8Array, isUndo = false) => {
      session.current?.dispose()
      notify(null)
      const current = new RestoreSession(
        db,
        (progress) =>
          setState((s) => (s.kind === 'checking' || s.kind === 'writing' ? { ...s, progress } : s)),
        { disk }
      )
      session.current = current
      fileName.current = name
      setState({ kind: 'checking', source, progress: START })
      try {
        const checked = await current.check(bytes, !isUndo)
        if (isUndo) await write(current, true)
        else if (checked.summary)
          setState({ kind: 'confirm', source, checked: { ...checked, summary: checked.summary } })
      } catch (error) {
        current.dispose()
        fail(error)
      }
    },
    [db, notify, write, fail, disk]
  )

  const confirm = useCallback(() => {
    if (session.current && state.kind === 'confirm') void write(session.current, false)
  }, [state.kind, write])

  const cancel = useCallback(() => {
    if (state.kind === 'confirm') {
      session.current?.dispose()
      setState({ kind: 'idle' })
    } else session.current?.cancel()
  }, [state.kind])

  /** The undo's backup was removed by hand: nothing left to undo with. */
  const forgetUndo = useCallback(() => setUndo(null), [])

  return { state, undo, start, confirm, cancel, forgetUndo }
}

export type RestoreFlow = ReturnType<typeof useRestoreFlow>
