import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  isReservedFileName,
  MAX_FILE_BASE_LENGTH,
  MAX_FILE_NAME_BYTES,
  toSafeFileName
} from '@core/text/file-name'

/** No lone surrogate: what `String.prototype.isWellFormed` says (ES2024, newer than our lib). */
const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)

/**
 * Windows' own rule, written independently of the code under test: the part before the first dot,
 * trailing spaces and dots dropped, compared case-insensitively with the device names.
 */
const DEVICES = [
  'CON',
  'PRN',
  'AUX',
  'NUL',
  'CONIN$',
  'CONOUT$',
  'CLOCK$',
  ...['COM', 'LPT'].flatMap((p) => [...'0123456789¹²³'].map((d) => p + d))
]
function windowsTakesForDevice(name: string): boolean {
  const stem = name.split('.')[0]!.replace(/[ .]+$/, '')
  return DEVICES.includes(stem.toUpperCase())
}

describe('toSafeFileName', () => {
  it('keeps Vietnamese letters and adds the extension', () => {
    expect(toSafeFileName('Biên bản hội nghị ký kết 2020', 'docx')).toBe(
      'Biên bản hội nghị ký kết 2020.docx'
    )
  })

  it('replaces characters Windows forbids and never lets a path through', () => {
    expect(toSafeFileName('Số: 05/BB-CTĐ1 <nháp>?', 'docx')).toBe('Số 05-BB-CTĐ1 nháp.docx')
    expect(toSafeFileName('..\\..\\Windows\\evil', 'docx')).toBe('-..-Windows-evil.docx')
    expect(toSafeFileName('../../etc/passwd', 'json')).not.toContain('/')
  })

  it('does not double the extension and forces the right one', () => {
    expect(toSafeFileName('Báo cáo.docx', 'docx')).toBe('Báo cáo.docx')
    expect(toSafeFileName('Báo cáo.exe', 'docx')).toBe('Báo cáo.exe.docx')
  })

  it.each([
    ['CON', '_CON.docx'],
    ['CON .txt', '_CON .txt.docx'],
    ['con.tar.gz', '_con.tar.gz.docx'],
    ['CONIN$', '_CONIN$.docx'],
    ['conout$ ', '_conout$.docx'],
    ['COM¹', '_COM¹.docx'],
    ['lpt9.docx', '_lpt9.docx'],
    ['Lpt³ . báo cáo', '_Lpt³ . báo cáo.docx'],
    ['nul...', '_nul.docx'],
    ['AUX:', '_AUX.docx']
  ])('renames the device name %j', (name, safe) => {
    expect(toSafeFileName(name, 'docx')).toBe(safe)
  })

  it('leaves names that only begin like a device alone', () => {
    expect(toSafeFileName('Console', 'docx')).toBe('Console.docx')
    expect(toSafeFileName('COM10', 'docx')).toBe('COM10.docx')
    expect(toSafeFileName('Công văn', 'docx')).toBe('Công văn.docx')
  })

  it('drops lone surrogates, trailing dots and spaces, and falls back on a name', () => {
    expect(toSafeFileName('Báo\uD800 cáo\uDFFF. . ', 'docx')).toBe('Báo cáo.docx')
    expect(toSafeFileName('  ...  ', 'docx')).toBe('Tài liệu.docx')
    expect(toSafeFileName('\uD83D', 'pdf')).toBe('Tài liệu.pdf')
  })

  it('caps the length in characters and in bytes without splitting a character', () => {
    const name = toSafeFileName('Nguyễn '.repeat(100), 'docx')
    const base = name.slice(0, -'.docx'.length)
    expect(Array.from(base).length).toBeLessThanOrEqual(MAX_FILE_BASE_LENGTH)
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
    expect(base.normalize('NFC')).toBe(base)
    expect(base.endsWith(' ')).toBe(false)
    const emoji = toSafeFileName('😀'.repeat(200), 'pdf')
    expect(wellFormed(emoji)).toBe(true)
    expect(new TextEncoder().encode(emoji).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
  })

  it('shortens a long name on a whole word, leaving no bracket open or comma dangling', () => {
    const title =
      'Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 Cụm thi đua số 1 (có kết quả chấm điểm, bình xét, ví dụ)'
    const name = toSafeFileName(title, 'docx')
    expect(name).toBe(
      'Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 Cụm thi đua số 1.docx'
    )
    // Cut right after a whole word and its comma: the word stays, the comma goes.
    const comma = toSafeFileName(`${'x'.repeat(108)} abcdefghij, klm`, 'docx')
    expect(comma).toBe(`${'x'.repeat(108)} abcdefghij.docx`)
    // One word longer than the cap is still cut inside it.
    expect(toSafeFileName('A'.repeat(300), 'pdf')).toBe('A'.repeat(MAX_FILE_BASE_LENGTH) + '.pdf')
  })

  it('gives a name safe on every system for any text at all (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      // Device names in their many disguises, with what may follow them.
      fc
        .tuple(
          fc.constantFrom(...DEVICES, ...DEVICES.map((d) => d.toLowerCase())),
          fc.constantFrom('', ' ', '  ', '.', ' .', '. ', '$'),
          fc.constantFrom('', '.txt', '.docx', ' .pdf', '.tar.gz', ':', 'x')
        )
        .map((parts) => parts.join(''))
    )
    /** What is wrong with a name; empty when it is safe everywhere. */
    const problems = (name: string, ext: string): string[] => {
      const base = name.slice(0, -(ext.length + 1))
      return [
        !name.endsWith('.' + ext) && 'extension',
        !wellFormed(name) && 'lone surrogate',
        name !== name.normalize('NFC') && 'not NFC',
        // eslint-disable-next-line no-control-regex -- control characters must not be there
        /[\u0000-\u001F\u007F<>:"/\\|?*]/.test(name) && 'forbidden character',
        /^[ .]|[ .]$/.test(base) && 'leading or trailing dot or space',
        base.length === 0 && 'empty',
        (windowsTakesForDevice(name) || isReservedFileName(name)) && 'device name',
        Array.from(base).length > MAX_FILE_BASE_LENGTH + 1 && 'too many characters',
        new TextEncoder().encode(name).length > MAX_FILE_NAME_BYTES && 'too many bytes',
        toSafeFileName(name, ext) !== name && 'not stable'
      ].filter((p): p is string => typeof p === 'string')
    }
    fc.assert(
      fc.property(text, fc.constantFrom('docx', 'pdf', 'json'), (proposed, ext) => {
        const found = problems(toSafeFileName(proposed, ext), ext)
        if (found.length) throw new Error(found.join(', '))
      }),
      { numRuns: 500 }
    )
  })
})
