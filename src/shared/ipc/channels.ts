/**
 * Every IPC channel of the app, named `domain:verb` in kebab-case.
 *
 * Main registers exactly these and the preload invokes exactly these; nothing else crosses.
 * What each one carries is in `channel-map.ts`.
 */
export const CH = {
  appGetInfo: 'app:get-info',
  fileSave: 'file:save',
  fileSaveFolder: 'file:save-folder',
  fileOpen: 'file:open',
  fileExportPdf: 'file:export-pdf',
  fileRevealLastSaved: 'file:reveal-last-saved',
  fileOpenLastSaved: 'file:open-last-saved',
  appDiskStatus: 'app:disk-status',
  appQuitReady: 'app:quit-ready',
  /** The page's answer to `app:close-requested`: ask the user, stay, or close. */
  appCloseAnswer: 'app:close-answer',
  /** Sent by main to the page when the user closes the window, before anything else happens. */
  appCloseRequested: 'app:close-requested',
  /** Sent by main to the page when the window is closing, so it can take a last backup. */
  appBeforeQuit: 'app:before-quit',
  backupSave: 'backup:save',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupRemove: 'backup:remove',
  backupChooseFolder: 'backup:choose-folder',
  backupSetRetention: 'backup:set-retention'
} as const

export type Channel = (typeof CH)[keyof typeof CH]
