// `npm run bench:docs`: how long the document engine takes on this machine. Prints a table; it is
// a measurement, not a test. Targets (issue: document engine): a 200-page minutes document builds
// and packs in under 1 s (median of 5) with peak memory under 400 MB, within 20× of merely zipping
// the same XML parts with fflate; a typical 5-page document under 60 ms. The printable HTML of the
// same minutes (what "In" and "Xuất PDF" print) is timed too.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { packDocx } from '../src/core/documents/pack'
import { paragraph, type Block, type DocumentModel } from '../src/core/documents/model'
import { DEFAULT_PROFILE } from '../src/core/documents/profile'
import { printableHtml } from '../src/core/documents/render-html'

const SPEECH =
  'Đồng chí Chủ tịch Ủy ban MTTQ Việt Nam quận Hai Bà Trưng phát biểu: cơ bản nhất trí với dự thảo báo cáo tổng kết; đề nghị bổ sung kết quả giám sát, phản biện xã hội, cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và công tác vận động Quỹ "Vì người nghèo" của các đơn vị trong Cụm.'

function minutesLike(paragraphs: number): DocumentModel {
  const blocks: Block[] = [
    {
      kind: 'header',
      parentLines: ['ỦY BAN MTTQ VIỆT NAM', 'THÀNH PHỐ HÀ NỘI'],
      issuerLines: ['CỤM THI ĐUA SỐ 1'],
      numberLine: 'Số: 05/BB-CTĐ1',
      regardingLine: null,
      placeDateLine: null
    },
    {
      kind: 'title',
      typeName: 'BIÊN BẢN',
      summaryLines: ['Hội nghị tổng kết và bình xét thi đua năm 2024']
    }
  ]
  for (let i = 0; i < paragraphs; i++) {
    if (i % 40 === 0)
      blocks.push(paragraph('heading', `PHẦN ${i / 40 + 1}`, { label: 'I.', bold: true }))
    blocks.push(paragraph('body', `${i + 1}. ${SPEECH}`, { label: '-' }))
    if (i % 100 === 99) {
      blocks.push({
        kind: 'table',
        columns: [
          { header: 'STT', widthPercent: 8, align: 'center' },
          { header: 'Đơn vị được đề nghị', widthPercent: 42, align: 'left' },
          { header: 'Số phiếu đồng ý', widthPercent: 20, align: 'right' },
          { header: 'Tỷ lệ (%)', widthPercent: 15, align: 'right' },
          { header: 'Ghi chú', widthPercent: 15, align: 'left' }
        ],
        rows: Array.from({ length: 6 }, (_, r) => [
          String(r + 1),
          `Ủy ban MTTQ Việt Nam quận số ${r + 1}`,
          '5',
          '83,33%',
          ''
        ])
      })
    }
  }
  blocks.push({
    kind: 'signature',
    layout: 'pair',
    signers: [
      { titleLines: ['THƯ KÝ'], name: '' },
      { titleLines: ['CHỦ TRÌ'], name: '' }
    ],
    recipients: ['Các đơn vị trong Cụm', 'Lưu: VT']
  })
  return {
    title: 'Biên bản',
    profile: DEFAULT_PROFILE,
    sections: [{ orientation: 'portrait', restartNumbering: false, blocks }]
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function time(fn: () => Promise<unknown> | unknown, runs = 5): Promise<number> {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    out.push(performance.now() - start)
  }
  return median(out)
}

function pages(bytes: Uint8Array): string {
  if (!existsSync('/usr/bin/soffice') || !existsSync('/usr/bin/pdfinfo'))
    return 'n/a (no LibreOffice)'
  const dir = mkdtempSync(join(tmpdir(), 'ctd-bench-'))
  writeFileSync(join(dir, 'b.docx'), bytes)
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/p`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'b.docx')
    ],
    { stdio: 'pipe' }
  )
  return /Pages:\s+(\d+)/.exec(
    execFileSync('pdfinfo', [join(dir, 'b.pdf')], { encoding: 'utf8' })
  )![1]!
}

let peak = process.memoryUsage().rss
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)

const big = minutesLike(1740)
await packDocx(big) // warm-up
const bigMs = await time(() => packDocx(big))
const bigBytes = await packDocx(big)
const parts = unzipSync(bigBytes)
const zipMs = await time(() => zipSync(parts, { level: 6 }))
const htmlMs = await time(() => printableHtml(big))
const small = minutesLike(38)
await packDocx(small)
const smallMs = await time(() => packDocx(small), 9)
clearInterval(sampler)

const rows = [
  ['document', 'pages', 'median of runs', 'target'],
  ['minutes, build + pack', pages(bigBytes), `${bigMs.toFixed(0)} ms`, '< 1000 ms'],
  ['same XML parts, zip only (fflate)', '', `${zipMs.toFixed(1)} ms`, ''],
  ['ratio build+pack / zip', '', `${(bigMs / zipMs).toFixed(1)}×`, '≤ 20×'],
  ['same minutes, printable HTML', '', `${htmlMs.toFixed(0)} ms`, ''],
  [
    'typical document, build + pack',
    pages(await packDocx(small)),
    `${smallMs.toFixed(1)} ms`,
    '< 60 ms'
  ],
  ['peak memory (RSS)', '', `${(peak / 1024 / 1024).toFixed(0)} MB`, '< 400 MB']
]
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '))
