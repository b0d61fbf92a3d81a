import {
  commitmentProgressSchema,
  criterionSchema,
  pactCommitmentSchema,
  pactSchema,
  type ClusterYear,
  type CommitmentProgress,
  type Criterion,
  type Pact,
  type PactCommitment
} from '@core/model/entities'
import { newId, nowIso } from '@core/model/ids'
import { collectRowIssues, ValidationError, type FieldIssue } from '@core/model/validation'
import { checkPactForSigning, checkSignatoryMembers, type SignatoryContext } from '@core/rules/pact'
import { checkSigningDate } from '@core/rules/pact-signing'
import { documentFileName } from '@core/documents/file-name'
import { documentSymbol } from '@core/documents/kinds/common'
import { formatDateVi } from '@core/text/dates'
import { cleanText } from '@core/text/normalize'
import type { z, ZodType } from 'zod'
import { assertUnchanged, rowsToDelete, type SaveBase, stampAfter } from '../concurrency'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { discardDrafts } from './drafts-repo'
import { issueInTransaction, liveEntryOf } from './number-series'
import { checkCriteriaAgainstScores } from './scoring-guard'

/** The key of the pact form's drafts (see `drafts-repo.ts`). */
export const PACT_FORM = 'pact'

/** A pact with its commitments and criteria. */
export interface PactRecord {
  pact: Pact
  commitments: PactCommitment[]
  criteria: Criterion[]
}

/** The pact of a cluster year, or null. */
export async function loadPactForYear(
  db: OfficeDatabase,
  clusterYearId: string
): Promise<PactRecord | null> {
  const pact = await db.pacts.where('clusterYearId').equals(clusterYearId).first()
  if (!pact) return null
  const [commitments, criteria] = await Promise.all([
    db.pactCommitments.where('pactId').equals(pact.id).toArray(),
    db.criteria.where('pactId').equals(pact.id).toArray()
  ])
  return {
    pact: { ...pact, signatories: pact.signatories ?? [], witness: pact.witness ?? null },
    commitments,
    criteria
  }
}

/**
 * Starts the pact of a year: blank, or copied from another pact ("Sao chép sang năm sau") with
 * new ids — commitments, criteria, căn cứ, preamble, closing and declared total; the copy is a
 * draft with default signatories for the new year.
 */
export async function createPact(
  db: OfficeDatabase,
  clusterYearId: string,
  fromPactId?: string
): Promise<Pact> {
  return db.transaction(
    'rw',
    [db.pacts, db.pactCommitments, db.criteria, db.clusterYears, db.auditLog],
    async () => {
      const year = await db.clusterYears.get(clusterYearId)
      if (!year)
        throw new ValidationError([{ field: '', message: 'Không tìm thấy năm thi đua này.' }])
      if (await db.pacts.where('clusterYearId').equals(clusterYearId).first()) {
        throw new ValidationError([{ field: '', message: `Năm ${year.year} đã có giao ước.` }])
      }
      const source = fromPactId
        ? await loadPactForYear(db, (await db.pacts.get(fromPactId))?.clusterYearId ?? '')
        : null
      const now = nowIso()
      const pact = pactSchema.parse({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        clusterYearId,
        title: `Giao ước thi đua năm ${year.year}`,
        status: 'draft',
        basis: source?.pact.basis ?? [],
        preamble: source?.pact.preamble ?? '',
        closing: source?.pact.closing ?? '',
        declaredTotal: source?.pact.declaredTotal ?? null,
        witness: source?.pact.witness ?? null
      })
      await db.pacts.add(pact)
      if (source) {
        const ids = new Map(source.commitments.map((c) => [c.id, newId()]))
        await db.pactCommitments.bulkAdd(
          source.commitments.map((c) => ({
            ...c,
            id: ids.get(c.id)!,
            parentId: c.parentId ? (ids.get(c.parentId) ?? '') : '',
            pactId: pact.id,
            createdAt: now,
            updatedAt: now
          }))
        )
        const cids = new Map(source.criteria.map((c) => [c.id, newId()]))
        await db.criteria.bulkAdd(
          source.criteria.map((c) => ({
            ...c,
            id: cids.get(c.id)!,
            parentId: c.parentId ? (cids.get(c.parentId) ?? '') : '',
            pactId: pact.id,
            createdAt: now,
            updatedAt: now
          }))
        )
      }
      await recordAudit(db, {
        table: 'pacts',
        entityId: pact.id,
        action: 'create',
        summary: source
          ? `Sao chép giao ước sang năm ${year.year}`
          : `Tạo giao ước năm ${year.year}`,
        after: pact
      })
      return pact
    }
  )
}

