import { checkBallot } from '@core/ballot/checks'
import { correctEntry } from '@core/ballot/diff'
import {
  ballotCountSchema,
  ballotSchema,
  tallyEntrySchema,
  type Ballot,
  type BallotCount,
  type TallyEntry
} from '@core/ballot/model'
import { countOutcome, nextRound, type CountOutcome } from '@core/ballot/result'
import { newId, nowIso } from '@core/model/ids'
import { parseOrThrow, ValidationError } from '@core/model/validation'
import { cleanDeep } from '@core/text/normalize'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { applyYearEndEffects, type EffectsOutcome } from './year-end-effects'
import { ballotAttendance, flaggedUnits } from './year-end-repo'

/**
 * The year-end ballot and its count (issue 15 §1–3). Every write is validated with the core
 * schema after cleaning, checked against the year, done in one transaction with its audit entry.
 * A counted ballot is never edited; a final count is never changed; a count gives no result while
 * its two entries differ.
 */

export function ballotTables(db: OfficeDatabase) {
  return [
    db.clusterYears,
    db.meetings,
    db.attendances,
    db.scoreSheets,
    db.ballots,
    db.ballotCounts,
    db.auditLog
  ]
}

const refuse = (message: string, field = ''): never => {
  throw new ValidationError([{ field, message }])
}

async function ballotOf(db: OfficeDatabase, id: string): Promise<Ballot> {
  return (await db.ballots.get(id)) ?? refuse('Không tìm thấy phiếu bình xét này.')
}

async function countOf(db: OfficeDatabase, ballotId: string): Promise<BallotCount | undefined> {
  return db.ballotCounts.where('ballotId').equals(ballotId).first()
}

/**
 * Saves a ballot definition (new or edited). Refused once it has been counted, or when its
 * sections do not fit the year (a candidate not a member, more papers per unit than units). A
 * printed ballot edited goes back to draft: the papers printed before no longer match it.
 */
export async function saveBallot(db: OfficeDatabase, input: unknown): Promise<Ballot> {
  return db.transaction('rw', ballotTables(db), async () => {
    const parsed = parseOrThrow(ballotSchema, cleanDeep(input))
    const year = await db.clusterYears.get(parsed.clusterYearId)
    if (!year) refuse('Không tìm thấy năm thi đua này.')
    const before = await db.ballots.get(parsed.id)
    if (before?.status === 'counted') refuse('Phiếu này đã kiểm xong, không sửa được.')
    const counted = await countOf(db, parsed.id)
    if (counted && counted.entries.length > 0)
      refuse('Phiếu này đã có kết quả nhập, không sửa được. Hãy xóa số liệu đã nhập trước.')
    if (parsed.meetingId) {
      const meeting = await db.meetings.get(parsed.meetingId)
      if (meeting?.clusterYearId !== parsed.clusterYearId)
        refuse('Hội nghị bỏ phiếu phải là hội nghị của năm.', 'meetingId')
    }
    const errors = checkBallot(parsed, {
      memberUnitIds: year!.memberUnitIds,
      flagged: new Set(Object.keys(await flaggedUnits(db, parsed.clusterYearId)))
    }).filter((i) => i.severity === 'error')
    if (errors.length) throw new ValidationError(errors)
    const now = nowIso()
    const ballot: Ballot = {
      ...parsed,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
      status: 'draft'
    }
    await db.ballots.put(ballot)
    await recordAudit(db, {
      table: 'ballots',
      entityId: ballot.id,
      action: before ? 'update' : 'create',
      summary: `${before ? 'Sửa' : 'Lập'} ${ballot.title}${ballot.round > 1 ? ` (lần ${ballot.round})` : ''}`,
      before,
      after: ballot
    })
    return ballot
  })
}

/** Deletes a ballot not yet counted, with its count if one was started. */
export async function deleteBallot(db: OfficeDatabase, id: string): Promise<void> {
  await db.transaction('rw', ballotTables(db), async () => {
    const ballot = await ballotOf(db, id)
    if (ballot.status === 'counted') refuse('Phiếu đã kiểm xong được lưu lại, không xóa được.')
    if ((await db.ballots.where('parentBallotId').equals(id).count()) > 0)
      refuse('Phiếu này đã có lần bỏ phiếu sau, không xóa được.')
    const count = await countOf(db, id)
    if (count) await db.ballotCounts.delete(count.id)
    await db.ballots.delete(id)
    await recordAudit(db, {
      table: 'ballots',
      entityId: id,
      action: 'delete',
      summary: `Xóa ${ballot.title}`,
      before: { ballot, count },
      after: null
    })
  })
}

