import { describe, expect, it } from 'vitest'
import type { Attendance } from '@core/model/entities'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { sampleYearEnd } from '@core/sample/sample-ballot'
import {
  ballotFromForm,
  ballotMeetingWarning,
  changeBallotMeeting,
  defaultBallotMeeting,
  initialBallotForm,
  nextYearCandidates
} from '../../../../src/renderer/src/features/yearend/ballot-form'
import {
  entryFromForm,
  newWrittenRow,
  totalsForm,
  writtenSections
} from '../../../../src/renderer/src/features/yearend/count-form'
import { countOutcome } from '@core/ballot/result'

let n = 0
const data = buildSampleDataset('2024-11-01T03:00:00.000Z', () => `id-${++n}`)
const s = sampleYearEnd(data)
const cluster = s.meeting.cluster
const year = s.meeting.year
const ranking = s.ranking.map((r) => ({
  ...r,
  selfTotal: r.total,
  base: r.total,
  bonus: 0,
  penalty: 0,
  band: ''
}))
const ctx = {
  cluster,
  year,
  ranking,
  catalogue: s.catalogue,
  meetings: [{ id: 'm1', type: 'year-end-review' }],
  units: data.memberUnits,
  attendances: [] as Attendance[]
}

describe('the meeting a ballot is cast at', () => {
  const signing = { id: 'ky', type: 'pact-signing' }
  const review = { id: 'tk', type: 'year-end-review' }
  const other = { id: 'khac', type: 'other' }

  it('is the year-end review by default, even when another meeting came after it', () => {
    expect(defaultBallotMeeting([signing, review, other])).toBe('tk')
    expect(defaultBallotMeeting([signing])).toBe('ky')
    expect(defaultBallotMeeting([])).toBe('')
  })

  it('warns when the ballot is cast elsewhere, saying what the records will then name', () => {
    expect(ballotMeetingWarning('tk', [signing, review])).toBe('')
    expect(ballotMeetingWarning('ky', [signing, review])).toMatch(/không phải Hội nghị tổng kết/)
    expect(ballotMeetingWarning('ky', [signing])).toMatch(/chưa có Hội nghị tổng kết/)
    expect(ballotMeetingWarning('', [signing])).toBe('')
  })
})

