import { newId, nowIso } from '@core/model/ids'
import { collectRowIssues, ValidationError, type FieldIssue } from '@core/model/validation'
import { checkLeafScore, checkUnitScores } from '@core/scoring/checks'
import {
  scoreAdjustmentSchema,
  scoreEntrySchema,
  scoreSheetSchema,
  type ScoreAdjustment,
  type ScoreEntry,
  type ScoreSheet
} from '@core/scoring/model'
import { criterionName } from '@core/scoring/plan'
import { formatExact, type Hundredths } from '@core/scoring/points'
import {
  checkSheetEdit,
  checkSheetTransition,
  SHEET_STATUS_LABELS,
  type SheetChange
} from '@core/scoring/sheet-status'
import { computeUnitTotals, unitValuesFrom } from '@core/scoring/totals'
import { capitalizeFirst } from '@core/text/vietnamese'
import { todayIso } from '@core/text/dates'
import { assertUnchanged, rowsToDelete, stampAfter, type SaveBase } from '../concurrency'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { scoringContext, scoringTables, unitNameIn, type ScoringContext } from './scoring-repo'

/** The fields each kind of change touches (`checkSheetEdit` says who may make it when). */
const ENTRY_FIELDS: Record<SheetChange, Array<keyof ScoreEntry>> = {
  self: ['target', 'actual', 'selfScore', 'selfNote', 'evidence'],
  review: ['reviewedScore', 'reviewerUnitId', 'reviewerName', 'reviewNote', 'diffReason'],
  explanation: ['explanation', 'explanationOn']
}
const ITEM_FIELDS: Record<SheetChange, Array<keyof ScoreAdjustment>> = {
  self: ['kind', 'criterionId', 'reason', 'evidence', 'selfPoints', 'order'],
  review: ['reviewedPoints', 'diffReason'],
  explanation: ['explanation', 'explanationOn']
}
const SHEET_SELF_FIELDS: Array<keyof ScoreSheet> = [
  'signerName',
  'signerTitle',
  'submittedOn',
  'narrative'
]

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
const pick = <T extends object>(row: T, fields: Array<keyof T>) => fields.map((f) => row[f])

/** A unit's sheet, or a new draft for it (not stored yet). */
async function sheetOf(db: OfficeDatabase, ctx: ScoringContext, unitId: string) {
  const stored = await db.scoreSheets
    .where('[clusterYearId+unitId]')
    .equals([ctx.year.id, unitId])
    .first()
  if (stored) return { sheet: stored, isNew: false }
  const now = nowIso()
  return {
    sheet: scoreSheetSchema.parse({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      clusterYearId: ctx.year.id,
      unitId
    }),
    isNew: true
  }
}

function requireMember(ctx: ScoringContext, unitId: string): void {
  if (!ctx.year.memberUnitIds.includes(unitId))
    throw new ValidationError([
      { field: '', message: `Đơn vị không tham gia cụm năm ${ctx.year.year}.` }
    ])
}

async function unitRows(db: OfficeDatabase, yearId: string, unitId: string) {
  const [entries, adjustments] = await Promise.all([
    db.scoreEntries.where('[clusterYearId+unitId]').equals([yearId, unitId]).toArray(),
    db.scoreAdjustments.where('[clusterYearId+unitId]').equals([yearId, unitId]).toArray()
  ])
  return { entries, adjustments }
}

/** One cell of the grid: a base criterion's self or reviewed score of a unit. */
export interface CellChange {
  unitId: string
  criterionId: string
  side: 'self' | 'reviewed'
  value: Hundredths | null
  /**
   * The value the grid showed before this change. When given, the cell is refused (the whole save
   * with it) if it was changed meanwhile in another window: a score typed there is never
   * overwritten unseen.
   */
  before?: Hundredths | null
}

/**
 * Saves cells typed or pasted in the grid, all or none, in one transaction with its audit entry.
 * Each value is checked against its criterion (step, maximum) and each unit's sheet against the
 * change (self-scores until the review starts, reviewed scores from submission on; after adoption
 * only with `reason`). A reviewed score that differs from the self-score needs a reason: the one
 * the entry has, or `diffReason` given for the cells of this save. A unit without a sheet gets a
 * draft one with its first self-score.
 */
