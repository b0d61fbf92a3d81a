import { BackupError, type BackupHeader } from '@core/backup/format'
import { headText, readBackupHead } from '@core/backup/head'
import { LOW_DISK_MESSAGE, restoreSpaceNeeded, restoreSpaceProblem } from '@core/backup/space'
import type { RestoreSummary } from '@core/backup/summary'
import type { RestoreProgress } from './backup'
import type { RestoreOutcome } from './restore-write'
import type { OfficeDatabase } from './database'
import { needsStaging } from './migrations'
import { createRestoreHandler, type FromWorker, type ToWorker } from './restore-protocol'

/** The end of the pipe the window holds: a real worker, or the same handler in this thread. */
interface Port {
  send(message: ToWorker, transfer?: Transferable[]): void
  onMessage: ((message: FromWorker) => void) | null
  close(): void
}

function workerPort(): Port | null {
  if (typeof Worker === 'undefined') return null
  const worker = new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module' })
  const port: Port = {
    send: (message, transfer = []) => worker.postMessage(message, transfer),
    onMessage: null,
    close: () => worker.terminate()
  }
  worker.onmessage = (event: MessageEvent<FromWorker>) => port.onMessage?.(event.data)
  worker.onerror = (event) => {
    event.preventDefault()
    port.onMessage?.({
      type: 'refused',
      message: `Không chạy được phần kiểm tra bản sao lưu (${event.message}). Dữ liệu hiện tại không thay đổi.`,
      canceled: false
    })
  }
  return port
}

/** Without workers (component tests): the same handler, on the same database object. */
function inThreadPort(db: OfficeDatabase): Port {
  const port: Port = {
    send: (message) => queueMicrotask(() => handle(message)),
    onMessage: null,
    close: () => undefined
  }
  const handle = createRestoreHandler({
    openLive: () => ({ db, release: () => undefined }),
    post: (message) => queueMicrotask(() => port.onMessage?.(message))
  })
  return port
}

export interface Checked {
  header: BackupHeader
  /** What would change; null when the check was asked without a comparison (an undo). */
  summary: RestoreSummary | null
}

/** The disk as the window knows it: free bytes, and whether writing is paused (the write guard). */
export type DiskProbe = () => Promise<{ freeBytes: number; blocked: boolean }>

export interface SessionOptions {
  /** The pipe to the worker (tests pass the in-thread one). */
  openPort?: () => Port
  /**
   * Asked before anything is written: before a staging copy is made (an older file) and before
   * the safety backup and the rows. Without it (tests) the disk is not checked.
   */
  disk?: DiskProbe
}

/**
 * One restore as the Sao lưu screen drives it: `check` a file (read, checked and compared in the
 * worker), show the summary, then `commit` it or `cancel`. While the file is being checked, cancel
 * stops the worker at once; while it is being written, cancel rolls the transaction back.
 */
export class RestoreSession {
  private port: Port | null = null
  private phase: 'idle' | 'checking' | 'checked' | 'writing' = 'idle'
  private settle: {
    resolve(value: never): void
    reject(error: Error): void
    expect: 'checked' | 'done'
  } | null = null
  private saveSafety: ((bytes: Uint8Array) => Promise<string>) | null = null
  private discard: ((name: string) => Promise<void>) | null = null
  private incoming = 0
  private readonly openPort: () => Port

  constructor(
    private readonly db: OfficeDatabase,
    private readonly onProgress: (progress: RestoreProgress) => void,
    private readonly options: SessionOptions = {}
  ) {
    this.openPort = options.openPort ?? (() => workerPort() ?? inThreadPort(db))
  }

  /**
   * Why the disk cannot take the next writes, or '' when it can (or is not checked). A full disk
   * corrupts LevelDB: nothing is written unless the reserve stays free after it.
   */
  private async spaceProblem(needed: number): Promise<string> {
    if (!this.options.disk) return ''
    const disk = await this.options.disk()
    if (disk.blocked)
      return `${LOW_DISK_MESSAGE} Chưa khôi phục gì: dữ liệu hiện tại không thay đổi.`
    return restoreSpaceProblem(disk.freeBytes, needed, this.incoming)
  }

