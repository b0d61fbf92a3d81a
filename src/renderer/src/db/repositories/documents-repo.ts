import { documentRecordSchema, type DocumentRecord } from '@core/model/entities'
import { newId, nowIso } from '@core/model/ids'
import { parseOrThrow } from '@core/model/validation'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'

/** The register (sổ văn bản) of a cluster: newest year first, then newest number first. */
export async function listDocuments(
  db: OfficeDatabase,
  clusterId: string
): Promise<DocumentRecord[]> {
  const rows = await db.documents
    .where('[clusterId+year]')
    .between([clusterId, 0], [clusterId, 9999])
    .toArray()
  return rows.sort(
    (a, b) => b.year - a.year || a.typeCode.localeCompare(b.typeCode) || b.number - a.number
  )
}

export interface IssueRequest {
  clusterId: string
  year: number
  typeCode: string
  title: string
  issuedOn: string
  /** The file name for a given number (the name carries the number, known only once issued). */
  fileName: (number: number) => string
  sourceTable: string
  sourceId: string
}

/**
 * Gives a document its number in the register, once. The number is the next of its type for the
 * cluster in that year (ND30: the series starts at 01 each year). A document that already has an
 * entry keeps its number — re-exporting never renumbers — and only its file name and date are
 * brought up to date. The unique index on cluster + year + type + number makes a duplicate number
 * impossible even if two exports race.
 */
export async function issueDocumentNumber(
  db: OfficeDatabase,
  request: IssueRequest
): Promise<DocumentRecord> {
  return db.transaction('rw', [db.documents, db.auditLog], async () => {
    const existing = (await db.documents.where('sourceId').equals(request.sourceId).toArray()).find(
      (row) =>
        row.sourceTable === request.sourceTable &&
        row.typeCode === request.typeCode &&
        row.year === request.year
    )
    if (existing) {
      const updated = parseOrThrow(documentRecordSchema, {
        ...existing,
        title: request.title,
        fileName: request.fileName(existing.number),
        issuedOn: request.issuedOn,
        updatedAt: nowIso()
      })
      await db.documents.put(updated)
      return updated
    }
    const sameSeries = await db.documents
      .where('[clusterId+year]')
      .equals([request.clusterId, request.year])
      .filter((row) => row.typeCode === request.typeCode)
      .toArray()
    const number = sameSeries.reduce((max, row) => Math.max(max, row.number), 0) + 1
    const now = nowIso()
    const row = parseOrThrow(documentRecordSchema, {
      id: newId(),
      createdAt: now,
      updatedAt: now,
      clusterId: request.clusterId,
      year: request.year,
      typeCode: request.typeCode,
      number,
      symbol: '',
      issuedOn: request.issuedOn,
      title: request.title,
      fileName: request.fileName(number),
      sourceTable: request.sourceTable,
      sourceId: request.sourceId
    })
    await db.documents.add(row)
    await recordAudit(db, {
      table: 'documents',
      entityId: row.id,
      action: 'create',
      after: row,
      summary: `Cấp số ${number}/${request.typeCode}`
    })
    return row
  })
}
