import { configure } from '@testing-library/react'

/**
 * Testing Library waits one second by default for `findBy…` and `waitFor`: on a busy machine a
 * screen loaded on first use (its module transformed on demand) can take longer. This is a limit
 * for a screen that never comes, not a measure of speed; vitest's own limits are in
 * vitest.config.mts.
 */
configure({ asyncUtilTimeout: 30_000 })
