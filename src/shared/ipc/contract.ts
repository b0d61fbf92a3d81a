import type { Result } from './results'

/** What kind of file a dialog is for; main maps it to filters, extension and size cap. */
export type FileKind = 'docx' | 'backup'

/** Ask main to show a save dialog and write these bytes where the user chose. */
export interface SaveFileRequest {
  kind: FileKind
  /** File name proposed in the dialog; main sanitises it and forces the kind's extension. */
  suggestedName: string
  bytes: Uint8Array
}

export interface SaveFileResult {
  /** Full path on the desktop; the file name alone in the browser build. */
  path: string
  /** `dialog` when the user picked a place; `download` in the browser build. */
  method: 'dialog' | 'download'
}

export interface OpenFileRequest {
  kind: FileKind
}

export interface OpenFileResult {
  name: string
  bytes: Uint8Array
}

/** Facts about the running app shown in "Sao lưu" and "Giới thiệu". */
export interface AppInfo {
  name: string
  version: string
  platform: string
  /** The folder that holds the app's database; empty in the browser build. */
  dataPath: string
  /** True when running in Electron, false in the browser build. */
  isDesktop: boolean
}

/**
 * The whole surface the renderer may use outside its own page.
 *
 * The preload implements it over IPC; `src/renderer/src/lib/web-desktop-api.ts` implements it
 * with browser downloads so the UI also runs in a plain browser.
 */
export interface DesktopApi {
  app: {
    getInfo(): Promise<Result<AppInfo>>
    /** Free space where the data and backups live; writing stops when it is low. */
    diskStatus(): Promise<Result<DiskStatus>>
    /** Called when the window is about to close; returns a function that unsubscribes. */
    onBeforeQuit(callback: () => void): () => void
    /** Tells main the last backup is done and the window may close. */
    quitReady(): Promise<Result<null>>
  }
  backup: {
    /** Writes an automatic backup into the backup folder (atomically) and prunes old ones. */
    save(request: { bytes: Uint8Array; reason: BackupReason }): Promise<Result<BackupEntry>>
    list(): Promise<Result<{ folder: string; entries: BackupEntry[]; retention: Retention }>>
    /** Changes how many automatic backups are kept; older ones are pruned at the next backup. */
    setRetention(retention: Retention): Promise<Result<Retention>>
    /** Reads one backup of the folder by its file name (no paths). */
    read(request: { name: string }): Promise<Result<{ name: string; bytes: Uint8Array }>>
    /** Lets the user pick another backup folder in a dialog. */
    chooseFolder(): Promise<Result<{ folder: string }>>
  }
  file: {
    save(request: SaveFileRequest): Promise<Result<SaveFileResult>>
    open(request: OpenFileRequest): Promise<Result<OpenFileResult>>
    /** Shows the last file saved in its folder. Takes no path, so the page cannot point it anywhere. */
    revealLastSaved(): Promise<Result<null>>
    /** Opens the last file saved with its default program (Word for .docx). */
    openLastSaved(): Promise<Result<null>>
  }
}

/** One backup file made by the app (automatic, or before a restore). */
export interface BackupEntry {
  name: string
  createdAt: string
  reason: string
  size: number
}

export type BackupReason =
  'start' | 'interval' | 'before-restore' | 'before-upgrade' | 'quit' | 'manual'

export interface DiskStatus {
  freeBytes: number
  /** True when writing should stop before the disk fills (LevelDB corrupts on a full disk). */
  isLow: boolean
}

/** How many automatic backups are kept: the newest of today, one per earlier day, in all. */
export interface Retention {
  keepToday: number
  keepDays: number
  keepTotal: number
}
