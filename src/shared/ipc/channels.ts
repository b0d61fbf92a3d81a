/**
 * Every IPC channel of the app, named `domain:verb` in kebab-case.
 *
 * Main registers exactly these and the preload invokes exactly these; nothing else crosses.
 */
export const CH = {
  appGetInfo: 'app:get-info',
  fileSave: 'file:save',
  fileOpen: 'file:open',
  fileRevealLastSaved: 'file:reveal-last-saved',
  fileOpenLastSaved: 'file:open-last-saved'
} as const

export type Channel = (typeof CH)[keyof typeof CH]
