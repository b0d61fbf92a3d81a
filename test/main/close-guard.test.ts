import { describe, expect, it, vi } from 'vitest'
import { CH } from '@shared/ipc/channels'
import { confirmUnload, createCloseGuard, LEAVE_QUESTION } from '../../src/main/close-guard'

function setup() {
  const sent: string[] = []
  const win = {
    destroyed: false,
    destroy: vi.fn(() => void (win.destroyed = true)),
    isDestroyed: () => win.destroyed,
    webContents: { send: (channel: string) => void sent.push(channel) }
  }
  vi.useFakeTimers()
  const guard = createCloseGuard(win, { answerMs: 3000, backupMs: 8000 })
  const close = () => {
    const event = { preventDefault: vi.fn() }
    guard.onClose(event)
    return event
  }
  return { win, sent, guard, close }
}

describe('closing the window', () => {
  it('asks the page first and does not close while it has not answered', () => {
    const { win, sent, close } = setup()
    expect(close().preventDefault).toHaveBeenCalled()
    expect(sent).toEqual([CH.appCloseRequested])
    vi.advanceTimersByTime(2000)
    expect(win.destroy).not.toHaveBeenCalled()
  })

  it('with nothing unsaved: takes the last backup, then closes', () => {
    const { win, sent, guard, close } = setup()
    close()
    guard.onAnswer({ decision: 'close' })
    expect(sent).toEqual([CH.appCloseRequested, CH.appBeforeQuit])
    expect(win.destroy).not.toHaveBeenCalled()
    guard.onQuitReady()
    expect(win.destroy).toHaveBeenCalledOnce()
  })

  it('holds the close for as long as the user is deciding, then stays when asked to', () => {
    const { win, sent, guard, close } = setup()
    close()
    guard.onAnswer({ decision: 'asking' })
    vi.advanceTimersByTime(10 * 60_000)
    expect(win.destroy).not.toHaveBeenCalled()
    // Clicking the close box again while the question is shown changes nothing.
    expect(close().preventDefault).toHaveBeenCalled()
    expect(sent).toEqual([CH.appCloseRequested])
    guard.onAnswer({ decision: 'stay' })
    vi.advanceTimersByTime(60_000)
    expect(win.destroy).not.toHaveBeenCalled()
    expect(sent).toEqual([CH.appCloseRequested])
    // The next close asks again.
    close()
    expect(sent).toEqual([CH.appCloseRequested, CH.appCloseRequested])
  })

  it('closes after the user chose to leave without saving', () => {
    const { win, sent, guard, close } = setup()
    close()
    guard.onAnswer({ decision: 'asking' })
    guard.onAnswer({ decision: 'close' })
    expect(sent.at(-1)).toBe(CH.appBeforeQuit)
    vi.advanceTimersByTime(8000)
    expect(win.destroy).toHaveBeenCalledOnce()
  })

  it('is not held by a page that never answers, nor by a backup that never ends', () => {
    const { win, sent, close } = setup()
    close()
    vi.advanceTimersByTime(3000)
    expect(sent).toEqual([CH.appCloseRequested, CH.appBeforeQuit])
    expect(win.destroy).not.toHaveBeenCalled()
    vi.advanceTimersByTime(8000)
    expect(win.destroy).toHaveBeenCalledOnce()
  })

  it('ignores answers nobody asked for', () => {
    const { win, sent, guard } = setup()
    guard.onAnswer({ decision: 'close' })
    vi.advanceTimersByTime(60_000)
    expect(sent).toEqual([])
    expect(win.destroy).not.toHaveBeenCalled()
  })

  it('closes when the page process is gone while a close is pending', () => {
    const { win, guard, close } = setup()
    guard.onPageGone()
    expect(win.destroy).not.toHaveBeenCalled()
    close()
    guard.onAnswer({ decision: 'asking' })
    guard.onPageGone()
    expect(win.destroy).toHaveBeenCalledOnce()
  })
})

describe('a reload with unsaved changes (will-prevent-unload)', () => {
  it('asks in Vietnamese and reloads only when the user chooses to leave', () => {
    const ask = vi.fn(() => 0)
    const stay = { preventDefault: vi.fn() }
    confirmUnload(stay, ask)
    expect(ask).toHaveBeenCalledWith(LEAVE_QUESTION)
    expect(LEAVE_QUESTION.buttons).toEqual(['Ở lại', 'Rời đi không lưu'])
    expect(stay.preventDefault).not.toHaveBeenCalled()
    const leave = { preventDefault: vi.fn() }
    confirmUnload(leave, () => 1)
    expect(leave.preventDefault).toHaveBeenCalled()
  })
})
