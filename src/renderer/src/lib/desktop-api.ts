import type { DesktopApi } from '@shared/ipc/contract'
import { createWebDesktopApi } from './web-desktop-api'

let override: DesktopApi | null = null
let web: DesktopApi | null = null

/**
 * The desktop API the renderer uses: the preload's `window.api` in Electron, the browser version
 * otherwise. Screens call this instead of reading `window.api`, so tests can replace it.
 */
export function getDesktopApi(): DesktopApi {
  if (override) return override
  if (window.api) return window.api
  web ??= createWebDesktopApi()
  return web
}

/** Replaces the desktop API (tests only); pass `null` to restore the real one. */
export function setDesktopApiForTests(api: DesktopApi | null): void {
  override = api
}
