import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CH } from '@shared/ipc/channels'

const exposed: Record<string, unknown> = {}
const listeners = new Map<string, (...args: unknown[]) => void>()
const invoke = vi.fn(async (...args: unknown[]) => ({ ok: true, value: args }))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke,
    send: vi.fn(),
    on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel)
  }
}))

type Api = {
  app: { getInfo(): Promise<unknown>; onBeforeQuit(cb: (...args: unknown[]) => void): () => void }
  file: Record<string, (arg?: unknown) => Promise<unknown>>
  backup: Record<string, (arg?: unknown) => Promise<unknown>>
}

beforeEach(async () => {
  invoke.mockClear()
  await import('../../src/preload/index')
})

describe('preload', () => {
  it('exposes only window.api, made of plain functions (checklist #20)', () => {
    expect(Object.keys(exposed)).toEqual(['api'])
    const api = exposed['api'] as Api
    expect(Object.keys(api).sort()).toEqual(['app', 'backup', 'file'])
    expect(Object.keys(api.file).sort()).toEqual([
      'exportPdf',
      'open',
      'openLastSaved',
      'revealLastSaved',
      'save',
      'saveFolder'
    ])
    expect(Object.keys(api.app).sort()).toEqual([
      'answerClose',
      'diskStatus',
      'getInfo',
      'onBeforeQuit',
      'onCloseRequested',
      'quitReady'
    ])
    expect(Object.keys(api.backup).sort()).toEqual([
      'chooseFolder',
      'list',
      'read',
      'remove',
      'save',
      'setRetention'
    ])
    const flat = [
      ...Object.values(api.app),
      ...Object.values(api.file),
      ...Object.values(api.backup)
    ]
    expect(flat.every((fn) => typeof fn === 'function')).toBe(true)
    expect(JSON.stringify(api)).not.toMatch(/ipcRenderer|send|invoke/)
  })

  it('maps each function to its fixed channel and passes only the request', async () => {
    const api = exposed['api'] as Api
    const request = { kind: 'docx', suggestedName: 'a', bytes: new Uint8Array([1]) }
    await api.file.save!(request)
    await api.file.revealLastSaved!('/etc/passwd')
    await api.app.getInfo()
    await (api.app as unknown as Record<string, (a: unknown) => unknown>)['answerClose']!({
      decision: 'stay'
    })
    expect(invoke.mock.calls).toEqual([
      [CH.fileSave, request],
      [CH.fileRevealLastSaved],
      [CH.appGetInfo],
      [CH.appCloseAnswer, { decision: 'stay' }]
    ])
  })
})

describe('events from main', () => {
  it.each([
    ['onBeforeQuit', CH.appBeforeQuit],
    ['onCloseRequested', CH.appCloseRequested]
  ] as const)(
    '%s reaches the page as a plain call without the IPC event, and can be unsubscribed',
    (name, channel) => {
      const api = exposed['api'] as Api
      const subscribe = (api.app as unknown as Record<string, Api['app']['onBeforeQuit']>)[name]!
      const received: unknown[][] = []
      const off = subscribe((...args) => received.push(args))
      listeners.get(channel)!({ sender: 'secret event object' }, 'x')
      expect(received).toEqual([[]])
      off()
      expect(listeners.has(channel)).toBe(false)
    }
  )
})
