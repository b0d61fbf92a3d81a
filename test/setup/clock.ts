import { afterEach, beforeEach, vi } from 'vitest'

/**
 * For the projects that replay the date-sensitive suites on a UTC machine around midnight: every
 * test starts at the moment in `TEST_CLOCK` (the clock still runs, so timestamps keep increasing).
 * Only `Date` is faked; timers are real, so IndexedDB and the UI behave as usual.
 */
const clock = process.env['TEST_CLOCK']

beforeEach(() => {
  if (clock) vi.useFakeTimers({ toFake: ['Date'], now: new Date(clock), shouldAdvanceTime: true })
})

afterEach(() => {
  vi.useRealTimers()
})