export async function saveScoreCells(
  db: OfficeDatabase,
  clusterYearId: string,
  changes: CellChange[],
  options: { diffReason?: string; reason?: string } = {}
): Promise<void> {
  if (changes.length === 0) return
  await db.transaction('rw', scoringTables(db), async () => {
    const ctx = await scoringContext(db, clusterYearId)
    const issues: FieldIssue[] = []
    const now = nowIso()
    const byUnit = new Map<string, CellChange[]>()
    for (const change of changes)
      byUnit.set(change.unitId, [...(byUnit.get(change.unitId) ?? []), change])
    const next: ScoreEntry[] = []
    const before: ScoreEntry[] = []
    const newSheets: ScoreSheet[] = []
    const touched: ScoreSheet[] = []
    const words: string[] = []
    for (const [unitId, cells] of byUnit) {
      requireMember(ctx, unitId)
      const name = unitNameIn(ctx.year, ctx.units, unitId)
      const { sheet, isNew } = await sheetOf(db, ctx, unitId)
      for (const side of new Set(cells.map((c) => c.side)))
        for (const issue of checkSheetEdit(
          sheet,
          side === 'self' ? 'self' : 'review',
          options.reason
        ))
          issues.push({ ...issue, message: `${name}: ${issue.message}` })
      if (isNew && cells.some((c) => c.side === 'self')) newSheets.push(sheet)
      // A change of its scores is a change of the sheet: its stamp moves, so a sheet form or a
      // ranking opened before in another window notices it (`concurrency.ts`).
      if (!isNew) touched.push({ ...sheet, updatedAt: stampAfter(sheet.updatedAt) })
      const stored = new Map(
        (
          await db.scoreEntries
            .where('[clusterYearId+unitId]')
            .equals([clusterYearId, unitId])
            .toArray()
        ).map((e) => [e.criterionId, e])
      )
      for (const cell of cells) {
        const row = ctx.plan.byId.get(cell.criterionId)
        if (row?.kind !== 'base') {
          issues.push({ field: cell.criterionId, message: 'Ô này không nhập điểm được.' })
          continue
        }
        const problem = cell.value === null ? null : checkLeafScore(row, cell.value, ctx.rules.step)
        if (problem) {
          issues.push({ field: cell.criterionId, message: `${name}, ${problem}` })
          continue
        }
        const was = stored.get(cell.criterionId)
        const storedValue = (cell.side === 'self' ? was?.selfScore : was?.reviewedScore) ?? null
        if (cell.before !== undefined && storedValue !== cell.before) {
          issues.push({
            field: cell.criterionId,
            message: `${name}, ${criterionName(row)} (${cell.side === 'self' ? 'tự chấm' : 'cụm chấm'}): ô này vừa được sửa ở cửa sổ khác thành ${storedValue === null ? '(để trống)' : formatExact(storedValue)}, nên chưa lưu. Bảng đã hiện giá trị mới; hãy nhập lại nếu vẫn muốn sửa.`
          })
          continue
        }
        const entry: ScoreEntry = was
          ? { ...was }
          : scoreEntrySchema.parse({
              id: newId(),
              createdAt: now,
              updatedAt: now,
              clusterYearId,
              unitId,
              criterionId: cell.criterionId
            })
        if (cell.side === 'self') entry.selfScore = cell.value
        else entry.reviewedScore = cell.value
        entry.updatedAt = now
        const differs = entry.reviewedScore !== null && entry.reviewedScore !== entry.selfScore
        if (differs && !entry.diffReason) {
          if (options.diffReason?.trim()) entry.diffReason = options.diffReason.trim()
          else {
            issues.push({
              field: 'diffReason',
              message: `${name}, ${criterionName(row)}: điểm cụm chấm khác điểm tự chấm, cần ghi lý do.`
            })
            continue
          }
        }
        const parsed = collectRowIssues(scoreEntrySchema, entry, [cell.criterionId], issues, name)
        if (!parsed) continue
        stored.set(cell.criterionId, parsed)
        next.push(parsed)
        if (was) before.push(was)
        const value = cell.value === null ? 'xóa' : formatExact(cell.value)
        words.push(
          `${name} ${row.fullLabel} (${cell.side === 'self' ? 'tự chấm' : 'cụm chấm'}): ${value}`
        )
      }
    }
    if (issues.length) throw new ValidationError(issues)
    if (newSheets.length) await db.scoreSheets.bulkPut(newSheets)
    await db.scoreSheets.bulkPut(touched)
    await db.scoreEntries.bulkPut(next)
    await recordAudit(db, {
      table: 'scoreEntries',
      entityId: next.length === 1 ? next[0]!.id : clusterYearId,
      action: 'update',
      summary:
        `Chấm điểm ${next.length} ô: ${words.join('; ')}${options.reason ? `. Lý do sửa sau khi thông qua: ${options.reason}` : ''}`.slice(
          0,
          1000
        ),
      before: before.length ? before : undefined,
      after: next
    })
  })
}

