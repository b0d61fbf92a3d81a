import { tmpdir } from 'node:os'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CH } from '@shared/ipc/channels'

const calls: string[] = []
const handlers = new Map<string, unknown>()
let protocolHandler: ((request: { url: string; method: string }) => Promise<Response>) | undefined
let readyCallback: (() => unknown) | undefined
const windows: Array<{
  options: Record<string, unknown>
  loaded?: string
  listeners: Map<string, (event: { preventDefault(): void }) => void>
  webContents: {
    send: ReturnType<typeof vi.fn>
    listeners: Map<string, (event: { preventDefault(): void }) => void>
    loaded: string
    printToPDF: ReturnType<typeof vi.fn>
  }
  destroy: ReturnType<typeof vi.fn>
}> = []
let messageBoxChoice = 0
let contentsCreated: ((event: unknown, contents: unknown) => void) | undefined

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      id: 42,
      send: vi.fn(),
      listeners: new Map<string, (event: { preventDefault(): void }) => void>(),
      on(event: string, fn: (event: { preventDefault(): void }) => void) {
        this.listeners.set(event, fn)
      },
      loaded: '',
      async loadURL(url: string) {
        this.loaded = url
      },
      printToPDF: vi.fn(async () => new TextEncoder().encode('%PDF')),
      setWindowOpenHandler: vi.fn(),
      session: {
        webRequest: { onBeforeRequest: vi.fn() },
        setPermissionRequestHandler: vi.fn()
      }
    }
    loaded?: string
    listeners = new Map<string, (event: { preventDefault(): void }) => void>()
    destroyed = false
    destroy = vi.fn(() => void (this.destroyed = true))
    isDestroyed() {
      return this.destroyed
    }
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this)
    }
    on(event: string, fn: (event: { preventDefault(): void }) => void) {
      this.listeners.set(event, fn)
    }
    once() {}
    loadURL(url: string) {
      this.loaded = url
      return Promise.resolve()
    }
  }
  return {
    app: {
      isPackaged: true,
      getPath: (name: string) => (name === 'userData' ? tmpdir() : `/fake/${name}`),
      setPath: (name: string, value: string) => calls.push(`setPath:${name}:${value}`),
      requestSingleInstanceLock: () => (calls.push('lock'), true),
      on: (event: string, fn: (...args: unknown[]) => void) => {
        if (event === 'web-contents-created') contentsCreated = fn
      },
      whenReady: () => {
        calls.push('whenReady')
        return { then: (fn: () => unknown) => (readyCallback = fn) }
      },
      getVersion: () => '0.1.0',
      commandLine: {
        appendSwitch: (name: string, value: string) => calls.push(`switch:${name}=${value}`)
      },
      quit: vi.fn()
    },
    BrowserWindow,
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: true })),
      showOpenDialog: vi.fn(),
      showMessageBox: vi.fn(),
      showMessageBoxSync: vi.fn(() => messageBoxChoice)
    },
    ipcMain: { handle: (channel: string, fn: unknown) => handlers.set(channel, fn) },
    Menu: { setApplicationMenu: () => calls.push('menu'), buildFromTemplate: (t: unknown) => t },
    protocol: {
      registerSchemesAsPrivileged: (schemes: Array<{ scheme: string }>) =>
        calls.push(`privileged:${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string, fn: typeof protocolHandler) => {
        calls.push(`handle:${scheme}`)
        protocolHandler = fn
      }
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('permissions'),
        setPermissionCheckHandler: () => undefined
      }
    },
    shell: { showItemInFolder: vi.fn(), openPath: vi.fn() }
  }
})

const fromPage = { sender: { id: 42 }, senderFrame: { url: 'app://cumthidua/index.html' } }

beforeAll(async () => {
  await import('../../src/main/index')
})

describe('main process start-up', () => {
  it('pins the data folder and registers the app scheme before the app is ready', () => {
    const ready = calls.indexOf('whenReady')
    expect(calls.indexOf('setPath:userData:/fake/appData/CumThiDua-ThuKy')).toBeGreaterThanOrEqual(
      0
    )
    expect(calls.indexOf('setPath:userData:/fake/appData/CumThiDua-ThuKy')).toBeLessThan(ready)
    expect(calls.indexOf('privileged:app')).toBeLessThan(ready)
    expect(calls.indexOf('lock')).toBeLessThan(ready)
    expect(calls).toContain('switch:lang=vi')
    expect(contentsCreated).toBeTypeOf('function')
  })

  it('when ready: denies permissions, serves app://, registers every channel, sets the menu, opens one secure window', async () => {
    await readyCallback!()
    expect(calls).toEqual(expect.arrayContaining(['permissions', 'handle:app', 'menu']))
    expect([...handlers.keys()].sort()).toEqual(
      Object.values(CH)
        .filter((c) => c !== CH.appBeforeQuit && c !== CH.appCloseRequested)
        .sort()
    )
    expect(windows).toHaveLength(1)
    const prefs = windows[0]!.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(windows[0]!.loaded).toBe('app://cumthidua/index.html')
  })

  it('prints “Xuất PDF” in a second, hidden window without preload or JavaScript, then closes it', async () => {
    const exportPdf = handlers.get(CH.fileExportPdf) as (e: unknown, p: unknown) => Promise<unknown>
    const html = '<!DOCTYPE html><html><body><p>Biên bản</p></body></html>'
    await expect(exportPdf(fromPage, { html, suggestedName: 'Biên bản' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'canceled' }
    })
    expect(windows).toHaveLength(2)
    const printer = windows[1]!
    const prefs = printer.options['webPreferences'] as Record<string, unknown>
    expect(printer.options['show']).toBe(false)
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, offscreen: true })
    expect(prefs['preload']).toBeUndefined()
    expect(printer.webContents.loaded).toMatch(/^data:text\/html;charset=utf-8;base64,/)
    expect(printer.webContents.printToPDF).toHaveBeenCalledWith({
      preferCSSPageSize: true,
      printBackground: true
    })
    expect(printer.destroy).toHaveBeenCalled()
    windows.pop()
  })

  it('refuses IPC from anything but its window', async () => {
    const getInfo = handlers.get(CH.appGetInfo) as (event: unknown) => Promise<unknown>
    await expect(
      getInfo({ sender: { id: 42 }, senderFrame: { url: 'app://cumthidua/index.html' } })
    ).resolves.toMatchObject({
      ok: true,
      value: { dataPath: tmpdir(), isDesktop: true }
    })
    await expect(
      getInfo({ sender: { id: 43 }, senderFrame: { url: 'app://cumthidua/index.html' } })
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
  })

  it('serves nothing outside the renderer folder', async () => {
    const outside = await protocolHandler!({
      url: 'app://cumthidua/%2e%2e%2f%2e%2e%2fpackage.json',
      method: 'GET'
    })
    expect(outside.status).toBe(403)
    const missing = await protocolHandler!({ url: 'app://cumthidua/khong-co.js', method: 'GET' })
    expect(missing.status).toBe(404)
  })

  it('asks the page before closing, holds the close while the user decides, stays when told', async () => {
    const win = windows[0]!
    const event = { preventDefault: vi.fn() }
    win.listeners.get('close')!(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
    expect(win.webContents.send).toHaveBeenLastCalledWith(CH.appCloseRequested)
    const answer = handlers.get(CH.appCloseAnswer) as (
      event: unknown,
      p: unknown
    ) => Promise<unknown>
    await expect(answer(fromPage, { decision: 'asking' })).resolves.toEqual({
      ok: true,
      value: null
    })
    await answer(fromPage, { decision: 'stay' })
    expect(win.webContents.send).not.toHaveBeenCalledWith(CH.appBeforeQuit)
    expect(win.destroy).not.toHaveBeenCalled()
    await expect(answer(fromPage, { decision: 'maybe' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
  })

  it('asks in Vietnamese before a reload drops unsaved changes', () => {
    const unload = windows[0]!.webContents.listeners.get('will-prevent-unload')!
    const stay = { preventDefault: vi.fn() }
    unload(stay)
    expect(stay.preventDefault).not.toHaveBeenCalled()
    messageBoxChoice = 1
    const leave = { preventDefault: vi.fn() }
    unload(leave)
    expect(leave.preventDefault).toHaveBeenCalled()
  })

  it('once the page agrees, waits for its last backup before closing the window', async () => {
    const win = windows[0]!
    win.listeners.get('close')!({ preventDefault: vi.fn() })
    const answer = handlers.get(CH.appCloseAnswer) as (
      event: unknown,
      p: unknown
    ) => Promise<unknown>
    await answer(fromPage, { decision: 'close' })
    expect(win.webContents.send).toHaveBeenLastCalledWith(CH.appBeforeQuit)
    expect(win.destroy).not.toHaveBeenCalled()
    const quitReady = handlers.get(CH.appQuitReady) as (event: unknown) => Promise<unknown>
    await quitReady(fromPage)
    expect(win.destroy).toHaveBeenCalled()
  })
})
