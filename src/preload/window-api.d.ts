import type { DesktopApi } from '../shared/ipc/contract'

declare global {
  interface Window {
    /** Present in Electron (set by the preload); absent in the browser build. */
    api?: DesktopApi
  }
}

export {}
