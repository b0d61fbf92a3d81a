import { defaultAwardCatalogue } from '@core/awards/catalogue'
import {
  awardDecisionSchema,
  awardDossierSchema,
  awardProposalSchema,
  awardTypeSchema,
  type AwardDecision,
  type AwardDossier,
  type AwardProposal,
  type AwardType
} from '@core/awards/model'
import {
  acknowledgeWarning,
  pastAwardFromDecision,
  proposalsFromResults,
  proposalWarnings,
  recordDecision,
  type ProposalFacts
} from '@core/awards/proposals'
import { newId, nowIso } from '@core/model/ids'
import { parseOrThrow, ValidationError } from '@core/model/validation'
import { cleanDeep, normalizeLine } from '@core/text/normalize'
import type { OfficeDatabase } from '../database'
import { assertUnchanged, stampAfter, type SaveBase } from '../concurrency'
import { recordAudit } from './audit'
import { flaggedUnits, loadCountedRounds, yearResults } from './year-end-repo'

/**
 * The award catalogue, the proposals of a year with the warnings the secretary acknowledges, the
 * higher level's decisions (each becoming the unit's award history in the same transaction) and
 * the dossier of the year (issue 15 §4–5).
 */

const refuse = (message: string, field = ''): never => {
  throw new ValidationError([{ field, message }])
}

function awardTables(db: OfficeDatabase) {
  return [
    db.clusters,
    db.clusterYears,
    db.scoreSheets,
    db.rankingSnapshots,
    db.scoringRules,
    db.attendances,
    db.ballots,
    db.ballotCounts,
    db.awardTypes,
    db.awardProposals,
    db.pastAwards,
    db.awardDossiers,
    db.auditLog
  ]
}

/** The cluster's catalogue, created from the MTTQ defaults the first time it is asked for. */
export async function ensureCatalogue(db: OfficeDatabase, clusterId: string): Promise<AwardType[]> {
  return db.transaction('rw', awardTables(db), async () => {
    const existing = await db.awardTypes.where('clusterId').equals(clusterId).toArray()
    if (existing.length) return existing.sort((a, b) => a.order - b.order)
    const cluster = (await db.clusters.get(clusterId)) ?? refuse('Không tìm thấy cụm thi đua.')
    const catalogue = defaultAwardCatalogue(cluster, nowIso(), () => newId())
    await db.awardTypes.bulkAdd(catalogue)
    await recordAudit(db, {
      table: 'awardTypes',
      entityId: clusterId,
      action: 'create',
      summary: `Tạo danh mục hình thức khen thưởng mặc định (${catalogue.length} hình thức)`
    })
    return catalogue
  })
}

/** Saves one catalogue entry (edited or new); its code stays unique in the cluster. */
export async function saveAwardType(db: OfficeDatabase, input: unknown): Promise<AwardType> {
  return db.transaction('rw', awardTables(db), async () => {
    const parsed = parseOrThrow(awardTypeSchema, cleanDeep(input))
    const same = await db.awardTypes
      .where('clusterId')
      .equals(parsed.clusterId)
      .filter((t) => t.code === parsed.code && t.id !== parsed.id)
      .count()
    if (same) refuse(`Mã “${parsed.code}” đã dùng cho hình thức khác.`, 'code')
    const before = await db.awardTypes.get(parsed.id)
    const type = { ...parsed, updatedAt: nowIso() }
    await db.awardTypes.put(type)
    await recordAudit(db, {
      table: 'awardTypes',
      entityId: type.id,
      action: before ? 'update' : 'create',
      summary: `${before ? 'Sửa' : 'Thêm'} hình thức khen thưởng: ${type.name}`,
      before,
      after: type
    })
    return type
  })
}

/** The facts the warnings of the year's proposals read. */
export async function proposalFacts(
  db: OfficeDatabase,
  clusterYearId: string
): Promise<ProposalFacts> {
  const year = (await db.clusterYears.get(clusterYearId)) ?? refuse('Không tìm thấy năm.')
  const units = await db.memberUnits.where('clusterId').equals(year.clusterId).primaryKeys()
  return {
    year: year.year,
    catalogue: await db.awardTypes.where('clusterId').equals(year.clusterId).toArray(),
    proposals: await db.awardProposals.where('clusterYearId').equals(clusterYearId).toArray(),
    history: await db.pastAwards.where('unitId').anyOf(units).toArray(),
    flagged: await flaggedUnits(db, clusterYearId)
  }
}

/**
 * "Lập đề nghị từ kết quả bình xét": one proposal per unit chosen in each award section of the
 * counted ballots, with the share and rule frozen on it. A unit already proposed for the same
 * award keeps its proposal (and what the secretary acknowledged on it).
 */
