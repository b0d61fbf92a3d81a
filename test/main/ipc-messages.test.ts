import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import type { InvokeChannel } from '@shared/ipc/channel-map'
import { createIpcRegistrar } from '../../src/main/ipc/register'
import { channelHandlers } from '../../src/main/ipc/register-handlers'

/** zod's own English words, which must never reach the page. */
const ENGLISH =
  /\b(Invalid|invalid|Expected|expected|received|Too big|Too small|Unrecognized|must|should|option|input|Required|instance)\b/

const WRONG: unknown[] = [null, 42, 'x', true, [], {}, { a: 1 }, new Uint8Array(), -1.5]

/** Every payload that should be refused: wrong wholes, and each field of the request set wrong. */
function badPayloads(schema: z.ZodType): unknown[] {
  const shape = (schema as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod
    .def.shape
  const fields = Object.keys(shape ?? {})
  return [...WRONG, ...fields.flatMap((field) => WRONG.map((value) => ({ [field]: value })))]
}

describe('main answers a bad IPC payload in Vietnamese, on every channel', () => {
  const handlers = channelHandlers({} as never)
  const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>()
  const handle = createIpcRegistrar(
    { handle: (channel, fn) => registered.set(channel, fn as never) },
    () => true
  )
  for (const channel of Object.keys(handlers) as InvokeChannel[])
    handle(channel, handlers[channel] as never)

  it.each(Object.keys(handlers))('%s', async (channel) => {
    const schema = handlers[channel as InvokeChannel].schema as z.ZodType
    const english: string[] = []
    let refused = 0
    for (const payload of badPayloads(schema)) {
      if (schema.safeParse(payload).success) continue
      const answer = (await registered.get(channel)!({ sender: { id: 1 } }, payload)) as {
        ok: boolean
        error: { code: string; message: string }
      }
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
      refused++
      const words = answer.error.message.replace('Dữ liệu gửi tới không hợp lệ: ', '')
      if (ENGLISH.test(words) || !/[à-ỹđ]/i.test(words)) english.push(words)
    }
    expect(refused).toBeGreaterThan(0)
    expect(english).toEqual([])
  })
})
