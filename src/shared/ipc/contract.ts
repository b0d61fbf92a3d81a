import type { Call } from './channel-map'

/** What kind of file a dialog is for; main maps it to filters, extension and size cap. */
export type FileKind = 'docx' | 'backup' | 'csv' | 'pdf' | 'xlsx'

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
  /**
   * `dialog` when the user picked a place; `download` in the browser build; `print` when the
   * browser's print dialog was opened instead (a PDF in the browser build).
   */
  method: 'dialog' | 'download' | 'print'
}

/**
 * Ask main to print a document to PDF and save it where the user chooses: the complete printable
 * page (`printableHtml` of the document model: inline style only, no script) and the proposed name.
 */
export interface ExportPdfRequest {
  html: string
  suggestedName: string
}

/** The kinds a folder may hold (a backup is never written into one). */
export type FolderFileKind = Exclude<FileKind, 'backup'>

/**
 * One file of a folder: bytes written as they are (with their own kind, or the folder's), or a
 * document's printable page (`printableHtml`) that the desktop prints to PDF before writing.
 */
export type FolderFile =
  | { name: string; kind?: FolderFileKind; bytes: Uint8Array }
  | { name: string; kind: 'pdf'; html: string }

/** Ask main to write several files as one new folder inside a folder the user chooses. */
export interface SaveFolderRequest {
  /** The new folder's name; main sanitises it and adds ` (2)` if it exists. */
  folderName: string
  /** The kind (and so the extension) of every file that does not name its own. */
  kind: FolderFileKind
  files: FolderFile[]
}

export interface SaveFolderResult {
  /** The folder written (desktop), or the name of the .zip downloaded (browser build). */
  path: string
  count: number
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
 * The page's answer when main asks whether the window may close: `asking` while the user is shown
 * the unsaved-changes question (main then waits for the second answer), `stay` or `close` after.
 */
export interface CloseAnswer {
  decision: 'asking' | 'stay' | 'close'
}

/**
 * The whole surface the renderer may use outside its own page.
 *
 * The preload implements it over IPC; `src/renderer/src/lib/web-desktop-api.ts` implements it
 * with browser downloads so the UI also runs in a plain browser. Each request function is typed by
 * its channel in `channel-map.ts`, so this, the preload and main cannot drift apart.
 */
export interface DesktopApi {
  app: {
    getInfo: Call<'app:get-info'>
    /** Free space where the data and backups live; writing stops when it is low. */
    diskStatus: Call<'app:disk-status'>
    /**
     * Called when the user closes the window, before the last backup; the page must answer with
     * `answerClose`. Returns a function that unsubscribes.
     */
    onCloseRequested(callback: () => void): () => void
    /** Answers a close request: `asking` holds the close until `stay` or `close` follows. */
    answerClose: Call<'app:close-answer'>
    /** Called when the window is about to close; returns a function that unsubscribes. */
    onBeforeQuit(callback: () => void): () => void
    /** Tells main the last backup is done and the window may close. */
    quitReady: Call<'app:quit-ready'>
  }
  backup: {
    /** Writes an automatic backup into the backup folder (atomically) and prunes old ones. */
    save: Call<'backup:save'>
    list: Call<'backup:list'>
    /** Changes how many automatic backups are kept; older ones are pruned at the next backup. */
    setRetention: Call<'backup:set-retention'>
    /** Reads one backup of the folder by its file name (no paths). */
    read: Call<'backup:read'>
    /**
     * Deletes a backup taken before a restore, by its file name, when the secretary no longer needs
     * it (the others are pruned by the retention policy). Also used to drop the safety backup of a
     * restore that did not happen.
     */
    remove: Call<'backup:remove'>
    /** Lets the user pick another backup folder in a dialog. */
    chooseFolder: Call<'backup:choose-folder'>
  }
  file: {
    save: Call<'file:save'>
    /** Writes several files into a new folder the user places, all or nothing. */
    saveFolder: Call<'file:save-folder'>
    open: Call<'file:open'>
    /**
     * Prints a document to PDF (desktop: Chromium's printToPDF in a hidden, locked-down window,
     * then the save dialog; browser build: the browser's print dialog, where the user picks
     * “Lưu dưới dạng PDF”).
     */
    exportPdf: Call<'file:export-pdf'>
    /** Shows the last file saved in its folder. Takes no path, so the page cannot point it anywhere. */
    revealLastSaved: Call<'file:reveal-last-saved'>
    /** Opens the last file saved with its default program (Word for .docx). */
    openLastSaved: Call<'file:open-last-saved'>
  }
}

/** One backup file made by the app (automatic, or before a restore). */
export interface BackupEntry {
  name: string
  /** Local time of this PC when it was taken, `2026-11-26T14:30:05.123` (from its name). */
  createdAt: string
  reason: string
  size: number
  /** What it holds, read from its first lines; null when they could not be read. */
  contents?: BackupContents | null
}

/** The clusters and row counts of a backup, as its header and first rows state them. */
export interface BackupContents {
  clusters: string[]
  counts: Record<string, number>
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
