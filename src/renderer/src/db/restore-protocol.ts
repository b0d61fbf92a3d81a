import { BackupError, type BackupHeader } from '@core/backup/format'
import type { RestoreSummary } from '@core/backup/summary'
import {
  prepareRestore,
  RestoreCanceled,
  summarizeAgainst,
  type PreparedRestore,
  type RestoreStage
} from './backup'
import { commitRestore, type RestoreOutcome } from './restore-write'
import type { OfficeDatabase } from './database'
import { messageFrom } from '@core/model/validation'

/**
 * The messages between the Sao lưu screen and the restore worker. The worker reads the file,
 * checks it, compares it with the live data, builds the safety backup and writes the rows; the
 * screen only shows progress and saves the safety backup through the desktop API (which exists
 * only in the window). Nothing large ever crosses back to the window except the safety backup's
 * bytes, which are transferred, not copied.
 */
export type ToWorker =
  | { type: 'check'; dbName: string; bytes: ArrayBuffer; compare: boolean }
  | { type: 'commit'; source: { name: string; undo: boolean } }
  | { type: 'safety-saved'; name: string }
  /** The safety backup was not written; `message` says why when the window refused it itself. */
  | { type: 'safety-failed'; message?: string }
  | { type: 'cancel' }

export type FromWorker =
  | { type: 'progress'; stage: RestoreStage; fraction: number }
  | { type: 'checked'; header: BackupHeader; summary: RestoreSummary | null }
  | { type: 'safety'; bytes: ArrayBuffer }
  /** The restore did not commit: the safety backup of that name holds the live data; remove it. */
  | { type: 'discard'; name: string }
  | { type: 'done'; outcome: RestoreOutcome }
  | { type: 'refused'; message: string; canceled: boolean }

export interface HandlerDeps {
  /** The live database of that name (the worker opens its own connection and closes it after). */
  openLive(name: string): { db: OfficeDatabase; release(): void }
  post(message: FromWorker, transfer?: Transferable[]): void
}

const messageOf = (error: unknown) =>
  error instanceof BackupError
    ? error.message
    : `Không khôi phục được. ${messageFrom(error)} Dữ liệu hiện tại không thay đổi.`

/** One restore at a time: check a file, then (on the secretary's word) write it. */
export function createRestoreHandler(deps: HandlerDeps): (message: ToWorker) => void {
  let prepared: PreparedRestore | null = null
  let dbName = ''
  let abort = new AbortController()
  let safetyReply: ((name: string | null, message?: string) => void) | null = null
  const onProgress = (p: { stage: RestoreStage; fraction: number }) =>
    deps.post({ type: 'progress', ...p })
  const fail = (error: unknown) =>
    deps.post({
      type: 'refused',
      message: messageOf(error),
      canceled: error instanceof RestoreCanceled
    })

  async function check(bytes: ArrayBuffer, compare: boolean): Promise<void> {
    prepared = null
    abort = new AbortController()
    const options = { onProgress, signal: abort.signal }
    const next = await prepareRestore(new Uint8Array(bytes), options)
    if (!compare) {
      // An undo is written at once: nothing to show, so the live data is not read for a summary.
      prepared = next
      return deps.post({ type: 'checked', header: next.header, summary: null })
    }
    const live = deps.openLive(dbName)
    try {
      const summary = await summarizeAgainst(live.db, next, options)
      prepared = next
      deps.post({ type: 'checked', header: next.header, summary })
    } finally {
      live.release()
    }
  }

  async function commit(source: { name: string; undo: boolean }): Promise<void> {
    if (!prepared) throw new BackupError('Chưa có bản sao lưu nào được kiểm tra để khôi phục.')
    const live = deps.openLive(dbName)
    try {
      const outcome = await commitRestore(live.db, prepared, {
        onProgress,
        signal: abort.signal,
        source,
        discardSafetyBackup: async (name) => deps.post({ type: 'discard', name }),
        saveSafetyBackup: (bytes) =>
          new Promise((resolve, reject) => {
            safetyReply = (name, message) =>
              name === null
                ? reject(message ? new BackupError(message) : new Error('not saved'))
                : resolve(name)
            const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
            deps.post({ type: 'safety', bytes: buffer as ArrayBuffer }, [buffer as ArrayBuffer])
          })
      })
      prepared = null
      deps.post({ type: 'done', outcome })
    } finally {
      live.release()
    }
  }

  return (message) => {
    switch (message.type) {
      case 'check':
        dbName = message.dbName
        void check(message.bytes, message.compare).catch(fail)
        break
      case 'commit':
        void commit(message.source).catch(fail)
        break
      case 'safety-saved':
        safetyReply?.(message.name)
        safetyReply = null
        break
      case 'safety-failed':
        safetyReply?.(null, message.message)
        safetyReply = null
        break
      case 'cancel':
        abort.abort()
        safetyReply?.(null)
        safetyReply = null
        break
    }
  }
}
