import { describe, expect, it, vi } from 'vitest'
import {
  denyAllPermissions,
  hardenWebContents,
  type WebContentsLike
} from '../../src/main/security'

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>()
  let openHandler: ((d: { url: string }) => { action: string }) | undefined
  const contents = {
    on: (name: string, fn: (event: { preventDefault(): void }) => void) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => (openHandler = fn)
  } as unknown as WebContentsLike
  return { contents, listeners, open: (url: string) => openHandler?.({ url }) }
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { contents, listeners } = fakeContents()
    hardenWebContents(contents)
    const event = { preventDefault: vi.fn() }
    listeners.get(name)!(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })

  it('denies every new window, whatever the URL', () => {
    const { contents, open } = fakeContents()
    hardenWebContents(contents)
    expect(open('https://example.com')).toEqual({ action: 'deny' })
    expect(open('app://cumthidua/index.html')).toEqual({ action: 'deny' })
  })
})

describe('denyAllPermissions', () => {
  it('refuses permission requests and checks', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | undefined
    let check: ((...args: unknown[]) => boolean) | undefined
    denyAllPermissions({
      setPermissionRequestHandler: (fn) => (request = fn),
      setPermissionCheckHandler: (fn) => (check = fn)
    })
    const callback = vi.fn()
    request!(null, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(check!(null, 'notifications')).toBe(false)
  })
})