/** "In phiếu": the ballot is marked printed (a draft stays editable until a count starts). */
export async function markBallotPrinted(db: OfficeDatabase, id: string): Promise<void> {
  await db.transaction('rw', ballotTables(db), async () => {
    const ballot = await ballotOf(db, id)
    if (ballot.status !== 'draft') return
    const after = { ...ballot, status: 'printed' as const, updatedAt: nowIso() }
    await db.ballots.put(after)
    await recordAudit(db, {
      table: 'ballots',
      entityId: id,
      action: 'update',
      summary: `In ${ballot.title}${ballot.round > 1 ? ` (lần ${ballot.round})` : ''}`,
      before: ballot,
      after
    })
  })
}

/** What the count form edits: the board, the papers, the times, who keeps the papers. */
export type CountSetup = Pick<
  BallotCount,
  | 'board'
  | 'present'
  | 'ballotsIssued'
  | 'ballotsReturned'
  | 'startTime'
  | 'endTime'
  | 'doubleEntry'
  | 'keptBy'
>

async function writeCount(
  db: OfficeDatabase,
  ballot: Ballot,
  before: BallotCount | undefined,
  next: unknown,
  summary: string
): Promise<BallotCount> {
  const count = parseOrThrow(ballotCountSchema, cleanDeep(next))
  await db.ballotCounts.put(count)
  await recordAudit(db, {
    table: 'ballotCounts',
    entityId: count.id,
    action: before ? 'update' : 'create',
    summary: `${summary} — ${ballot.title}${ballot.round > 1 ? ` (lần ${ballot.round})` : ''}`,
    before,
    after: count
  })
  return count
}

async function openCount(db: OfficeDatabase, ballotId: string) {
  const ballot = await ballotOf(db, ballotId)
  const count = await countOf(db, ballotId)
  if (count?.status === 'final') refuse('Kết quả kiểm phiếu đã chốt, không sửa được.')
  return { ballot, count }
}

/** Saves the Ban kiểm phiếu and the papers issued and returned (creating the count). */
export async function saveCountSetup(
  db: OfficeDatabase,
  ballotId: string,
  setup: CountSetup
): Promise<BallotCount> {
  return db.transaction('rw', ballotTables(db), async () => {
    const { ballot, count } = await openCount(db, ballotId)
    const now = nowIso()
    return writeCount(
      db,
      ballot,
      count,
      {
        ...(count ?? { id: newId(), createdAt: now, ballotId, entries: [] }),
        ...setup,
        updatedAt: now
      },
      'Ghi Ban kiểm phiếu và số phiếu'
    )
  })
}

/**
 * Saves one board member's entry of the tallies in its slot (A = 0, B = 1). The entry is the
 * member's own: a slot already entered by someone else is refused, so the second entry never
 * overwrites the first.
 */
export async function saveTallyEntry(
  db: OfficeDatabase,
  ballotId: string,
  slot: 0 | 1,
  input: Omit<TallyEntry, 'savedAt'>
): Promise<BallotCount> {
  return db.transaction('rw', ballotTables(db), async () => {
    const { ballot, count } = await openCount(db, ballotId)
    if (!count) return refuse('Hãy ghi Ban kiểm phiếu và số phiếu trước khi nhập kết quả.')
    if (slot === 1 && !count.doubleEntry) refuse('Kiểm phiếu này chỉ nhập một lần.')
    if (slot === 1 && !count.entries[0]) refuse('Hãy lưu lần nhập A trước.')
    const member = count.board[input.enteredBy]
    if (!member) refuse('Người nhập phải là thành viên Ban kiểm phiếu.', 'enteredBy')
    const other = count.entries[slot === 0 ? 1 : 0]
    if (other && other.enteredBy === input.enteredBy)
      refuse('Hai lần nhập phải do hai thành viên khác nhau của Ban kiểm phiếu.', 'enteredBy')
    const entry = parseOrThrow(tallyEntrySchema, cleanDeep({ ...input, savedAt: nowIso() }))
    const entries = [...count.entries]
    entries[slot] = entry
    return writeCount(
      db,
      ballot,
      count,
      { ...count, entries, updatedAt: entry.savedAt },
      `Lần nhập ${'AB'[slot]} của ${member!.name}`
    )
  })
}

/**
 * Settles a disagreement of the two entries: one is corrected after re-reading the papers, and
 * the count keeps how many figures differed and the board's note. Refused when they already agree.
 */
