import { documentRecordSchema, type DocumentRecord } from '@core/model/entities'
import { nowIso } from '@core/model/ids'
import { parseOrThrow, ValidationError, type FieldIssue } from '@core/model/validation'
import { checkTallyBeforeNumbering, placeholderIssues } from '@core/documents/kinds/minutes'
import { isBlankFact } from '@core/rules/meetings'
import {
  checkVoid,
  filterRegister,
  registerFacets,
  type RegisterFilter
} from '@core/rules/register'
import { localDateOf } from '@core/text/dates'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { loadMeetingFacts } from './meetings-repo'
import { issueInTransaction, liveEntryOf, type NumberRequest } from './number-series'

/** The register (sổ văn bản) of a cluster: newest year first, then newest number first. */
export async function listDocuments(
  db: OfficeDatabase,
  clusterId: string
): Promise<DocumentRecord[]> {
  const rows = await readRegister(db, clusterId)
  return rows.sort(
    (a, b) => b.year - a.year || a.typeCode.localeCompare(b.typeCode) || b.number - a.number
  )
}

/** Every entry of a cluster's register, in no particular order (one indexed read). */
function readRegister(db: OfficeDatabase, clusterId: string): Promise<DocumentRecord[]> {
  return db.documents.where('[clusterId+year]').between([clusterId, 0], [clusterId, 9999]).toArray()
}

/**
 * The register as the book reads it, filtered by year and type: each series in number order,
 * voided numbers included (with their reason) unless `withVoided` is false. Also the years and
 * types it holds, for the filters.
 */
export async function listRegister(
  db: OfficeDatabase,
  clusterId: string,
  filter: RegisterFilter = {}
): Promise<{ entries: DocumentRecord[]; years: number[]; types: string[] }> {
  // Unsorted: `filterRegister` puts what it keeps in the book's order (sorting everything first
  // cost as much again on a register of thousands of numbers).
  const [cluster, all] = await Promise.all([
    db.clusters.get(clusterId),
    readRegister(db, clusterId)
  ])
  return {
    entries: filterRegister(all, filter, cluster?.rules.register?.series ?? 'per-type'),
    ...registerFacets(all)
  }
}

/** A number asked for by an export: the register's request, with the cluster year it is for. */
export type IssueRequest = Omit<NumberRequest, 'signer' | 'recipients' | 'copies'> & {
  /** Kept for callers; the series is the year of the document's own date. */
  year: number
}

/**
 * The date a source document carries, read from its own record so that no caller can put the day
 * of export in its place: a meeting's minutes and tally records carry the meeting's date (a
 * correction of finalised minutes, the day it was finalised); a composition its date of issue
 * (empty when it is to be dated by hand, then the day of numbering counts); a pact its signing
 * date; a Giấy mời none (the day it is first numbered, kept on every later export).
 */
async function ownDateOf(db: OfficeDatabase, request: IssueRequest): Promise<string> {
  switch (request.sourceTable) {
    case 'minutes': {
      const minutes = await db.minutes.get(request.sourceId)
      if (!minutes) return request.issuedOn
      if (minutes.amendsMinutesId && minutes.finalisedAt) return localDateOf(minutes.finalisedAt)
      return (await db.meetings.get(minutes.meetingId))?.date ?? request.issuedOn
    }
    case 'votes': {
      const vote = await db.votes.get(request.sourceId)
      return (vote && (await db.meetings.get(vote.meetingId))?.date) || request.issuedOn
    }
    case 'compositions': {
      const composition = await db.compositions.get(request.sourceId)
      return composition ? composition.issuedOn : request.issuedOn
    }
    case 'pacts': {
      const pact = await db.pacts.get(request.sourceId)
      return pact ? pact.signedOn : request.issuedOn
    }
    case 'meeting-invitations':
      return ''
    default:
      return request.issuedOn
  }
}

/**
 * What keeps a source document from taking a number: a finalising check by kind. Minutes are
 * numbered only by finalising; a vote-count record needs its ballots counted, a time and a place;
 * a composition and an invitation may not carry a placeholder ("…", "[ ]"), and a composition
 * needs its signer's name.
 */
