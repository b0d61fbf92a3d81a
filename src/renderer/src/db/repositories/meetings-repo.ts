import {
  attendanceSchema,
  clusterRulesSchema,
  guestSchema,
  meetingSchema,
  minutesSchema,
  remarkSchema,
  voteSchema,
  type Attendance,
  type Cluster,
  type ClusterRules,
  type ClusterYear,
  type Guest,
  type Meeting,
  type MemberUnit,
  type Minutes,
  type Remark,
  type Vote
} from '@core/model/entities'
import { newId, nowIso } from '@core/model/ids'
import { collectRowIssues, ValidationError, type FieldIssue } from '@core/model/validation'
import {
  checkMeeting,
  checkMeetingYear,
  checkVote,
  summarizeAttendance
} from '@core/rules/meetings'
import { clusterVoteRule, isUncounted } from '@core/rules/votes'
import {
  checkMinutesBeforeFinalising,
  generateMinutesBody,
  type MeetingFacts
} from '@core/documents/kinds/minutes'
import { todayIso } from '@core/text/dates'
import type { z, ZodType } from 'zod'
import {
  assertUnchanged,
  NOT_STORED,
  rowsToDelete,
  stampAfter,
  type SaveBase
} from '../concurrency'
import type { OfficeDatabase } from '../database'
import { recordAudit } from './audit'
import { issueInTransaction } from './number-series'
import { discardDrafts } from './drafts-repo'
import { documentFileName } from '@core/documents/file-name'
import { documentSymbol } from '@core/documents/kinds/common'

type Editable<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'meetingId'> & { id?: string }

/** The fields of a vote added in schema v6 may be left out: the stored values are kept. */
type VoteInput = Omit<
  Editable<Vote>,
  'purpose' | 'rule' | 'present' | 'writtenOpinions' | 'needsReview'
> &
  Partial<Pick<Vote, 'purpose' | 'rule' | 'present' | 'writtenOpinions'>>

/** The key of the meeting form's drafts (see `drafts-repo.ts`). */
export const MEETING_FORM = 'meeting'

/** The key of the drafts of a meeting's minutes text (record: the meeting). */
export const MINUTES_FORM = 'minutes'

/** Everything the meeting form edits, saved together. */
export interface MeetingInput {
  meeting: Omit<Meeting, 'id' | 'createdAt' | 'updatedAt' | 'status'> & {
    status?: Meeting['status']
  }
  attendances: Array<Editable<Attendance>>
  guests: Array<Editable<Guest>>
  remarks: Array<Editable<Remark>>
  votes: VoteInput[]
}

/**
 * The meetings of a cluster, newest first. Read year by year: each is one indexed read, where
 * `anyOf` over the years would walk a cursor over every meeting one by one.
 */
export async function listMeetings(db: OfficeDatabase, clusterId: string): Promise<Meeting[]> {
  const yearIds = await db.clusterYears.where('clusterId').equals(clusterId).primaryKeys()
  const byYear = await Promise.all(
    yearIds.map((id) => db.meetings.where('clusterYearId').equals(id).toArray())
  )
  return byYear.flat().sort(newestFirst)
}

/** The meetings of one cluster year, newest first: what a one-year screen reads (indexed). */
export async function listYearMeetings(db: OfficeDatabase, clusterYearId: string) {
  return (await db.meetings.where('clusterYearId').equals(clusterYearId).toArray()).sort(
    newestFirst
  )
}

const newestFirst = (a: Meeting, b: Meeting) =>
  b.date.localeCompare(a.date) || a.title.localeCompare(b.title)

/** A meeting with all its parts, or null. */
export async function loadMeeting(db: OfficeDatabase, meetingId: string) {
  const meeting = await db.meetings.get(meetingId)
  if (!meeting) return null
  const [attendances, guests, remarks, votes, minutes] = await Promise.all([
    db.attendances.where('meetingId').equals(meetingId).toArray(),
    db.guests.where('meetingId').equals(meetingId).sortBy('order'),
    db.remarks.where('meetingId').equals(meetingId).sortBy('order'),
    db.votes.where('meetingId').equals(meetingId).sortBy('order'),
    db.minutes.where('meetingId').equals(meetingId).toArray()
  ])
  return {
    meeting,
    attendances,
    guests,
    remarks,
    votes,
    minutes: minutes.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  }
}