/** What the unit's sheet panel saves: the sheet's own fields, its entries and its items. */
export interface SheetInput {
  sheet: Pick<ScoreSheet, 'signerName' | 'signerTitle' | 'submittedOn' | 'narrative' | 'flag'>
  entries: Array<Omit<ScoreEntry, 'id' | 'createdAt' | 'updatedAt' | 'clusterYearId' | 'unitId'>>
  adjustments: Array<Omit<ScoreAdjustment, 'createdAt' | 'updatedAt' | 'clusterYearId' | 'unitId'>>
}

/** The fields of an entry nothing was written in. */
const BLANK_ENTRY = scoreEntrySchema.parse({
  id: 'blank',
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  clusterYearId: 'blank',
  unitId: 'blank',
  criterionId: 'blank'
})

/** An entry nothing was written in: not stored. */
function hasContent(e: ScoreEntry): boolean {
  return (
    e.selfScore !== null ||
    e.reviewedScore !== null ||
    e.target !== null ||
    e.actual !== null ||
    e.evidence.length > 0 ||
    [e.selfNote, e.reviewerUnitId, e.reviewerName, e.reviewNote, e.diffReason].some(Boolean) ||
    [e.explanation, e.explanationOn].some(Boolean)
  )
}

/** Which kinds of change a save makes, comparing what is stored with what comes. */
function changesMade(
  before: { sheet: ScoreSheet; entries: ScoreEntry[]; adjustments: ScoreAdjustment[] },
  after: { sheet: ScoreSheet; entries: ScoreEntry[]; adjustments: ScoreAdjustment[] }
): { kinds: Set<SheetChange>; flag: boolean } {
  const kinds = new Set<SheetChange>()
  const entryOf = new Map(before.entries.map((e) => [e.criterionId, e]))
  for (const entry of after.entries) {
    const was = entryOf.get(entry.criterionId)
    if (!was && !hasContent(entry)) continue
    for (const kind of ['self', 'review', 'explanation'] as const)
      if (!same(pick(was ?? BLANK_ENTRY, ENTRY_FIELDS[kind]), pick(entry, ENTRY_FIELDS[kind])))
        kinds.add(kind)
  }
  const itemOf = new Map(before.adjustments.map((a) => [a.id, a]))
  const kept = new Set(after.adjustments.map((a) => a.id))
  for (const item of after.adjustments) {
    const was = itemOf.get(item.id)
    if (!was) kinds.add(item.proposedBy === 'unit' ? 'self' : 'review')
    else
      for (const kind of ['self', 'review', 'explanation'] as const)
        if (!same(pick(was, ITEM_FIELDS[kind]), pick(item, ITEM_FIELDS[kind])))
          kinds.add(kind === 'self' && item.proposedBy === 'cluster' ? 'review' : kind)
  }
  for (const item of before.adjustments)
    if (!kept.has(item.id)) kinds.add(item.proposedBy === 'unit' ? 'self' : 'review')
  if (!same(pick(before.sheet, SHEET_SELF_FIELDS), pick(after.sheet, SHEET_SELF_FIELDS)))
    kinds.add('self')
  return { kinds, flag: !same(before.sheet.flag, after.sheet.flag) }
}

/**
 * Saves a unit's sheet as its panel shows it: the sheet's fields, one entry per base criterion,
 * the bonus and penalty items. Refused, with each problem named, when a value is off the step or
 * above its maximum, a changed score has no reason, or the sheet's status does not allow the kind
 * of change made (after adoption every change needs `reason`, and the audit log keeps the sheet
 * as it was). One transaction with its audit entry.
 *
 * `base` is the sheet as the panel read it (`NOT_STORED` for a unit with no sheet yet, and the
 * ids of its items as `children.adjustments`): the save is refused with a `StaleRecordError`,
 * nothing written, when the sheet (or a score of it) changed since in another window or a restore
 * came in between; only the items the panel started with and no longer has are deleted.
 */