export interface PactInput {
  pact: Pick<
    Pact,
    | 'title'
    | 'basis'
    | 'preamble'
    | 'immediateTask'
    | 'closing'
    | 'declaredTotal'
    | 'signatories'
    | 'witness'
  > &
    /** The signing date and meeting, correctable in an amendment (schema v6). */
    Partial<Pick<Pact, 'signedOn' | 'signingMeetingId'>>
  commitments: Array<Pick<PactCommitment, 'id' | 'parentId' | 'order' | 'text'>>
  criteria: Array<
    Pick<Criterion, 'id' | 'parentId' | 'order' | 'code' | 'text' | 'kind' | 'maxPoints' | 'rule'>
  >
}

function parseRows<S extends ZodType>(
  schema: S,
  rows: unknown[],
  prefix: string,
  issues: FieldIssue[]
): Array<z.infer<S>> {
  const label = prefix === 'criteria' ? 'Tiêu chí' : 'Nội dung'
  return rows.flatMap(
    (row, i) => collectRowIssues(schema, row, [prefix, i], issues, `${label} ${i + 1}`) ?? []
  )
}

/**
 * Saves the pact's text, commitments, criteria and signatories in one transaction. A signed pact
 * is locked: a change is refused unless it is an amendment with its reason, which the audit log
 * keeps with the text before and after. Tracking entries of removed commitments go with them.
 *
 * `base` is what the form read when it opened (`concurrency.ts`): the save is refused with a
 * `StaleRecordError` when the pact changed since, and only the commitments and criteria the form
 * started with and no longer has are deleted (with their tracking).
 */
export async function savePact(
  db: OfficeDatabase,
  pactId: string,
  input: PactInput,
  amendmentReason = '',
  base?: SaveBase
): Promise<Pact> {
  return db.transaction(
    'rw',
    [
      db.pacts,
      db.pactCommitments,
      db.criteria,
      db.commitmentProgress,
      db.clusterYears,
      db.memberUnits,
      db.unitPeople,
      db.meetings,
      db.documents,
      db.clusters,
      db.drafts,
      db.scoreEntries,
      db.settings,
      db.auditLog
    ],
    async () => {
      const before = await loadPactForYear(db, (await db.pacts.get(pactId))?.clusterYearId ?? '')
      await assertUnchanged(db, before?.pact, base)
      if (!before)
        throw new ValidationError([{ field: '', message: 'Không tìm thấy giao ước này.' }])
      // Cleaned like every text the secretary types: a reason of invisible characters is none.
      const reason = cleanText(amendmentReason)
      if (before.pact.status === 'signed' && !reason) {
        throw new ValidationError([
          {
            field: 'amendment',
            message: amendmentReason
              ? 'Lý do sửa đổi: không được để trống.'
              : 'Giao ước đã ký nên không sửa trực tiếp được. Hãy chọn “Sửa đổi sau khi ký” và ghi lý do sửa đổi.'
          }
        ])
      }
      const now = stampAfter(before.pact.updatedAt)
      const issues: FieldIssue[] = []
      const pactResult = pactSchema.safeParse({ ...before.pact, ...input.pact, updatedAt: now })
      if (!pactResult.success)
        for (const i of pactResult.error.issues)
          issues.push({ field: i.path.join('.'), message: i.message })
      const commitments = parseRows(
        pactCommitmentSchema,
        input.commitments.map((c) => ({
          ...c,
          id: c.id || newId(),
          pactId,
          createdAt: before.commitments.find((b) => b.id === c.id)?.createdAt ?? now,
          updatedAt: now
        })),
        'commitments',
        issues
      )
      const criteria = parseRows(
        criterionSchema,
        input.criteria.map((c) => ({
          ...c,
          id: c.id || newId(),
          pactId,
          createdAt: before.criteria.find((b) => b.id === c.id)?.createdAt ?? now,
          updatedAt: now
        })),
        'criteria',
        issues
      )
      const year = await db.clusterYears.get(before.pact.clusterYearId)
      if (year && pactResult.success) {
        // An amendment keeps the signed pact as complete as signing required: commitments, base
        // points adding up to the declared total, every member's signatory named. A draft needs
        // only its signatories to be members that year.
        const complete =
          before.pact.status === 'signed'
            ? checkPactForSigning(
                pactResult.data,
                commitments,
                criteria,
                year,
                await signatoryContext(db, year)
              )
            : checkSignatoryMembers(pactResult.data, year)
        issues.push(...complete, ...(await checkSigning(db, pactResult.data, before.pact, year)))
      }
      issues.push(...(await checkCriteriaAgainstScores(db, before.pact.clusterYearId, criteria)))
      if (issues.length > 0 || !pactResult.success) throw new ValidationError(issues)
      const pact = pactResult.data
      await redateRegisterEntry(db, pact, year?.clusterId ?? '')
      await discardDrafts(db, PACT_FORM, pactId, false)
      const removed = rowsToDelete(
        before.commitments,
        commitments.map((c) => c.id),
        base?.children?.commitments
      ).map((c) => c.id)
      await db.commitmentProgress.where('commitmentId').anyOf(removed).delete()
      await db.pactCommitments.bulkDelete(removed)
      await db.pactCommitments.bulkPut(commitments)
      await db.criteria.bulkDelete(
        rowsToDelete(
          before.criteria,
          criteria.map((c) => c.id),
          base?.children?.criteria
        ).map((c) => c.id)
      )
      await db.criteria.bulkPut(criteria)
      await db.pacts.put(pact)
      await recordAudit(db, {
        table: 'pacts',
        entityId: pact.id,
        action: 'update',
        summary: reason
          ? `Sửa đổi giao ước đã ký: ${reason}${pact.signedOn !== before.pact.signedOn ? ` (ngày ký ${formatDateVi(before.pact.signedOn)} → ${formatDateVi(pact.signedOn)})` : ''}`
          : 'Sửa giao ước',
        before,
        after: { pact, commitments, criteria }
      })
      return pact
    }
  )
}

