import { useCallback, useEffect, useRef, useState } from 'react'
import { BackupError } from '@core/backup/format'
import type { RestoreSummary } from '@core/backup/summary'
import type { DesktopApi } from '@shared/ipc/contract'
import type { RestoreProgress } from '../../db/backup'
import type { OfficeDatabase } from '../../db/database'
import { RestoreSession, type Checked } from '../../db/restore-client'

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

  useEffect(() => () => session.current?.dispose(), [])

  const setUndo = (name: string | null) => {
    lastSafetyBackup = name
    setUndoState(name)
  }

  const fail = useCallback(
    (error: unknown) => {
      setState({ kind: 'idle' })
      const text = error instanceof BackupError ? error.message : 'Không khôi phục được.'
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
        const outcome = await current.commit(async (bytes) => {
          const saved = await api.backup.save({ bytes, reason: 'before-restore' })
          if (!saved.ok) throw new Error(saved.error.message)
          return saved.value.name
        })
        setState({ kind: 'idle' })
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
    [api, notify, onRestored, fail]
  )

  /** Checks a file; an undo is written as soon as it passed, a restore waits for "Khôi phục". */
  const start = useCallback(
    async (source: string, bytes: Uint8Array, isUndo = false) => {
      session.current?.dispose()
      notify(null)
      const current = new RestoreSession(db, (progress) =>
        setState((s) => (s.kind === 'checking' || s.kind === 'writing' ? { ...s, progress } : s))
      )
      session.current = current
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
    [db, notify, write, fail]
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

  return { state, undo, start, confirm, cancel }
}

export type RestoreFlow = ReturnType<typeof useRestoreFlow>
