/**
 * The minimal shape of a webContents the policy needs; lets tests pass a fake.
 */
export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }) => void
  ): unknown
  on(
    event: 'will-attach-webview',
    listener: (event: { preventDefault(): void }, ...args: unknown[]) => void
  ): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

export interface SessionLike {
  setPermissionRequestHandler(
    handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void
  ): void
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void
}

/**
 * Locks down one webContents.
 *
 * Electron security checklist #13: block all navigation and redirects — the app is a single page
 * and moves between screens with its own router. #14: no new windows. #12: no webviews.
 */
export function hardenWebContents(contents: WebContentsLike): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * Electron security checklist #5: the app needs no permission (camera, notifications, …), so every
 * request and check is refused.
 */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
