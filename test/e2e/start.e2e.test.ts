import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openAppWithSample, screenshot, type AppSession } from './harness'

/**
 * What the first screen costs (issue 13, point 1): the Word engine and the other screens are not
 * loaded until used, only the font files Vietnamese needs are fetched, and Vietnamese still renders
 * in Be Vietnam Pro. The timings themselves are measured by `npm run bench:start`, not here.
 */
let app: AppSession
let page: Page

/** Names of the files the page has fetched so far, without their content hash. */
const fetched = (): Promise<string[]> =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) =>
      e.name
        .split('/')
        .pop()!
        .replace(/-[\w-]{8}\.(js|css|woff2?)$/, '.$1')
    )
  )

/** What the page's own policy (CSP) refused since it loaded, as `directive: source`. */
const violations = (): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)

beforeAll(async () => {
  app = await openAppWithSample()
  page = app.page
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective}: ${e.blockedURI}`)
    )
  })
  await page.reload()
  await page.getByRole('region', { name: /^Đơn vị thành viên/ }).waitFor()
  await page.evaluate(() => document.fonts.ready)
})

afterAll(async () => {
  await app?.close()
})

describe('the first screen', () => {
  it('loads neither the Word engine nor the other screens', async () => {
    const scripts = (await fetched()).filter((name) => name.endsWith('.js'))
    expect(scripts.some((name) => name.startsWith('index'))).toBe(true)
    expect(
      scripts.filter((name) => /^(pack|PactRoute|MeetingEditorRoute|SettingsPage)/.test(name))
    ).toEqual([])
  })

  it('runs the libraries from one plain script, before the app and after its security policy', async () => {
    // A plain script, not a module: Chromium keeps its compiled code between starts (issue 13).
    const order = await page.evaluate(() =>
      Array.from(document.head.children)
        .map((node) =>
          node instanceof HTMLScriptElement
            ? `${node.type || 'plain'}${node.defer ? ' defer' : ''} ${node.src
                .split('/')
                .pop()!
                .replace(/-[\w-]{8}\.js$/, '.js')}`
            : node.getAttribute('http-equiv') === 'Content-Security-Policy'
              ? 'policy'
              : ''
        )
        .filter(Boolean)
    )
    expect(order).toEqual([
      'policy',
      'plain start-probe.js',
      'plain defer vendor.js',
      'module index.js'
    ])
  })

  it('holds one copy of React, React DOM and Dexie, in that script', () => {
    // A second copy would be a second React (hooks fail in the screens that use it) or a second
    // Dexie (its live queries would not see the other's writes).
    const assets = join(__dirname, '../../out/renderer/assets')
    const markers = {
      'React DOM': '__reactContainer$',
      React: 'react.transitional.element',
      Dexie: 'MissingAPIError'
    }
    // The workers run apart from the page, with their own libraries (no React; their own Dexie).
    const files = readdirSync(assets).filter(
      (name) => name.endsWith('.js') && !name.includes('worker')
    )
    for (const [library, marker] of Object.entries(markers)) {
      const holders = files.filter((name) =>
        readFileSync(join(assets, name), 'utf8').includes(marker)
      )
      expect(
        holders.map((name) => name.replace(/-[\w-]{8}\.js$/, '.js')),
        library
      ).toEqual(['vendor.js'])
    }
  })

  it('fetches only the latin and vietnamese subsets of Be Vietnam Pro, as woff2', async () => {
    const fonts = (await fetched()).filter((name) => /\.woff2?$/.test(name))
    expect(fonts.length).toBeGreaterThan(0)
    expect(
      fonts.every((name) => /^be-vietnam-pro-(latin|vietnamese)-\d00-normal\.woff2$/.test(name))
    ).toBe(true)
  })

  it('draws Vietnamese in Be Vietnam Pro, stacked marks included', async () => {
    const text = 'Ủy ban MTTQ Việt Nam quận Đống Đa — ẵ ặ ẳ ỗ ộ ữ ự ỹ Ư Ơ Đ'
    for (const weight of [400, 700]) {
      // The faces the browser uses for this text: both subsets, loaded (a character no face
      // covers would fall back to another font silently).
      const faces = await page.evaluate(
        async ([t, w]) =>
          (await document.fonts.load(`${w} 16px "Be Vietnam Pro"`, t as string)).map((f) => [
            f.unicodeRange,
            f.status
          ]),
        [text, weight] as const
      )
      expect(faces, `weight ${weight}`).toHaveLength(2)
      expect(faces.every(([, status]) => status === 'loaded')).toBe(true)
      expect(faces.some(([range]) => range.includes('U+1EA0-1EF9'))).toBe(true)
    }
    const family = await page.evaluate(
      () => getComputedStyle(document.querySelector('h1')!).fontFamily
    )
    expect(family).toContain('Be Vietnam Pro')
    await screenshot(page, '95-first-screen')
  })
})

describe('a screen opened later', () => {
  it('loads its code on first use, and the Word engine only when exporting', async () => {
    await page.getByRole('link', { name: 'Văn bản' }).click()
    await page
      .getByRole('link', { name: /Thông báo|Kết quả/ })
      .first()
      .click()
    await page.getByRole('region', { name: 'Xem trước bản in' }).waitFor()
    expect((await fetched()).some((name) => name.startsWith('pack'))).toBe(false)
    await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An')
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Xuất Word' }).click()
    await page.getByRole('button', { name: 'Cấp số và xuất' }).click()
    await download
    expect((await fetched()).some((name) => name.startsWith('pack'))).toBe(true)
  })

  it('never requested anything outside its own origin', () => {
    expect(app.foreign).toEqual([])
  })

  it('starts and opens its screens without breaching its own security policy', async () => {
    // A library trying code built from text (zod probes `new Function`) is refused by the
    // policy, and each refusal is reported as a breach: a real one would drown among them.
    await page.getByRole('link', { name: 'Cài đặt' }).click()
    await page.getByRole('heading', { level: 1, name: 'Cài đặt' }).waitFor()
    expect(await violations()).toEqual([])
  })
})
