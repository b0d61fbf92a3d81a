/**
 * The backup file (docs/backup-format.md): one UTF-8 JSON document a person can read, with a
 * header that says what it holds and a SHA-256 of the payload so that a truncated or altered file
 * is refused before anything is restored.
 */
import { isIsoTimestamp } from '../text/dates'
import { UserError } from '../model/validation'
import { scanJson, type JsonPath, type ScanProblem } from './json-scan'

export const BACKUP_FORMAT = 'cum-thi-dua-backup'
export const BACKUP_FORMAT_VERSION = 1
/** Larger files are refused before they are read. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024
/** Deeper JSON nesting than this is not something the app writes. */
export const MAX_DEPTH = 12

export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  appVersion: string
  schemaVersion: number
  createdAt: string
  /** Why the backup was made: `manual`, `start`, `interval`, `before-restore`, `before-upgrade`, `quit`. */
  reason: string
  /** Rows per table, checked against the payload. */
  counts: Record<string, number>
  /** SHA-256 (hex) of `JSON.stringify(data)`. */
  sha256: string
}

export interface BackupFile {
  header: BackupHeader
  data: Record<string, unknown[]>
}

interface SubtleLike {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>
}

/** SHA-256 of a text, as lowercase hex (Web Crypto: the same in Electron, Chromium and Node). */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = (globalThis as unknown as { crypto: { subtle: SubtleLike } }).crypto.subtle
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

type BackupMeta = { appVersion: string; schemaVersion: number; reason: string; createdAt: string }

/** The header of a backup of tables of these row counts, whose payload has this checksum. */
function headerOf(meta: BackupMeta, counts: Record<string, number>, sha256: string): BackupHeader {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    schemaVersion: meta.schemaVersion,
    createdAt: meta.createdAt,
    reason: meta.reason,
    counts,
    sha256
  }
}

/** Builds a backup file from every table's rows. */
export async function buildBackup(
  data: Record<string, unknown[]>,
  meta: BackupMeta
): Promise<BackupFile> {
  const counts = Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [table, rows.length])
  )
  return { header: headerOf(meta, counts, await sha256Hex(JSON.stringify(data))), data }
}

/** Every table's rows, each as its `JSON.stringify` text. */
type RowTexts = Array<[table: string, rows: string[]]>

const rowTexts = (data: Record<string, unknown[]>): RowTexts =>
  Object.entries(data).map(([table, rows]) => [table, rows.map((row) => JSON.stringify(row))])

/** The file's text: readable JSON, the header first, then one row per line. */
function fileText(header: BackupHeader, tables: RowTexts): string {
  const body = tables
    .map(
      ([table, rows]) =>
        `    ${JSON.stringify(table)}: [\n${rows.map((r) => '      ' + r).join(',\n')}\n    ]`
    )
    .join(',\n')
  return `{\n  "header": ${JSON.stringify(header, null, 2).replace(/\n/g, '\n  ')},\n  "data": {\n${body}\n  }\n}\n`
}

/** The bytes written to disk: readable JSON, one row per line. */
export function serializeBackup(file: BackupFile): Uint8Array {
  return new TextEncoder().encode(fileText(file.header, rowTexts(file.data)))
}

/**
 * `buildBackup` and `serializeBackup` at once, with every row turned into text only once: the
 * checksum's payload (`JSON.stringify(data)`) is the same row texts joined without the line
 * breaks. Half the work for a large database (the safety backup before a restore).
 */
export async function encodeBackup(
  data: Record<string, unknown[]>,
  meta: BackupMeta
): Promise<{ bytes: Uint8Array; header: BackupHeader }> {
  const tables = rowTexts(data)
  const payload = `{${tables.map(([table, rows]) => `${JSON.stringify(table)}:[${rows.join(',')}]`).join(',')}}`
  const counts = Object.fromEntries(tables.map(([table, rows]) => [table, rows.length]))
  const header = headerOf(meta, counts, await sha256Hex(payload))
  return { bytes: new TextEncoder().encode(fileText(header, tables)), header }
}

