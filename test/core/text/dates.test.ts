import { afterEach, describe, expect, it } from 'vitest'
import {
  formatDateVi,
  formatTimestampVi,
  isIsoDate,
  isIsoTimestamp,
  localDateOf,
  parseDateVi,
  todayIso
} from '@core/text/dates'

const originalTz = process.env['TZ']
afterEach(() => {
  if (originalTz === undefined) delete process.env['TZ']
  else process.env['TZ'] = originalTz
})

describe('formatDateVi', () => {
  it('shows stored dates as dd/mm/yyyy', () => {
    expect(formatDateVi('2025-06-30')).toBe('30/06/2025')
  })
  it('leaves anything that is not a stored date as it is', () => {
    expect(formatDateVi('')).toBe('')
  })
})

describe('today, in the PC’s own time zone', () => {
  it('is already 30/11 in Hà Nội at 06:30 local time, when UTC still says 29/11', () => {
    process.env['TZ'] = 'Asia/Ho_Chi_Minh'
    const moment = new Date('2026-11-29T23:30:00Z')
    expect(moment.toISOString().slice(0, 10)).toBe('2026-11-29')
    expect(todayIso(moment)).toBe('2026-11-30')
    expect(localDateOf('2026-11-29T23:30:00Z')).toBe('2026-11-30')
    expect(formatTimestampVi('2026-11-29T23:30:00.000Z')).toBe('30/11/2026 06:30')
  })

  it('on a UTC machine, 23:30 is still today and 00:30 already tomorrow', () => {
    process.env['TZ'] = 'UTC'
    expect(todayIso(new Date('2026-11-30T23:30:00Z'))).toBe('2026-11-30')
    expect(todayIso(new Date('2026-12-01T00:30:00Z'))).toBe('2026-12-01')
    expect(formatTimestampVi('2026-12-01T00:30:00Z')).toBe('01/12/2026 00:30')
  })
})

describe('parseDateVi: dates typed as dd/mm/yyyy whatever the locale', () => {
  it('reads the Vietnamese order and its variants', () => {
    expect(parseDateVi('06/02/2020')).toEqual({ ok: true, iso: '2020-02-06' })
    expect(parseDateVi('6/2/2020')).toEqual({ ok: true, iso: '2020-02-06' })
    expect(parseDateVi('06.02.2020')).toEqual({ ok: true, iso: '2020-02-06' })
    expect(parseDateVi('2020-02-06')).toEqual({ ok: true, iso: '2020-02-06' })
    expect(parseDateVi('  ')).toEqual({ ok: true, iso: '' })
  })

  it('says that 31/02/2020 does not exist, and accepts 29/02 only in a leap year', () => {
    expect(parseDateVi('31/02/2020')).toEqual({
      ok: false,
      message: 'ngày 31/02/2020 không có thật'
    })
    expect(parseDateVi('29/02/2024').ok).toBe(true)
    expect(parseDateVi('29/02/2025').ok).toBe(false)
    expect(parseDateVi('29/02/1900').ok).toBe(false)
  })

  it('refuses other forms with an example of the right one', () => {
    const result = parseDateVi('02-2020')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain('06/02/2020')
  })
})

describe('strict stored forms', () => {
  it('refuses dates and timestamps that Date.parse would roll over', () => {
    expect(isIsoDate('2020-02-31')).toBe(false)
    expect(isIsoDate('2020-02-29')).toBe(true)
    expect(isIsoTimestamp('2020-02-31T10:00:00.000Z')).toBe(false)
    expect(isIsoTimestamp('2020-02-29T10:00:00.000Z')).toBe(true)
    expect(isIsoTimestamp('2026-11-30T07:05:00+07:00')).toBe(true)
    expect(isIsoTimestamp('2026-11-30T24:00:00Z')).toBe(false)
    expect(isIsoTimestamp('2026-11-30')).toBe(false)
    expect(isIsoTimestamp('2026-11-30T07:05:00')).toBe(false)
  })
})