/** The facts of a meeting for its documents, with unit names as recorded for its year. */
export async function loadMeetingFacts(
  db: OfficeDatabase,
  meetingId: string
): Promise<MeetingFacts | null> {
  const record = await loadMeeting(db, meetingId)
  if (!record) return null
  const year = await db.clusterYears.get(record.meeting.clusterYearId)
  const cluster = year ? await db.clusters.get(year.clusterId) : undefined
  if (!year || !cluster) return null
  const units = await db.memberUnits.where('clusterId').equals(cluster.id).toArray()
  return meetingFactsOf(record, year, cluster, units)
}

/**
 * The facts of a meeting already read with its year, cluster and units: a unit is named as the
 * year recorded it, else by its name now.
 */
export function meetingFactsOf(
  record: Omit<NonNullable<Awaited<ReturnType<typeof loadMeeting>>>, 'minutes'>,
  year: ClusterYear,
  cluster: Cluster,
  units: MemberUnit[]
): MeetingFacts {
  const unitNames: Record<string, string> = Object.fromEntries(units.map((u) => [u.id, u.name]))
  Object.assign(unitNames, year.unitNames)
  return {
    cluster,
    rules: cluster.rules,
    year,
    meeting: record.meeting,
    unitNames,
    attendances: record.attendances,
    guests: record.guests,
    remarks: record.remarks,
    votes: record.votes
  }
}

const LOCKED =
  'Biên bản của hội nghị này đã hoàn tất nên không sửa được. Hãy bấm “Lập bản đính chính” để sửa, bản đã hoàn tất vẫn được giữ nguyên.'

function parseAll<S extends ZodType>(
  schema: S,
  rows: unknown[],
  prefix: string,
  issues: FieldIssue[]
): Array<z.infer<S>> {
  return rows.flatMap((row, i) => collectRowIssues(schema, row, [prefix, i], issues) ?? [])
}

/** The lists of a meeting saved with it, by the name a `SaveBase` gives their starting ids. */
const MEETING_PARTS = ['attendances', 'guests', 'remarks', 'votes'] as const

/** The ids of a meeting's parts, per list: what a form starting from `record` remembers. */
export function meetingChildren(record: {
  attendances: Array<{ id: string }>
  guests: Array<{ id: string }>
  remarks: Array<{ id: string }>
  votes: Array<{ id: string }>
}): Record<string, string[]> {
  return Object.fromEntries(MEETING_PARTS.map((part) => [part, record[part].map((r) => r.id)]))
}

/**
 * Saves a meeting and all its parts in one transaction. Refused — with every problem named and
 * nothing written — when a field is invalid, the end is before the start, an attendee's unit is not
 * a member that year, a vote's figures do not add up, or the minutes are already finalised.
 *
 * `base` is what the form read when it opened (`concurrency.ts`): the save is refused with a
 * `StaleRecordError` when the meeting changed since, and only the parts the form started with and
 * no longer has are deleted. A part keeps its id and creation time (an attendance: the row of its
 * unit).
 */
