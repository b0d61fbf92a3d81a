import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { openAppWithSample, restoreBackupFile, ROOT, type AppSession } from './harness'

// A cluster of 200 units (one year): enough that the attendance table draws only the rows on
// screen, as it does with the 300 units of the stress file.
const UNITS = 200

let app: AppSession
let page: Page

/**
 * Writes the cluster as a backup file with the generator of the benchmarks, run by tsx: it reads
 * the app's own modules through the path aliases, which these tests are not built with.
 */
function writeCluster(): string {
  const folder = mkdtempSync(join(tmpdir(), 'ctd-long-'))
  const file = join(folder, 'cum-200-don-vi.json')
  const script = join(folder, 'write.mjs')
  const lib = (name: string) => JSON.stringify(join(ROOT, 'scripts', 'lib', name))
  writeFileSync(
    script,
    `import { clusterHistory, manyUnits, STRESS } from ${lib('cluster-history.ts')}
import { writeBackupFile } from ${lib('backup-file.ts')}
const shape = { ...STRESS, firstYear: 2025, lastYear: 2025, meetingsPerYear: 12 }
await writeBackupFile(${JSON.stringify(file)}, clusterHistory({ ...shape, units: manyUnits(${UNITS}, 2025, 2025) }), '2025-12-20T02:00:00.000Z')
`
  )
  execFileSync(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.node.json') }
  })
  return file
}

beforeAll(async () => {
  const file = writeCluster()
  app = await openAppWithSample()
  page = app.page
  await restoreBackupFile(page, file)
})

afterAll(async () => {
  await app?.close()
})

const attendance = () => page.locator('table.attendance')
/** The attendance line of the unit at `index` (from 0), when it is drawn. */
const line = (index: number) => attendance().locator(`tbody tr[aria-rowindex="${index + 2}"]`)
const unitName = async (row: Locator) => (await row.locator('td').first().textContent()) ?? ''

/** Scrolls the page, as the wheel would, until the attendance line `index` is drawn in view. */
async function scrollToLine(index: number) {
  for (let step = 0; step < 200; step++) {
    const where = await page.evaluate((index) => {
      const row = document.querySelector(`table.attendance tr[aria-rowindex="${index + 2}"]`)
      const box = row?.getBoundingClientRect()
      if (box && box.top >= 0 && box.bottom <= window.innerHeight) return 0
      const rows = Array.from(
        document.querySelectorAll<HTMLElement>('table.attendance tr[data-index]')
      )
      const shown = rows.filter((r) => {
        const b = r.getBoundingClientRect()
        return b.bottom > 0 && b.top < window.innerHeight
      })
      const first = Number(shown[0]?.dataset['index'] ?? 0)
      return index < first ? -1 : 1
    }, index)
    if (where === 0) return
    await page.mouse.wheel(0, where * 300)
    await page.waitForTimeout(30)
  }
  throw new Error(`line ${index} never came into view`)
}

describe('Cài đặt with 200 member units', () => {
  it('draws the rotation order on screen only, numbered out of all, and moves a unit', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click()
    const list = page.locator('ol.rotation-order')
    await list.waitFor()
    const items = list.locator('li[data-index]')
    const drawn = await items.count()
    expect(drawn).toBeGreaterThan(5)
    expect(drawn).toBeLessThan(UNITS / 2)
    expect(await items.first().getAttribute('aria-setsize')).toBe(String(UNITS))
    expect(await items.last().getAttribute('aria-posinset')).toBe(String(UNITS))

    const first = (await items.first().locator('span').first().textContent())!.replace(/^1\. /, '')
    await page.getByRole('button', { name: `Đưa ${first} xuống` }).click()
    await expect
      .poll(() => list.locator('li[aria-posinset="2"] span').first().textContent())
      .toBe(`2. ${first}`)
    await page.getByRole('button', { name: 'Lưu quy định' }).click()
    await page.getByText('Đã lưu quy định.').waitFor()
  })
})

describe('Hội nghị with 200 member units', () => {
  it('draws the attendance lines on screen only, and says how many there are', async () => {
    await page.getByRole('link', { name: 'Hội nghị & Biên bản' }).click()
    await page.getByRole('link', { name: 'Hội nghị tổng kết công tác thi đua năm 2025' }).click()
    await attendance().waitFor()
    expect(await attendance().getAttribute('aria-rowcount')).toBe(String(UNITS + 1))
    const drawn = await attendance().locator('tbody tr[data-index]').count()
    expect(drawn).toBeGreaterThan(5)
    expect(drawn).toBeLessThan(UNITS / 2)
  })

  it('Tab from the field above enters the first line; Shift+Tab from below enters the last', async () => {
    await scrollToLine(100)
    const first = await unitName(line(0))
    const last = await unitName(line(UNITS - 1))
    await page.getByLabel('Chương trình (mỗi dòng một nội dung)').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `${first}: tình trạng`
    )
    await scrollToLine(100)
    await line(UNITS - 1)
      .locator('textarea, input')
      .focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Shift+Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      new RegExp(`^${last}: `)
    )
  })

  it('a refused save takes the secretary to a wrong line that was not drawn', async () => {
    await scrollToLine(150)
    const name = await unitName(line(150))
    const box = page.getByLabel(`${name}: đại biểu dự`)
    // A name longer than a name can be (120 characters) is refused by the save.
    await box.fill(`Nguyễn ${'Văn '.repeat(40)}An`)
    await page.getByLabel('Tên hội nghị *').focus()
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect.poll(() => box.count()).toBe(0)

    await page.getByLabel('Tên hội nghị *').press('Enter')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`${name}: đại biểu dự`)
    expect(await box.getAttribute('aria-invalid')).toBe('true')
    await expect.poll(() => box.isVisible()).toBe(true)
    const place = await box.boundingBox()
    const height = page.viewportSize()!.height
    expect(place!.y).toBeGreaterThan(0)
    expect(place!.y + place!.height).toBeLessThan(height)

    // The message at the top of the form leads there again once the page is elsewhere.
    await page.getByLabel('Tên hội nghị *').focus()
    await page.evaluate(() => window.scrollTo(0, 0))
    await page
      .getByRole('alert')
      .getByRole('button', { name: /Họ và tên/ })
      .first()
      .click()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `${name}: đại biểu dự`
    )
  })
})
