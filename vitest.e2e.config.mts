import { defineConfig } from 'vitest/config'

export default defineConfig({
  // One project, so these root timeouts apply. Limits for a hung browser on a busy machine, never
  // a measure of speed.
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false
  }
})