export async function saveMeeting(
  db: OfficeDatabase,
  id: string | null,
  input: MeetingInput,
  base?: SaveBase
): Promise<Meeting> {
  return db.transaction(
    'rw',
    [
      db.meetings,
      db.attendances,
      db.guests,
      db.remarks,
      db.votes,
      db.clusterYears,
      db.clusters,
      db.drafts,
      db.settings,
      db.auditLog
    ],
    async () => {
      const before = id ? await db.meetings.get(id) : undefined
      if (id) await assertUnchanged(db, before, base)
      if (id && !before)
        throw new ValidationError([{ field: '', message: 'Không tìm thấy hội nghị này.' }])
      if (before?.status === 'finalised')
        throw new ValidationError([{ field: '', message: LOCKED }])
      const now = stampAfter(before?.updatedAt)
      const meetingId = before?.id ?? newId()
      const issues: FieldIssue[] = []
      const meetingResult = meetingSchema.safeParse({
        ...input.meeting,
        status: before?.status ?? input.meeting.status ?? 'draft',
        id: meetingId,
        createdAt: before?.createdAt ?? now,
        updatedAt: now
      })
      if (!meetingResult.success) {
        for (const issue of meetingResult.error.issues)
          issues.push({ field: issue.path.join('.'), message: issue.message })
      }
      const stored = {
        attendances: await db.attendances.where('meetingId').equals(meetingId).toArray(),
        guests: await db.guests.where('meetingId').equals(meetingId).toArray(),
        remarks: await db.remarks.where('meetingId').equals(meetingId).toArray(),
        votes: await db.votes.where('meetingId').equals(meetingId).toArray()
      }
      // A part keeps its row (id, creation time); an id this meeting does not have gets a new one.
      const stamp = <T extends { id?: string }>(
        row: T,
        existing: { id: string; createdAt: string } | undefined,
        order?: number
      ) => ({
        ...row,
        ...(order === undefined ? {} : { order }),
        id: existing?.id ?? newId(),
        meetingId,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now
      })
      const byId = <R extends { id: string }>(rows: R[], id: string | undefined) =>
        id ? rows.find((r) => r.id === id) : undefined
      const attendances = parseAll(
        attendanceSchema,
        input.attendances.map((a) =>
          stamp(
            a,
            stored.attendances.find((s) => s.unitId === a.unitId)
          )
        ),
        'attendances',
        issues
      )
      const guests = parseAll(
        guestSchema,
        input.guests.map((g, i) => stamp(g, byId(stored.guests, g.id), i)),
        'guests',
        issues
      )
      const remarks = parseAll(
        remarkSchema,
        input.remarks.map((r, i) => stamp(r, byId(stored.remarks, r.id), i)),
        'remarks',
        issues
      )
      // Checked even when a field above was refused, so the secretary sees every problem at once.
      const year = await db.clusterYears.get(String(input.meeting.clusterYearId ?? ''))
      const cluster = year ? await db.clusters.get(year.clusterId) : undefined
      const votes = parseAll(
        voteSchema,
        input.votes.map((v, i) => {
          const old = byId(stored.votes, v.id)
          return stamp(withRule(v, old, cluster?.rules), old, i)
        }),
        'votes',
        issues
      )
      if (!year)
        issues.push({
          field: 'clusterYearId',
          message: 'Năm thi đua: chưa chọn hoặc không tồn tại.'
        })
      issues.push(
        ...checkMeeting({
          startTime: String(input.meeting.startTime ?? '').trim(),
          endTime: String(input.meeting.endTime ?? '').trim(),
          chair: { ...input.meeting.chair, name: String(input.meeting.chair?.name ?? '').trim() }
        })
      )
      if (year && meetingResult.success)
        issues.push(...checkMeetingYear(meetingResult.data.date, year.year))
      if (year) {
        const outsiders = attendances.filter((a) => !year.memberUnitIds.includes(a.unitId))
        if (outsiders.length) {
          issues.push({
            field: 'attendances',
            message: `Thành phần tham dự: có đơn vị không thuộc cụm trong năm ${year.year}.`
          })
        }
        const summary = summarizeAttendance(year.memberUnitIds, attendances)
        const rules = cluster?.rules ?? clusterRulesSchema.parse({})
        votes.forEach((vote, i) => issues.push(...checkVote(vote, rules, summary, i)))
      }
      if (issues.length > 0 || !meetingResult.success) throw new ValidationError(issues)
      const meeting = meetingResult.data
      await db.meetings.put(meeting)
      const saved = { attendances, guests, remarks, votes }
      for (const part of MEETING_PARTS) {
        const table = db[part] as unknown as typeof db.attendances
        const rows = saved[part] as Attendance[]
        const removed = rowsToDelete(
          stored[part] as Array<{ id: string }>,
          rows.map((r) => r.id),
          base?.children?.[part]
        )
        await table.bulkDelete(removed.map((r) => r.id))
        await table.bulkPut(rows)
      }
      await discardDrafts(db, MEETING_FORM, meetingId, !before)
      await recordAudit(db, {
        table: 'meetings',
        entityId: meetingId,
        action: before ? 'update' : 'create',
        summary: `${before ? 'Sửa' : 'Thêm'} hội nghị: ${meeting.title}`,
        before,
        after: { meeting, attendances, guests, remarks, votes }
      })
      return meeting
    }
  )
}

/**
 * A vote as it will be stored: the fields the form left out keep their stored values, and the
 * vote carries a copy of its rule — the one given, else the one it was counted under, else (not
 * counted yet, or its purpose changed) the cluster's current rule for its purpose. Figures saved
 * again pass the checks, so a review flag set by the migration is cleared.
 */
