import { describe, expect, it } from 'vitest'
import {
  checkSigningDate,
  defaultSigningDate,
  signingDateNotes,
  signingMeetingOf
} from '@core/rules/pact-signing'

const meetings = [
  { id: 'm1', date: '2024-02-28', type: 'pact-signing' as const, clusterYearId: 'y2024' },
  { id: 'm2', date: '2024-07-10', type: 'mid-year-review' as const, clusterYearId: 'y2024' },
  { id: 'm3', date: '2020-02-05', type: 'pact-signing' as const, clusterYearId: 'y2020' }
]

describe('pact signing date', () => {
  it('defaults to the pact’s own date, else its signing meeting’s, else the year’s signing meeting, else nothing', () => {
    const pact = { signedOn: '', signingMeetingId: '', clusterYearId: 'y2024' }
    expect(defaultSigningDate({ ...pact, signedOn: '2024-03-01' }, meetings)).toBe('2024-03-01')
    expect(defaultSigningDate({ ...pact, signingMeetingId: 'm2' }, meetings)).toBe('2024-07-10')
    expect(defaultSigningDate(pact, meetings)).toBe('2024-02-28')
    expect(signingMeetingOf(pact, meetings)?.id).toBe('m1')
    expect(defaultSigningDate({ ...pact, clusterYearId: 'y2025' }, meetings)).toBe('')
  })

  it('refuses a missing date, a date that does not exist and one outside the pact’s year or the year before', () => {
    expect(checkSigningDate('', 2024)).toEqual([
      { field: 'signedOn', message: 'Ngày ký: chưa nhập ngày.' }
    ])
    expect(checkSigningDate('2024-02-30', 2024)).toEqual([
      { field: 'signedOn', message: 'Ngày ký: ngày 30/02/2024 không có thật.' }
    ])
    expect(checkSigningDate('2023-12-28', 2024)).toEqual([])
    expect(checkSigningDate('2024-02-28', 2024)).toEqual([])
    expect(checkSigningDate('2025-01-02', 2024)[0]!.message).toBe(
      'Ngày ký: giao ước năm 2024 không thể ký ngày 02/01/2025; ngày ký phải trong năm 2023 hoặc 2024.'
    )
  })

  it('notes, without refusing, a date that differs from the signing meeting', () => {
    expect(signingDateNotes('2024-02-29', meetings[0])).toEqual([
      'Ngày ký (29/02/2024) khác ngày hội nghị ký kết (28/02/2024).'
    ])
    expect(signingDateNotes('2024-02-28', meetings[0])).toEqual([])
  })
})
