import { documentSymbol, type IssuedNumber } from '@core/documents/kinds/common'
import { documentFileName } from '@core/documents/file-name'
import type { DocumentModel } from '@core/documents/model'
import type { DocumentRecord, Cluster } from '@core/model/entities'
import type { Result } from '@shared/ipc/results'
import type { SaveFileResult } from '@shared/ipc/contract'
import type { OfficeDatabase } from '../db/database'
import { issueDocumentNumber } from '../db/repositories/documents-repo'
import { getDesktopApi } from '../lib/desktop-api'

/**
 * The Word engine (the `docx` library, a quarter of the app's code), loaded the first time
 * something is exported rather than at start-up: opening the app must not wait for it.
 */
async function packDocx(model: DocumentModel): Promise<Uint8Array> {
  const { packDocx: pack } = await import('@core/documents/pack')
  return pack(model)
}

export interface NumberedExport {
  cluster: Cluster
  year: number
  typeCode: string
  /** Vietnamese type name for the file name: `Thông báo`, `Biên bản`, `Giấy mời`. */
  label: string
  title: string
  issuedOn: string
  sourceTable: string
  sourceId: string
  build(issued: IssuedNumber): DocumentModel
}

/** What a numbered export did: the number it carries, its register entry, and the file saved. */
export interface NumberedExportOutcome {
  symbol: string
  record: DocumentRecord
  result: Result<SaveFileResult>
}

/**
 * "Xuất Word" for a numbered document: takes its number from the register (the first export
 * issues it, later ones keep it), builds the model with that number, packs it and hands the bytes
 * to the desktop to save where the user chooses.
 */
export async function exportNumbered(
  db: OfficeDatabase,
  request: NumberedExport
): Promise<NumberedExportOutcome> {
  const symbolOf = (n: number) => documentSymbol(n, request.typeCode, request.cluster.symbol)
  const record = await issueDocumentNumber(db, {
    clusterId: request.cluster.id,
    year: request.year,
    typeCode: request.typeCode,
    title: request.title,
    issuedOn: request.issuedOn,
    fileName: (n) => documentFileName(request.label, symbolOf(n), request.title),
    sourceTable: request.sourceTable,
    sourceId: request.sourceId
  })
  const bytes = await packDocx(
    request.build({
      number: record.number,
      typeCode: record.typeCode,
      issuedOn: record.issuedOn
    })
  )
  const result = await getDesktopApi().file.save({
    kind: 'docx',
    suggestedName: record.fileName,
    bytes
  })
  return { symbol: symbolOf(record.number), record, result }
}

/**
 * "Xuất Word" for a document the register does not number on export (a draft for review, or a
 * document numbered elsewhere — a signed pact, whose number `symbol` then names the file).
 */
export async function exportUnnumbered(
  label: string,
  title: string,
  model: DocumentModel,
  symbol: string | null = null
): Promise<Result<SaveFileResult>> {
  const bytes = await packDocx(model)
  return getDesktopApi().file.save({
    kind: 'docx',
    suggestedName: documentFileName(label, symbol, title),
    bytes
  })
}

/**
 * "Xuất Word" for a document that never takes a number (a register book, a rotation plan): the
 * file is named as given.
 */
export async function exportNamed(
  name: string,
  model: DocumentModel
): Promise<Result<SaveFileResult>> {
  const bytes = await packDocx(model)
  return getDesktopApi().file.save({ kind: 'docx', suggestedName: name, bytes })
}

/**
 * The sentence shown after an export. `what` names an unnumbered document (a draft by default;
 * "văn bản" for a document that is final without a number of ours).
 */
export function exportMessage(
  symbol: string | null,
  result: Result<SaveFileResult>,
  what = 'bản nháp'
): string {
  const named = symbol ? `văn bản số ${symbol}` : what
  if (!result.ok)
    return result.error.code === 'canceled'
      ? `Chưa lưu tệp${symbol ? ` (văn bản đã có số ${symbol})` : ''}.`
      : result.error.message
  return result.value.method === 'dialog'
    ? `Đã xuất ${named} ra tệp: ${result.value.path}`
    : `Đã xuất ${named}; tệp “${result.value.path}” nằm trong thư mục Tải xuống.`
}