function withRule(
  input: VoteInput,
  stored: Vote | undefined,
  rules: ClusterRules | undefined
): Omit<Vote, 'id' | 'createdAt' | 'updatedAt' | 'meetingId'> & { id?: string } {
  const purpose = input.purpose ?? stored?.purpose ?? 'other'
  const keepStored =
    stored?.rule && stored.purpose === purpose && !stored.options.every(isUncounted)
  return {
    ...input,
    purpose,
    present: input.present !== undefined ? input.present : (stored?.present ?? null),
    writtenOpinions: input.writtenOpinions ?? stored?.writtenOpinions ?? 0,
    rule:
      input.rule ??
      (keepStored ? stored!.rule : clusterVoteRule(rules ?? clusterRulesSchema.parse({}), purpose)),
    needsReview: null
  }
}

/** The draft minutes of a meeting (creating an empty one), or the last finalised one. */
export async function currentMinutes(
  db: OfficeDatabase,
  meetingId: string
): Promise<Minutes | undefined> {
  const rows = (await db.minutes.where('meetingId').equals(meetingId).toArray()).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt)
  )
  // The newest is the one no other row amends: creation times can be equal to the millisecond.
  const amended = new Set(rows.map((m) => m.amendsMinutesId).filter(Boolean))
  return (
    rows.find((m) => m.status === 'draft') ??
    rows.filter((m) => !amended.has(m.id)).at(-1) ??
    rows.at(-1)
  )
}

/** The minutes of a meeting not finalised yet (the one its text is saved into), if stored. */
async function draftMinutesOf(db: OfficeDatabase, meetingId: string) {
  return (await db.minutes.where('meetingId').equals(meetingId).toArray()).find(
    (m) => m.status === 'draft'
  )
}

/**
 * Saves the secretary's edited minutes text (empty: go back to the text generated from facts),
 * deleting the draft of the text in the same transaction.
 *
 * `base` is the draft minutes row as the editor read it (`NOT_STORED` while the text was still
 * the generated one, no row yet): the save is refused with a `StaleRecordError`, nothing written,
 * when the text was saved meanwhile in another window or the data was restored since.
 */
export async function saveMinutesBody(
  db: OfficeDatabase,
  meetingId: string,
  body: string,
  base?: SaveBase
): Promise<Minutes> {
  const tables = [db.minutes, db.meetings, db.drafts, db.settings, db.auditLog]
  return db.transaction('rw', tables, async () => {
    const meeting = await db.meetings.get(meetingId)
    if (!meeting)
      throw new ValidationError([{ field: '', message: 'Không tìm thấy hội nghị này.' }])
    if (meeting.status === 'finalised') throw new ValidationError([{ field: '', message: LOCKED }])
    const draft = await draftMinutesOf(db, meetingId)
    await assertUnchanged(db, draft, base)
    const now = stampAfter(draft?.updatedAt)
    const row = minutesSchema.parse({
      ...(draft ?? { id: newId(), createdAt: now, meetingId, kind: 'minutes' }),
      body,
      updatedAt: now
    })
    await db.minutes.put(row)
    await discardDrafts(db, MINUTES_FORM, meetingId, false)
    await recordAudit(db, {
      table: 'minutes',
      entityId: row.id,
      action: draft ? 'update' : 'create',
      before: draft,
      after: row,
      summary: 'Sửa nội dung biên bản'
    })
    return row
  })
}

/**
 * Finalises the minutes: the text (edited, or generated from the facts) is frozen into the minutes
 * row, the number is issued from the register — dated the meeting's date (a correction: the day it
 * is finalised) — and the meeting is locked. Refused, with nothing numbered, while a required fact
 * is blank, a vote is not counted or consistent, or a placeholder is left in the text; every
 * problem is listed with its field or line (`checkMinutesBeforeFinalising`). Returns the minutes.
 *
 * The text frozen is the one read before numbering; the numbering transaction refuses (with a
 * `StaleRecordError`, no number issued) when the text changed in between, or is not the one the
 * editor saved (`base`: its stamp of the draft minutes row).
 */
