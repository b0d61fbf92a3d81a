import { spawn, type ChildProcess } from 'node:child_process'
import { chromium, type Browser, type Page } from 'playwright-core'

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

/** A Chromium the test started itself, so that it can be killed like a crashing PC. */
export interface KillableBrowser {
  child: ChildProcess
  browser: Browser
  page: Page
}

/**
 * Starts Debian's Chromium headless on a profile folder, in its own process group, and connects
 * to it. `env` reaches the browser process (`TZ` sets its time zone). Closing Playwright's context
 * is a clean shutdown; `killBrowser` is the crash.
 */
export async function startKillableBrowser(
  profile: string,
  env: Record<string, string> = {}
): Promise<KillableBrowser> {
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=vi-VN',
      '--window-size=1366,768',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank'
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } }
  )
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text)
      if (match) resolve(match[1]!)
    })
    child.on('exit', () => reject(new Error('chromium exited: ' + text.slice(-500))))
  })
  const browser = await chromium.connectOverCDP(endpoint)
  const context = browser.contexts()[0]!
  const page = context.pages()[0] ?? (await context.newPage())
  await page.setViewportSize({ width: 1366, height: 768 })
  return { child, browser, page }
}

/** Kills the whole browser process group with SIGKILL: nothing is flushed, nothing is asked. */
export function killBrowser(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      resolve()
    }
  })
}