describe('the ballot form', () => {
  it('starts from the adopted ranking: suy tôn for the first, Bằng khen for the next, the election', () => {
    const form = initialBallotForm(ctx)
    expect(form.sections.map((x) => x.kind)).toEqual(['leading-unit', 'merit', 'leader', 'deputy'])
    expect(form.sections[0]!.unitIds).toEqual([s.unit('long-bien')])
    expect(form.sections[1]!.unitIds).toHaveLength(3)
    expect(form.sections[0]!.awardTypeId).toBe('award-co-thi-dua-tinh')
    expect(form.electors).toBe('6')
    expect(form.meetingId).toBe('m1')
  })

  it('proposes next year’s cụm trưởng and cụm phó only among the units still members then', () => {
    const deputyOf = (form: ReturnType<typeof initialBallotForm>) =>
      form.sections.find((x) => x.kind === 'deputy')!.unitIds
    const proposed = deputyOf(initialBallotForm(ctx))[0]!
    // The unit the rotation proposes ends on 30 June: it is no member next year.
    const units = data.memberUnits.map((u) =>
      u.id === proposed ? { ...u, activeTo: `${year.year}-06-30` } : u
    )
    const candidates = nextYearCandidates(year, units)
    expect(candidates).not.toContain(proposed)
    expect(candidates).toHaveLength(year.memberUnitIds.length - 1)
    const form = initialBallotForm({ ...ctx, units })
    const elected = form.sections.filter((x) => x.kind === 'leader' || x.kind === 'deputy')
    expect(elected.flatMap((x) => x.unitIds)).toHaveLength(2)
    expect(elected.every((x) => x.unitIds.every((id) => candidates.includes(id)))).toBe(true)
  })

  it('counts as voters the units present at the meeting, when its attendance is recorded', () => {
    expect(initialBallotForm(ctx).electors).toBe(String(year.memberUnitIds.length))
    const [absent, ...present] = year.memberUnitIds
    const row = (unitId: string, status: Attendance['status']) =>
      ({
        id: unitId,
        meetingId: 'm1',
        unitId,
        status,
        representatives: []
      }) as unknown as Attendance
    const attendances = [
      row(absent!, 'absent-excused'),
      ...present.map((unitId) => row(unitId, 'present'))
    ]
    expect(initialBallotForm({ ...ctx, attendances }).electors).toBe(String(present.length))
    // Another meeting's attendance does not count.
    expect(
      initialBallotForm({ ...ctx, attendances: attendances.map((a) => ({ ...a, meetingId: 'x' })) })
        .electors
    ).toBe(String(year.memberUnitIds.length))
  })

  it('recounts the voters when another meeting is chosen, unless the secretary typed a number', () => {
    const [absent, ...present] = year.memberUnitIds
    const row = (meetingId: string, unitId: string, status: Attendance['status']) =>
      ({
        id: `${meetingId}-${unitId}`,
        meetingId,
        unitId,
        status,
        representatives: []
      }) as unknown as Attendance
    // m1 has no attendance recorded (every member votes); m2 had one unit absent.
    const attendances = [
      row('m2', absent!, 'absent-excused'),
      ...present.map((unitId) => row('m2', unitId, 'present'))
    ]
    const withM2 = { ...ctx, attendances }
    const form = initialBallotForm(withM2)
    expect(form.electors).toBe(String(year.memberUnitIds.length))
    const moved = changeBallotMeeting(form, withM2, 'm2')
    expect(moved.meetingId).toBe('m2')
    expect(moved.electors).toBe(String(present.length))
    expect(changeBallotMeeting(moved, withM2, 'm1').electors).toBe(
      String(year.memberUnitIds.length)
    )
    const typed = { ...form, electors: '4' }
    expect(changeBallotMeeting(typed, withM2, 'm2').electors).toBe('4')
  })

  it('refuses a section without units and more choices than units, in words', () => {
    const form = initialBallotForm(ctx)
    form.sections[1]!.maxChoices = '9'
    form.electors = 'sáu'
    expect(ballotFromForm(form, ctx, { id: 'b', now: '2024-11-01T03:00:00.000Z' }).issues).toEqual([
      { field: 'electors', message: 'Số người (đơn vị) bỏ phiếu: nhập một số nguyên.' }
    ])
    form.electors = '6'
    const { ballot, issues } = ballotFromForm(form, ctx, {
      id: 'b',
      now: '2024-11-01T03:00:00.000Z'
    })
    expect(ballot).toBeNull()
    expect(issues[0]!.message).toContain('chọn tối đa 9 đơn vị nhưng mục chỉ có 3 đơn vị')
  })

  it('builds the ballot with each purpose’s rule copied', () => {
    const { ballot } = ballotFromForm(initialBallotForm(ctx), ctx, {
      id: 'b',
      now: '2024-11-01T03:00:00.000Z'
    })
    expect(ballot!.sections[0]!.candidates[0]!.label).toBe(year.unitNames[s.unit('long-bien')])
    expect(ballot!.spares).toBe(2)
  })
})

describe('an entry of the tallies as totals', () => {
  it('reads every figure typed and names the one that is not a number', () => {
    const ballot = s.ballot
    const form = totalsForm(ballot, undefined)
    form.enteredBy = '1'
    form.valid = '4'
    for (const section of ballot.sections)
      for (const c of section.candidates)
        form.sections[section.key]!.rows[c.unitId] = { agree: '4', disagree: '0', blank: '0' }
    const first = ballot.sections[0]!
    form.sections[first.key]!.rows[first.candidates[0]!.unitId]!.agree = 'bốn'
    const bad = entryFromForm(ballot, form)
    expect(bad.entry).toBeNull()
    expect(bad.issues).toHaveLength(1)
    expect(bad.issues[0]!.message).toContain('số phiếu đồng ý: nhập một số nguyên')
    form.sections[first.key]!.rows[first.candidates[0]!.unitId]!.agree = '3'
    const { entry } = entryFromForm(ballot, form)
    expect(entry!.totals!.sections[first.key]!.candidates[first.candidates[0]!.unitId]).toEqual({
      agree: 3,
      disagree: 0,
      blank: 0
    })
    expect(totalsForm(ballot, { ...entry!, savedAt: '2024-11-01T03:00:00.000Z' })).toEqual(form)
  })
})

