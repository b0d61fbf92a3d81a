import { documentSymbol } from '@core/documents/kinds/common'
import type { Cluster, DocumentRecord } from '@core/model/entities'
import { registerCsv, registerTypeName, type RegisterFilter } from '@core/rules/register'
import { formatDateVi, formatTimestampVi } from '@core/text/dates'

/** The register's filters as chosen on screen: '' is "every year" or "every type". */
export interface RegisterChoice {
  year: string
  typeCode: string
  withVoided: boolean
}

/** The repository's filter for the choice on screen. */
export function registerFilterOf(choice: RegisterChoice): RegisterFilter {
  return {
    year: choice.year === '' ? undefined : Number(choice.year),
    typeCode: choice.typeCode === '' ? undefined : choice.typeCode.replace(/^type:/, ''),
    withVoided: choice.withVoided
  }
}

/**
 * The value of a type in the type filter: `type:` before the code, so that công văn (whose code
 * is empty) is a choice of its own, distinct from "every type".
 */
export const typeChoice = (typeCode: string) => `type:${typeCode}`

/** The code the register prints a pact under when the cluster numbers its pacts. */
export function pactCodeOf(cluster: Cluster): string {
  const register = cluster.rules.register
  return register?.pactNumbering === 'numbered' ? register.pactTypeCode : ''
}

/** `05/BB-CTĐ1`: the entry's own symbol, or one built from its number for an older entry. */
export function symbolOf(entry: DocumentRecord, cluster: Cluster): string {
  return entry.symbol || documentSymbol(entry.number, entry.typeCode, cluster.symbol)
}

/** A type's name in the filter and the table (`BB` → `Biên bản`). */
export function typeWords(typeCode: string, cluster: Cluster): string {
  return registerTypeName(typeCode, pactCodeOf(cluster))
}

/** What the register says of a voided number: when and why, as the book writes it. */
export function voidWords(entry: DocumentRecord): string {
  if (entry.status !== 'voided') return ''
  return `Đã hủy số${entry.voidedAt ? ` lúc ${formatTimestampVi(entry.voidedAt)}` : ''}: ${entry.voidReason}`
}

/** The date column: the document's own date, or that it has none. */
export const dateWords = (entry: DocumentRecord) =>
  entry.issuedOn ? formatDateVi(entry.issuedOn) : 'Chưa ghi ngày'

/** The name of the register's files: `Sổ đăng ký văn bản đi năm 2026 (Biên bản)`. */
export function registerFileTitle(filter: RegisterFilter, cluster: Cluster): string {
  const year = filter.year !== undefined ? ` năm ${filter.year}` : ''
  const type = filter.typeCode !== undefined ? ` (${typeWords(filter.typeCode, cluster)})` : ''
  return `Sổ đăng ký văn bản đi${year}${type}`
}

/** The register as a CSV file's bytes: UTF-8 with its byte order mark, for Excel. */
export function registerCsvBytes(entries: DocumentRecord[], cluster: Cluster): Uint8Array {
  return new TextEncoder().encode(registerCsv(entries, pactCodeOf(cluster)))
}
