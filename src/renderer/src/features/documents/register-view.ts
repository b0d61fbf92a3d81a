import { documentSymbol } from '@core/documents/kinds/common'
import type { Cluster, DocumentRecord } from '@core/model/entities'
import { registerCsv, registerTypeName, type RegisterFilter } from '@core/rules/register'
import { formatDateVi, formatTimestampVi } from '@core/text/dates'
import type { RegisterRequest } from '../../db/queries/documents-screen'

/**
 * The register's filters as chosen on screen: '' is "every year" or "every type"; a `year` of
 * null (the screen's first state) is the newest year the register holds.
 */
export interface RegisterChoice {
  year: string | null
  typeCode: string
  withVoided: boolean
}

/** The repository's filter for the choice on screen (the newest year is left to the query). */
export function registerFilterOf(choice: RegisterChoice): RegisterFilter {
  return {
    year: !choice.year ? undefined : Number(choice.year),
    typeCode: choice.typeCode === '' ? undefined : choice.typeCode.replace(/^type:/, ''),
    withVoided: choice.withVoided
  }
}

/** What the screen asks the register for: the newest year until another is chosen. */
export function registerRequestOf(choice: RegisterChoice): RegisterRequest {
  const { typeCode, withVoided } = registerFilterOf(choice)
  const year = choice.year === null ? 'newest' : choice.year === '' ? 'all' : Number(choice.year)
  return { year, typeCode, withVoided }
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
