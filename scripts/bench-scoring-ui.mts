// `npm run bench:scoring` (second part): the year-end scoring screens measured in Debian's Chromium
// on the built renderer (`out/renderer`), with a year of 300 units × 60 criteria restored from a
// backup as a secretary would. Prints numbers; it is a measurement, not a test. Targets (issue 14,
// point 7): a keystroke in the grid to updated totals and ranks < 16 ms median; importing 30
// returned workbooks < 3 s; the summary table export < 1 s.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildBackup, serializeBackup } from '../src/core/backup/format'
import { checkIntegrity } from '../src/core/backup/integrity'
import { IssueList } from '../src/core/backup/issues'
import { validateRows } from '../src/core/backup/rows'
import { TABLES } from '../src/core/model/entities'
import { scoreSheetSchema, scoringRulesSchema } from '../src/core/scoring/model'
import { buildScoreSheetWorkbook, scoreSheetFileName } from '../src/core/scoring/xlsx/export'
import { buildSampleDataset } from '../src/core/sample/sample-dataset'
import { CURRENT_SCHEMA_VERSION } from '../src/renderer/src/db/migrations/index'
import { largeScoringFacts } from '../test/core/scoring/large-facts'
import { launch, newProfile, restoreBackupFile, startRendererServer } from '../test/e2e/harness'

const UNITS = 300
const CRITERIA = 60
const KEYSTROKES = Number(process.env.BENCH_KEYS ?? 200)
const T = '2024-01-01T00:00:00.000Z'
const dir = mkdtempSync(join(tmpdir(), 'ctd-bench-scoring-'))
const rows: Array<[string, string, string]> = []
const ms = (t: number) => `${t.toFixed(t < 10 ? 2 : 0)} ms`
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!

// The database: the sample cluster with a 2024 year of 300 units and 60 criteria, every sheet
// submitted with its self-scores, as one backup file.
const facts = largeScoringFacts(UNITS, CRITERIA)
const sample = buildSampleDataset(T, () => `big-${Math.random().toString(36).slice(2)}`)
const pactId = 'bench-pact'
const criteria = facts.plan.rows.map((r, order) => ({
  id: r.id,
  createdAt: T,
  updatedAt: T,
  pactId,
  parentId: '',
  order,
  code: '',
  text: r.text,
  kind: r.kind,
  maxPoints: r.max === null ? null : r.max / 100,
  rule: ''
}))
const data: Record<string, unknown[]> = Object.fromEntries(Object.keys(TABLES).map((t) => [t, []]))
data['clusters'] = [{ ...facts.cluster, rotationOrder: [] }]
data['memberUnits'] = facts.units
data['clusterYears'] = [
  { ...facts.year, leaderUnitId: '', deputyUnitId: '', leaderSignerId: '', deputySignerId: '' }
]
data['pacts'] = [
  {
    ...sample.pacts[0]!,
    id: pactId,
    clusterYearId: facts.year.id,
    title: 'Giao ước thi đua năm 2024',
    status: 'draft',
    signedOn: '',
    signingMeetingId: '',
    signatories: []
  }
]
data['criteria'] = criteria
data['scoringRules'] = [
  scoringRulesSchema.parse({ ...facts.rules, status: 'adopted', adoptedOn: '2024-02-28' })
]
data['scoreSheets'] = facts.units.map((u) =>
  scoreSheetSchema.parse({
    id: `sheet-${u.id}`,
    createdAt: T,
    updatedAt: T,
    clusterYearId: facts.year.id,
    unitId: u.id,
    status: 'submitted',
    submittedOn: '2024-10-20'
  })
)
data['scoreEntries'] = facts.entries
data['settings'] = [
  { key: 'activeClusterId', value: facts.cluster.id, updatedAt: T },
  { key: 'firstRunDone', value: true, updatedAt: T }
]
const issues = new IssueList()
checkIntegrity(validateRows(data, issues), issues)
if (issues.items.length)
  throw new Error(`bench data refused: ${JSON.stringify(issues.items.slice(0, 3))}`)
const backupPath = join(dir, 'bench-300x60.json')
writeFileSync(
  backupPath,
  serializeBackup(
    await buildBackup(data, {
      appVersion: 'bench',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      reason: 'manual',
      createdAt: new Date().toISOString()
    })
  )
)

// 30 returned workbooks: 30 units' sheets with one score changed each.
const returned: string[] = []
for (const unit of facts.units.slice(0, 30)) {
  const entries = facts.entries
    .filter((e) => e.unitId === unit.id)
    .map((e, i) =>
      i === 1 ? { ...e, selfScore: (e.selfScore ?? 0) >= 50 ? e.selfScore! - 50 : 50 } : e
    )
  const bytes = await buildScoreSheetWorkbook({
    cluster: {
      id: facts.cluster.id,
      name: facts.cluster.name,
      parentBody: facts.cluster.parentBody
    },
    year: facts.year.year,
    unit: { id: unit.id, name: unit.name },
    plan: facts.plan,
    rules: facts.rules,
    current: { entries, adjustments: [] },
    exportedAt: new Date().toISOString()
  })
  const path = join(dir, scoreSheetFileName(facts.year.year, unit.name))
  writeFileSync(path, bytes)
  returned.push(path)
}