/**
 * Signs the pact: checks it is complete and consistent, records the date and meeting, locks it.
 * The date defaults to the date of the signing meeting when none is given. When the cluster
 * numbers its pacts (`rules.register.pactNumbering`), the signed pact takes its number in the
 * same transaction, dated the signing date.
 */
export async function signPact(
  db: OfficeDatabase,
  pactId: string,
  signedOn: string,
  signingMeetingId: string
): Promise<Pact> {
  return db.transaction(
    'rw',
    [
      db.pacts,
      db.pactCommitments,
      db.criteria,
      db.clusterYears,
      db.memberUnits,
      db.unitPeople,
      db.meetings,
      db.documents,
      db.clusters,
      db.auditLog
    ],
    async () => {
      const record = await loadPactForYear(db, (await db.pacts.get(pactId))?.clusterYearId ?? '')
      if (!record)
        throw new ValidationError([{ field: '', message: 'Không tìm thấy giao ước này.' }])
      if (record.pact.status === 'signed')
        throw new ValidationError([{ field: '', message: 'Giao ước đã được ký.' }])
      const year = (await db.clusterYears.get(record.pact.clusterYearId))!
      const meeting = signingMeetingId ? await db.meetings.get(signingMeetingId) : undefined
      const date = signedOn.trim() || meeting?.date || ''
      const issues = checkPactForSigning(
        record.pact,
        record.commitments,
        record.criteria,
        year,
        await signatoryContext(db, year)
      )
      const parsed = pactSchema.safeParse({
        ...record.pact,
        status: 'signed',
        signedOn: date,
        signingMeetingId,
        updatedAt: nowIso()
      })
      if (!parsed.success)
        for (const i of parsed.error.issues)
          issues.push({ field: i.path.join('.'), message: i.message })
      else issues.push(...(await checkSigning(db, parsed.data, null, year)))
      if (issues.length > 0 || !parsed.success) throw new ValidationError(issues)
      const cluster = await db.clusters.get(year.clusterId)
      let pact = parsed.data
      if (cluster?.rules.register?.pactNumbering === 'numbered') {
        const entry = await issueInTransaction(db, {
          clusterId: cluster.id,
          typeCode: cluster.rules.register.pactTypeCode,
          title: pact.title,
          issuedOn: pact.signedOn,
          fileName: (n) =>
            documentFileName(
              'Giao ước',
              documentSymbol(n, cluster.rules.register.pactTypeCode, cluster.symbol),
              pact.title
            ),
          sourceTable: 'pacts',
          sourceId: pact.id,
          signer: 'Các đơn vị trong Cụm',
          recipients: 'Các đơn vị trong Cụm'
        })
        pact = { ...pact, documentId: entry.id }
      }
      await db.pacts.put(pact)
      await recordAudit(db, {
        table: 'pacts',
        entityId: pactId,
        action: 'update',
        summary: `Ký kết giao ước ngày ${formatDateVi(pact.signedOn)}`,
        before: record.pact,
        after: pact
      })
      return pact
    }
  )
}

/**
 * Corrects the signing date (and meeting) of a signed pact: an amendment, so a reason is
 * required and kept in the history with both dates; a numbered pact's register entry follows.
 */
