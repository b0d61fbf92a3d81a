import { describe, expect, it } from 'vitest'
import { parseNumberVi, parseWholeNumber } from '@core/text/numbers'

describe('a number as typed in Vietnamese', () => {
  it('reads dots between thousands and a comma before the decimals, as the app shows numbers', () => {
    expect(parseNumberVi('1.000')).toBe(1000)
    expect(parseNumberVi('1.234,5')).toBe(1234.5)
    expect(parseNumberVi('12,5')).toBe(12.5)
    expect(parseNumberVi('7,500')).toBe(7.5)
    expect(parseNumberVi(' 1 000 ')).toBe(1000)
  })

  it('reads a dot not followed by groups of three digits as a decimal point', () => {
    expect(parseNumberVi('12.5')).toBe(12.5)
    expect(parseNumberVi('0.25')).toBe(0.25)
  })

  it('is null when blank and NaN for what a secretary would not mean as a number', () => {
    expect(parseNumberVi('   ')).toBeNull()
    // JavaScript's Number() reads these as 16, 3, 1000 and Infinity: saved without a word.
    for (const typed of ['0x10', '0b11', '1e3', 'Infinity', '-5', '+5', '1,000.5', '12 kg', '1..2'])
      expect(parseNumberVi(typed), typed).toBeNaN()
  })
})

describe('a whole number as typed (a year, a count)', () => {
  it('is digits only; hex, exponents, decimals and blanks are not a number', () => {
    expect(parseWholeNumber(' 2025 ')).toBe(2025)
    for (const typed of ['0x7EA', '2e3', '2025.0', '2.025', '-1', '', ' '])
      expect(parseWholeNumber(typed), typed).toBeNaN()
  })
})
