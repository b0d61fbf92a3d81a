/** The custom scheme the production renderer is served from (Electron security checklist #18). */
export const APP_SCHEME = 'app'
/**
 * Fixed host of the app origin. IndexedDB is keyed by origin, so changing this (or the scheme)
 * would show every user an empty database: it is fixed from the first release.
 */
export const APP_HOST = 'cumthidua'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Whether a URL belongs to the app's own pages.
 *
 * Electron security checklist #17: IPC senders and navigations are checked against this. The
 * comparison is on parsed scheme and host (never a substring), and the dev-server origin counts
 * only when one is given (development builds).
 */
export function isAppUrl(value: unknown, devServerUrl?: string): boolean {
  if (typeof value !== 'string') return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (devServerUrl) {
    try {
      const dev = new URL(devServerUrl)
      return url.protocol === dev.protocol && url.host === dev.host
    } catch {
      return false
    }
  }
  return false
}