  /** Saves the safety backup the worker built, once the disk is known to take it and the rows. */
  private async onSafety(bytes: Uint8Array): Promise<void> {
    const problem = await this.spaceProblem(
      restoreSpaceNeeded(this.incoming, { safetyBytes: bytes.byteLength })
    ).catch(() => '')
    if (problem) return this.port?.send({ type: 'safety-failed', message: problem })
    await this.saveSafety!(bytes).then(
      (name) => this.port?.send({ type: 'safety-saved', name }),
      () => this.port?.send({ type: 'safety-failed' })
    )
  }

  private connect(): Port {
    if (this.port) return this.port
    const port = this.openPort()
    port.onMessage = (message) => this.receive(message)
    this.port = port
    return port
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'progress':
        return this.onProgress({ stage: message.stage, fraction: message.fraction })
      case 'safety':
        void this.onSafety(new Uint8Array(message.bytes))
        return
      case 'discard':
        void this.discard?.(message.name).catch(() => undefined)
        return
      case 'checked':
        this.phase = 'checked'
        return this.finish('checked', { header: message.header, summary: message.summary })
      case 'done':
        this.phase = 'idle'
        return this.finish('done', message.outcome)
      case 'refused':
        this.phase = 'idle'
        this.settle?.reject(new BackupError(message.message))
        this.settle = null
    }
  }

  private finish(expect: 'checked' | 'done', value: unknown): void {
    if (this.settle?.expect === expect) this.settle.resolve(value as never)
    this.settle = null
  }

  private wait<T>(expect: 'checked' | 'done'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.settle = { resolve: resolve as (v: never) => void, reject, expect }
    })
  }

  /**
   * Reads and checks a file and, with `compare`, what it would change; the bytes are handed over
   * to the worker (not copied). An older file is first loaded into a staging copy: refused before
   * that when the disk cannot take it.
   */
  async check(bytes: Uint8Array, compare = true): Promise<Checked> {
    this.incoming = bytes.byteLength
    const head = readBackupHead(headText(bytes))
    const staging = head !== null && needsStaging(head.schemaVersion)
    const problem = await this.spaceProblem(
      restoreSpaceNeeded(bytes.byteLength, { staging })
    ).catch(() => '')
    if (problem) throw new BackupError(problem)
    const port = this.connect()
    this.phase = 'checking'
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    const buffer = (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer
    const result = this.wait<Checked>('checked')
    port.send({ type: 'check', dbName: this.db.name, bytes: buffer, compare }, [buffer])
    return result
  }

  /**
   * Writes the checked file, after `saveSafety` has saved the live data (it must resolve). When
   * the write does not commit, `discard` is asked to remove that safety backup again.
   */
  commit(
    saveSafety: (bytes: Uint8Array) => Promise<string>,
    options: {
      source?: { name: string; undo: boolean }
      discard?: (name: string) => Promise<void>
    } = {}
  ): Promise<RestoreOutcome> {
    if (this.phase !== 'checked') return Promise.reject(new BackupError('Chưa có tệp đã kiểm tra.'))
    this.saveSafety = saveSafety
    this.discard = options.discard ?? null
    this.phase = 'writing'
    const result = this.wait<RestoreOutcome>('done')
    this.connect().send({
      type: 'commit',
      source: options.source ?? { name: 'tệp bản sao lưu', undo: false }
    })
    return result
  }

  /** Stops what is running; nothing is changed. */
  cancel(): void {
    if (this.phase === 'writing') {
      this.port?.send({ type: 'cancel' })
      return
    }
    this.settle?.reject(new BackupError('Đã hủy. Dữ liệu hiện tại không thay đổi.'))
    this.settle = null
    this.phase = 'idle'
    this.dispose()
  }

  dispose(): void {
    if (this.port) this.port.onMessage = null
    this.port?.close()
    this.port = null
  }
}