export async function finaliseMinutes(
  db: OfficeDatabase,
  meetingId: string,
  base?: SaveBase
): Promise<Minutes> {
  const facts = await loadMeetingFacts(db, meetingId)
  if (!facts) throw new ValidationError([{ field: '', message: 'Không tìm thấy hội nghị này.' }])
  if (facts.meeting.status === 'finalised')
    throw new ValidationError([{ field: '', message: 'Biên bản đã hoàn tất.' }])
  const existing = await currentMinutes(db, meetingId)
  const draft = existing?.status === 'draft' ? existing : null
  const body = draft?.body || generateMinutesBody(facts)
  const blocking = checkMinutesBeforeFinalising(facts, body)
  if (blocking.length > 0) throw new ValidationError(blocking)
  const now = nowIso()
  const minutesId = draft?.id ?? newId()
  // Numbering and finalising are one transaction: a number is never issued for minutes that
  // did not get finalised.
  return db.transaction(
    'rw',
    [db.minutes, db.meetings, db.documents, db.clusters, db.settings, db.auditLog],
    async () => {
      if ((await db.meetings.get(meetingId))?.status === 'finalised') {
        throw new ValidationError([{ field: '', message: 'Biên bản đã hoàn tất.' }])
      }
      const stored = await draftMinutesOf(db, meetingId)
      await assertUnchanged(db, stored, { updatedAt: draft?.updatedAt ?? NOT_STORED })
      await assertUnchanged(db, stored, base)
      const record = await issueInTransaction(db, {
        clusterId: facts.cluster.id,
        typeCode: 'BB',
        title: facts.meeting.title,
        issuedOn: draft?.amendsMinutesId ? todayIso() : facts.meeting.date,
        fileName: (n) =>
          documentFileName(
            'Biên bản',
            documentSymbol(n, 'BB', facts.cluster.symbol),
            facts.meeting.title
          ),
        sourceTable: 'minutes',
        sourceId: minutesId,
        signer: facts.meeting.chair.name,
        recipients: 'Các đơn vị trong Cụm',
        copies: 2
      })
      const row = minutesSchema.parse({
        ...(draft ?? {
          id: minutesId,
          createdAt: now,
          meetingId,
          kind: 'minutes',
          amendsMinutesId: ''
        }),
        body,
        status: 'finalised',
        documentId: record.id,
        finalisedAt: now,
        updatedAt: now
      })
      await db.minutes.put(row)
      await db.meetings.update(meetingId, { status: 'finalised', updatedAt: now })
      await recordAudit(db, {
        table: 'minutes',
        entityId: row.id,
        action: 'update',
        summary: `Hoàn tất biên bản số ${record.symbol}`,
        before: draft,
        after: row
      })
      return row
    }
  )
}

/**
 * Starts a correction of finalised minutes: the finalised minutes stay as they are (with their
 * number); a new draft that amends them is opened with the same text, and the meeting can be edited
 * again. Finalising the correction gives it its own number.
 *
 * A meeting can be marked finalised without finalised minutes to amend (a database restored from
 * an older or damaged backup): there is nothing to correct then, so the meeting is simply reopened
 * with its draft minutes — the one it has, or a new empty one — instead of failing. A draft left
 * open beside finalised minutes is reused, never doubled.
 */
export async function amendMinutes(db: OfficeDatabase, meetingId: string): Promise<Minutes> {
  return db.transaction('rw', [db.minutes, db.meetings, db.auditLog], async () => {
    const meeting = await db.meetings.get(meetingId)
    if (!meeting || meeting.status !== 'finalised')
      throw new ValidationError([
        { field: '', message: 'Chỉ lập bản đính chính cho biên bản đã hoàn tất.' }
      ])
    const rows = await db.minutes.where('meetingId').equals(meetingId).toArray()
    const original = rows
      .filter((m) => m.status === 'finalised')
      .sort((a, b) => a.finalisedAt.localeCompare(b.finalisedAt))
      .at(-1)
    const open = rows.find((m) => m.status === 'draft')
    const now = nowIso()
    const draft =
      open ??
      minutesSchema.parse({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        meetingId,
        kind: 'minutes',
        body: original?.body ?? '',
        status: 'draft',
        amendsMinutesId: original?.id ?? ''
      })
    if (!open) await db.minutes.add(draft)
    await db.meetings.update(meetingId, { status: 'draft', updatedAt: now })
    await recordAudit(db, {
      table: 'minutes',
      entityId: draft.id,
      action: open ? 'update' : 'create',
      summary: original
        ? 'Lập bản đính chính biên bản'
        : 'Mở lại hội nghị đã khóa nhưng không có biên bản đã hoàn tất',
      before: original ?? null,
      after: draft
    })
    return draft
  })
}