export async function proposalsFromBallots(
  db: OfficeDatabase,
  clusterYearId: string
): Promise<AwardProposal[]> {
  return db.transaction('rw', [...awardTables(db), db.memberUnits], async () => {
    const year = (await db.clusterYears.get(clusterYearId)) ?? refuse('Không tìm thấy năm.')
    const chains = await loadCountedRounds(db, year)
    if (chains.length === 0) return refuse('Chưa có phiếu bình xét nào được chốt kết quả.')
    const snapshot = (
      await db.rankingSnapshots.where('clusterYearId').equals(clusterYearId).toArray()
    )[0]
    const rules = await db.scoringRules.where('clusterYearId').equals(clusterYearId).first()
    const existing = await db.awardProposals.where('clusterYearId').equals(clusterYearId).toArray()
    const now = nowIso()
    const made = chains.flatMap((chain) =>
      proposalsFromResults(yearResults([chain]), {
        clusterYearId,
        now,
        makeId: newId,
        ranking: snapshot?.rows ?? [],
        bands: Object.fromEntries((snapshot?.rows ?? []).map((r) => [r.unitId, r.band])),
        members: year.memberUnitIds.length,
        decimals: rules?.decimals ?? 2,
        ballotId: chain[0]!.ballot.id
      })
    )
    const fresh = made
      .filter(
        (p) => !existing.some((e) => e.unitId === p.unitId && e.awardTypeId === p.awardTypeId)
      )
      .map((p, i) => ({ ...p, order: existing.length + i }))
    if (fresh.length) await db.awardProposals.bulkAdd(fresh)
    await recordAudit(db, {
      table: 'awardProposals',
      entityId: clusterYearId,
      action: 'create',
      summary: `Lập ${fresh.length} đề nghị khen thưởng năm ${year.year} từ kết quả bình xét`,
      after: fresh
    })
    return fresh
  })
}

async function proposalOf(db: OfficeDatabase, id: string) {
  return (await db.awardProposals.get(id)) ?? refuse('Không tìm thấy đề nghị này.')
}

async function writeProposal(
  db: OfficeDatabase,
  before: AwardProposal,
  after: AwardProposal,
  summary: string
) {
  const parsed = parseOrThrow(awardProposalSchema, cleanDeep(after))
  await db.awardProposals.put(parsed)
  await recordAudit(db, {
    table: 'awardProposals',
    entityId: parsed.id,
    action: 'update',
    summary: `${summary}: ${parsed.unitName}`,
    before,
    after: parsed
  })
  return parsed
}

/** The secretary has read a warning and keeps the proposal; a blocking one is refused. */
export async function acknowledgeProposalWarning(
  db: OfficeDatabase,
  proposalId: string,
  code: string,
  note = ''
): Promise<AwardProposal> {
  return db.transaction('rw', [...awardTables(db), db.memberUnits], async () => {
    const proposal = await proposalOf(db, proposalId)
    const facts = await proposalFacts(db, proposal.clusterYearId)
    const warning = proposalWarnings(proposal, facts).find((w) => w.code === code)
    if (!warning) return refuse('Cảnh báo này không còn.')
    if (warning.severity === 'block') refuse(warning.message)
    return writeProposal(
      db,
      proposal,
      acknowledgeWarning(proposal, warning, nowIso(), note),
      'Xác nhận đã xem cảnh báo'
    )
  })
}

/** Puts a draft proposal forward (or back to draft); a blocked one cannot go forward. */
export async function setProposalStatus(
  db: OfficeDatabase,
  proposalId: string,
  status: 'draft' | 'proposed' | 'submitted'
): Promise<AwardProposal> {
  return db.transaction('rw', [...awardTables(db), db.memberUnits], async () => {
    const proposal = await proposalOf(db, proposalId)
    if (proposal.status === 'decided') refuse('Đề nghị đã có quyết định của cấp trên.')
    if (status !== 'draft') {
      const facts = await proposalFacts(db, proposal.clusterYearId)
      const block = proposalWarnings(proposal, facts).find((w) => w.severity === 'block')
      if (block) refuse(block.message)
    }
    return writeProposal(
      db,
      proposal,
      { ...proposal, status, updatedAt: nowIso() },
      status === 'draft' ? 'Đưa về dự thảo đề nghị' : 'Đưa vào danh sách đề nghị'
    )
  })
}

/**
 * Records the higher level's decision on a proposal; an accepted or changed award becomes the
 * unit's history (replacing what an earlier decision of the same proposal wrote), in one
 * transaction. A decision already recorded is never replaced silently: changing it ("Sửa quyết
 * định") needs `revision` with the reason, which the audit log keeps beside the old and new.
 */
