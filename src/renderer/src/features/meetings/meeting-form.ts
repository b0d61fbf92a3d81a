import type { Attendance, ClusterYear, Guest, Meeting, Remark, Vote } from '@core/model/entities'
import { summarizeAttendance, type AttendanceSummary } from '@core/rules/meetings'
import type { MeetingInput } from '../../db/repositories/meetings-repo'
import { sameValue } from '../../lib/same-value'

/** Per member unit: present or absent, why, and who came (one "Họ tên, chức vụ" per line). */
export interface AttendanceRow {
  status: Attendance['status']
  reason: string
  representatives: string
}

export interface VoteRow {
  id?: string
  subject: string
  method: Vote['method']
  electors: string
  ballotsIssued: string
  ballotsReturned: string
  ballotsValid: string
  ballotsInvalid: string
  options: Array<{
    label: string
    unitId: string
    inFavour: string
    against: string
    abstain: string
  }>
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

const text = (n: number) => String(n)

/** Everyone present, nobody named yet: the attendance of a new meeting of that year. */
export function emptyAttendance(year: ClusterYear | undefined): Record<string, AttendanceRow> {
  return Object.fromEntries(
    (year?.memberUnitIds ?? []).map((id) => [
      id,
      { status: 'present', reason: '', representatives: '' }
    ])
  )
}

/** A new secret ballot with one option to fill in. */
export function emptyVote(): VoteRow {
  return {
    subject: '',
    method: 'secret-ballot',
    electors: '',
    ballotsIssued: '',
    ballotsReturned: '',
    ballotsValid: '',
    ballotsInvalid: '0',
    options: [{ label: '', unitId: '', inFavour: '', against: '', abstain: '' }]
  }
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
  year: ClusterYear | undefined
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
    votes: record.votes.map((v) => ({
      id: v.id,
      subject: v.subject,
      method: v.method,
      electors: text(v.electors),
      ballotsIssued: text(v.ballotsIssued),
      ballotsReturned: text(v.ballotsReturned),
      ballotsValid: text(v.ballotsValid),
      ballotsInvalid: text(v.ballotsInvalid),
      options: v.options.map((o) => ({
        label: o.label,
        unitId: o.unitId,
        inFavour: text(o.inFavour),
        against: text(o.against),
        abstain: text(o.abstain)
      }))
    }))
  }
}

/** A count typed by the secretary: empty is 0; anything that is not a whole number stays invalid. */
const count = (value: string): number =>
  value.trim() === '' ? 0 : /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN

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
      .filter(([unitId]) => !year || year.memberUnitIds.includes(unitId))
      .map(([unitId, row]) => ({
        unitId,
        status: row.status,
        reason: row.status === 'present' ? '' : row.reason,
        representatives:
          row.status === 'present' ? lines(row.representatives).map(parseRepresentative) : []
      })),
    guests: form.guests.map((g, order) => ({ ...g, order })),
    remarks: form.remarks.map((r, order) => ({ ...r, order })),
    votes: form.votes.map((v, order) => ({
      id: v.id,
      order,
      subject: v.subject,
      method: v.method,
      electors: count(v.electors),
      ballotsIssued: v.method === 'secret-ballot' ? count(v.ballotsIssued) : 0,
      ballotsReturned: v.method === 'secret-ballot' ? count(v.ballotsReturned) : 0,
      ballotsValid: v.method === 'secret-ballot' ? count(v.ballotsValid) : 0,
      ballotsInvalid: v.method === 'secret-ballot' ? count(v.ballotsInvalid) : 0,
      options: v.options.map((o) => ({
        label: o.label,
        unitId: o.unitId,
        inFavour: count(o.inFavour),
        against: count(o.against),
        abstain: count(o.abstain)
      }))
    }))
  }
}

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
}
