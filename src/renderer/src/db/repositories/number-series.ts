import { documentSymbol } from '@core/documents/kinds/common'
import { documentRecordSchema, type DocumentRecord } from '@core/model/entities'
import { newId, nowIso } from '@core/model/ids'
import { parseOrThrow, ValidationError } from '@core/model/validation'
import { nextRegisterNumber, registerYearOf } from '@core/rules/register'
import { formatDateVi, todayIso } from '@core/text/dates'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'

/** What the register needs to give a document its number. */
export interface NumberRequest {
  clusterId: string
  typeCode: string
  title: string
  /**
   * The document's own date (meeting, signing, issue). Empty when it has none of its own (a Giấy
   * mời, a notice to be dated by hand): the register then records the day the number is given.
   */
  issuedOn: string
  /** The file name for a given number (the name carries the number, known only once issued). */
  fileName: (number: number) => string
  sourceTable: string
  sourceId: string
  /** Columns of the Sổ đăng ký văn bản đi, when the source knows them. */
  signer?: string
  recipients?: string
  copies?: number
}

/** The live (not voided) register entry of a source document, if it has one. */
export async function liveEntryOf(
  db: OfficeDatabase,
  sourceTable: string,
  sourceId: string,
  typeCode?: string
): Promise<DocumentRecord | undefined> {
  return (await db.documents.where('sourceId').equals(sourceId).toArray()).find(
    (row) =>
      row.sourceTable === sourceTable &&
      row.status !== 'voided' &&
      (typeCode === undefined || row.typeCode === typeCode)
  )
}

/**
 * Gives a document its number, once; to be called inside a `rw` transaction over `documents`,
 * `clusters` and `auditLog`. The number is the next in the cluster's series for the year of the
 * document's own date (one series for all types or one per type, per the cluster's setting);
 * voided numbers are never given again. A document that already has a live entry keeps its
 * number; its date follows the document's own date within the same year, and a date moved into
 * another year is refused (the number belongs to that year's series: void it and number again).
 */
export async function issueInTransaction(
  db: OfficeDatabase,
  request: NumberRequest
): Promise<DocumentRecord> {
  const cluster = await db.clusters.get(request.clusterId)
  if (!cluster) throw new ValidationError([{ field: '', message: 'Không tìm thấy cụm thi đua.' }])
  const now = nowIso()
  const columns = {
    ...(request.signer === undefined ? {} : { signer: request.signer }),
    ...(request.recipients === undefined ? {} : { recipients: request.recipients }),
    ...(request.copies === undefined ? {} : { copies: request.copies })
  }
  const existing = await liveEntryOf(db, request.sourceTable, request.sourceId, request.typeCode)
  if (existing) {
    const issuedOn = request.issuedOn || existing.issuedOn
    if (issuedOn && existing.issuedOn && registerYearOf(issuedOn) !== existing.year) {
      throw new ValidationError([
        {
          field: 'issuedOn',
          message: `Văn bản đã được cấp số ${existing.symbol || existing.number} trong sổ năm ${existing.year}, nhưng ngày của văn bản nay là ${formatDateVi(issuedOn)} (năm ${registerYearOf(issuedOn)}). Hãy hủy số cũ (ghi lý do) rồi cấp số mới, hoặc sửa ngày về năm ${existing.year}.`
        }
      ])
    }
    const updated = parseOrThrow(documentRecordSchema, {
      ...existing,
      ...columns,
      symbol: existing.symbol || documentSymbol(existing.number, existing.typeCode, cluster.symbol),
      title: request.title,
      fileName: request.fileName(existing.number),
      issuedOn,
      updatedAt: now
    })
    await db.documents.put(updated)
    if (updated.issuedOn !== existing.issuedOn) {
      await recordAudit(db, {
        table: 'documents',
        entityId: updated.id,
        action: 'update',
        before: existing,
        after: updated,
        summary: `Sửa ngày văn bản số ${updated.symbol}: ${formatDateVi(existing.issuedOn)} → ${formatDateVi(updated.issuedOn)}`
      })
    }
    return updated
  }
  const issuedOn = request.issuedOn || todayIso()
  const year = registerYearOf(issuedOn)
  const series = cluster.rules.register?.series ?? 'per-type'
  const sameYear = await db.documents
    .where('[clusterId+year]')
    .equals([request.clusterId, year])
    .toArray()
  const number = nextRegisterNumber(
    sameYear,
    { clusterId: request.clusterId, year, typeCode: request.typeCode },
    series
  )
  const row = parseOrThrow(documentRecordSchema, {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    clusterId: request.clusterId,
    year,
    typeCode: request.typeCode,
    number,
    symbol: documentSymbol(number, request.typeCode, cluster.symbol),
    issuedOn,
    title: request.title,
    fileName: request.fileName(number),
    sourceTable: request.sourceTable,
    sourceId: request.sourceId,
    ...columns
  })
  await db.documents.add(row)
  await recordAudit(db, {
    table: 'documents',
    entityId: row.id,
    action: 'create',
    after: row,
    summary: `Cấp số ${row.symbol} ngày ${formatDateVi(issuedOn)}`
  })
  return row
}
