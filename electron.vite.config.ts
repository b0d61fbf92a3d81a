import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { defineConfig as defineElectronConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { vendorScriptPlugin } from './scripts/lib/vendor-script'

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

/**
 * Every module the start-up script reaches through static imports, gathered once the module
 * graph is known; `START_CHUNK` puts them into one file. Left to itself the bundler cuts the start
 * path into a dozen small shared files (each also used by some later screen), and every one of
 * them is one more request, answered in turns, before anything runs (issue 13).
 */
const startModules = new Set<string>()

function startModulesPlugin(): Plugin {
  return {
    name: 'start-modules',
    apply: 'build',
    buildEnd() {
      startModules.clear()
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry)
      while (pending.length > 0) {
        const id = pending.pop()!
        if (startModules.has(id)) continue
        startModules.add(id)
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []))
      }
    }
  }
}

/**
 * Preloads the font files the first screen draws with (Be Vietnam Pro 400, 600 and 700, both
 * subsets Vietnamese text needs), so that they load with the scripts instead of after the first
 * render, when the browser would only then find out which ones the text uses.
 */
function preloadStartFontsPlugin(): Plugin {
  const startFont = /be-vietnam-pro-(latin|vietnamese)-(400|600|700)-normal-[\w-]+\.woff2$/
  return {
    name: 'preload-start-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return Object.keys(context.bundle ?? {})
          .filter((file) => startFont.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `./${file}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: ''
            },
            injectTo: 'head' as const
          }))
      }
    }
  }
}

export default defineElectronConfig({
  main: { resolve: { alias } },
  preload: { resolve: { alias } },
  renderer: defineConfig({
    resolve: { alias },
    plugins: [vendorScriptPlugin(), react(), devCspPlugin(), startModulesPlugin(), preloadStartFontsPlugin()],
    build: {
      // Fonts and icons must be files under 'self': the CSP forbids data: fonts, and the office PC
      // has no internet, so nothing may be inlined or fetched from elsewhere.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified unless told; start-up reads every byte.
      minify: true,
      // The start bundle is React, React Router, Dexie and zod with the first screen (about
      // 600 kB minified); every other screen and the Word engine are chunks of their own.
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'start', test: (id: string) => startModules.has(id) }]
          }
        }
      }
    }
  })
})
