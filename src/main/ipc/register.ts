import type { z } from 'zod'
import { fail, type Result } from '@shared/ipc/results'
import type { Channel } from '@shared/ipc/channels'

/** What main needs to know about an IPC event to decide whether to trust it. */
export interface IpcEventLike {
  sender: { id: number }
  senderFrame?: { url: string } | null
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void
}

export type Handler<I, O> = (input: I, event: IpcEventLike) => Promise<Result<O>>

/**
 * Creates `handle(channel, schema, fn)`, the only way main answers the page.
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
  return function handle<S extends z.ZodType, O>(
    channel: Channel,
    schema: S,
    fn: Handler<z.infer<S>, O>
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
        return await fn(parsed.data, event)
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
