import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  cleanDeep,
  compareVietnamese,
  hasForbiddenCharacters,
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

  it('keeps the words apart where text copied from Word had a line or page break', () => {
    // Shift+Enter in Word is U+000B, a page break U+000C; XML forbids both.
    expect(normalizeLine('Ủy ban\u000BMặt trận')).toBe('Ủy ban Mặt trận')
    expect(normalizeText('Dòng một\u000BDòng hai\u000CTrang sau')).toBe(
      'Dòng một\nDòng hai\nTrang sau'
    )
    expect(cleanDeep({ note: 'Kính gửi:\u000BCác đơn vị' })).toEqual({
      note: 'Kính gửi:\nCác đơn vị'
    })
  })

  it('collapses whitespace in one-line values', () => {
    expect(normalizeLine('  Cụm   thi\nđua  số 1 ')).toBe('Cụm thi đua số 1')
  })
})

/** Every code point XML 1.0 allows (§2.2 Char), the set a .docx part may hold. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  )
}

describe('the text cleaner', () => {
  it('removes what XML 1.0 forbids and what a .docx cannot hold: U+FFFE, U+FFFF, NUL, lone surrogates', () => {
    expect(normalizeText('Thông\uFFFE báo\uFFFF')).toBe('Thông báo')
    expect(normalizeText('a\u0000b')).toBe('ab')
    expect(normalizeText('x\uD800y\uDC00z')).toBe('xyz')
    expect(normalizeLine('Hội nghị \u202Etổng kết')).toBe('Hội nghị tổng kết')
  })

  it('keeps characters outside the Basic Multilingual Plane that are whole pairs', () => {
    expect(normalizeText('Chữ 𠀀 Nôm')).toBe('Chữ 𠀀 Nôm')
  })

  it('folds Unicode line and paragraph separators into line breaks', () => {
    expect(normalizeText('một\u2028hai\u2029ba')).toBe('một\nhai\nba')
  })

  it('leaves only XML characters in NFC, whatever comes in (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        const clean = normalizeText(raw)
        for (const ch of clean) expect(isXmlChar(ch.codePointAt(0)!)).toBe(true)
        expect(clean).toBe(clean.normalize('NFC'))
        expect(hasForbiddenCharacters(clean)).toBe(false)
        expect(normalizeText(clean)).toBe(clean)
      })
    )
  })

  it('names a string that still holds a forbidden character', () => {
    expect(hasForbiddenCharacters('Hà Nội')).toBe(false)
    expect(hasForbiddenCharacters('Hà\uFFFF Nội')).toBe(true)
    expect(hasForbiddenCharacters('Hà\u200B Nội')).toBe(true)
  })

  it('cleans every string of a nested row without changing its shape', () => {
    const row = {
      name: 'Ba\u200B Đình',
      unitNames: { a: 'Đống\uFFFF Đa', b: 'Nguye\u0302\u0303n' },
      list: [{ text: 'x\uD800' }],
      n: 3,
      flag: true,
      none: null
    }
    expect(cleanDeep(row)).toEqual({
      name: 'Ba Đình',
      unitNames: { a: 'Đống Đa', b: 'Nguyễn' },
      list: [{ text: 'x' }],
      n: 3,
      flag: true,
      none: null
    })
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
