// Writes the corpus of returned score sheets in test/fixtures/xlsx (run once with
// `npx tsx --tsconfig tsconfig.node.json scripts/make-xlsx-corpus.mts`; the files are committed).
// One workbook a unit could send back correctly, then one per way a returned workbook must be
// refused: another cluster, year, unit or criteria version; edited structure; formulas, wrong
// types and off-grid values in input cells; zip bombs, macros, huge sheets, encrypted and old
// binary files, files that are not a zip at all. test/core/scoring/xlsx-corpus.test.ts expects
// each refusal with its message and cell.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { buildScoreSheetWorkbook } from '../src/core/scoring/xlsx/export'
import { compileCriteria } from '../src/core/scoring/plan'
import { SHEET_NAME } from '../src/core/scoring/xlsx/layout'
import { corpusContext } from '../test/fixtures/xlsx/context'

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'xlsx')
mkdirSync(dir, { recursive: true })
const { facts, exportInput } = corpusContext()
const files: Record<string, Uint8Array> = {}

const exported = (
  key = 'dong-da',
  change: (i: ReturnType<typeof exportInput>) => void = () => {}
) => {
  const input = exportInput(key)
  change(input)
  return buildScoreSheetWorkbook(input)
}

/** Opens a workbook as a unit would in Excel, edits the score sheet, saves it. */
async function edited(
  bytes: Uint8Array,
  edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  edit(workbook.getWorksheet(SHEET_NAME)!, workbook)
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

/** Row of a base criterion in the sheet: row 7 is group I, row 8 its first criterion. */
const FIRST_CRITERION = 8

const base = await exported()
// The unit fills in every criterion, a bonus line with its reason, the signer and the date.
files['hop-le.xlsx'] = await edited(base, (sheet) => {
  const scores = [9, 13, 13, 9, 9, 9, 9, 8, 9]
  let i = 0
  for (let row = FIRST_CRITERION; i < scores.length; row++) {
    if (sheet.getCell(`C${row}`).value === null) continue // a group row
    sheet.getCell(`F${row}`).value = scores[i++]!
  }
  sheet.getCell('D8').value = 100
  sheet.getCell('E8').value = 112.5
  sheet.getCell('G8').value = 'Tổ chức 24 buổi tuyên truyền tại khu dân cư'
  sheet.getCell('H8').value = '12/BC-MTTQ-BTT'
  sheet.getCell('I8').value = new Date(Date.UTC(2024, 9, 15))
  sheet.getCell('J8').value = 'bao-cao-tuyen-truyen.pdf'
  sheet.getCell('K8').value = 2
  const bonusRow = findRow(sheet, 'Có mô hình mới')
  sheet.getCell(`F${bonusRow}`).value = '2,5'
  sheet.getCell(`G${bonusRow}`).value = 'Mô hình «Ngõ phố văn minh» được Thành phố biểu dương'
  sheet.getCell(`G${findRow(sheet, 'Người ký')}`).value =
    'Chủ tịch Ủy ban MTTQ Việt Nam quận Đống Đa'
  sheet.getCell(`G${findRow(sheet, 'Ngày ký')}`).value = '20/10/2024'
})

function findRow(sheet: ExcelJS.Worksheet, startsWith: string): number {
  for (let row = 1; row <= sheet.rowCount; row++)
    if (String(sheet.getCell(`B${row}`).value ?? '').startsWith(startsWith)) return row
  throw new Error(`No row starts with ${startsWith}`)
}

// Identity: another year, cluster, unit (not a member), criteria version.
files['sai-nam.xlsx'] = await exported('dong-da', (i) => (i.year = 2023))
files['sai-cum.xlsx'] = await exported('dong-da', (i) => {
  i.cluster = { id: 'cum-khac', name: 'Cụm thi đua số 2', parentBody: '' }
})
files['sai-don-vi.xlsx'] = await exported('dong-da', (i) => {
  i.unit = { id: 'don-vi-khac', name: 'Ủy ban MTTQ Việt Nam quận Tây Hồ' }
})
files['tieu-chi-cu.xlsx'] = await exported('dong-da', (i) => {
  i.plan = compileCriteria(
    facts.plan.rows.map((r, order) => ({
      id: r.id,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      pactId: 'p',
      parentId: '',
      order,
      code: '',
      text: r.text,
      kind: r.kind,
      // The cluster later moved half a point between the first two criteria.
      maxPoints: r.max === null ? null : (r.max + (order === 1 ? 50 : order === 2 ? -50 : 0)) / 100,
      rule: ''
    }))
  )
})
{
  const plain = new ExcelJS.Workbook()
  const sheet = plain.addWorksheet(SHEET_NAME)
  sheet.getCell('A1').value = 'Bảng tự chấm điểm (tự làm)'
  sheet.getCell('F8').value = 10
  files['khong-nhan-dang.xlsx'] = new Uint8Array((await plain.xlsx.writeBuffer()) as ArrayBuffer)
}

// Structure edited by the unit (after removing the sheet protection, which has no password).
files['xoa-dong.xlsx'] = await edited(base, (sheet) => sheet.spliceRows(9, 1))
files['sua-noi-dung.xlsx'] = await edited(base, (sheet) => {
  sheet.getCell('B9').value = 'Cuộc vận động (đơn vị tự sửa lại nội dung)'
})
files['sua-diem-chuan.xlsx'] = await edited(base, (sheet) => {
  sheet.getCell('C9').value = 20
})

// Input cells: a formula, a word, a date, a score off the step grid, a score above the maximum.
files['cong-thuc.xlsx'] = await edited(base, (sheet) => {
  sheet.getCell('F8').value = { formula: 'C8*0.9', result: 9 } as ExcelJS.CellFormulaValue
})
files['chu-trong-o-diem.xlsx'] = await edited(base, (sheet) => {
  sheet.getCell('F9').value = 'mười lăm'
})
// Typing a date makes Excel format the cell as a date too.
files['ngay-trong-o-diem.xlsx'] = await edited(base, (sheet) => {
  sheet.getCell('F8').value = new Date(Date.UTC(2024, 9, 20))
  sheet.getCell('F8').numFmt = 'dd/mm/yyyy'
})
files['le-buoc.xlsx'] = await edited(base, (sheet) => {
  sheet.getCell('F8').value = 9.3
})
files['vuot-diem-chuan.xlsx'] = await edited(base, (sheet) => {
  sheet.getCell('F8').value = 12
})

// Hostile containers, built from the valid workbook's parts.
const parts = unzipSync(files['hop-le.xlsx']!)
const rezip = (extra: Zippable, drop: string[] = []) => {
  const out: Zippable = {}
  for (const [name, data] of Object.entries(parts)) if (!drop.includes(name)) out[name] = data
  return zipSync({ ...out, ...extra }, { level: 9 })
}
const zeros = (mb: number) => new Uint8Array(mb * 1024 * 1024)
files['bom-nen.xlsx'] = rezip({ 'xl/media/image1.png': zeros(40) })
files['bom-nen-tong.xlsx'] = rezip(
  Object.fromEntries([1, 2, 3, 4].map((i) => [`xl/media/image${i}.png`, zeros(14)]))
)
// Below the per-part cap, so that only the lie itself can give it away.
files['bom-nen-khai-gian.xlsx'] = declareSize(
  rezip({ 'xl/media/image1.png': zeros(10) }),
  'xl/media/image1.png',
  4096
)
files['macro-doi-ten.xlsx'] = rezip({ 'xl/vbaProject.bin': strToU8('VBA project (corpus)') })
files['macro.xlsm'] = files['macro-doi-ten.xlsx']
files['macro-excel4.xlsx'] = rezip({
  'xl/macrosheets/sheet1.xml': strToU8(
    '<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/>'
  )
})
files['lien-ket-ngoai.xlsx'] = rezip({
  'xl/externalLinks/externalLink1.xml': strToU8(
    '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
  )
})
files['trang-qua-lon.xlsx'] = await edited(base, (sheet) => {
  sheet.getCell('XFD1048576').value = 'x'
})
files['khong-phai-zip.xlsx'] = strToU8('%PDF-1.4\n% Một tệp PDF đổi đuôi thành .xlsx\n')
files['hong.xlsx'] = files['hop-le.xlsx']!.slice(0, 3000)
files['ma-hoa.xlsx'] = compoundFile([
  { name: 'EncryptionInfo', data: encryptionInfo() },
  { name: 'EncryptedPackage', data: pseudoRandom(8192) }
])
files['excel-97.xls'] = compoundFile([{ name: 'Workbook', data: pseudoRandom(4096) }])

for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes)
console.log(`${Object.keys(files).length} workbooks in ${dir}`)

