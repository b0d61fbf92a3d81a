import { documentSymbol } from '@core/documents/kinds/common'
import { documentFileName } from '@core/documents/file-name'
import type { IssuedNumber } from '@core/documents/kinds/common'
import type { DocumentModel } from '@core/documents/model'
import { packDocx } from '@core/documents/pack'
import type { Cluster } from '@core/model/entities'
import type { Result } from '@shared/ipc/results'
import type { SaveFileResult } from '@shared/ipc/contract'
import type { OfficeDatabase } from '../../db/database'
import { issueDocumentNumber } from '../../db/repositories/documents-repo'
import { getDesktopApi } from '../../lib/desktop-api'

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

/**
 * "Xuất Word" for a numbered document: takes its number from the register (the first export
 * issues it, later ones keep it), builds the model with that number, packs it and hands the bytes
 * to the desktop to save where the user chooses.
 */
export async function exportNumbered(
  db: OfficeDatabase,
  request: NumberedExport
): Promise<{ symbol: string; result: Result<SaveFileResult> }> {
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
  const bytes = await packDocx(request.build({ number: record.number, typeCode: record.typeCode }))
  const result = await getDesktopApi().file.save({
    kind: 'docx',
    suggestedName: record.fileName,
    bytes
  })
  return { symbol: symbolOf(record.number), result }
}

/** "Xuất Word" for a document without a number (a draft for review). */
export async function exportUnnumbered(
  label: string,
  title: string,
  model: DocumentModel
): Promise<Result<SaveFileResult>> {
  const bytes = await packDocx(model)
  return getDesktopApi().file.save({
    kind: 'docx',
    suggestedName: documentFileName(label, null, title),
    bytes
  })
}

/** The sentence shown after an export. */
export function exportMessage(symbol: string | null, result: Result<SaveFileResult>): string {
  const what = symbol ? `văn bản số ${symbol}` : 'bản nháp'
  if (!result.ok)
    return result.error.code === 'canceled'
      ? `Chưa lưu tệp${symbol ? ` (văn bản đã có số ${symbol})` : ''}.`
      : result.error.message
  return result.value.method === 'dialog'
    ? `Đã xuất ${what} ra tệp: ${result.value.path}`
    : `Đã xuất ${what}; tệp “${result.value.path}” nằm trong thư mục Tải xuống.`
}
