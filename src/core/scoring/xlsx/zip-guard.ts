import { Inflate, strFromU8 } from 'fflate'
import { formatNumber } from '../../text/vietnamese'

/**
 * The gate every returned workbook passes before a spreadsheet library sees a byte of it. A
 * .xlsx file is a zip; a hostile one is a zip bomb (a few kilobytes that inflate to gigabytes),
 * a macro workbook renamed .xlsx, an encrypted or old binary file, or a sheet with data a
 * million rows down. Everything here reads the zip directory and inflates each part with a hard
 * cap, in plain code, so the check itself cannot be made to exhaust memory.
 */

const MB = 1024 * 1024

export interface XlsxLimits {
  /** The file itself. */
  maxFileBytes: number
  maxEntries: number
  /** Any one part once inflated. */
  maxPartBytes: number
  /** All parts together once inflated. */
  maxTotalBytes: number
  /** The last row and column any sheet may use. */
  maxRows: number
  maxColumns: number
}

/** Far above a real score sheet (a few hundred kilobytes for 300 criteria), far below harm. */
export const XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 20 * MB,
  maxEntries: 400,
  maxPartBytes: 16 * MB,
  maxTotalBytes: 48 * MB,
  maxRows: 2000,
  maxColumns: 40
}

export type GuardResult = { ok: true } | { ok: false; message: string }

interface Entry {
  name: string
  flags: number
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8)
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** True when the bytes hold the UTF-16LE text `name` (a stream name in a CFB directory). */
function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((ch) => [ch.charCodeAt(0), 0])
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer
    return true
  }
  return false
}

const megabytes = (n: number) => `${Math.ceil(n / MB)} MB`

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

function columnNumber(letters: string): number {
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

function readDirectory(bytes: Uint8Array): Entry[] | 'not-zip' | 'damaged' | 'zip64' {
  const end = bytes.length
  let eocd = -1
  for (let i = end - 22; i >= Math.max(0, end - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return 'not-zip'
  const count = u16(bytes, eocd + 10)
  const size = u32(bytes, eocd + 12)
  const offset = u32(bytes, eocd + 16)
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return 'zip64'
  if (offset + size > eocd) return 'damaged'
  const entries: Entry[] = []
  let at = offset
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== 0x02014b50) return 'damaged'
    const nameLength = u16(bytes, at + 28)
    const entry: Entry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: strFromU8(
        bytes.subarray(at + 46, at + 46 + nameLength),
        (u16(bytes, at + 8) & 0x800) === 0
      )
    }
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return 'zip64'
    entries.push(entry)
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
  }
  return entries
}

class TooLarge extends Error {}

/**
 * Inflates one part with a cap, pushing the compressed data in small slices so that no single
 * step can inflate more than about a megabyte (deflate expands at most ~1:1032). Returns the
 * bytes when `keep`, `null` when the part lies about its size or is damaged.
 */
function inflatePart(
  bytes: Uint8Array,
  entry: Entry,
  cap: number,
  keep: boolean
): Uint8Array | null | 'too-large' {
  const local = entry.localOffset
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return null
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28)
  if (start + entry.compressedSize > bytes.length) return null
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return null
    return keep ? data : new Uint8Array(0)
  }
  const chunks: Uint8Array[] = []
  let total = 0
  let done = false
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length
    if (total > cap || total > entry.size) throw new TooLarge()
    if (keep) chunks.push(chunk)
    if (final) done = true
  })
  try {
    const slice = 1024
    for (let i = 0; i < data.length; i += slice) {
      const last = i + slice >= data.length
      inflater.push(data.subarray(i, i + slice), last)
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true)
  } catch (error) {
    return error instanceof TooLarge ? 'too-large' : null
  }
  if (!done || total !== entry.size) return null
  if (!keep) return new Uint8Array(0)
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