export async function saveScoreSheet(
  db: OfficeDatabase,
  clusterYearId: string,
  unitId: string,
  input: SheetInput,
  reason = '',
  base?: SaveBase
): Promise<ScoreSheet> {
  return db.transaction('rw', scoringTables(db), async () => {
    const ctx = await scoringContext(db, clusterYearId)
    requireMember(ctx, unitId)
    const { sheet: was, isNew } = await sheetOf(db, ctx, unitId)
    await assertUnchanged(db, isNew ? undefined : was, base)
    const stored = await unitRows(db, clusterYearId, unitId)
    const now = isNew ? nowIso() : stampAfter(was.updatedAt)
    const issues: FieldIssue[] = []
    const sheet = collectRowIssues(
      scoreSheetSchema,
      { ...was, ...input.sheet, updatedAt: now },
      ['sheet'],
      issues
    )
    const storedEntry = new Map(stored.entries.map((e) => [e.criterionId, e]))
    const entries = input.entries.flatMap((e) => {
      const row = ctx.plan.byId.get(e.criterionId)
      const label = row ? capitalizeFirst(criterionName(row)) : ''
      const was = storedEntry.get(e.criterionId)
      const parsed = collectRowIssues(
        scoreEntrySchema,
        {
          ...e,
          id: was?.id ?? newId(),
          createdAt: was?.createdAt ?? now,
          updatedAt: now,
          clusterYearId,
          unitId
        },
        ['entries', e.criterionId],
        issues,
        label
      )
      return parsed ? [parsed] : []
    })
    const storedItem = new Map(stored.adjustments.map((a) => [a.id, a]))
    const adjustments = input.adjustments.flatMap((a, i) => {
      const was = storedItem.get(a.id)
      const parsed = collectRowIssues(
        scoreAdjustmentSchema,
        {
          ...a,
          id: a.id || newId(),
          order: i + 1,
          createdAt: was?.createdAt ?? now,
          updatedAt: now,
          clusterYearId,
          unitId
        },
        ['adjustments', i],
        issues,
        `${a.kind === 'penalty' ? 'Điểm trừ' : 'Điểm cộng'} ${i + 1}`
      )
      return parsed ? [parsed] : []
    })
    if (issues.length || !sheet) throw new ValidationError(issues)
    issues.push(...checkUnitScores(ctx.plan, ctx.rules, entries, adjustments))
    const { kinds, flag } = changesMade({ sheet: was, ...stored }, { sheet, entries, adjustments })
    for (const kind of kinds) issues.push(...checkSheetEdit(was, kind, reason))
    if (flag && (was.status === 'adopted' || was.status === 'locked'))
      issues.push(...checkSheetEdit(was, 'review', reason))
    const unique = issues.filter(
      (x, i) => issues.findIndex((y) => y.field === x.field && y.message === x.message) === i
    )
    if (unique.length) throw new ValidationError(unique)
    if (kinds.size === 0 && !flag && !isNew) return was

    const keepEntries = entries.filter((e) => storedEntry.has(e.criterionId) || hasContent(e))
    await db.scoreSheets.put(sheet)
    await db.scoreEntries.bulkPut(keepEntries)
    const keptItems = new Set(adjustments.map((a) => a.id))
    await db.scoreAdjustments.bulkDelete(
      rowsToDelete(stored.adjustments, keptItems, base?.children?.adjustments).map((a) => a.id)
    )
    await db.scoreAdjustments.bulkPut(adjustments)
    const name = unitNameIn(ctx.year, ctx.units, unitId)
    const after = await unitRows(db, clusterYearId, unitId)
    await recordAudit(db, {
      table: 'scoreSheets',
      entityId: sheet.id,
      action: isNew ? 'create' : 'update',
      summary:
        `Lưu phiếu chấm điểm năm ${ctx.year.year} của ${name}${reason.trim() ? `. Lý do sửa: ${reason.trim()}` : ''}`.slice(
          0,
          1000
        ),
      before: isNew ? undefined : { sheet: was, ...stored },
      after: { sheet, ...after }
    })
    return sheet
  })
}

