// `npm run bench:screens`: the screens measured in Debian's Chromium on the built renderer
// (`out/renderer`) with a cluster's history restored from a backup as a secretary would — one year
// and thirty years of a 15-unit cluster, and a stress file of 300 units and 10,000 meetings (see
// `make-cluster-backups.mts`). A measurement, not a test; it prints numbers, targets and pass or
// miss. Targets (issue 13, point 2): every list screen ready < 100 ms after navigation; member
// search < 16 ms per keystroke at p95; opening a meeting or a pact < 100 ms; the thirty-year cost
// at most 1.3× the one-year cost.
//
// "Ready" is measured in the page's own clock: from the click (or keystroke) to the last change
// of the page once the screen shows its content and no loading message, with the layout of that
// change done (read back) — so a list that fills in later counts until it is filled. A screen is
// visited once first (its code loads then: reported apart), then `BENCH_ROUNDS` more times.
import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import {
  launch,
  newProfile,
  restoreBackupFile,
  ROOT,
  startRendererServer
} from '../test/e2e/harness'
import { HISTORY_FILES, writeClusterHistories } from './make-cluster-backups.mjs'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
/** BENCH_FILES=one-year,thirty-years (".json" optional): measure only these (the ratio needs both). */
const ONLY = process.env.BENCH_FILES?.split(',').map((f) => f.replace(/\.json$/, '') + '.json')
const folder = process.argv[2] ?? join(ROOT, '.ci-out', 'cluster-histories')
if (HISTORY_FILES.some((f) => !existsSync(join(folder, f.name)))) {
  for (const made of await writeClusterHistories(folder))
    console.log(`made ${made.file}: ${made.rows} rows`)
}

/** The list screens, in the navigation's order, and what shows that each has its content. */
const ALL_SCREENS: Array<{ path: string; label: string; content?: string; ignore?: string }> = [
  { path: '/', label: 'Tổng quan', content: '[aria-labelledby="years-title"] table tbody tr' },
  { path: '/don-vi', label: 'Đơn vị thành viên', content: 'table tbody tr' },
  { path: '/nam-thi-dua', label: 'Năm thi đua', content: 'table tbody tr' },
  {
    path: '/giao-uoc',
    label: 'Giao ước (mở giao ước năm hiện tại)',
    content: '.panel',
    ignore: '.preview-frame'
  },
  { path: '/hoi-nghi', label: 'Hội nghị & Biên bản', content: 'table tbody tr' },
  { path: '/cham-diem', label: 'Chấm điểm' },
  { path: '/van-ban', label: 'Văn bản', content: 'table tbody tr' },
  { path: '/sao-luu', label: 'Sao lưu' },
  { path: '/cai-dat', label: 'Cài đặt' }
]
/** BENCH_SCREENS=/hoi-nghi,/van-ban: visit only these (the pact's own measures need /giao-uoc). */
const SCREENS = ALL_SCREENS.filter(
  (s) => process.env.BENCH_SCREENS?.split(',').includes(s.path) ?? true
)
const PACT = SCREENS.some((s) => s.path === '/giao-uoc')

/**
 * The page-side clock: runs `act`, then waits until the screen is ready (`hash` reached, the new
 * screen's own heading, no loading message, `content` present) and the page has not changed for `quiet` ms; returns the
 * time from `act` to the last change, layout included. Installed before the app's own scripts.
 */
const CLOCK = `(() => {
  window.__name = (f) => f
  window.__settle = (act, spec) => new Promise((resolve, reject) => {
    const quiet = spec.quiet ?? 120
    // A new screen mounts its own heading; until then the router may still show the old one.
    const before = spec.hash ? document.querySelector('main h1') : null
    const ready = () => {
      if (spec.hash && !new RegExp(spec.hash).test(location.hash)) return false
      const main = document.querySelector('main')
      const h1 = main && main.querySelector('h1')
      if (!h1 || h1 === before) return false
      if (/Đang tải|Đang mở|Đang đọc/.test(main.textContent || '')) return false
      return !spec.content || !!main.querySelector(spec.content)
    }
    let last = -1
    // Changes inside \`spec.ignore\` (a print preview that follows the form) do not count.
    const inIgnored = (n) => !!(n.nodeType === 1 ? n : n.parentElement)?.closest(spec.ignore)
    const ignored = (r) => {
      const nodes = [...r.addedNodes, ...r.removedNodes]
      return inIgnored(r.target) || (nodes.length > 0 && nodes.every(inIgnored))
    }
    const mark = (records) => {
      if (records && spec.ignore && records.every(ignored)) return
      if (last < 0 && !ready()) return
      void document.body.offsetHeight
      last = performance.now()
    }
    const observer = new MutationObserver(mark)
    observer.observe(document.querySelector('main') || document.body, { childList: true, subtree: true, characterData: true, attributes: true })
    const t0 = performance.now()
    act()
    mark()
    const poll = () => {
      const now = performance.now()
      if (last < 0) mark()
      if (last >= 0 && now - last >= quiet) {
        observer.disconnect()
        return resolve(last - t0)
      }
      if (now - t0 > 60000) {
        observer.disconnect()
        return reject(new Error('not ready after 60 s: ' + location.hash))
      }
      setTimeout(poll, 10)
    }
    setTimeout(poll, 10)
  })
})()`

