import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@core': resolve(import.meta.dirname, 'src/core'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src')
}

/**
 * Timeouts live in each project: vitest does not pass the root `testTimeout` on to
 * `test.projects`, and a busy machine (two cores shared with other work) can take many times the
 * usual time. They are limits for a hung test, never a measure of speed: no test asserts speed.
 */
const slowMachine = { testTimeout: 120_000, hookTimeout: 120_000 }

export default defineConfig({
  resolve: { alias },
  plugins: [react()],
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core-main',
          environment: 'node',
          // The Open XML validator and LibreOffice renders take seconds each even when idle.
          ...slowMachine,
          include: [
            'test/core/**/*.test.ts',
            'test/main/**/*.test.ts',
            'test/build/**/*.test.ts',
            'test/backup/**/*.test.ts'
          ]
        }
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          ...slowMachine,
          setupFiles: ['test/setup/renderer.ts', 'test/renderer/async-timeouts.ts'],
          include: ['test/renderer/**/*.test.{ts,tsx}']
        }
      }
    ]
  }
})
