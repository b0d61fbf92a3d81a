import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const out = resolve(root, 'out')
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'"

function cspOf(html: string): string | undefined {
  return /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
}

describe('renderer HTML', () => {
  it('declares the strict Content-Security-Policy (Electron security checklist #7)', () => {
    expect(cspOf(readFileSync(resolve(root, 'src/renderer/index.html'), 'utf8'))).toBe(CSP)
  })
})

describe.skipIf(!existsSync(out))('built app (after electron-vite build)', () => {
  it('keeps the strict CSP in the production HTML', () => {
    expect(cspOf(readFileSync(resolve(out, 'renderer/index.html'), 'utf8'))).toBe(CSP)
  })

  it('has a preload that requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    const preload = readFileSync(resolve(out, 'preload/index.js'), 'utf8')
    const requires = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(requires).toEqual(['electron'])
    expect(preload).not.toMatch(/\bimport\s/)
  })

  it('starts from one script of its own, with the first screen’s fonts asked for at once (issue 13)', () => {
    const html = readFileSync(resolve(out, 'renderer/index.html'), 'utf8')
    const scripts = [
      ...html.matchAll(
        /<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/assets\/([^"]+)"/g
      )
    ].map((m) => m[1]!)
    // The app's start code in one file (plus the bundler's tiny runtime), not a dozen round trips.
    expect(scripts.filter((f) => !f.startsWith('rolldown-runtime'))).toHaveLength(1)
    const fonts = [
      ...html.matchAll(/<link rel="preload" href="\.\/assets\/([^"]+\.woff2)" as="font"/g)
    ].map((m) => m[1]!)
    for (const subset of ['latin', 'vietnamese'])
      for (const weight of [400, 600, 700])
        expect(fonts.some((f) => f.startsWith(`be-vietnam-pro-${subset}-${weight}-normal-`))).toBe(
          true
        )
    expect(fonts).toHaveLength(6)
    for (const file of [...scripts, ...fonts])
      expect(existsSync(resolve(out, 'renderer/assets', file))).toBe(true)
  })

  it('bundles its fonts as files and references nothing outside the app', () => {
    const assets = readdirSync(resolve(out, 'renderer/assets'))
    expect(assets.some((f) => f.includes('vietnamese') && f.endsWith('.woff2'))).toBe(true)
    const css = assets
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(resolve(out, 'renderer/assets', f), 'utf8'))
    for (const text of css) {
      expect(text).not.toMatch(/url\((["']?)(https?:|\/\/|data:)/)
    }
  })
})

describe('packaging configuration (electron-builder.yml)', () => {
  const yml = readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')

  it('builds a Windows installer and Linux packages with the app icon', () => {
    expect(yml).toMatch(/win:\n\s+target: nsis/)
    expect(yml).toMatch(/- AppImage\n\s+- deb/)
    expect(yml).toContain('icon: resources/icon.png')
    expect(existsSync(resolve(root, 'resources/icon.png'))).toBe(true)
  })

  it('flips the Electron fuses (security checklist #19) and never deletes user data on uninstall', () => {
    for (const line of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
      'grantFileProtocolExtraPrivileges: false',
      'deleteAppDataOnUninstall: false'
    ]) {
      expect(yml).toContain(line)
    }
  })
})
