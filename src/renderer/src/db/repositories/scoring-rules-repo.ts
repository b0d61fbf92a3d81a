import { newId, nowIso } from '@core/model/ids'
import { ValidationError, type FieldIssue } from '@core/model/validation'
import { checkRulesEditable, checkScoringRules } from '@core/scoring/checks'
import { scoringRulesSchema, type ScoringRules } from '@core/scoring/model'
import { compileCriteria } from '@core/scoring/plan'
import { formatDateVi } from '@core/text/dates'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'

/** What the rules form edits: everything but the row's identity and its adoption. */
export type ScoringRulesInput = Omit<
  ScoringRules,
  'id' | 'createdAt' | 'updatedAt' | 'clusterYearId' | 'status' | 'adoptedOn'
>

/** The outcome of a save: the rules as stored, and what would still stop their adoption. */
export interface SavedRules {
  rules: ScoringRules
  /** Problems `checkScoringRules` finds with the year's criteria; adoption refuses while any. */
  warnings: FieldIssue[]
}

function tables(db: OfficeDatabase) {
  return [db.clusterYears, db.pacts, db.criteria, db.scoringRules, db.rankingSnapshots, db.auditLog]
}

async function planOf(db: OfficeDatabase, clusterYearId: string) {
  const pact = await db.pacts.where('clusterYearId').equals(clusterYearId).first()
  return compileCriteria(pact ? await db.criteria.where('pactId').equals(pact.id).toArray() : [])
}

function parseRules(input: unknown): ScoringRules {
  const result = scoringRulesSchema.safeParse(input)
  if (result.success) return result.data
  throw new ValidationError(
    result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))
  )
}

/**
 * Saves the rules of a year (creating them the first time), validated and cleaned; refused once
 * adopted. The checks against the criteria come back as warnings: a draft may be saved while the
 * pact is still being written, and adoption refuses until they are settled.
 */
export async function saveScoringRules(
  db: OfficeDatabase,
  clusterYearId: string,
  input: ScoringRulesInput
): Promise<SavedRules> {
  return db.transaction('rw', tables(db), async () => {
    const year = await db.clusterYears.get(clusterYearId)
    if (!year)
      throw new ValidationError([{ field: '', message: 'Không tìm thấy năm thi đua này.' }])
    const before = await db.scoringRules.where('clusterYearId').equals(clusterYearId).first()
    if (before) {
      const locked = checkRulesEditable(before)
      if (locked.length) throw new ValidationError(locked)
    }
    const now = nowIso()
    const rules = parseRules({
      ...input,
      id: before?.id ?? newId(),
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
      clusterYearId,
      status: 'draft',
      adoptedOn: ''
    })
    await db.scoringRules.put(rules)
    await recordAudit(db, {
      table: 'scoringRules',
      entityId: rules.id,
      action: before ? 'update' : 'create',
      summary: `${before ? 'Sửa' : 'Lưu'} quy định chấm điểm năm ${year.year}`,
      before,
      after: rules
    })
    return { rules, warnings: checkScoringRules(rules, await planOf(db, clusterYearId)) }
  })
}

/**
 * Adopts the rules (thông qua): from then on they cannot be edited. Refused while they do not
 * fit the criteria (maxima, step, bands) or the date is missing.
 */
export async function adoptScoringRules(
  db: OfficeDatabase,
  clusterYearId: string,
  adoptedOn: string
): Promise<ScoringRules> {
  return db.transaction('rw', tables(db), async () => {
    const before = await db.scoringRules.where('clusterYearId').equals(clusterYearId).first()
    if (!before)
      throw new ValidationError([{ field: '', message: 'Hãy lưu quy định chấm điểm trước.' }])
    const issues = [...checkRulesEditable(before)]
    if (!adoptedOn) issues.push({ field: 'adoptedOn', message: 'Ngày thông qua: chưa nhập ngày.' })
    const plan = await planOf(db, clusterYearId)
    if (plan.leaves.length === 0)
      issues.push({
        field: '',
        message: 'Giao ước của năm chưa có tiêu chí chấm điểm (mục Giao ước).'
      })
    issues.push(...checkScoringRules(before, plan))
    if (issues.length) throw new ValidationError(issues)
    const rules = parseRules({ ...before, status: 'adopted', adoptedOn, updatedAt: nowIso() })
    await db.scoringRules.put(rules)
    await recordAudit(db, {
      table: 'scoringRules',
      entityId: rules.id,
      action: 'update',
      summary: `Thông qua quy định chấm điểm ngày ${formatDateVi(adoptedOn)}`,
      before,
      after: rules
    })
    return rules
  })
}

/**
 * Reopens adopted rules for a correction, with its reason; the audit log keeps them as adopted.
 * Refused once the ranking has been adopted: its figures were computed under these rules.
 */
export async function reopenScoringRules(
  db: OfficeDatabase,
  clusterYearId: string,
  reason: string
): Promise<ScoringRules> {
  return db.transaction('rw', tables(db), async () => {
    const before = await db.scoringRules.where('clusterYearId').equals(clusterYearId).first()
    if (!before || before.status !== 'adopted')
      throw new ValidationError([{ field: '', message: 'Quy định chưa được thông qua.' }])
    if (!reason.trim())
      throw new ValidationError([
        { field: 'reason', message: 'Mở lại quy định đã thông qua: cần ghi lý do.' }
      ])
    if ((await db.rankingSnapshots.where('clusterYearId').equals(clusterYearId).count()) > 0)
      throw new ValidationError([
        {
          field: 'reason',
          message:
            'Bảng xếp hạng đã được thông qua theo quy định này; hãy mở lại bảng xếp hạng trước.'
        }
      ])
    const rules = parseRules({ ...before, status: 'draft', adoptedOn: '', updatedAt: nowIso() })
    await db.scoringRules.put(rules)
    await recordAudit(db, {
      table: 'scoringRules',
      entityId: rules.id,
      action: 'update',
      summary: `Mở lại quy định chấm điểm đã thông qua. Lý do: ${reason.trim()}`.slice(0, 1000),
      before,
      after: rules
    })
    return rules
  })
}