async function numberingIssues(db: OfficeDatabase, request: IssueRequest): Promise<FieldIssue[]> {
  switch (request.sourceTable) {
    case 'minutes': {
      const minutes = await db.minutes.get(request.sourceId)
      return minutes && minutes.status !== 'finalised'
        ? [{ field: '', message: 'Biên bản chưa hoàn tất nên chưa cấp số.' }]
        : []
    }
    case 'votes': {
      const vote = await db.votes.get(request.sourceId)
      const facts = vote ? await loadMeetingFacts(db, vote.meetingId) : null
      return vote && facts ? checkTallyBeforeNumbering(facts, vote) : []
    }
    case 'compositions': {
      const c = await db.compositions.get(request.sourceId)
      if (!c) return []
      return [
        ...placeholderIssues(c.summary, 'Trích yếu', 'summary'),
        ...placeholderIssues(c.basis.join('\n'), 'Căn cứ', 'basis'),
        ...placeholderIssues(c.body, 'Nội dung', 'body'),
        ...placeholderIssues(
          c.scheduleRows.map((r) => [r.content, r.time, r.lead, r.note].join(' ')).join('\n'),
          'Lịch hoạt động',
          'scheduleRows'
        ),
        ...placeholderIssues(c.recipients.join('\n'), 'Nơi nhận', 'recipients'),
        // Ô 7b of ND30: a document the register numbers is issued, and carries its signer's name.
        ...(isBlankFact(c.signerName)
          ? [
              {
                field: 'signerName',
                message: 'Họ và tên người ký: chưa ghi (văn bản được cấp số phải ghi người ký).'
              }
            ]
          : [])
      ]
    }
    case 'meeting-invitations': {
      const meeting = await db.meetings.get(request.sourceId)
      if (!meeting) return []
      const issues: FieldIssue[] = []
      if (isBlankFact(meeting.place))
        issues.push({ field: 'place', message: 'Địa điểm: chưa ghi.' })
      if (isBlankFact(meeting.startTime) && !meeting.timeOfDay)
        issues.push({
          field: 'startTime',
          message: 'Giờ bắt đầu: chưa ghi (giấy mời phải có giờ họp).'
        })
      issues.push(...placeholderIssues(meeting.agenda.join('\n'), 'Chương trình', 'agenda'))
      return issues
    }
    default:
      return []
  }
}

/**
 * Gives a document its number in the register, once — the first export issues it, later ones
 * keep it (see `issueInTransaction`). The entry carries the document's own date, never the day of
 * the export, and the number belongs to the series of that date's year. Refused, with every
 * problem named and nothing written, while the document is not complete (`numberingIssues`).
 * The source row is linked to its entry.
 */
export async function issueDocumentNumber(
  db: OfficeDatabase,
  request: IssueRequest
): Promise<DocumentRecord> {
  const issues = await numberingIssues(db, request)
  if (issues.length) throw new ValidationError(issues)
  const issuedOn = await ownDateOf(db, request)
  return db.transaction(
    'rw',
    [db.documents, db.clusters, db.auditLog, db.minutes, db.compositions, db.pacts],
    async () => {
      const record = await issueInTransaction(db, { ...request, issuedOn })
      await linkSource(db, request.sourceTable, request.sourceId, record.id)
      return record
    }
  )
}

/**
 * Points a minutes, composition or pact row at its (new) register entry. `updatedAt` is left alone
 * on purpose: the link is the register's, not the secretary's text — every save of those rows reads
 * the stored row inside its transaction and keeps its `documentId` — so moving the stamp would only
 * make the editor that just exported refuse its own next save as "changed elsewhere".
 */
async function linkSource(
  db: OfficeDatabase,
  sourceTable: string,
  sourceId: string,
  documentId: string
): Promise<void> {
  const table =
    sourceTable === 'minutes'
      ? db.minutes
      : sourceTable === 'compositions'
        ? db.compositions
        : sourceTable === 'pacts'
          ? db.pacts
          : null
  const row = table ? await (table as typeof db.minutes).get(sourceId) : undefined
  if (table && row && row.documentId !== documentId)
    await (table as typeof db.minutes).update(sourceId, { documentId })
}

/**
 * Voids a number issued by mistake, with its reason. The entry stays in the register (marked,
 * with the reason and the day) and its number is never given again; the next export of the same
 * document takes a new number. Refused without a reason, or for an entry already voided.
 */
export async function voidDocumentNumber(
  db: OfficeDatabase,
  documentId: string,
  reason: string
): Promise<DocumentRecord> {
  return db.transaction('rw', [db.documents, db.auditLog], async () => {
    const before = await db.documents.get(documentId)
    if (!before)
      throw new ValidationError([{ field: '', message: 'Không tìm thấy số văn bản này.' }])
    const issues = checkVoid(before, reason)
    if (issues.length) throw new ValidationError(issues)
    const now = nowIso()
    const after = parseOrThrow(documentRecordSchema, {
      ...before,
      status: 'voided',
      voidReason: reason,
      voidedAt: now,
      updatedAt: now
    })
    await db.documents.put(after)
    await recordAudit(db, {
      table: 'documents',
      entityId: documentId,
      action: 'update',
      before,
      after,
      summary: `Hủy số ${after.symbol}: ${after.voidReason}`
    })
    return after
  })
}

export { liveEntryOf }