export async function correctPactSigning(
  db: OfficeDatabase,
  pactId: string,
  change: Pick<Pact, 'signedOn' | 'signingMeetingId'>,
  reason: string
): Promise<Pact> {
  const record = await loadPactForYear(db, (await db.pacts.get(pactId))?.clusterYearId ?? '')
  if (!record) throw new ValidationError([{ field: '', message: 'Không tìm thấy giao ước này.' }])
  if (record.pact.status !== 'signed')
    throw new ValidationError([
      { field: 'signedOn', message: 'Giao ước chưa ký: ngày ký được ghi khi ký kết.' }
    ])
  try {
    return await savePact(
      db,
      pactId,
      {
        pact: { ...record.pact, ...change },
        commitments: record.commitments,
        criteria: record.criteria
      },
      reason
    )
  } catch (error) {
    // The signers cannot be typed while only the date is corrected: the message says where.
    if (!(error instanceof ValidationError)) throw error
    throw new ValidationError(
      error.issues.map((issue) =>
        issue.field === 'signatories'
          ? {
              field: '',
              message: `${issue.message} Hãy ghi họ tên người ký bằng “Sửa đổi sau khi ký” rồi đính chính ngày ký.`
            }
          : issue
      )
    )
  }
}

/** The member units of a year and their people: whom the signed pact's signature blocks name. */
async function signatoryContext(db: OfficeDatabase, year: ClusterYear): Promise<SignatoryContext> {
  const [units, people] = await Promise.all([
    db.memberUnits.bulkGet(year.memberUnitIds),
    db.unitPeople.where('unitId').anyOf(year.memberUnitIds).toArray()
  ])
  return { units: units.filter((u) => u !== undefined), people }
}

/** The signing date and meeting of a pact, checked against its year and meetings. */
async function checkSigning(
  db: OfficeDatabase,
  pact: Pact,
  before: Pact | null,
  year: ClusterYear
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = []
  const changed =
    !before ||
    pact.signedOn !== before.signedOn ||
    pact.signingMeetingId !== before.signingMeetingId
  if (!changed) return issues
  if (pact.status === 'signed' || pact.signedOn)
    issues.push(...checkSigningDate(pact.signedOn, year.year))
  if (pact.signingMeetingId) {
    const meeting = await db.meetings.get(pact.signingMeetingId)
    if (!meeting || meeting.clusterYearId !== year.id)
      issues.push({
        field: 'signingMeetingId',
        message: `Hội nghị ký kết: phải là một hội nghị của năm ${year.year}.`
      })
  }
  return issues
}

/** A numbered pact's register entry takes its corrected signing date (same year only). */
async function redateRegisterEntry(db: OfficeDatabase, pact: Pact, clusterId: string) {
  const entry = await liveEntryOf(db, 'pacts', pact.id)
  if (!entry || !pact.signedOn || entry.issuedOn === pact.signedOn) return
  await issueInTransaction(db, {
    clusterId: clusterId || entry.clusterId,
    typeCode: entry.typeCode,
    title: pact.title,
    issuedOn: pact.signedOn,
    fileName: () => entry.fileName,
    sourceTable: 'pacts',
    sourceId: pact.id
  })
}

/** The tracking entries of a pact's commitments. */
export async function listProgress(
  db: OfficeDatabase,
  commitmentIds: string[]
): Promise<CommitmentProgress[]> {
  return db.commitmentProgress.where('commitmentId').anyOf(commitmentIds).toArray()
}

/** Records how far a unit has got with a commitment (one entry per unit and commitment). */
export async function setProgress(
  db: OfficeDatabase,
  commitmentId: string,
  unitId: string,
  input: Pick<CommitmentProgress, 'status' | 'evidence' | 'updatedOn'>
): Promise<CommitmentProgress> {
  return db.transaction('rw', [db.commitmentProgress, db.auditLog], async () => {
    const before = await db.commitmentProgress
      .where('[commitmentId+unitId]')
      .equals([commitmentId, unitId])
      .first()
    const now = nowIso()
    const result = commitmentProgressSchema.safeParse({
      ...(before ?? { id: newId(), createdAt: now }),
      commitmentId,
      unitId,
      ...input,
      updatedAt: now
    })
    if (!result.success)
      throw new ValidationError(
        result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))
      )
    await db.commitmentProgress.put(result.data)
    await recordAudit(db, {
      table: 'commitmentProgress',
      entityId: result.data.id,
      action: before ? 'update' : 'create',
      before,
      after: result.data
    })
    return result.data
  })
}
