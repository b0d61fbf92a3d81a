import type {
  Attendance,
  ClusterRules,
  ClusterYear,
  Guest,
  Meeting,
  Remark,
  Vote
} from '@core/model/entities'
import { summarizeAttendance, type AttendanceSummary } from '@core/rules/meetings'
import type { FieldIssue } from '@core/model/validation'
import type { MeetingInput } from '../../db/repositories/meetings-repo'
import { sameValue } from '../../lib/same-value'
import { toVoteInput, voteRowOf, type VoteRow } from './vote-form'

/** Per member unit: present or absent, why, and who came (one "Họ tên, chức vụ" per line). */
export interface AttendanceRow {
  status: Attendance['status']
  reason: string
  representatives: string
}

/** The meeting form as the secretary types it: text everywhere, converted on save. */
export interface MeetingFormState {
  clusterYearId: string
  type: Meeting['type']
  title: string
  date: string
  startTime: string
  endTime: string
  timeOfDay: Meeting['timeOfDay']
  place: string
  hostUnitId: string
  chairName: string
  chairPosition: string
  secretaryName: string
  secretaryPosition: string
  agenda: string
  conclusion: string
  decisions: string
  attendance: Record<string, AttendanceRow>
  guests: Array<{ id?: string; name: string; title: string; role: Guest['role'] }>
  remarks: Array<{
    id?: string
    speakerName: string
    speakerPosition: string
    unitId: string
    summary: string
  }>
  votes: VoteRow[]
}

/** Everyone present, nobody named yet: the attendance of a new meeting of that year. */
export function emptyAttendance(year: ClusterYear | undefined): Record<string, AttendanceRow> {
  return Object.fromEntries(
    (year?.memberUnitIds ?? []).map((id) => [
      id,
      { status: 'present', reason: '', representatives: '' }
    ])
  )
}

/** The form state of a stored meeting, or of a new one in the given year. */
export function toFormState(
  record: {
    meeting: Meeting
    attendances: Attendance[]
    guests: Guest[]
    remarks: Remark[]
    votes: Vote[]
  } | null,
  year: ClusterYear | undefined,
  rules: ClusterRules
): MeetingFormState {
  if (!record) {
    return {
      clusterYearId: year?.id ?? '',
      type: 'regular',
      title: '',
      date: '',
      startTime: '',
      endTime: '',
      timeOfDay: '',
      place: '',
      hostUnitId: year?.leaderUnitId ?? '',
      chairName: '',
      chairPosition: '',
      secretaryName: '',
      secretaryPosition: '',
      agenda: '',
      conclusion: '',
      decisions: '',
      attendance: emptyAttendance(year),
      guests: [],
      remarks: [],
      votes: []
    }
  }
  const { meeting } = record
  const attendance = emptyAttendance(year)
  for (const row of record.attendances) {
    attendance[row.unitId] = {
      status: row.status,
      reason: row.reason,
      representatives: row.representatives
        .map((r) => [r.name, r.position].filter(Boolean).join(', '))
        .join('\n')
    }
  }
  return {
    clusterYearId: meeting.clusterYearId,
    type: meeting.type,
    title: meeting.title,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    timeOfDay: meeting.timeOfDay,
    place: meeting.place,
    hostUnitId: meeting.hostUnitId,
    chairName: meeting.chair.name,
    chairPosition: meeting.chair.position,
    secretaryName: meeting.secretary.name,
    secretaryPosition: meeting.secretary.position,
    agenda: meeting.agenda.join('\n'),
    conclusion: meeting.conclusion,
    decisions: meeting.decisions.join('\n'),
    attendance,
    guests: record.guests.map(({ id, name, title, role }) => ({ id, name, title, role })),
    remarks: record.remarks.map(({ id, speakerName, speakerPosition, unitId, summary }) => ({
      id,
      speakerName,
      speakerPosition,
      unitId,
      summary
    })),
    votes: record.votes.map((v) => voteRowOf(v, rules))
  }
}

/** `Nguyễn Văn A, Chủ tịch` → name and position (split at the first comma or dash). */
export function parseRepresentative(line: string): { name: string; position: string } {
  const match = /^(.*?)\s*(?:,|\s-\s|\s–\s)\s*(.*)$/.exec(line.trim())
  return match ? { name: match[1]!, position: match[2]! } : { name: line.trim(), position: '' }
}

