import { CH } from '@shared/ipc/channels'
import type { EventChannel } from '@shared/ipc/channel-map'
import type { CloseAnswer } from '@shared/ipc/contract'

/** The parts of a BrowserWindow the close sequence needs; tests pass a fake. */
export interface ClosingWindow {
  destroy(): void
  isDestroyed(): boolean
  webContents: { send(channel: EventChannel): void }
}

export interface CloseTimings {
  /** How long a page gets to answer at all; a page that is gone or hung does not hold the close. */
  answerMs: number
  /** How long the last backup may take once the close is decided. */
  backupMs: number
}

export const CLOSE_TIMINGS: CloseTimings = { answerMs: 3000, backupMs: 8000 }

type Phase = 'open' | 'awaiting-answer' | 'user-deciding' | 'closing'

/**
 * The window's close, held until the page agrees (issue 10: no lost work).
 *
 * 1. The user closes the window: main cancels the close and asks the page (`app:close-requested`).
 * 2. The page answers `close` when nothing is unsaved. With unsaved changes it answers `asking`,
 *    shows its own question ("Ở lại" / "Rời đi không lưu") and answers `stay` or `close` — main
 *    waits as long as the user needs. A page that does not answer at all within `answerMs` (crashed
 *    or hung) cannot hold the window: it closes.
 * 3. Closing: the page takes its last backup (`app:before-quit`) and calls `quitReady`, or the
 *    window closes after `backupMs` anyway.
 */
export function createCloseGuard(
  window: ClosingWindow,
  timings: CloseTimings = CLOSE_TIMINGS,
  timers: {
    set(fn: () => void, ms: number): unknown
    clear(handle: unknown): void
  } = { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as never) }
) {
  let phase: Phase = 'open'
  let timer: unknown = null

  const send = (channel: EventChannel) => {
    if (!window.isDestroyed()) window.webContents.send(channel)
  }
  const wait = (ms: number, then: () => void) => {
    if (timer !== null) timers.clear(timer)
    timer = timers.set(() => {
      timer = null
      then()
    }, ms)
  }
  const stopWaiting = () => {
    if (timer !== null) timers.clear(timer)
    timer = null
  }
  const destroy = () => {
    stopWaiting()
    if (!window.isDestroyed()) window.destroy()
  }
  const close = () => {
    phase = 'closing'
    send(CH.appBeforeQuit)
    wait(timings.backupMs, destroy)
  }

  return {
    /** The window's `close` event. */
    onClose(event: { preventDefault(): void }): void {
      // Once decided, a second click on the close box does not wait for the backup any longer.
      if (phase === 'closing') return
      event.preventDefault()
      if (phase !== 'open') return
      phase = 'awaiting-answer'
      send(CH.appCloseRequested)
      wait(timings.answerMs, close)
    },
    /** The page's answer (`app:close-answer`); ignored when no close was asked. */
    onAnswer({ decision }: CloseAnswer): void {
      if (phase !== 'awaiting-answer' && phase !== 'user-deciding') return
      if (decision === 'asking') {
        phase = 'user-deciding'
        stopWaiting()
      } else if (decision === 'stay') {
        phase = 'open'
        stopWaiting()
      } else {
        close()
      }
    },
    /** The page's last backup is written (`app:quit-ready`). */
    onQuitReady(): void {
      destroy()
    },
    /** The page's process is gone: nobody is left to answer, so nothing holds the window. */
    onPageGone(): void {
      if (phase !== 'open') destroy()
    }
  }
}

/** The question main asks itself when a reload would drop unsaved changes (Electron only). */
export const LEAVE_QUESTION = {
  type: 'question' as const,
  title: 'Có thay đổi chưa lưu',
  message: 'Có thay đổi chưa lưu trên màn hình này.',
  detail: 'Nếu rời đi bây giờ, những gì vừa nhập sẽ mất.',
  buttons: ['Ở lại', 'Rời đi không lưu'],
  defaultId: 0,
  cancelId: 0,
  noLink: true
}

/**
 * `will-prevent-unload`: the page refused to unload (a reload with unsaved changes; the close box
 * is held by `createCloseGuard` before this can happen). Electron shows nothing by itself, so main
 * asks in Vietnamese; leaving means letting the unload go on.
 */
export function confirmUnload(
  event: { preventDefault(): void },
  ask: (question: typeof LEAVE_QUESTION) => number
): void {
  if (ask(LEAVE_QUESTION) === 1) event.preventDefault()
}
