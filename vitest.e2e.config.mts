import { defineConfig } from 'vitest/config'

export default defineConfig({
  // One project, so these root timeouts apply. Limits for a hung browser on a busy machine, never
  // a measure of speed.
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Each file serves its own copy of the built renderer on a free port and opens its own browser
    // profile, so two files run side by side on the two cores CI has.
    fileParallelism: true,
    maxWorkers: 2
  }
})