/** Why a backup file is refused, in Vietnamese, with what to do. */
export class BackupError extends UserError {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

/** `52,4 MB`: a size in the secretary's words. */
function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} MB`
}

/** Where a problem is in the file, in words: `bảng “Hội nghị”, dòng 3` or `phần đầu`. */
function placeWords(path: JsonPath): string {
  const [part, table, row] = path
  if (part === 'data' && typeof table === 'string') {
    return typeof row === 'number'
      ? `Bảng “${tableLabel(table)}”, dòng ${row + 1}`
      : `Phần dữ liệu, bảng “${tableLabel(table)}”`
  }
  if (part === 'header') return 'Phần đầu bản sao lưu'
  return 'Tệp'
}

/** The scanner's finding as a refusal the secretary can act on. */
function scanMessage(problem: ScanProblem): string {
  switch (problem.kind) {
    case 'forbidden-key':
      return `Tệp chứa khóa không được phép (“${problem.key}”), có thể đã bị sửa đổi. Không khôi phục.`
    case 'too-deep':
      return 'Tệp có cấu trúc lồng nhau quá sâu, không phải bản sao lưu của ứng dụng.'
    case 'duplicate-key': {
      const where = placeWords(problem.path.slice(0, -1))
      const what =
        problem.path.length === 2 && problem.path[0] === 'data'
          ? `bảng “${tableLabel(problem.key)}”`
          : `trường “${problem.key}”`
      return `${where}: ${what} được ghi hai lần — tệp đã bị sửa tay hoặc bị hỏng. Không khôi phục.`
    }
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** Checks every field of the header; the message names the field that is wrong. */
function checkHeader(
  header: Record<string, unknown>,
  currentSchemaVersion: number
): asserts header is BackupHeader & Record<string, unknown> {
  const bad = (what: string) =>
    new BackupError(`Phần đầu bản sao lưu không hợp lệ (${what}). Không khôi phục.`)
  if (header['formatVersion'] !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'Bản sao lưu dùng định dạng khác mà phiên bản này chưa đọc được. Hãy cập nhật ứng dụng.'
    )
  }
  const schemaVersion = header['schemaVersion']
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1)
    throw bad('phiên bản dữ liệu')
  if ((schemaVersion as number) > currentSchemaVersion) {
    throw new BackupError(
      'Bản sao lưu được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng rồi khôi phục lại.'
    )
  }
  if (typeof header['appVersion'] !== 'string' || header['appVersion'].length > 40)
    throw bad('phiên bản ứng dụng')
  if (typeof header['createdAt'] !== 'string' || !isIsoTimestamp(header['createdAt']))
    throw bad('thời điểm tạo')
  if (typeof header['reason'] !== 'string' || header['reason'].length > 40)
    throw bad('lý do sao lưu')
  const counts = header['counts']
  if (!isPlainObject(counts)) throw bad('số dòng của các bảng')
  for (const [table, n] of Object.entries(counts)) {
    if (!Number.isSafeInteger(n) || (n as number) < 0)
      throw bad(`số dòng của bảng “${tableLabel(table)}”`)
  }
  if (typeof header['sha256'] !== 'string' || !/^[0-9a-fA-F]{64}$/.test(header['sha256']))
    throw bad('mã kiểm tra SHA-256')
}

/** The tables a backup of a given schema version holds, or all known tables. */
export type TablesOf = readonly string[] | ((schemaVersion: number) => readonly string[])

/**
 * Reads and checks a backup file without touching any database: size, encoding, JSON (with no
 * key written twice), format, version against this app's schema, every header field, exactly the
 * tables of the file's schema version, row counts and checksum (hex in either case). Throws
 * `BackupError` with a message for the secretary on the first problem.
 */
export async function parseBackup(
  bytes: Uint8Array,
  currentSchemaVersion: number,
  tables: TablesOf,
  onStage: (stage: 'parse' | 'scan' | 'checksum') => void = () => {}
): Promise<BackupFile> {
  if (bytes.byteLength === 0) throw new BackupError('Tệp rỗng, không phải bản sao lưu.')
  if (bytes.byteLength > MAX_BACKUP_BYTES)
    throw new BackupError(
      `Tệp nặng ${megabytes(bytes.byteLength)}, quá giới hạn ${megabytes(MAX_BACKUP_BYTES)} của một bản sao lưu, nên không khôi phục.`
    )
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new BackupError(
      'Tệp được lưu dưới dạng UTF-16, không phải bản sao lưu của ứng dụng (UTF-8).'
    )
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new BackupError(
      'Tệp không phải văn bản UTF-8 (có thể là tệp nén, ảnh hoặc tệp Word đổi tên), không phải bản sao lưu.'
    )
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  onStage('parse')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new BackupError(
      'Tệp bị hỏng hoặc không đầy đủ (có thể bị cắt khi chép), không đọc được nội dung.'
    )
  }
  onStage('scan')
  const problem = scanJson(text, MAX_DEPTH)
  if (problem) throw new BackupError(scanMessage(problem))
  const header = isPlainObject(parsed) ? parsed['header'] : undefined
  if (!isPlainObject(header) || header['format'] !== BACKUP_FORMAT) {
    throw new BackupError('Tệp không phải bản sao lưu của ứng dụng Thư ký Cụm thi đua.')
  }
  checkHeader(header, currentSchemaVersion)
  const data = (parsed as Record<string, unknown>)['data']
  if (!isPlainObject(data)) throw new BackupError('Bản sao lưu không có phần dữ liệu.')
  const expected = typeof tables === 'function' ? tables(header.schemaVersion) : tables
  const counts = header.counts
  for (const [table, rows] of Object.entries(data)) {
    if (!expected.includes(table))
      throw new BackupError(`Bản sao lưu có bảng lạ (“${table}”), không khôi phục.`)
    if (!Array.isArray(rows))
      throw new BackupError(`Bảng “${tableLabel(table)}” trong bản sao lưu không hợp lệ.`)
    if (counts[table] !== rows.length) {
      throw new BackupError(
        `Bảng “${tableLabel(table)}” có ${rows.length} dòng nhưng phần đầu ghi ${counts[table] ?? 0}: tệp không đầy đủ.`
      )
    }
  }
  for (const table of new Set([...Object.keys(counts), ...expected])) {
    if (!(table in data))
      throw new BackupError(
        `Bản sao lưu thiếu bảng “${tableLabel(table)}”: tệp không đầy đủ hoặc đã bị sửa, nên không khôi phục (khôi phục sẽ xóa mất dữ liệu của bảng này).`
      )
  }
  onStage('checksum')
  if ((await sha256Hex(JSON.stringify(data))) !== header.sha256.toLowerCase()) {
    throw new BackupError(
      'Mã kiểm tra (SHA-256) không khớp: tệp đã bị hỏng hoặc bị sửa. Không khôi phục.'
    )
  }
  return { header, data: data as Record<string, unknown[]> }
}

/** Vietnamese names of the tables, for messages about a backup's contents. */
export const TABLE_LABELS: Record<string, string> = {
  clusters: 'Cụm thi đua',
  memberUnits: 'Đơn vị thành viên',
  unitPeople: 'Người của đơn vị',
  clusterYears: 'Năm thi đua',
  pacts: 'Giao ước',
  pactCommitments: 'Nội dung giao ước',
  criteria: 'Tiêu chí',
  scores: 'Điểm chấm (trước phiên bản 7)',
  commitmentProgress: 'Theo dõi giao ước',
  meetings: 'Hội nghị',
  attendances: 'Thành phần tham dự',
  guests: 'Khách mời',
  remarks: 'Ý kiến phát biểu',
  votes: 'Biểu quyết',
  minutes: 'Biên bản',
  documents: 'Sổ văn bản',
  compositions: 'Văn bản đã soạn',
  settings: 'Cài đặt',
  auditLog: 'Nhật ký thay đổi',
  drafts: 'Bản nháp đang soạn',
  scoringRules: 'Quy định chấm điểm',
  scoreSheets: 'Phiếu chấm điểm',
  scoreEntries: 'Điểm chấm',
  scoreAdjustments: 'Điểm cộng, điểm trừ',
  rankingSnapshots: 'Bảng xếp hạng đã thông qua',
  ballots: 'Phiếu bình xét',
  ballotCounts: 'Kiểm phiếu',
  awardTypes: 'Hình thức khen thưởng',
  awardProposals: 'Đề nghị khen thưởng',
  pastAwards: 'Khen thưởng đã nhận',
  unitLineageEvents: 'Sáp nhập, đổi tên đơn vị',
  awardDossiers: 'Hồ sơ đề nghị khen thưởng'
}

/** `Bảng “Đơn vị thành viên”`, or the raw name for a table the app does not know. */
export function tableLabel(table: string): string {
  return TABLE_LABELS[table] ?? table
}