const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** The form as the repository's input; validation happens there. */
export function toMeetingInput(
  form: MeetingFormState,
  year: ClusterYear | undefined,
  status?: Meeting['status']
): MeetingInput {
  const members = year && new Set(year.memberUnitIds)
  return {
    meeting: {
      clusterYearId: form.clusterYearId,
      type: form.type,
      title: form.title,
      date: form.date,
      startTime: form.startTime,
      endTime: form.endTime,
      timeOfDay: form.timeOfDay,
      place: form.place,
      hostUnitId: form.hostUnitId,
      chair: { name: form.chairName, position: form.chairPosition, unitId: '', personId: '' },
      secretary: {
        name: form.secretaryName,
        position: form.secretaryPosition,
        unitId: '',
        personId: ''
      },
      agenda: lines(form.agenda),
      conclusion: form.conclusion,
      decisions: lines(form.decisions),
      ...(status ? { status } : {})
    },
    attendances: Object.entries(form.attendance)
      .filter(([unitId]) => !members || members.has(unitId))
      .map(([unitId, row]) => ({
        unitId,
        status: row.status,
        reason: row.status === 'present' ? '' : row.reason,
        representatives:
          row.status === 'present' ? lines(row.representatives).map(parseRepresentative) : []
      })),
    guests: form.guests.map((g, order) => ({ ...g, order })),
    remarks: form.remarks.map((r, order) => ({ ...r, order })),
    votes: form.votes.map(toVoteInput)
  }
}

/**
 * The form's values named as the repository names its fields (`title`, `chair.name`,
 * `votes.1.ballotsIssued`), so a refused message can tell when the value it is about changed.
 */
export function fieldValues(input: MeetingInput): Record<string, unknown> {
  const { attendances, guests, remarks, votes } = input
  return { ...input.meeting, attendances, guests, remarks, votes }
}

/**
 * What a refused message about a meeting field is about: a vote's figures hang together, so a
 * message about any part of a vote is about the whole vote.
 */
export const issueScope = (field: string) => /^votes\.\d+/.exec(field)?.[0] ?? field

/** The shape of the meeting form's drafts; bump when `MeetingFormState` changes. */
export const MEETING_DRAFT_VERSION = 1

/** Who is present, from the form as typed (before it is saved), for the live counts and shares. */
export function formAttendanceSummary(
  year: ClusterYear | undefined,
  input: MeetingInput
): AttendanceSummary | null {
  if (!year) return null
  const rows = input.attendances.map((a) => ({
    ...a,
    id: '',
    createdAt: '',
    updatedAt: '',
    meetingId: ''
  }))
  return summarizeAttendance(year.memberUnitIds, rows)
}

/** The list with one item changed; the others are kept as they are. */
export function patchAt<T>(list: T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...patch } : item))
}

/** The list without one item. */
export function removeAt<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index)
}

/**
 * Another year chosen: its member units replace the attendance (everyone present), and its
 * leading unit becomes the host, since units differ from year to year.
 */
export function changeYear(
  form: MeetingFormState,
  year: ClusterYear | undefined
): MeetingFormState {
  return {
    ...form,
    clusterYearId: year?.id ?? '',
    attendance: emptyAttendance(year),
    hostUnitId: year?.leaderUnitId ?? ''
  }
}

/**
 * Where each unit's row stands in the attendances saved (`toMeetingInput`), by unit: the
 * repository's messages name a row by that place (`attendances.3`). Only this year's units count.
 */
export function attendanceOrder(
  attendance: MeetingFormState['attendance'],
  year: ClusterYear | undefined
): Map<string, number> {
  const members = new Set(year?.memberUnitIds)
  return new Map(
    Object.keys(attendance)
      .filter((id) => members.has(id))
      .map((id, place) => [id, place])
  )
}

/** One unit's attendance changed. A unit not yet in the form starts as present. */
export function patchAttendance(
  form: MeetingFormState,
  unitId: string,
  patch: Partial<AttendanceRow>
): MeetingFormState {
  const row = form.attendance[unitId] ?? { status: 'present', reason: '', representatives: '' }
  return { ...form, attendance: { ...form.attendance, [unitId]: { ...row, ...patch } } }
}

/** Chair or secretary picked from the units' people: their name, and position (or their unit). */
export function pickPerson(
  form: MeetingFormState,
  role: 'chair' | 'secretary',
  person: { fullName: string; position: string; unitName: string }
): MeetingFormState {
  return {
    ...form,
    [`${role}Name`]: person.fullName,
    [`${role}Position`]: person.position || person.unitName
  }
}

/**
 * The form once saved: the repository saved every vote's figures after checking them, so no vote
 * is waiting for review any more (the flag set by the v6 migration is cleared by the save).
 */
export function afterSave(form: MeetingFormState): MeetingFormState {
  return form.votes.some((v) => v.review)
    ? { ...form, votes: form.votes.map((v) => ({ ...v, review: '' })) }
    : form
}

/** Whether the form holds something not saved yet. */
export function isDirty(form: MeetingFormState, saved: MeetingFormState): boolean {
  return !sameValue(form, saved)
}

/** What every panel of the meeting form receives from the editor. */
export interface MeetingPanelProps {
  form: MeetingFormState
  /** Applies a change to the form (a pure function of the form above). */
  update(change: (form: MeetingFormState) => MeetingFormState): void
  year: ClusterYear | undefined
  /** A member unit's name as it was that year. */
  nameOf(unitId: string): string
  /** The messages for a field, empty when it has none. */
  errorOf(field: string): string
  /** The messages of the last refused save or finalising still about the form as it is now. */
  issues: FieldIssue[]
}
