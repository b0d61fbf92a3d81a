import type { DocumentRecord, RegisterSettings } from '../model/entities'
import type { FieldIssue } from '../model/validation'
import { formatDateVi, localDateOf } from '../text/dates'
import { compareVietnamese, normalizeLine } from '../text/normalize'

/**
 * The register (sổ văn bản đi) of a cluster, by ND30 Điều 15 and Phụ lục III: numbers run per
 * year from 01 on 01/01 — in one series for every type or one per type, as the cluster decides —
 * a number plus its ký hiệu is never given twice in a year, and a number issued by mistake is
 * voided with its reason, never given again.
 */

/** ND30 type codes and their names (Phụ lục III), plus the ones this app issues. */
export const REGISTER_TYPE_NAMES: Record<string, string> = {
  BB: 'Biên bản',
  TB: 'Thông báo',
  KH: 'Kế hoạch',
  GM: 'Giấy mời',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  QĐ: 'Quyết định',
  '': 'Công văn'
}

/** The name of a type code in the register (`BB` → `Biên bản`; an unknown code as it is). */
export function registerTypeName(typeCode: string, pactTypeCode = ''): string {
  if (pactTypeCode && typeCode === pactTypeCode) return 'Giao ước thi đua'
  return REGISTER_TYPE_NAMES[typeCode] ?? typeCode
}

/** The year of the series a document belongs to: the year of its own date. */
export function registerYearOf(issuedOn: string): number {
  return Number(issuedOn.slice(0, 4))
}

/**
 * The next number in a series: one more than the highest ever given in it, voided numbers
 * included, so a voided number is never given again. With one series for all types, every type
 * of the year counts; otherwise only the same type.
 */
export function nextRegisterNumber(
  entries: Array<Pick<DocumentRecord, 'clusterId' | 'year' | 'typeCode' | 'number'>>,
  at: { clusterId: string; year: number; typeCode: string },
  series: RegisterSettings['series']
): number {
  return (
    entries
      .filter(
        (e) =>
          e.clusterId === at.clusterId &&
          e.year === at.year &&
          (series === 'single' || e.typeCode === at.typeCode)
      )
      .reduce((max, e) => Math.max(max, e.number), 0) + 1
  )
}

/** Why voiding is refused, or nothing: an entry already voided, or no reason given. */
export function checkVoid(entry: Pick<DocumentRecord, 'status'>, reason: string): FieldIssue[] {
  if (entry.status === 'voided')
    return [{ field: '', message: 'Số văn bản này đã được hủy trước đó.' }]
  if (normalizeLine(reason).length < 5)
    return [
      {
        field: 'voidReason',
        message: 'Lý do hủy số: hãy ghi rõ vì sao số này cấp nhầm (ít nhất 5 ký tự).'
      }
    ]
  return []
}

export interface RegisterFilter {
  year?: number
  typeCode?: string
  /** Include voided numbers (the printed register always does, struck through in Ghi chú). */
  withVoided?: boolean
}

/**
 * The entries of a register in the order of the book: by year, then — per type, type by type —
 * by number, so each series reads 01, 02, 03…
 */
export function filterRegister<T extends DocumentRecord>(
  entries: T[],
  filter: RegisterFilter = {},
  series: RegisterSettings['series'] = 'per-type'
): T[] {
  const kept = entries.filter(
    (e) =>
      (filter.year === undefined || e.year === filter.year) &&
      (filter.typeCode === undefined || e.typeCode === filter.typeCode) &&
      (filter.withVoided !== false || e.status !== 'voided')
  )
  // The few type codes ranked once in Vietnamese order: collating them again in each of the
  // hundred thousand comparisons of a long register cost more than everything else.
  const rank = new Map(
    [...new Set(kept.map((e) => e.typeCode))].sort(compareVietnamese).map((code, i) => [code, i])
  )
  return kept.sort(
    (a, b) =>
      a.year - b.year ||
      (series === 'single' ? 0 : rank.get(a.typeCode)! - rank.get(b.typeCode)!) ||
      a.number - b.number
  )
}

/** The years and types a register holds, for its filters. */
export function registerFacets(entries: DocumentRecord[]): { years: number[]; types: string[] } {
  return {
    years: [...new Set(entries.map((e) => e.year))].sort((a, b) => b - a),
    types: [...new Set(entries.map((e) => e.typeCode))].sort(compareVietnamese)
  }
}

/** Columns of the Sổ đăng ký văn bản đi (ND30 Phụ lục IV). */
export const REGISTER_COLUMNS = [
  'Số, ký hiệu văn bản',
  'Ngày tháng văn bản',
  'Tên loại và trích yếu nội dung văn bản',
  'Người ký',
  'Nơi nhận văn bản',
  'Đơn vị, người nhận bản lưu',
  'Số lượng bản',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú'
] as const

/** The remark of a voided number, as the register book writes it. */
export function voidedNote(entry: Pick<DocumentRecord, 'voidReason' | 'voidedAt'>): string {
  return `Số đã hủy${entry.voidedAt ? ` ngày ${formatDateVi(localDateOf(entry.voidedAt))}` : ''}: ${entry.voidReason}`
}

/** One row of the register book, in the order of `REGISTER_COLUMNS`. */
export function registerRow(entry: DocumentRecord, pactTypeCode = ''): string[] {
  const typeName = registerTypeName(entry.typeCode, pactTypeCode)
  return [
    entry.symbol,
    entry.issuedOn ? formatDateVi(entry.issuedOn) : '',
    `${typeName}: ${entry.title}`,
    entry.signer,
    entry.recipients,
    // The file copy goes to the văn thư: every document of the cluster ends "Lưu: VT".
    'VT',
    entry.copies > 0 ? String(entry.copies) : '',
    '',
    '',
    [entry.status === 'voided' ? voidedNote(entry) : '', entry.note].filter(Boolean).join('; ')
  ]
}

const csvField = (value: string) =>
  /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value

/**
 * The register as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads the
 * Vietnamese letters), comma-separated, CRLF line ends, one header row of the ND30 columns.
 */
export function registerCsv(entries: DocumentRecord[], pactTypeCode = ''): string {
  const lines = [[...REGISTER_COLUMNS], ...entries.map((e) => registerRow(e, pactTypeCode))].map(
    (row) => row.map(csvField).join(',')
  )
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
