import { describe, expect, it } from 'vitest'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import {
  chooseMeeting,
  initialSigning,
  signingNotes,
  typeDate
} from '../../../src/renderer/src/features/pact/signing-form'

const sample = buildSampleDataset('2026-01-01T00:00:00.000Z')
const y2024 = sample.clusterYears.find((y) => y.year === 2024)!
const meetings = sample.meetings.filter((m) => m.clusterYearId === y2024.id)
const signing = meetings.find((m) => m.type === 'pact-signing')!
const draft = { signedOn: '', signingMeetingId: '', clusterYearId: y2024.id }

describe('the signing form of a pact', () => {
  it('starts from the date of the year’s signing meeting, never a made-up day', () => {
    expect(initialSigning(draft, meetings)).toEqual({
      signedOn: signing.date,
      meetingId: signing.id,
      dateTyped: false,
      reason: ''
    })
    expect(initialSigning(draft, []).signedOn).toBe('')
    // A pact already dated keeps its own date.
    expect(initialSigning({ ...draft, signedOn: '2024-03-01' }, meetings).signedOn).toBe(
      '2024-03-01'
    )
  })

  it('follows the meeting chosen until a date is typed, then keeps the typed date', () => {
    const other = { ...signing, id: 'other', date: '2024-03-05', title: 'Hội nghị khác' }
    const list = [...meetings, other]
    const start = initialSigning(draft, list)
    expect(chooseMeeting(start, 'other', list).signedOn).toBe('2024-03-05')
    const typed = typeDate(start, '2024-02-27')
    expect(chooseMeeting(typed, 'other', list)).toMatchObject({
      meetingId: 'other',
      signedOn: '2024-02-27'
    })
    expect(signingNotes(chooseMeeting(typed, 'other', list), list)).toEqual([
      'Ngày ký (27/02/2024) khác ngày hội nghị ký kết (05/03/2024).'
    ])
    expect(signingNotes(start, list)).toEqual([])
  })
})
