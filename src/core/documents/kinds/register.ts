import type { Cluster, DocumentRecord } from '../../model/entities'
import {
  REGISTER_COLUMNS,
  filterRegister,
  registerRow,
  registerTypeName,
  type RegisterFilter
} from '../../rules/register'
import { formatDateVi } from '../../text/dates'
import type { Block, DocumentModel, TableBlock } from '../model'
import { paragraph } from '../model'
import type { FormatProfile } from '../profile'
import { issuerLine } from './common'

/** Widths of the ten columns of Phụ lục IV, in percent of a landscape A4 text width. */
const WIDTHS = [12, 11, 23, 9, 11, 7, 5, 6, 6, 10]
const ALIGN: Array<'left' | 'center' | 'right'> = [
  'center',
  'center',
  'left',
  'left',
  'left',
  'left',
  'center',
  'center',
  'center',
  'left'
]

/** `01` … `12`: numbers in the register are written as the documents write them. */
const padded = (n: number) => (n < 10 ? `0${n}` : String(n))

/**
 * The Sổ đăng ký văn bản đi of the cluster (ND30 Phụ lục IV): a landscape A4 book. Page 1 is the
 * cover — the parent lines, the cluster, SỔ ĐĂNG KÝ VĂN BẢN ĐI, the year, the first and last dates
 * and numbers, the volume — and the pages after it hold the table of the ten columns, one row per
 * number given, voided numbers kept with their reason in Ghi chú. Like the book, it has no Quốc
 * hiệu and no signature; its pages are numbered from page 2.
 */
export function buildRegisterDocument(
  cluster: Cluster,
  entries: DocumentRecord[],
  filter: RegisterFilter & { year: number },
  profile: FormatProfile,
  volume = 1
): DocumentModel {
  const series = cluster.rules.register?.series ?? 'per-type'
  const pactCode =
    cluster.rules.register?.pactNumbering === 'numbered' ? cluster.rules.register.pactTypeCode : ''
  const rows = filterRegister(entries, { ...filter, withVoided: true }, series)
  const dates = rows
    .map((e) => e.issuedOn)
    .filter(Boolean)
    .sort()
  const numbers = rows.map((e) => e.number)
  const typeLine =
    filter.typeCode !== undefined
      ? [paragraph('centered', `Loại văn bản: ${registerTypeName(filter.typeCode, pactCode)}`)]
      : []
  const cover: Block[] = [
    ...cluster.headerLines.map((line) => paragraph('centered', line)),
    paragraph('centered', issuerLine(cluster), { bold: true }),
    paragraph('centered', ''),
    paragraph('centered', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', { bold: true }),
    ...typeLine,
    paragraph('centered', `Năm ${filter.year}`, { bold: true }),
    paragraph(
      'centered',
      dates.length
        ? `Từ ngày ${formatDateVi(dates[0]!)} đến ngày ${formatDateVi(dates.at(-1)!)}`
        : 'Từ ngày            đến ngày           '
    ),
    paragraph(
      'centered',
      numbers.length
        ? `Từ số ${padded(Math.min(...numbers))} đến số ${padded(Math.max(...numbers))}`
        : 'Chưa cấp số nào'
    ),
    paragraph('centered', `Quyển số: ${padded(volume)}`)
  ]
  const table: TableBlock = {
    kind: 'table',
    columns: REGISTER_COLUMNS.map((header, i) => ({
      header,
      widthPercent: WIDTHS[i]!,
      align: ALIGN[i]!
    })),
    rows: [
      REGISTER_COLUMNS.map((_, i) => `(${i + 1})`),
      ...(rows.length
        ? rows.map((e) => registerRow(e, pactCode))
        : [REGISTER_COLUMNS.map((_, i) => (i === 2 ? 'Chưa có văn bản nào.' : ''))])
    ]
  }
  return {
    title: `Sổ đăng ký văn bản đi năm ${filter.year}${filter.typeCode !== undefined ? ` (${registerTypeName(filter.typeCode, pactCode)})` : ''}`,
    profile,
    sections: [
      {
        orientation: 'landscape',
        restartNumbering: false,
        blocks: [
          ...cover,
          { kind: 'page-break' },
          paragraph('centered', 'ĐĂNG KÝ VĂN BẢN ĐI', { bold: true }),
          table
        ]
      }
    ]
  }
}
