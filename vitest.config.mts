import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@core': resolve(import.meta.dirname, 'src/core'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src')
}

/** Where dates matter: these suites run again on a UTC machine at 23:30 and at 00:30. */
const dateSensitive = {
  core: [
    'test/core/text/dates.test.ts',
    'test/core/rules/**/*.test.ts',
    'test/core/documents/minutes-checks.test.ts'
  ],
  renderer: [
    'test/renderer/db/documents.test.ts',
    'test/renderer/db/meetings.test.ts',
    'test/renderer/db/pact.test.ts',
    'test/renderer/db/drafts.test.ts'
  ]
}

const utcClocks = [
  ['utc-2330', '2026-12-31T23:30:00Z'],
  ['utc-0030', '2027-01-01T00:30:00Z']
] as const

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
    ...slowMachine,
    // Vitest leaves one core free by default: on the two-core CI machine that is one file at a
    // time, while much of the suite waits on LibreOffice and the file system. Two files at once
    // (the e2e config does the same) use both cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core-main',
          environment: 'node',
          ...slowMachine,
          // The secretariat's own time zone; the UTC projects below replay what depends on it.
          env: { TZ: 'Asia/Ho_Chi_Minh' },
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
          env: { TZ: 'Asia/Ho_Chi_Minh' },
          setupFiles: ['test/setup/renderer.ts', 'test/renderer/async-timeouts.ts'],
          include: ['test/renderer/**/*.test.{ts,tsx}']
        }
      },
      ...utcClocks.flatMap(([name, clock]) => [
        {
          resolve: { alias },
          test: {
            name: `core-${name}`,
            environment: 'node' as const,
            ...slowMachine,
            env: { TZ: 'UTC', TEST_CLOCK: clock },
            setupFiles: ['test/setup/clock.ts'],
            include: dateSensitive.core
          }
        },
        {
          resolve: { alias },
          plugins: [react()],
          test: {
            name: `renderer-${name}`,
            environment: 'jsdom' as const,
            ...slowMachine,
            env: { TZ: 'UTC', TEST_CLOCK: clock },
            setupFiles: [
              'test/setup/renderer.ts',
              'test/renderer/async-timeouts.ts',
              'test/setup/clock.ts'
            ],
            include: dateSensitive.renderer
          }
        }
      ])
    ]
  }
})