/** Rewrites the uncompressed size an entry declares, in its local header and the directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  const target = strToU8(name)
  for (let i = 0; i + 4 < out.length; i++) {
    const sig = view.getUint32(i, true)
    const local = sig === 0x04034b50
    const central = sig === 0x02014b50
    if (!local && !central) continue
    const nameAt = i + (local ? 30 : 46)
    const length = view.getUint16(i + (local ? 26 : 28), true)
    if (length !== target.length || !target.every((b, k) => out[nameAt + k] === b)) continue
    view.setUint32(i + (local ? 22 : 24), size, true)
  }
  return out
}

function pseudoRandom(length: number): Uint8Array {
  const out = new Uint8Array(length)
  let x = 0x2545f491
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

/** The head of an Agile EncryptionInfo stream (MS-OFFCRYPTO 2.3.4.10), padded to 4 KB. */
function encryptionInfo(): Uint8Array {
  const xml = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>'
  )
  const out = new Uint8Array(4096)
  out.set([4, 0, 4, 0, 0x40, 0, 0, 0])
  out.set(xml, 8)
  return out
}

/**
 * A minimal compound file (MS-CFB, version 3, 512-byte sectors) holding up to two streams of at
 * least 4 KB each (so no mini stream is needed): what Excel writes for a workbook encrypted with a
 * password (EncryptionInfo + EncryptedPackage) and for an Excel 97–2003 workbook (Workbook).
 */
