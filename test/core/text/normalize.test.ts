import { describe, expect, it } from 'vitest'
import {
  compareVietnamese,
  foldForSearch,
  matchesSearch,
  normalizeLine,
  normalizeText,
  toUpperVietnamese
} from '@core/text/normalize'

const NFD_NGUYEN = 'Nguye\u0302\u0303n'

describe('normalizeText / normalizeLine', () => {
  it('turns NFD input (Windows composite, macOS) into the NFC form stored everywhere', () => {
    expect(NFD_NGUYEN).not.toBe('Nguyễn')
    expect(normalizeLine(NFD_NGUYEN)).toBe('Nguyễn')
    expect(normalizeLine(NFD_NGUYEN).length).toBe(6)
  })

  it('strips zero-width and bidi characters that make equal-looking names differ', () => {
    expect(normalizeLine('Ba\u200B Đình\u202E')).toBe('Ba Đình')
    expect(normalizeLine('\uFEFFĐống\u00A0Đa')).toBe('Đống Đa')
  })

  it('keeps paragraphs in prose but folds Windows line endings and drops control characters', () => {
    expect(normalizeText('  Đoạn một.\r\n\r\nĐoạn\u0007 hai.  ')).toBe('Đoạn một.\n\nĐoạn hai.')
  })

  it('collapses whitespace in one-line values', () => {
    expect(normalizeLine('  Cụm   thi\nđua  số 1 ')).toBe('Cụm thi đua số 1')
  })
})

describe('foldForSearch / matchesSearch', () => {
  it('finds Vietnamese names typed without accents, đ included', () => {
    expect(foldForSearch('Đống Đa')).toBe('dong da')
    expect(matchesSearch('Ủy ban MTTQ Việt Nam quận Ba Đình', 'ba dinh')).toBe(true)
    expect(matchesSearch('Đống Đa', 'dong da')).toBe(true)
    expect(matchesSearch('Hoàn Kiếm', 'hoang')).toBe(false)
  })

  it('treats NFC and NFD the same', () => {
    expect(foldForSearch(NFD_NGUYEN)).toBe(foldForSearch('Nguyễn'))
  })
})

describe('compareVietnamese', () => {
  it('sorts the six districts in Vietnamese dictionary order, Đ after D', () => {
    const names = [
      'Long Biên',
      'Đống Đa',
      'Hoàng Mai',
      'Ba Đình',
      'Hoàn Kiếm',
      'Hai Bà Trưng',
      'Dịch Vọng'
    ]
    expect([...names].sort(compareVietnamese)).toEqual([
      'Ba Đình',
      'Dịch Vọng',
      'Đống Đa',
      'Hai Bà Trưng',
      'Hoàn Kiếm',
      'Hoàng Mai',
      'Long Biên'
    ])
  })
})

describe('toUpperVietnamese', () => {
  it('derives header lines from sentence case, keeping tones and đ', () => {
    expect(toUpperVietnamese('quận Đống Đa')).toBe('QUẬN ĐỐNG ĐA')
    expect(toUpperVietnamese('Cụm thi đua số 1')).toBe('CỤM THI ĐUA SỐ 1')
  })
})
