import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CH } from '@shared/ipc/channels'

const exposed: Record<string, unknown> = {}
const invoke = vi.fn(async (...args: unknown[]) => ({ ok: true, value: args }))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() }
}))

type Api = {
  app: { getInfo(): Promise<unknown> }
  file: Record<string, (arg?: unknown) => Promise<unknown>>
}

beforeEach(async () => {
  invoke.mockClear()
  await import('../../src/preload/index')
})

describe('preload', () => {
  it('exposes only window.api, made of plain functions (checklist #20)', () => {
    expect(Object.keys(exposed)).toEqual(['api'])
    const api = exposed['api'] as Api
    expect(Object.keys(api).sort()).toEqual(['app', 'file'])
    expect(Object.keys(api.file).sort()).toEqual([
      'open',
      'openLastSaved',
      'revealLastSaved',
      'save'
    ])
    const flat = [api.app.getInfo, ...Object.values(api.file)]
    expect(flat.every((fn) => typeof fn === 'function')).toBe(true)
    expect(JSON.stringify(api)).not.toMatch(/ipcRenderer|send|invoke/)
  })

  it('maps each function to its fixed channel and passes only the request', async () => {
    const api = exposed['api'] as Api
    const request = { kind: 'docx', suggestedName: 'a', bytes: new Uint8Array([1]) }
    await api.file.save!(request)
    await api.file.revealLastSaved!('/etc/passwd')
    await api.app.getInfo()
    expect(invoke.mock.calls).toEqual([
      [CH.fileSave, request],
      [CH.fileRevealLastSaved],
      [CH.appGetInfo]
    ])
  })
})
