import { describe, expect, it } from 'vitest'
import {
  blankDateWords,
  countWithWords,
  dateWords,
  formatNumber,
  formatPercent,
  numberToWords,
  parseIsoDate,
  placeDateLine,
  pointLetter,
  timeWords,
  toRoman,
  weekdayWords
} from '@core/text/vietnamese'

const d = (iso: string) => parseIsoDate(iso)!

describe('date line (ND30: pad days < 10 and months 1–2 only)', () => {
  it.each([
    ['2020-01-05', 'ngày 05 tháng 01 năm 2020'],
    ['2020-02-06', 'ngày 06 tháng 02 năm 2020'],
    ['2025-09-05', 'ngày 05 tháng 9 năm 2025'],
    ['2025-12-29', 'ngày 29 tháng 12 năm 2025'],
    ['2026-10-10', 'ngày 10 tháng 10 năm 2026'],
    ['2024-03-01', 'ngày 01 tháng 3 năm 2024']
  ])('%s → %s', (iso, words) => {
    expect(dateWords(d(iso))).toBe(words)
  })

  it('writes the place and date line, or a blank one for printing before signing', () => {
    expect(placeDateLine('Hà Nội', d('2020-02-06'), 2020)).toBe('Hà Nội, ngày 06 tháng 02 năm 2020')
    expect(placeDateLine('Long Biên', null, 2026)).toBe('Long Biên, ngày     tháng     năm 2026')
    expect(blankDateWords(2026)).toBe('ngày     tháng     năm 2026')
  })

  it('refuses impossible dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull()
    expect(parseIsoDate('06/02/2020')).toBeNull()
  })
})

describe('weekday and time', () => {
  it('names weekdays as official text writes them', () => {
    expect(weekdayWords(d('2020-02-06'))).toBe('thứ Năm')
    expect(weekdayWords(d('2024-02-28'))).toBe('thứ Tư')
    expect(weekdayWords(d('2026-11-29'))).toBe('Chủ nhật')
    expect(weekdayWords(d('2026-11-28'))).toBe('thứ Bảy')
  })

  it('writes times in the formal style of minutes', () => {
    expect(timeWords('14:00')).toBe('14 giờ 00 phút')
    expect(timeWords('08:05')).toBe('8 giờ 05 phút')
    expect(timeWords('24:00')).toBe('')
  })
})

describe('numbers', () => {
  it('use Vietnamese separators and never print float artefacts', () => {
    expect(formatNumber(1234567.5, 1)).toBe('1.234.567,5')
    expect(formatNumber(9.499999, 1)).toBe('9,5')
    expect(formatNumber(95.25, 2)).toBe('95,25')
    expect(formatNumber(65500000)).toBe('65.500.000')
    expect(formatNumber(0.05, 1)).toBe('0,1')
  })

  it('write percentages with two decimals and no space', () => {
    expect(formatPercent(5, 6)).toBe('83,33%')
    expect(formatPercent(6, 6)).toBe('100,00%')
    expect(formatPercent(1, 0)).toBe('')
  })
})

describe('numberToWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [5, 'năm'],
    [10, 'mười'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [14, 'mười bốn'],
    [11, 'mười một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [1005, 'một nghìn không trăm linh năm'],
    [2020, 'hai nghìn không trăm hai mươi'],
    [65_500_000, 'sáu mươi lăm triệu năm trăm nghìn'],
    [1_000_000_000, 'một tỷ'],
    [2_000_000_021, 'hai tỷ không trăm hai mươi mốt']
  ])('%i → %s', (n, words) => {
    expect(numberToWords(n)).toBe(words)
  })

  it('pads counts of copies with their words', () => {
    expect(countWithWords(2)).toBe('02 (hai)')
    expect(countWithWords(12)).toBe('12 (mười hai)')
  })
})

describe('section numbering', () => {
  it('writes Roman numerals and point letters (đ after d, no f/j/w/z)', () => {
    expect([1, 2, 3, 4, 9, 14].map(toRoman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV'])
    expect([0, 3, 4, 5, 21].map(pointLetter)).toEqual(['a', 'd', 'đ', 'e', 'x'])
  })
})