const NO_MACRO = 'Hãy lưu lại dạng Excel (.xlsx) không có macro rồi gửi lại.'
const ONLY_SHEET = 'Hãy dùng đúng phiếu chấm đã gửi, chỉ nhập số liệu rồi gửi lại.'
const ACTIVE_CONTENT: Array<[RegExp, string]> = [
  [/(^|\/)vbaProject\.bin$/i, `có macro (VBA); phần mềm không mở. ${NO_MACRO}`],
  [/^xl\/macrosheets\//i, `có trang macro Excel 4.0; phần mềm không mở. ${NO_MACRO}`],
  [/^xl\/dialogsheets\//i, `có trang hộp thoại macro; phần mềm không mở. ${NO_MACRO}`],
  [/^customUI/i, `có tùy biến giao diện của tệp macro; phần mềm không mở. ${NO_MACRO}`],
  [/^xl\/activeX\//i, `có điều khiển ActiveX; phần mềm không mở. ${ONLY_SHEET}`],
  [
    /^xl\/embeddings\//i,
    `có đối tượng nhúng (tệp khác gắn trong bảng tính); phần mềm không mở. Minh chứng gửi thành tệp riêng. ${ONLY_SHEET}`
  ],
  [/^xl\/externalLinks\//i, `có liên kết tới tệp khác; phần mềm không mở. ${ONLY_SHEET}`]
]

/** Sheet part → sheet name, from the workbook and its relationships (best effort). */
function sheetNames(parts: Map<string, string>): Map<string, string> {
  const names = new Map<string, string>()
  const workbook = parts.get('xl/workbook.xml') ?? ''
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? ''
  const target = new Map<string, string>()
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1]
    const to = /\bTarget="([^"]*)"/.exec(m[0])?.[1]
    if (id && to) target.set(id, to.replace(/^\/?(xl\/)?/, 'xl/'))
  }
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1]
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1]
    const part = id ? target.get(id) : undefined
    if (name && part) names.set(part, name.replace(/&amp;/g, '&'))
  }
  return names
}

/** The first cell of a sheet's XML outside the limits, as `XFD1048576`, or null. */
function cellOutside(xml: string, limits: XlsxLimits): string | null {
  // Cells first (they name the column too), then rows and the declared dimension.
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]+)(\d+)"/g)) {
    if (Number(m[2]) > limits.maxRows || columnNumber(m[1]!) > limits.maxColumns)
      return `${m[1]}${m[2]}`
  }
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d+)"/g))
    if (Number(m[1]) > limits.maxRows) return `A${m[1]}`
  const dimension = /<(?:\w+:)?dimension\b[^>]*\bref="(?:[A-Z]+\d+:)?([A-Z]+)(\d+)"/.exec(xml)
  if (
    dimension &&
    (Number(dimension[2]) > limits.maxRows || columnNumber(dimension[1]!) > limits.maxColumns)
  )
    return `${dimension[1]}${dimension[2]}`
  return null
}

/**
 * Checks a returned workbook before it is opened, with a Vietnamese message naming the file for
 * each refusal: not a .xlsx (old .xls, .xlsb, .xlsm, not a zip at all), encrypted, too large,
 * a zip bomb (from the sizes in the zip directory, then by inflating every part with a cap, in
 * case the directory lies), macros or other active content, a sheet using cells far outside a
 * score sheet.
 */
