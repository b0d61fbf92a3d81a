import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { launch, newProfile, startRendererServer } from './harness'

let server: Awaited<ReturnType<typeof startRendererServer>>
let context: BrowserContext
let page: Page

beforeAll(async () => {
  server = await startRendererServer()
  context = await launch(newProfile())
  page = context.pages()[0] ?? (await context.newPage())
  await page.goto(server.url)
})

afterAll(async () => {
  await context?.close()
  await server?.close()
})

describe('the page in the browser build', () => {
  it('runs under the strict CSP: inline scripts and foreign fetches are blocked', async () => {
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')
    expect(csp).toContain("script-src 'self'")
    const inlineRan = await page.evaluate(() => {
      const w = window as unknown as { inlineRan?: boolean }
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      document.body.append(script)
      return w.inlineRan === true
    })
    expect(inlineRan).toBe(false)
    const fetched = await page.evaluate(() =>
      fetch('http://127.0.0.2:9/x').then(
        () => 'fetched',
        () => 'blocked'
      )
    )
    expect(fetched).toBe('blocked')
  })

  it('has no Node in the page and no desktop API outside the preload', async () => {
    expect(
      await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)
    ).toBe('undefined')
    expect(
      await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)
    ).toBe('undefined')
  })
})
