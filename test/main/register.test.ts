import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { CH } from '@shared/ipc/channels'
import { ok } from '@shared/ipc/results'
import { createIpcRegistrar, makeSenderCheck, type IpcEventLike } from '../../src/main/ipc/register'
import { isAppUrl } from '../../src/main/urls'

function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>()
  return {
    handlers,
    handle: (channel: string, fn: (event: IpcEventLike, ...args: unknown[]) => unknown) =>
      handlers.set(channel, fn)
  }
}

const trusted: IpcEventLike = {
  sender: { id: 7 },
  senderFrame: { url: 'app://cumthidua/index.html' }
}
const schema = z.object({ name: z.string({ error: 'Tên phải là chữ.' }) })

const bytes = new Uint8Array([1])

function setup(
  fn = vi.fn(async (input: { name: string }) => ok({ name: input.name.toUpperCase(), bytes }))
) {
  const ipc = fakeIpcMain()
  const handle = createIpcRegistrar(
    ipc,
    makeSenderCheck(new Set([7]), (url) => isAppUrl(url))
  )
  handle(CH.backupRead, { schema, run: fn })
  return {
    call: (event: IpcEventLike, payload: unknown) =>
      ipc.handlers.get(CH.backupRead)!(event, payload),
    fn
  }
}

describe('IPC handle()', () => {
  it('runs the handler for our window with a valid payload', async () => {
    const { call } = setup()
    await expect(call(trusted, { name: 'cụm' })).resolves.toEqual({
      ok: true,
      value: { name: 'CỤM', bytes }
    })
  })

  it.each([
    [
      'another webContents',
      { sender: { id: 8 }, senderFrame: { url: 'app://cumthidua/index.html' } }
    ],
    [
      'a foreign frame in our window',
      { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/' } }
    ],
    ['a frame that is gone', { sender: { id: 7 }, senderFrame: null }]
  ])('refuses %s without running the handler', async (_label, event) => {
    const { call, fn } = setup()
    const result = await call(event as IpcEventLike, { name: 'x' })
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(fn).not.toHaveBeenCalled()
  })

  it('refuses an invalid payload with the schema message', async () => {
    const { call, fn } = setup()
    const result = await call(trusted, { name: 42 })
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Dữ liệu gửi tới không hợp lệ: Tên phải là chữ.' }
    })
    expect(fn).not.toHaveBeenCalled()
  })

  it('turns a thrown error into a result instead of rejecting', async () => {
    const { call } = setup(
      vi.fn(async () => {
        throw new Error('boom')
      })
    )
    await expect(call(trusted, { name: 'x' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' }
    })
  })
})
