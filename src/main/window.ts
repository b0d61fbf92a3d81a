import type { WebPreferences } from 'electron'

/**
 * The web preferences of every window of the app.
 *
 * Electron security checklist #2, #3, #4, #6, #8, #9, #11: Node stays out of the page, the page
 * runs isolated and sandboxed, and it reaches the desktop only through the preload's `window.api`.
 * Asserted field by field in `test/main/window.test.ts`.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    // Keep the compiled code of the page's scripts from the first start on, not from the third
    // (Chromium's default waits for a script to be seen twice): the app's files only change with
    // an update. The `app://` scheme is registered with `codeCache` for this (issue 13).
    v8CacheOptions: 'bypassHeatCheck'
  }
}

/** Size of the first window: fits the 1366×768 screens common in offices. */
export const MAIN_WINDOW_SIZE = { width: 1280, height: 760, minWidth: 1024, minHeight: 640 }
