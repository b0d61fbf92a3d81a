import { describe, expect, it } from 'vitest'
import { MAX_FILE_BASE_LENGTH, toSafeFileName } from '@core/text/file-name'

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

  it('renames reserved device names and empty names', () => {
    expect(toSafeFileName('CON', 'docx')).toBe('_CON.docx')
    expect(toSafeFileName('  ...  ', 'docx')).toBe('Tài liệu.docx')
  })

  it('caps the length without splitting a character', () => {
    const name = toSafeFileName('Nguyễn '.repeat(100), 'docx')
    const base = name.slice(0, -'.docx'.length)
    expect(Array.from(base).length).toBeLessThanOrEqual(MAX_FILE_BASE_LENGTH)
    expect(base.normalize('NFC')).toBe(base)
    expect(base.endsWith(' ')).toBe(false)
  })
})
