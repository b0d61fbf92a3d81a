/** Where the last screen is kept between runs: the page's own storage, on the same profile. */
export const LAST_ROUTE_KEY = 'ctd.last-route'

type Store = Pick<Storage, 'getItem' | 'setItem'>

/** A path the app's router can show: starts with one slash, no scheme, no hash of its own. */
function isAppPath(path: string | null): path is string {
  return !!path && /^\/(?!\/)[^#\s]*$/.test(path) && path.length < 300
}

/** Remembers the screen on show, so the next start can reopen it. */
export function rememberRoute(path: string, storage: Store | null = safeStorage()): void {
  if (!storage || !isAppPath(path)) return
  try {
    storage.setItem(LAST_ROUTE_KEY, path)
  } catch {
    // Storage full or refused: the next start simply opens Tổng quan.
  }
}

/**
 * The hash to start on: the one in the address when there is one (a reload keeps its screen),
 * otherwise the last screen shown before the window was closed.
 */
export function startHash(currentHash: string, storage: Store | null = safeStorage()): string {
  if (currentHash !== '' && currentHash !== '#') return currentHash
  const saved = readSaved(storage)
  return isAppPath(saved) ? `#${saved}` : currentHash
}

/** Puts the start hash in the address before the router reads it, without a history entry. */
export function restoreLastRoute(win: Window = window): void {
  const hash = startHash(win.location.hash)
  if (hash !== win.location.hash) win.history.replaceState(null, '', hash)
}

function readSaved(storage: Store | null): string | null {
  try {
    return storage?.getItem(LAST_ROUTE_KEY) ?? null
  } catch {
    return null
  }
}

function safeStorage(): Store | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