export async function reconcileEntries(
  db: OfficeDatabase,
  ballotId: string,
  which: 0 | 1,
  corrected: Omit<TallyEntry, 'savedAt'>,
  note: string
): Promise<BallotCount> {
  return db.transaction('rw', ballotTables(db), async () => {
    const { ballot, count } = await openCount(db, ballotId)
    if (!count || count.entries.length < 2) return refuse('Chưa có đủ hai lần nhập để đối chiếu.')
    if (!note.trim()) refuse('Ghi cách đối chiếu (ví dụ: đọc lại phiếu thứ 3).', 'note')
    const now = nowIso()
    const entry = parseOrThrow(tallyEntrySchema, cleanDeep({ ...corrected, savedAt: now }))
    let next: BallotCount
    try {
      next = correctEntry(ballot, count, which, entry, note.trim(), now)
    } catch (error) {
      return refuse(error instanceof Error ? error.message : String(error))
    }
    return writeCount(db, ballot, count, next, `Đối chiếu, sửa lần nhập ${'AB'[which]}`)
  })
}

/** Records the chair's decision on a tie the rule leaves to the chair. */
export async function recordTieDecision(
  db: OfficeDatabase,
  ballotId: string,
  decision: { sectionKey: string; unitIds: string[]; note: string }
): Promise<BallotCount> {
  return db.transaction('rw', ballotTables(db), async () => {
    const { ballot, count } = await openCount(db, ballotId)
    if (!count) return refuse('Chưa có kết quả kiểm phiếu.')
    if (!ballot.sections.some((s) => s.key === decision.sectionKey))
      refuse('Mục này không có trên phiếu.')
    const tieDecisions = [
      ...count.tieDecisions.filter((d) => d.sectionKey !== decision.sectionKey),
      decision
    ]
    return writeCount(
      db,
      ballot,
      count,
      { ...count, tieDecisions, updatedAt: nowIso() },
      'Ghi quyết định của chủ trì khi bằng phiếu'
    )
  })
}

/** The outcome of a count as it stands (for the screen, before "Chốt kết quả"). */
export async function outcomeOf(
  db: OfficeDatabase,
  ballot: Ballot,
  count: BallotCount
): Promise<CountOutcome> {
  const { attendance, absentUnitIds } = await ballotAttendance(db, ballot)
  return countOutcome(ballot, count, attendance, absentUnitIds)
}

export interface FinalisedCount {
  count: BallotCount
  /** The next round's ballot when a tie goes to a re-vote. */
  nextBallot: Ballot | null
  effects: EffectsOutcome
}

/**
 * "Chốt kết quả": refused unless the count gives a result (both entries present, agreeing and
 * adding up). The count becomes final and the ballot counted; a tie left to a re-vote creates the
 * next round's ballot among the tied units; when the results are complete, the suy tôn sets the
 * year's leading unit and the election next year's cụm trưởng and cụm phó — all in one
 * transaction, so a result is never half applied.
 */
export async function finaliseCount(db: OfficeDatabase, ballotId: string): Promise<FinalisedCount> {
  return db.transaction('rw', [...ballotTables(db), db.clusters, db.memberUnits], async () => {
    const { ballot, count } = await openCount(db, ballotId)
    if (!count) return refuse('Chưa có kết quả kiểm phiếu.')
    const outcome = await outcomeOf(db, ballot, count)
    if (outcome.status === 'differ')
      refuse(
        `Hai lần nhập còn khác nhau ở ${outcome.comparison.differences.length} chỗ: chưa có kết quả cho đến khi đối chiếu xong.`
      )
    if (outcome.status !== 'ready') throw new ValidationError(outcome.issues)
    const now = nowIso()
    const final = await writeCount(
      db,
      ballot,
      count,
      { ...count, status: 'final', updatedAt: now },
      'Chốt kết quả kiểm phiếu'
    )
    await db.ballots.put({ ...ballot, status: 'counted', updatedAt: now })
    const next = nextRound(ballot, outcome, { id: newId(), now })
    if (next) {
      await db.ballots.add(next)
      await recordAudit(db, {
        table: 'ballots',
        entityId: next.id,
        action: 'create',
        summary: `Bằng phiếu: lập phiếu bỏ phiếu lần ${next.round} trong số các đơn vị bằng phiếu`,
        after: next
      })
    }
    const effects = await applyYearEndEffects(db, ballot.clusterYearId)
    return { count: final, nextBallot: next, effects }
  })
}