/** A unit's totals on both sides, as a status change records them for the audit trail. */
function totalsNow(ctx: ScoringContext, rows: Awaited<ReturnType<typeof unitRows>>) {
  const side = (s: 'self' | 'effective') =>
    computeUnitTotals(
      ctx.plan,
      ctx.rules,
      unitValuesFrom(ctx.plan, rows.entries, rows.adjustments, s)
    )
  const self = side('self')
  const effective = side('effective')
  return {
    selfTotal: self.total,
    total: effective.total,
    base: effective.base,
    bonus: effective.bonus,
    penalty: effective.penalty
  }
}

/** The statuses a secretary moves a sheet to on its own; adoption goes with the ranking. */
export type SheetStep = 'draft' | 'submitted' | 'reviewed' | 'explained'

async function moveSheet(
  db: OfficeDatabase,
  ctx: ScoringContext,
  unitId: string,
  to: SheetStep,
  reason: string,
  base?: SaveBase
): Promise<FieldIssue[]> {
  requireMember(ctx, unitId)
  const { sheet, isNew } = await sheetOf(db, ctx, unitId)
  await assertUnchanged(db, isNew ? undefined : sheet, base)
  const rows = await unitRows(db, ctx.year.id, unitId)
  const name = unitNameIn(ctx.year, ctx.units, unitId)
  if (sheet.status === 'adopted' || sheet.status === 'locked')
    return [
      {
        field: 'status',
        message: `${name}: phiếu ${SHEET_STATUS_LABELS[sheet.status].toLocaleLowerCase('vi')} cùng bảng xếp hạng; hãy mở lại bảng xếp hạng (mục Xếp hạng).`
      }
    ]
  const issues = checkSheetTransition(
    sheet,
    to,
    { plan: ctx.plan, rules: ctx.rules, ...rows },
    reason
  )
  if (issues.length) return issues.map((i) => ({ ...i, message: `${name}: ${i.message}` }))
  const next: ScoreSheet = {
    ...sheet,
    status: to,
    submittedOn: to === 'submitted' && !sheet.submittedOn ? todayIso() : sheet.submittedOn,
    updatedAt: stampAfter(sheet.updatedAt)
  }
  await db.scoreSheets.put(next)
  await recordAudit(db, {
    table: 'scoreSheets',
    entityId: sheet.id,
    action: 'update',
    summary:
      `Phiếu chấm điểm của ${name}: ${SHEET_STATUS_LABELS[sheet.status]} → ${SHEET_STATUS_LABELS[to]}${reason.trim() ? `. Lý do: ${reason.trim()}` : ''}`.slice(
        0,
        1000
      ),
    before: { status: sheet.status, ...totalsNow(ctx, rows) },
    after: { status: to, ...totalsNow(ctx, rows) }
  })
  return []
}

/**
 * Moves one unit's sheet a step (draft → submitted → reviewed → explained, or back), refused with
 * its reasons when `checkSheetTransition` says no. The audit entry records the totals at that
 * moment. With `base` (the sheet as its panel shows it), refused with a `StaleRecordError` when
 * the sheet changed meanwhile elsewhere: a secretary moves only the sheet she has seen. Returns
 * the sheet's new stamp.
 */
export async function changeSheetStatus(
  db: OfficeDatabase,
  clusterYearId: string,
  unitId: string,
  to: SheetStep,
  reason = '',
  base?: SaveBase
): Promise<string> {
  return db.transaction('rw', scoringTables(db), async () => {
    const ctx = await scoringContext(db, clusterYearId)
    const issues = await moveSheet(db, ctx, unitId, to, reason, base)
    if (issues.length) throw new ValidationError(issues)
    return (await sheetOf(db, ctx, unitId)).sheet.updatedAt
  })
}

/**
 * Moves every listed sheet that can make the step (for "Chuyển các phiếu đủ điểm sang …") in one
 * transaction; the others stay as they are and their reasons come back.
 */
export async function changeSheetStatuses(
  db: OfficeDatabase,
  clusterYearId: string,
  unitIds: string[],
  to: SheetStep
): Promise<{ moved: string[]; refused: FieldIssue[] }> {
  return db.transaction('rw', scoringTables(db), async () => {
    const ctx = await scoringContext(db, clusterYearId)
    const moved: string[] = []
    const refused: FieldIssue[] = []
    for (const unitId of unitIds) {
      const issues = await moveSheet(db, ctx, unitId, to, '')
      if (issues.length) refused.push({ field: unitId, message: issues[0]!.message })
      else moved.push(unitId)
    }
    return { moved, refused }
  })
}
