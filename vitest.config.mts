import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@core': resolve(import.meta.dirname, 'src/core'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src')
}

export default defineConfig({
  resolve: { alias },
  plugins: [react()],
  test: {
    testTimeout: 30_000,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core-main',
          environment: 'node',
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
          setupFiles: ['test/setup/renderer.ts'],
          include: ['test/renderer/**/*.test.{ts,tsx}']
        }
      }
    ]
  }
})