function compoundFile(streams: Array<{ name: string; data: Uint8Array }>): Uint8Array {
  const SECTOR = 512
  const END = 0xfffffffe
  const FREE = 0xffffffff
  const sectorsOf = (s: { data: Uint8Array }) => Math.ceil(s.data.length / SECTOR)
  const total = 2 + streams.reduce((n, s) => n + sectorsOf(s), 0)
  const out = new Uint8Array(SECTOR * (1 + total))
  const view = new DataView(out.buffer)
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  view.setUint16(24, 0x3e, true)
  view.setUint16(26, 3, true)
  view.setUint16(28, 0xfffe, true)
  view.setUint16(30, 9, true)
  view.setUint16(32, 6, true)
  view.setUint32(44, 1, true) // FAT sectors
  view.setUint32(48, 1, true) // first directory sector
  view.setUint32(56, 4096, true) // mini stream cutoff
  view.setUint32(60, END, true)
  view.setUint32(68, END, true)
  view.setUint32(76, 0, true) // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(76 + i * 4, FREE, true)
  const sectorAt = (n: number) => SECTOR * (1 + n)
  // FAT (sector 0).
  const fat = new Array<number>(SECTOR / 4).fill(FREE)
  fat[0] = 0xfffffffd
  fat[1] = END
  let next = 2
  const starts: number[] = []
  for (const stream of streams) {
    starts.push(next)
    const count = sectorsOf(stream)
    for (let k = 0; k < count; k++) fat[next + k] = k === count - 1 ? END : next + k + 1
    out.set(stream.data, sectorAt(next))
    next += count
  }
  fat.forEach((v, i) => view.setUint32(sectorAt(0) + i * 4, v, true))
  // Directory (sector 1): root, then the streams as a chain of right siblings.
  const entry = (
    index: number,
    name: string,
    type: number,
    color: number,
    right: number,
    child: number,
    start: number,
    size: number
  ) => {
    const at = sectorAt(1) + index * 128
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true)
    view.setUint16(at + 64, (name.length + 1) * 2, true)
    out[at + 66] = type
    out[at + 67] = color
    view.setUint32(at + 68, FREE, true)
    view.setUint32(at + 72, right, true)
    view.setUint32(at + 76, child, true)
    view.setUint32(at + 116, start, true)
    view.setUint32(at + 120, size, true)
  }
  entry(0, 'Root Entry', 5, 1, FREE, 1, END, 0)
  streams.forEach((s, i) =>
    entry(
      i + 1,
      s.name,
      2,
      i === 0 ? 1 : 0,
      i + 1 < streams.length ? i + 2 : FREE,
      FREE,
      starts[i]!,
      s.data.length
    )
  )
  for (let i = streams.length + 1; i < 4; i++) {
    const at = sectorAt(1) + i * 128
    view.setUint32(at + 68, FREE, true)
    view.setUint32(at + 72, FREE, true)
    view.setUint32(at + 76, FREE, true)
  }
  return out
}
