import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import {
  formatExact,
  formatPercentExact,
  formatPercentHundredths,
  formatScore,
  formatSignedScore,
  parseScoreText,
  percentHundredths,
  pointsToHundredths,
  roundHundredths,
  stepDecimals
} from '@core/scoring/points'
import { hash64 } from '@core/scoring/hash'

// The machine is shared: slow runs are not failures (speed is measured by npm run bench:scoring).
vi.setConfig({ testTimeout: 120_000 })

describe('scores in hundredths', () => {
  it('turns points into exact hundredths and refuses a third decimal', () => {
    expect(pointsToHundredths(9.25)).toBe(925)
    expect(pointsToHundredths(0.1 + 0.2)).toBe(30)
    expect(pointsToHundredths(100)).toBe(10_000)
    expect(pointsToHundredths(9.125)).toBeNull()
    expect(pointsToHundredths(Number.NaN)).toBeNull()
    expect(pointsToHundredths(Infinity)).toBeNull()
  })

  it('rounds half up at display only, with a comma decimal', () => {
    expect(formatScore(925, 2)).toBe('9,25')
    expect(formatScore(925, 1)).toBe('9,3')
    expect(formatScore(945, 1)).toBe('9,5')
    expect(formatScore(950, 0)).toBe('10')
    expect(formatScore(949, 0)).toBe('9')
    expect(formatScore(100_050, 1)).toBe('1.000,5')
    expect(formatScore(-925, 1)).toBe('-9,3')
    expect(formatExact(950)).toBe('9,5')
    expect(formatExact(925)).toBe('9,25')
    expect(formatExact(10_000)).toBe('100')
    expect(formatSignedScore(-150, 1)).toBe('-1,5')
    expect(formatSignedScore(250, 1)).toBe('+2,5')
    expect(formatSignedScore(0, 1)).toBe('0,0')
  })

  it('never prints a float artefact and agrees with integer half-up rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.constantFrom(0, 1, 2),
        (value, decimals) => {
          const text = formatScore(value, decimals as 0 | 1 | 2)
          const [whole = '', fraction = ''] = text.replace('-', '').split(',')
          expect(fraction.length).toBe(decimals)
          const shown = Number(whole.replace(/\./g, '')) * 100 + Number(fraction.padEnd(2, '0'))
          const expected = Math.abs(roundHundredths(value, decimals as 0 | 1 | 2))
          expect(shown).toBe(expected)
          expect(Math.abs(Math.abs(value) - expected)).toBeLessThanOrEqual(10 ** (2 - decimals) / 2)
        }
      )
    )
  })

  it('reads what the secretary types or pastes', () => {
    expect(parseScoreText('9,5')).toEqual({ ok: true, value: 950 })
    expect(parseScoreText(' 9.25 ')).toEqual({ ok: true, value: 925 })
    expect(parseScoreText('10')).toEqual({ ok: true, value: 1000 })
    expect(parseScoreText('')).toEqual({ ok: true, value: null })
    expect(parseScoreText('1.000')).toMatchObject({ ok: false })
    expect(parseScoreText('chín')).toEqual({
      ok: false,
      message: '«chín» không phải là số điểm (ví dụ 9 hoặc 9,5)'
    })
    expect(parseScoreText('-1')).toMatchObject({ ok: false, message: expect.stringMatching(/âm/) })
  })

  it('needs enough decimals for the step', () => {
    expect([stepDecimals(100), stepDecimals(50), stepDecimals(25)]).toEqual([0, 1, 2])
  })

  it('computes percentages of the maximum in integers, half up, and words them with their decimals', () => {
    expect(percentHundredths(9650, 10_000)).toBe(9650)
    expect(percentHundredths(5, 6)).toBe(8333)
    expect(percentHundredths(2, 3)).toBe(6667)
    expect(formatPercentHundredths(6667)).toBe('66,67%')
    expect(formatPercentExact(9000)).toBe('90%')
    expect(formatPercentExact(6550)).toBe('65,5%')
  })
})

describe('hash64', () => {
  it('is FNV-1a 64 over UTF-8 (reference vectors)', () => {
    expect(hash64('')).toBe('cbf29ce484222325')
    expect(hash64('a')).toBe('af63dc4c8601ec8c')
    expect(hash64('foobar')).toBe('85944171f73967e8')
    // "Đống Đa" in UTF-8, computed with Python's arbitrary integers.
    expect(hash64('Đống Đa')).toBe('2cf3eb428261fd90')
  })
})