interface Spec {
  hash?: string
  content?: string
  ignore?: string
  quiet?: number
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const hashOf = (path: string) => `^#${escape(path)}(\\?.*)?$`

/** Clicks the navigation entry of `path` and returns how long until the screen was ready. */
function navigate(page: Page, path: string, wait: Omit<Spec, 'hash'> = {}): Promise<number> {
  return page.evaluate(
    ({ path, spec }) =>
      (window as unknown as { __settle(a: () => void, s: Spec): Promise<number> }).__settle(() => {
        const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('nav a')).find(
          (a) => a.getAttribute('href') === `#${path}`
        )
        if (!link) throw new Error(`no navigation entry for ${path}`)
        link.click()
      }, spec),
    { path, spec: { ...wait, hash: hashOf(path) } satisfies Spec }
  )
}

const median = (values: number[]) => quantile(values, 0.5)
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}
const ms = (t: number) => `${t.toFixed(t < 10 ? 1 : 0)} ms`

interface Measured {
  screensFirst: Map<string, number>
  screens: Map<string, number[]>
  keystrokes: number[]
  meetings: number[]
  pactYears: number[]
  /** Giao ước until its print preview is drawn too. */
  pactPreview: number[]
  restoreMs: number
}

async function restore(page: Page, url: string, file: string): Promise<number> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click()
  await page.getByRole('region', { name: /^Đơn vị thành viên/ }).waitFor()
  const start = performance.now()
  await restoreBackupFile(page, file)
  return performance.now() - start
}

/** Types into the member search and deletes again, timing each keystroke. */
async function typeSearch(page: Page, words: string[], rounds: number): Promise<number[]> {
  return page.evaluate(
    async ({ words, rounds }) => {
      const settle = (window as unknown as { __settle(a: () => void, s: Spec): Promise<number> })
        .__settle
      const input = document.querySelector<HTMLInputElement>('#unit-search')!
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      const out: number[] = []
      for (let r = 0; r < rounds; r++) {
        const text = words[r % words.length]!
        const steps = [
          ...Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)),
          ...Array.from({ length: text.length }, (_, i) => text.slice(0, text.length - i - 1))
        ]
        for (const value of steps)
          out.push(
            await settle(
              () => {
                setValue.call(input, value)
                input.dispatchEvent(new Event('input', { bubbles: true }))
              },
              { quiet: 60 }
            )
          )
      }
      return out
    },
    { words, rounds }
  )
}

/** Opens meetings from the list (links spread over the list), timing each until it is ready. */
async function openMeetings(page: Page, count: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < count; i++) {
    await navigate(page, '/hoi-nghi', { content: 'table tbody tr' })
    out.push(
      await page.evaluate(
        ({ i, count }) => {
          const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('main table a'))
          const link = links[Math.floor((i * links.length) / count)]!
          return (
            window as unknown as { __settle(a: () => void, s: Spec): Promise<number> }
          ).__settle(() => link.click(), { hash: '^#/hoi-nghi/[^/]+$', content: 'form' })
        },
        { i, count }
      )
    )
  }
  return out
}

/** On Giao ước, chooses other years' pacts in turn, timing each until the pact is shown. */
async function switchPactYears(page: Page, count: number): Promise<number[]> {
  await navigate(page, '/giao-uoc', { content: '.panel', ignore: '.preview-frame' })
  return page.evaluate(
    async ({ count }) => {
      const settle = (window as unknown as { __settle(a: () => void, s: Spec): Promise<number> })
        .__settle
      const select = document.querySelector<HTMLSelectElement>('#pact-year')!
      const values = Array.from(select.options).map((o) => o.value)
      const out: number[] = []
      const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!
      for (let i = 1; i <= Math.min(count, values.length - 1); i++) {
        const value = values[Math.floor((i * (values.length - 1)) / count)]!
        out.push(
          await settle(
            () => {
              setValue.call(select, value)
              select.dispatchEvent(new Event('change', { bubbles: true }))
            },
            { content: '.panel', ignore: '.preview-frame' }
          )
        )
      }
      return out
    },
    { count }
  )
}

async function measureFile(url: string, file: string, searchWords: string[]): Promise<Measured> {
  const context = await launch(newProfile())
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(600_000)
    await page.addInitScript(CLOCK)
    const restoreMs = await restore(page, url, file)
    const screensFirst = new Map<string, number>()
    const screens = new Map<string, number[]>(SCREENS.map((s) => [s.path, []]))
    for (let round = 0; round <= ROUNDS; round++) {
      for (const screen of SCREENS) {
        const t = await navigate(page, screen.path, screen)
        if (round === 0) screensFirst.set(screen.path, t)
        else screens.get(screen.path)!.push(t)
      }
    }
    await navigate(page, '/don-vi', { content: 'table tbody tr' })
    const keystrokes = await typeSearch(page, searchWords, 6)
    const meetings = await openMeetings(page, 2 * ROUNDS)
    const pactYears = PACT ? await switchPactYears(page, ROUNDS) : []
    const pactPreview: number[] = []
    for (let round = 0; PACT && round < ROUNDS; round++) {
      await navigate(page, '/', ALL_SCREENS[0])
      pactPreview.push(await navigate(page, '/giao-uoc', { content: '.preview-frame' }))
    }
    return { screensFirst, screens, keystrokes, meetings, pactYears, pactPreview, restoreMs }
  } finally {
    await context.close()
  }
}

