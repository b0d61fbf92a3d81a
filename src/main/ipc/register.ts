import type { z } from 'zod'
import { fail, type Result } from '@shared/ipc/results'
import type { InvokeChannel, RequestOf, ResponseOf } from '@shared/ipc/channel-map'

/** What main needs to know about an IPC event to decide whether to trust it. */
export interface IpcEventLike {
  sender: { id: number }
  senderFrame?: { url: string } | null
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void
}

/** Main's side of one request channel: gets the validated request, answers the channel's type. */
export type Handler<C extends InvokeChannel> = (
  input: RequestOf<C>,
  event: IpcEventLike
) => Promise<Result<ResponseOf<C>>>

/** What main registers for a channel: the schema its payload must pass, and the handler. */
export interface ChannelHandler<C extends InvokeChannel> {
  /** Its output must be the channel's request type: a schema for another payload fails tsc. */
  schema: z.ZodType<RequestOf<C>>
  run: Handler<C>
}

/** One handler per request channel: a channel left out, or typed wrong, fails the typecheck. */
export type ChannelHandlers = { [C in InvokeChannel]: ChannelHandler<C> }

/**
 * Creates `handle(channel, { schema, run })`, the only way main answers the page.
 *
 * Each call: (1) refuses senders that are not our window or not on our origin (Electron security
 * checklist #17); (2) validates the untyped payload with the channel's zod schema; (3) returns a
 * `Result` — a thrown error would lose its type over IPC, so it is caught and reported as one.
 */
export function createIpcRegistrar(
  ipcMain: IpcMainLike,
  isTrustedSender: (event: IpcEventLike) => boolean,
  log: (message: string, error?: unknown) => void = () => {}
) {
  return function handle<C extends InvokeChannel>(
    channel: C,
    { schema, run }: ChannelHandler<C>
  ): void {
    ipcMain.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event)) {
        log(`IPC refused: untrusted sender on ${channel}`)
        return fail('forbidden', 'Yêu cầu bị từ chối vì không đến từ cửa sổ của ứng dụng.')
      }
      const parsed = schema.safeParse(payload)
      if (!parsed.success) {
        return fail(
          'invalid-input',
          'Dữ liệu gửi tới không hợp lệ: ' +
            parsed.error.issues.map((issue) => issue.message).join('; ')
        )
      }
      try {
        return await run(parsed.data, event)
      } catch (error) {
        log(`IPC handler failed on ${channel}`, error)
        return fail('internal', 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.')
      }
    })
  }
}

/**
 * Builds the trusted-sender check: the event must come from one of our windows (tracked by
 * webContents id) and its frame must show one of our pages.
 */
export function makeSenderCheck(
  trustedIds: ReadonlySet<number>,
  isAppUrl: (url: unknown) => boolean
): (event: IpcEventLike) => boolean {
  return (event) => trustedIds.has(event.sender.id) && isAppUrl(event.senderFrame?.url)
}
