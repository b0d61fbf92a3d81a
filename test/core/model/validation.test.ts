import { describe, expect, it, vi } from 'vitest'
import { meetingSchema } from '@core/model/entities'
import {
  issuesFrom,
  messageFrom,
  UNEXPECTED_MESSAGE,
  UserError,
  ValidationError
} from '@core/model/validation'
import { BackupError } from '@core/backup/format'

describe('no raw exception reaches the secretary', () => {
  it('an unforeseen error becomes one Vietnamese sentence, its details go to the console', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    let thrown: unknown
    try {
      ;(undefined as unknown as { body: string }).body.trim()
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(TypeError)
    expect(issuesFrom(thrown)).toEqual([{ field: '', message: UNEXPECTED_MESSAGE }])
    expect(messageFrom('boom')).toBe(UNEXPECTED_MESSAGE)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Lỗi ngoài dự kiến'), thrown)
    log.mockRestore()
  })

  it('keeps what was written for her: refusals, backup messages, schema issues in Vietnamese', () => {
    const refusal = new ValidationError([{ field: 'name', message: 'Tên: không được để trống.' }])
    expect(issuesFrom(refusal)).toBe(refusal.issues)
    expect(messageFrom(new BackupError('Tệp rỗng.'))).toBe('Tệp rỗng.')
    expect(messageFrom(new UserError('Ổ đĩa sắp đầy.'))).toBe('Ổ đĩa sắp đầy.')
    const parsed = meetingSchema.safeParse({ status: 'xong' })
    const issues = issuesFrom(parsed.error)
    expect(issues).toContainEqual({
      field: 'status',
      message: 'Trạng thái: giá trị “xong” không nằm trong các lựa chọn cho phép.'
    })
  })

  it('says what a storage failure means, also when Dexie wraps it', () => {
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' })
    })
    expect(messageFrom(quota)).toContain('Ổ đĩa đã đầy')
    const closed = Object.assign(new Error('x'), { name: 'DatabaseClosedError' })
    expect(messageFrom(closed)).toContain('Hãy tải lại trang')
  })
})
