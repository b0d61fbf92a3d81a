import { describe, expect, it } from 'vitest'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { clusterRulesSchema } from '@core/model/entities'
import {
  afterSave,
  attendanceOrder,
  changeYear,
  formAttendanceSummary,
  isDirty,
  parseRepresentative,
  patchAt,
  patchAttendance,
  pickPerson,
  removeAt,
  toFormState,
  toMeetingInput
} from '../../../src/renderer/src/features/meetings/meeting-form'
import { emptyVote as newVote } from '../../../src/renderer/src/features/meetings/vote-form'

const rules = clusterRulesSchema.parse({})
const emptyVote = () => newVote(rules)

const sample = buildSampleDataset('2026-01-01T00:00:00.000Z')
const [y2020, y2024] = [2020, 2024].map((n) => sample.clusterYears.find((y) => y.year === n)!)
const meeting = sample.meetings.find((m) => m.clusterYearId === y2024!.id)!
const record = {
  meeting,
  attendances: sample.attendances.filter((a) => a.meetingId === meeting.id),
  guests: sample.guests.filter((g) => g.meetingId === meeting.id),
  remarks: sample.remarks.filter((r) => r.meetingId === meeting.id),
  votes: []
}

describe('the meeting form', () => {
  it('starts a new meeting in the chosen year with every member present and its leader hosting', () => {
    const form = toFormState(null, y2024, rules)
    expect(form.clusterYearId).toBe(y2024!.id)
    expect(form.hostUnitId).toBe(y2024!.leaderUnitId)
    expect(Object.keys(form.attendance)).toEqual(y2024!.memberUnitIds)
    expect(Object.values(form.attendance).every((a) => a.status === 'present')).toBe(true)
  })

  it('round-trips a stored meeting through the form', () => {
    const input = toMeetingInput(toFormState(record, y2024, rules), y2024)
    expect(input.meeting).toMatchObject({
      title: meeting.title,
      date: meeting.date,
      place: meeting.place,
      agenda: meeting.agenda
    })
    expect(input.attendances).toHaveLength(record.attendances.length)
    expect(input.guests.map((g) => g.name)).toEqual(record.guests.map((g) => g.name))
  })

  it('reads representatives as "name, position", one per line', () => {
    expect(parseRepresentative('Vũ Thị Thành, Chủ tịch')).toEqual({
      name: 'Vũ Thị Thành',
      position: 'Chủ tịch'
    })
    expect(parseRepresentative('Lê Văn Phó - Phó Chủ tịch').position).toBe('Phó Chủ tịch')
    expect(parseRepresentative('Trần Văn Ghi')).toEqual({ name: 'Trần Văn Ghi', position: '' })
  })

  it('counts who is present as typed, and keeps a typed count that is not a number invalid', () => {
    let form = toFormState(null, y2024, rules)
    const [first, second] = y2024!.memberUnitIds
    form = patchAttendance(form, first!, { status: 'absent-excused', reason: 'Ốm' })
    form = patchAttendance(form, second!, { representatives: 'A, Chủ tịch\nB, Phó Chủ tịch' })
    const summary = formAttendanceSummary(y2024, toMeetingInput(form, y2024))
    expect(summary).toMatchObject({
      members: y2024!.memberUnitIds.length,
      present: y2024!.memberUnitIds.length - 1,
      absentExcused: 1
    })
    const votes = [{ ...emptyVote(), ballotsIssued: '5,5', ballotsValid: 'năm' }]
    // Kept as typed so the save names what is wrong ("phải là số nguyên"), never rounded.
    expect(toMeetingInput({ ...form, votes }, y2024).votes[0]!.ballotsIssued).toBe(5.5)
    expect(toMeetingInput({ ...form, votes }, y2024).votes[0]!.ballotsValid).toBeNaN()
    expect(toMeetingInput({ ...form, votes: [emptyVote()] }, y2024).votes[0]!.ballotsIssued).toBe(0)
  })

  it('on another year: that year’s units, everyone present, its leader hosting', () => {
    const form = patchAttendance(toFormState(null, y2024, rules), y2024!.memberUnitIds[0]!, {
      status: 'absent-unexcused'
    })
    const moved = changeYear(form, y2020)
    expect(moved.clusterYearId).toBe(y2020!.id)
    expect(Object.keys(moved.attendance)).toEqual(y2020!.memberUnitIds)
    expect(Object.values(moved.attendance).every((a) => a.status === 'present')).toBe(true)
    expect(moved.hostUnitId).toBe(y2020!.leaderUnitId)
  })

  it('fills chair or secretary from a unit’s person, with the unit when no position is known', () => {
    const form = toFormState(null, y2024, rules)
    const chair = pickPerson(form, 'chair', {
      fullName: 'Vũ Thị Thành',
      position: '',
      unitName: 'Ủy ban MTTQ Việt Nam quận Long Biên'
    })
    expect(chair).toMatchObject({
      chairName: 'Vũ Thị Thành',
      chairPosition: 'Ủy ban MTTQ Việt Nam quận Long Biên',
      secretaryName: ''
    })
  })

  it('edits and removes rows by position, leaving the others as they were', () => {
    const rows = [{ a: 1 }, { a: 2 }, { a: 3 }]
    expect(patchAt(rows, 1, { a: 9 })).toEqual([{ a: 1 }, { a: 9 }, { a: 3 }])
    expect(removeAt(rows, 0)).toEqual([{ a: 2 }, { a: 3 }])
    expect(rows).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }])
  })

  it('is dirty after any edit, down to one vote figure, and clean when it matches what is saved', () => {
    const saved = toFormState(record, y2024, rules)
    expect(isDirty(toFormState(record, y2024, rules), saved)).toBe(false)
    expect(isDirty({ ...saved, place: saved.place + '.' }, saved)).toBe(true)
    const voted = { ...saved, votes: [emptyVote()] }
    expect(isDirty(voted, saved)).toBe(true)
    expect(isDirty(voted, { ...saved, votes: [emptyVote()] })).toBe(false)
    expect(
      isDirty({ ...voted, votes: patchAt(voted.votes, 0, { ballotsIssued: '6' }) }, voted)
    ).toBe(true)
  })

  it('no longer shows a vote as waiting for review once the meeting is saved', () => {
    const flagged = { ...emptyVote(), review: 'Số đồng ý lớn hơn số có mặt.' }
    const form = { ...toFormState(record, y2024, rules), votes: [flagged, emptyVote()] }
    expect(afterSave(form).votes.map((v) => v.review)).toEqual(['', ''])
    const clean = toFormState(record, y2024, rules)
    expect(afterSave(clean)).toBe(clean)
  })
})

describe('the places of the attendance rows (what the repository’s messages name)', () => {
  it('numbers this year’s units in the order they are saved, leaving out units of other years', () => {
    const form = toFormState(record, y2024, rules)
    const outsider = y2020!.memberUnitIds.find((id) => !y2024!.memberUnitIds.includes(id))
    const attendance = outsider
      ? { ...form.attendance, [outsider]: form.attendance[y2024!.memberUnitIds[0]!]! }
      : form.attendance
    const order = attendanceOrder(attendance, y2024)
    const saved = toMeetingInput({ ...form, attendance }, y2024).attendances.map((a) => a.unitId)
    expect([...order.keys()]).toEqual(saved)
    expect(saved.map((id) => order.get(id))).toEqual(saved.map((_, i) => i))
    if (outsider) expect(order.has(outsider)).toBe(false)
  })

  it('has no rows without a year', () => {
    expect(attendanceOrder(toFormState(record, y2024, rules).attendance, undefined).size).toBe(0)
  })
})