export function inspectXlsx(
  fileName: string,
  bytes: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS
): GuardResult {
  const file = `Tệp «${fileName}»`
  const refuse = (why: string): GuardResult => ({ ok: false, message: `${file} ${why}` })
  const lower = fileName.toLocaleLowerCase('vi')
  if (/\.(xlsm|xltm|xlam)$/.test(lower))
    return refuse(
      'là bảng tính có macro; phần mềm không mở tệp có macro. Hãy lưu lại dạng Excel (.xlsx) rồi gửi lại.'
    )
  if (/\.xlsb$/.test(lower))
    return refuse('là bảng tính nhị phân (.xlsb). Hãy lưu lại dạng Excel (.xlsx) rồi gửi lại.')
  if (bytes.length > limits.maxFileBytes)
    return refuse(`quá lớn (${megabytes(bytes.length)}); phiếu chấm chỉ vài trăm KB.`)
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    return hasUtf16(bytes, 'EncryptedPackage')
      ? refuse(
          'được đặt mật khẩu mở tệp (mã hóa). Hãy bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi gửi lại.'
        )
      : refuse(
          'là bảng tính Excel 97–2003 (.xls) hoặc định dạng cũ. Hãy lưu lại dạng Excel (.xlsx) rồi gửi lại.'
        )
  }
  if (!lower.endsWith('.xlsx'))
    return refuse('không phải tệp Excel (.xlsx). Hãy chọn phiếu chấm đơn vị gửi lại.')
  if (u32(bytes, 0) !== 0x04034b50) return refuse('không phải tệp Excel (.xlsx) hoặc đã bị hỏng.')
  const directory = readDirectory(bytes)
  if (directory === 'not-zip' || directory === 'damaged')
    return refuse('không phải tệp Excel (.xlsx) hoặc đã bị hỏng.')
  if (directory === 'zip64') return refuse('có phần dữ liệu quá lớn (định dạng zip64); không mở.')
  if (directory.length > limits.maxEntries)
    return refuse(`có quá nhiều thành phần (${directory.length}); không phải phiếu chấm.`)
  let declared = 0
  for (const entry of directory) {
    if (entry.flags & 1) return refuse('được mã hóa; hãy bỏ mật khẩu rồi gửi lại.')
    if (entry.method !== 0 && entry.method !== 8)
      return refuse('dùng kiểu nén không thông dụng; không mở.')
    if (entry.size > limits.maxPartBytes)
      return refuse(
        `có phần «${entry.name}» giải nén ra ${megabytes(entry.size)}, quá lớn (có thể là "bom nén"); không mở.`
      )
    declared += entry.size
    if (declared > limits.maxTotalBytes)
      return refuse(
        `giải nén ra hơn ${megabytes(limits.maxTotalBytes)}, quá lớn (có thể là "bom nén"); không mở.`
      )
    for (const [pattern, what] of ACTIVE_CONTENT) if (pattern.test(entry.name)) return refuse(what)
  }
  const names = new Set(directory.map((e) => e.name))
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml'))
    return refuse('không phải bảng tính Excel (.xlsx).')
  const keep = (name: string) =>
    name === '[Content_Types].xml' ||
    name === 'xl/workbook.xml' ||
    name === 'xl/_rels/workbook.xml.rels' ||
    /^xl\/worksheets\/[^/]+\.xml$/.test(name)
  const texts = new Map<string, string>()
  for (const entry of directory) {
    if (entry.name.endsWith('/') && entry.size === 0) continue
    const result = inflatePart(bytes, entry, limits.maxPartBytes, keep(entry.name))
    if (result === 'too-large')
      return refuse(
        `có phần «${entry.name}» giải nén ra nhiều hơn khai báo (có thể là "bom nén"); không mở.`
      )
    if (result === null) return refuse(`bị hỏng (phần «${entry.name}» không đọc được).`)
    if (keep(entry.name)) texts.set(entry.name, strFromU8(result))
  }
  if (/macroEnabled/i.test(texts.get('[Content_Types].xml') ?? ''))
    return refuse(
      'là bảng tính có macro; phần mềm không mở. Hãy lưu lại dạng Excel (.xlsx) rồi gửi lại.'
    )
  const sheetName = sheetNames(texts)
  for (const [name, xml] of texts) {
    if (!name.startsWith('xl/worksheets/')) continue
    const cell = cellOutside(xml, limits)
    if (cell) {
      const sheet = sheetName.get(name)
      return {
        ok: false,
        message: `${file}${sheet ? `, trang «${sheet}»` : ''}: có dữ liệu ở ô ${cell}, ngoài vùng của phiếu chấm (tối đa ${formatNumber(limits.maxRows)} dòng, ${limits.maxColumns} cột); không mở.`
      }
    }
  }
  return { ok: true }
}
