// `npm run bench:scoring` (first part): how long the year-end scoring core takes on this machine.
// Prints a table; it is a measurement, not a test. Targets (issue 14, point 7): 300 units × 60
// criteria — a keystroke in the grid to updated totals and ranks under 16 ms median (the core
// part of it here; the screen round, with React, is measured in Chromium by
// `bench-scoring-ui.mts`); importing 30 returned workbooks under 3 s; the summary table export
// under 1 s. Beside the wall-clock time, the CPU time this process used: on a machine shared with
// other work the wall clock mostly measures the wait, the CPU time what the work itself costs.
import { cpus, loadavg } from 'node:os'
import { packDocx } from '../src/core/documents/pack'
import { DEFAULT_PROFILE } from '../src/core/documents/profile'
import { buildScoreSummaryDocument } from '../src/core/documents/kinds/score-summary'
import { ScoreBook } from '../src/core/scoring/score-book'
import { yearSummary } from '../src/core/scoring/view'
import { buildScoreSheetWorkbook } from '../src/core/scoring/xlsx/export'
import { readScoreSheetWorkbooks } from '../src/core/scoring/xlsx/import'
import { largeScoringFacts } from '../test/core/scoring/large-facts'

const UNITS = 300
const CRITERIA = 60
const KEYSTROKES = 3000

const rows: Array<[string, string, string]> = []
const ms = (t: number) => `${t.toFixed(t < 1 ? 3 : 1)} ms`
let lastCpu = 0
const time = async <T,>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const start = performance.now()
  const cpu = process.cpuUsage()
  const value = await fn()
  const used = process.cpuUsage(cpu)
  lastCpu = (used.user + used.system) / 1000
  return [value, performance.now() - start]
}
const cpuWords = () => `CPU ${ms(lastCpu)}`
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}

const facts = largeScoringFacts(UNITS, CRITERIA)
const unitIds = facts.year.memberUnitIds

// Loading the grid: every stored row into the book, then the first ranking.
const [book, load] = await time(() =>
  ScoreBook.from(facts.plan, facts.rules, unitIds, facts.entries, facts.adjustments)
)
const [, firstRank] = await time(() => book.ranking())
rows.push(['Mở bảng chấm (300 × 60): nạp điểm', ms(load), ''])
rows.push(['Mở bảng chấm: tính tổng, xếp hạng lần đầu', ms(firstRank), ''])

// Keystrokes: one cell changes (self or reviewed), then totals and ranks are read back.
// mulberry32: a small seeded generator, so every run types the same keystrokes.
let seed = 12345
const random = (n: number) => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
}
const timings: number[] = []
let refused = 0
for (let k = 0; k < KEYSTROKES; k++) {
  const unit = unitIds[random(unitIds.length)]!
  const leaf = facts.plan.leaves[random(facts.plan.leaves.length)]!
  const value = random(leaf.max! / 50 + 2) * 50 // now and then above the maximum: refused
  const start = performance.now()
  const result = book.set(unit, leaf.id, random(2) ? 'self' : 'reviewed', value)
  const ranking = book.ranking()
  book.totals(unit)
  timings.push(performance.now() - start)
  if (!result.ok) refused++
  if (ranking.length !== UNITS) throw new Error('ranking lost units')
}
rows.push([
  `Một lần gõ điểm → tổng và xếp hạng (${KEYSTROKES} lần, ${refused} bị từ chối)`,
  `trung vị ${ms(quantile(timings, 0.5))}`,
  `p95 ${ms(quantile(timings, 0.95))}, tối đa ${ms(Math.max(...timings))} (mục tiêu < 16 ms)`
])

// The pure path the documents use: every unit's totals from the stored rows, ranked.
const [, summary] = await time(() => yearSummary(facts))
rows.push(['Tính lại toàn bộ từ dữ liệu lưu (yearSummary)', ms(summary), ''])

// "Xuất phiếu chấm": one workbook per unit, for 30 units.
const exportInput = (unitId: string) => ({
  cluster: { id: facts.cluster.id, name: facts.cluster.name, parentBody: facts.cluster.parentBody },
  year: facts.year.year,
  unit: { id: unitId, name: facts.year.unitNames[unitId]! },
  plan: facts.plan,
  rules: facts.rules,
  current: {
    entries: facts.entries.filter((e) => e.unitId === unitId),
    adjustments: []
  },
  exportedAt: new Date().toISOString()
})
await buildScoreSheetWorkbook(exportInput(unitIds[0]!)) // loads ExcelJS once, as the app does
const [workbooks, exported] = await time(() =>
  Promise.all(
    unitIds.slice(0, 30).map(async (id, i) => ({
      name: `phieu-${i + 1}.xlsx`,
      bytes: await buildScoreSheetWorkbook(exportInput(id))
    }))
  )
)
rows.push([
  'Xuất 30 phiếu chấm (.xlsx, 60 tiêu chí)',
  ms(exported),
  `${cpuWords()}; ${Math.round(workbooks.reduce((s, w) => s + w.bytes.length, 0) / 30 / 1024)} KB/phiếu`
])

// "Nhập phiếu chấm": 30 returned workbooks, checked and read.
const ctx = {
  cluster: { id: facts.cluster.id, name: facts.cluster.name },
  year: facts.year.year,
  units: unitIds.map((id) => ({ id, name: facts.year.unitNames[id]! })),
  plan: facts.plan,
  rules: facts.rules
}
const [results, imported] = await time(() => readScoreSheetWorkbooks(workbooks, ctx))
const accepted = results.filter((r) => r.ok).length
if (accepted !== 30) throw new Error(`only ${accepted} of 30 workbooks were read`)
rows.push(['Nhập 30 phiếu chấm trả về', ms(imported), `${cpuWords()}; mục tiêu < 3 s`])

// The summary table (Bảng tổng hợp) of 300 units, built and packed as .docx.
const [docx, summaryExport] = await time(async () =>
  packDocx(
    buildScoreSummaryDocument(facts, DEFAULT_PROFILE, '2024-11-01', {
      preparedBy: '',
      signerName: ''
    })
  )
)
rows.push([
  'Xuất Bảng tổng hợp 300 đơn vị (.docx)',
  ms(summaryExport),
  `${cpuWords()}; ${Math.round(docx.length / 1024)} KB; mục tiêu < 1 s`
])
// Once more, as the second export of a session is (the Word engine compiled and warm).
const [, summaryAgain] = await time(async () =>
  packDocx(
    buildScoreSummaryDocument(facts, DEFAULT_PROFILE, '2024-11-01', {
      preparedBy: '',
      signerName: ''
    })
  )
)
rows.push([
  'Xuất Bảng tổng hợp 300 đơn vị (.docx, lần sau)',
  ms(summaryAgain),
  `${cpuWords()}; mục tiêu < 1 s`
])

const width = Math.max(...rows.map((r) => r[0].length))
console.log(
  `Chấm điểm — ${UNITS} đơn vị × ${CRITERIA} tiêu chí (Node ${process.version}, ${cpus().length} lõi, tải ${loadavg()[0]!.toFixed(1)})`
)
for (const [what, value, note] of rows)
  console.log(`${what.padEnd(width)}  ${value.padStart(18)}  ${note}`)