const load = loadavg()[0]!
const server = await startRendererServer()
const context = await launch(newProfile())
const page = context.pages()[0] ?? (await context.newPage())
page.setDefaultTimeout(120_000)
await page.goto(server.url)
await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click()
let start = performance.now()
await restoreBackupFile(page, backupPath)
rows.push([
  'Khôi phục năm 300 × 60 (bản sao lưu)',
  ms(performance.now() - start),
  'để có dữ liệu đo'
])

// The grid: open it, then type in one cell, alternating values so that the total moves each time.
start = performance.now()
await page.goto(`${server.url}#/cham-diem?muc=bang-diem`)
await page.locator('#score-cell-0-2').waitFor()
rows.push(['Mở bảng điểm 300 × 60', ms(performance.now() - start), 'đọc 18.000 điểm, dựng bảng'])
await page.getByLabel('Nhập điểm tự chấm').check()
await page.locator('#score-cell-0-2').click()
await page.keyboard.type('2')
const timings = await page.evaluate(
  ({ count, unitId }) => {
    const input = document.querySelector<HTMLInputElement>('input.cell-editor')!
    const total = document.querySelector(`[data-self-total="${unitId}"]`)!
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const out: number[] = []
    for (let k = 0; k < count; k++) {
      const before = total.textContent
      const t0 = performance.now()
      setValue.call(input, k % 2 ? '2' : '3')
      input.dispatchEvent(new Event('input', { bubbles: true }))
      void (total as HTMLElement).offsetHeight // the layout the next frame would need
      const t1 = performance.now()
      if (total.textContent === before) throw new Error('the total did not follow the keystroke')
      out.push(t1 - t0)
    }
    return out
  },
  { count: KEYSTROKES, unitId: facts.units[0]!.id }
)
await page.keyboard.press('Escape')
rows.push([
  `Một lần gõ điểm → tổng và xếp hạng trên màn hình (${KEYSTROKES} lần)`,
  `trung vị ${ms(quantile(timings, 0.5))}`,
  `p95 ${ms(quantile(timings, 0.95))}; mục tiêu < 16 ms`
])

// Import: 30 returned workbooks dropped at once, read and compared; then merged.
await page.getByRole('button', { name: 'Trao đổi Excel', exact: true }).click()
const input = page.locator('.drop-zone input[type=file]')
for (const round of ['lần đầu, gồm tải thư viện Excel', 'lần sau']) {
  start = performance.now()
  await input.setInputFiles(returned)
  await page.getByText(`Đã đọc 30 tệp: 30 tệp có thay đổi chờ xác nhận.`).waitFor()
  rows.push([
    `Nhập 30 phiếu trả về: đọc và so sánh (${round})`,
    ms(performance.now() - start),
    'mục tiêu < 3 s'
  ])
  if (round === 'lần sau') break
  await page.getByRole('button', { name: 'Bỏ qua các tệp này' }).click()
}
start = performance.now()
await page.getByRole('button', { name: 'Nhập các mục đã chọn (30 tệp)' }).click()
await page.getByText('Đã nhập 30 phiếu chấm', { exact: false }).waitFor()
rows.push([
  'Nhập 30 phiếu trả về: ghi vào cơ sở dữ liệu',
  ms(performance.now() - start),
  'một giao dịch'
])

// The summary table: "Xuất Word" to the file handed over (the first one loads the Word engine).
start = performance.now()
await page.getByRole('button', { name: 'Văn bản', exact: true }).click()
await page.locator('.preview-frame').waitFor()
rows.push(['Mở Văn bản: Bảng tổng hợp 300 đơn vị, xem trước', ms(performance.now() - start), ''])
for (const round of ['lần đầu; thư viện Word tải sẵn khi mở Văn bản', 'lần sau']) {
  start = performance.now()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Xuất Word' }).click()
  await download
  rows.push([
    `Xuất Bảng tổng hợp 300 đơn vị (.docx, ${round})`,
    ms(performance.now() - start),
    'mục tiêu < 1 s'
  ])
}

await context.close()
await server.close()
const width = Math.max(...rows.map((r) => r[0].length))
console.log(
  `Chấm điểm trên màn hình (Chromium) — ${UNITS} đơn vị × ${CRITERIA} tiêu chí (${cpus().length} lõi, tải lúc bắt đầu ${load.toFixed(1)}, lúc kết thúc ${loadavg()[0]!.toFixed(1)})`
)
for (const [what, value, note] of rows)
  console.log(`${what.padEnd(width)}  ${value.padStart(18)}  ${note}`)