const load = loadavg()[0]!
const server = await startRendererServer()
const results = new Map<string, Measured>()
try {
  for (const { name, shape } of HISTORY_FILES) {
    if (ONLY && !ONLY.includes(name)) continue
    console.log(`measuring ${shape.label} (${name})…`)
    results.set(
      shape.label,
      await measureFile(server.url, join(folder, name), ['ngoc ha', 'phuong kim ma', 'xa'])
    )
  }
} finally {
  await server.close()
}

// The report: one line per measure, a column per file, the target and pass or miss.
const labels = [...results.keys()]
const one = results.get('1 năm')
const thirty = results.get('30 năm')
const rows: Array<{ what: string; values: number[]; target: number; ratio?: [number, number] }> = []
for (const screen of SCREENS) {
  const values = labels.map((l) => median(results.get(l)!.screens.get(screen.path)!))
  rows.push({
    what: `${screen.label}: sẵn sàng sau khi chuyển màn hình (trung vị ${ROUNDS} lần)`,
    values,
    target: 100,
    ratio:
      one && thirty
        ? [median(one.screens.get(screen.path)!), median(thirty.screens.get(screen.path)!)]
        : undefined
  })
}
rows.push({
  what: 'Tìm đơn vị: mỗi lần gõ phím, p95',
  values: labels.map((l) => quantile(results.get(l)!.keystrokes, 0.95)),
  target: 16,
  ratio:
    one && thirty ? [quantile(one.keystrokes, 0.95), quantile(thirty.keystrokes, 0.95)] : undefined
})
rows.push({
  what: `Mở một hội nghị từ danh sách (trung vị ${2 * ROUNDS} lần)`,
  values: labels.map((l) => median(results.get(l)!.meetings)),
  target: 100,
  ratio: one && thirty ? [median(one.meetings), median(thirty.meetings)] : undefined
})
rows.push({
  what: `Giao ước đến khi có cả bản xem trước in (trung vị ${ROUNDS} lần)`,
  values: labels.map((l) => median(results.get(l)!.pactPreview)),
  target: 100,
  ratio: one && thirty ? [median(one.pactPreview), median(thirty.pactPreview)] : undefined
})
rows.push({
  what: 'Mở giao ước của năm khác (chọn năm, trung vị)',
  values: labels.map((l) => median(results.get(l)!.pactYears)),
  target: 100
})

const total = (m: Measured) => SCREENS.reduce((t, s) => t + median(m.screens.get(s.path)!), 0)
console.log(
  `\nMàn hình (Chromium, ${cpus().length} lõi, tải lúc bắt đầu ${load.toFixed(1)}, lúc kết thúc ${loadavg()[0]!.toFixed(1)})`
)
const width = Math.max(...rows.map((r) => r.what.length))
console.log(
  `${''.padEnd(width)}  ${labels.map((l) => l.padStart(15)).join(' ')}  mục tiêu   30 năm / 1 năm`
)
// Each cell: the value and whether it meets the target (a missing value, such as another year's
// pact in a one-year file, is shown as —).
const cell = (v: number, target: number) =>
  Number.isNaN(v) ? '—'.padStart(15) : `${ms(v).padStart(9)} ${v < target ? 'đạt ' : 'CHƯA'}`
for (const row of rows) {
  const ratio = row.ratio ? row.ratio[1] / row.ratio[0] : NaN
  console.log(
    `${row.what.padEnd(width)}  ${row.values.map((v) => cell(v, row.target)).join(' ')}  < ${row.target} ms` +
      (row.ratio ? `   ${ratio.toFixed(2)}× ${ratio <= 1.3 ? 'đạt' : 'CHƯA'}` : '')
  )
}
const overall = one && thirty ? total(thirty) / total(one) : NaN
console.log(
  `\nTổng các màn hình (trung vị mỗi màn hình): ${labels.map((l) => `${l} ${ms(total(results.get(l)!))}`).join(', ')}` +
    (one && thirty
      ? `; 30 năm / 1 năm = ${overall.toFixed(2)}× (mục tiêu ≤ 1,3×: ${overall <= 1.3 ? 'đạt' : 'CHƯA'})`
      : '')
)
console.log('Lần mở đầu tiên (gồm tải mã của màn hình):')
for (const screen of SCREENS)
  console.log(
    `  ${screen.label.padEnd(40)} ${labels.map((l) => ms(results.get(l)!.screensFirst.get(screen.path)!).padStart(10)).join('')}`
  )
console.log(
  `Khôi phục (để có dữ liệu đo): ${labels.map((l) => `${l} ${(results.get(l)!.restoreMs / 1000).toFixed(1)} s`).join(', ')}`
)