describe('written opinions of absent units on the count screen', () => {
  const ballot = s.ballot
  const filled = () => {
    const form = totalsForm(ballot, undefined)
    form.enteredBy = '0'
    form.valid = '5'
    // Every paper chose the first unit of each section, and only it.
    for (const section of ballot.sections)
      section.candidates.forEach((c, i) => {
        form.sections[section.key]!.rows[c.unitId] =
          i === 0
            ? { agree: '5', disagree: '0', blank: '0' }
            : { agree: '0', disagree: '5', blank: '0' }
      })
    return form
  }

  it('are asked only for the sections whose share is taken on all members', () => {
    const counted = writtenSections(ballot)
    expect(counted.length).toBeGreaterThan(0)
    expect(counted.length).toBeLessThan(ballot.sections.length)
    expect(counted.every((x) => x.rule.denominator === 'members')).toBe(true)
    expect(Object.keys(newWrittenRow(ballot).marks)).toEqual(counted.map((x) => x.key))
  })

  it('need the absent unit that sent them, and keep each mark as read', () => {
    const form = filled()
    form.written = [newWrittenRow(ballot)]
    expect(entryFromForm(ballot, form).issues).toEqual([
      {
        field: 'written.0',
        message: 'Ý kiến bằng văn bản thứ 1: chọn đơn vị vắng mặt đã gửi.'
      }
    ])
    const absentUnit = s.absentUnitIds[0]!
    const section = writtenSections(ballot)[0]!
    const first = section.candidates[0]!.unitId
    form.written[0]!.unitId = absentUnit
    form.written[0]!.marks[section.key]![first] = 'agree'
    const { entry } = entryFromForm(ballot, form)
    expect(entry!.written).toEqual([
      expect.objectContaining({
        unitId: absentUnit,
        marks: expect.objectContaining({
          [section.key]: expect.objectContaining({ [first]: 'agree' })
        })
      })
    ])
    // The form reads back what was saved.
    expect(totalsForm(ballot, { ...entry!, savedAt: '2024-11-01T03:00:00.000Z' }).written).toEqual(
      form.written
    )
  })

  it('count in the result where the rule allows, one more vote in favour on the base of all members', () => {
    const form = filled()
    const section = writtenSections(ballot)[0]!
    const first = section.candidates[0]!.unitId
    const count = (written: boolean) => {
      const f = structuredClone(form)
      if (written) {
        f.written = [newWrittenRow(ballot, s.absentUnitIds[0]!)]
        f.written[0]!.marks[section.key]![first] = 'agree'
      }
      const { entry } = entryFromForm(ballot, f)
      return countOutcome(
        ballot,
        {
          ...s.rounds[0]!.count,
          ballotsIssued: 5,
          ballotsReturned: 5,
          doubleEntry: false,
          entries: [{ ...entry!, savedAt: '2024-11-01T03:00:00.000Z' }]
        },
        s.attendance,
        s.absentUnitIds
      )
    }
    const without = count(false)
    const withWritten = count(true)
    expect(without.status === 'ready' ? [] : without.issues).toEqual([])
    expect(withWritten.status).toBe('ready')
    if (without.status !== 'ready' || withWritten.status !== 'ready') return
    const row = (o: typeof without) =>
      o.sections
        .find((x) => x.section.key === section.key)!
        .rows.find((r) => r.candidate.unitId === first)!
    expect(row(withWritten).inFavour).toBe(row(without).inFavour + 1)
  })
})