export async function recordProposalDecision(
  db: OfficeDatabase,
  proposalId: string,
  decision: AwardDecision,
  revision?: { reason: string }
): Promise<AwardProposal> {
  return db.transaction('rw', [...awardTables(db), db.memberUnits], async () => {
    const proposal = await proposalOf(db, proposalId)
    const reason = normalizeLine(revision?.reason ?? '')
    if (proposal.status === 'decided' && !revision)
      refuse(
        'Đề nghị đã có quyết định của cấp trên. Muốn thay đổi, bấm «Sửa quyết định» và ghi lý do sửa.'
      )
    if (proposal.status === 'decided' && !reason)
      refuse('Sửa quyết định: ghi lý do sửa (sẽ lưu vào nhật ký).', 'revisionReason')
    if (reason.length > 500)
      refuse('Lý do sửa quyết định quá dài (tối đa 500 ký tự).', 'revisionReason')
    const year = (await db.clusterYears.get(proposal.clusterYearId))!
    const catalogue = await db.awardTypes.where('clusterId').equals(year.clusterId).toArray()
    const now = nowIso()
    const parsed = parseOrThrow(awardDecisionSchema, cleanDeep(decision))
    let decided: AwardProposal
    try {
      decided = recordDecision(proposal, parsed, now)
    } catch (error) {
      return refuse(error instanceof Error ? error.message : String(error), 'finalAwardTypeId')
    }
    const saved = await writeProposal(
      db,
      proposal,
      decided,
      proposal.status === 'decided'
        ? `Sửa quyết định của cấp trên (lý do: ${reason})`
        : 'Ghi quyết định của cấp trên'
    )
    await db.pastAwards.where('proposalId').equals(proposalId).delete()
    const past = pastAwardFromDecision(saved, catalogue, year.year, { id: newId(), now })
    if (past) {
      await db.pastAwards.add(past)
      await recordAudit(db, {
        table: 'pastAwards',
        entityId: past.id,
        action: 'create',
        summary: `${past.recipientName}: ${past.title} (năm ${past.year})`,
        after: past
      })
    }
    return saved
  })
}

/**
 * Writes the year's dossier with `patch` over what is stored (created when the year has none),
 * audited with `summary`; inside the caller's transaction. Refused when `base` says the form read
 * another version. The stamp moves past the stored one, so a form that read it can tell.
 */
async function writeDossier(
  db: OfficeDatabase,
  clusterYearId: string,
  patch: (before: AwardDossier | undefined) => Partial<AwardDossier>,
  summary: string,
  base?: SaveBase
): Promise<AwardDossier> {
  const before = await db.awardDossiers.where('clusterYearId').equals(clusterYearId).first()
  await assertUnchanged(db, before, base)
  const now = stampAfter(before?.updatedAt)
  const dossier = parseOrThrow(
    awardDossierSchema,
    cleanDeep({
      ...(before ?? { id: newId(), createdAt: now, clusterYearId }),
      ...patch(before),
      updatedAt: now
    })
  )
  await db.awardDossiers.put(dossier)
  await recordAudit(db, {
    table: 'awardDossiers',
    entityId: dossier.id,
    action: before ? 'update' : 'create',
    summary,
    before,
    after: dossier
  })
  return dossier
}

/** Saves the dossier's facts (where it goes, when, how); one dossier per year. */
export async function saveDossier(
  db: OfficeDatabase,
  clusterYearId: string,
  input: Pick<AwardDossier, 'recipientBody' | 'submittedOn' | 'channel' | 'note'> &
    Partial<Pick<AwardDossier, 'exportedAt' | 'submissionDocumentId'>>
): Promise<AwardDossier> {
  return db.transaction('rw', [...awardTables(db), db.settings], () =>
    writeDossier(
      db,
      clusterYearId,
      () => input,
      input.exportedAt ? 'Xuất hồ sơ đề nghị khen thưởng' : 'Ghi hồ sơ đề nghị khen thưởng'
    )
  )
}

/** The secretary's parts of the Báo cáo tổng kết, saved with the year's dossier. */
export type ClusterReportTexts = Pick<
  AwardDossier,
  'reportActivities' | 'reportAssessment' | 'reportNextYear'
>

/**
 * Saves the Báo cáo tổng kết's texts in the year's dossier (created with `recipientBody` when the
 * year has none yet). Refused, nothing written, when the dossier changed since the form read it
 * (`base`: another window, or a restore).
 */
export async function saveClusterReport(
  db: OfficeDatabase,
  clusterYearId: string,
  input: ClusterReportTexts & { recipientBody: string },
  base?: SaveBase
): Promise<AwardDossier> {
  const { recipientBody, ...texts } = input
  return db.transaction('rw', [...awardTables(db), db.settings], () =>
    writeDossier(
      db,
      clusterYearId,
      (before) => ({ ...texts, recipientBody: before?.recipientBody || recipientBody }),
      'Ghi nội dung báo cáo tổng kết hoạt động Cụm',
      base
    )
  )
}
