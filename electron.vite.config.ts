import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { defineConfig as defineElectronConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const alias = {
  '@shared': resolve(__dirname, 'src/shared'),
  '@core': resolve(__dirname, 'src/core'),
  '@renderer': resolve(__dirname, 'src/renderer/src')
}

/**
 * Relaxes the Content-Security-Policy only while the Vite dev server runs.
 *
 * React Fast Refresh injects an inline module script and HMR needs a websocket; the production
 * build keeps the strict policy written in index.html, which the tests check.
 */
function devCspPlugin(): Plugin {
  return {
    name: 'dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*")
    }
  }
}

export default defineElectronConfig({
  main: { resolve: { alias } },
  preload: { resolve: { alias } },
  renderer: defineConfig({
    resolve: { alias },
    plugins: [react(), devCspPlugin()],
    build: {
      // Fonts and icons must be files under 'self': the CSP forbids data: fonts, and the office PC
      // has no internet, so nothing may be inlined or fetched from elsewhere.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified unless told; start-up reads every byte.
      minify: true,
      // The start bundle is React, React Router, Dexie and zod with the first screen (about
      // 600 kB minified); every other screen and the Word engine are chunks of their own.
      chunkSizeWarningLimit: 700
    }
  })
})
