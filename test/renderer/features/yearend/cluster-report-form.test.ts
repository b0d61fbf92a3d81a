import { describe, expect, it } from 'vitest'
import {
  isReportComplete,
  isReportDirty,
  reportDifferences,
  reportFormOf
} from '../../../../src/renderer/src/features/yearend/cluster-report-form'

const stored = {
  reportActivities: '- Ký kết giao ước.\n- Kiểm tra chéo.',
  reportAssessment: 'Các đơn vị chủ động.',
  reportNextYear: ''
}

describe('the Báo cáo tổng kết form', () => {
  it('starts from the stored texts, or empty parts when the year has no dossier', () => {
    expect(reportFormOf(stored)).toEqual(stored)
    expect(reportFormOf(null)).toEqual({
      reportActivities: '',
      reportAssessment: '',
      reportNextYear: ''
    })
  })

  it('holds unsaved edits only when the text would be saved differently', () => {
    expect(isReportDirty(stored, stored)).toBe(false)
    // NFD typed text is the same text once cleaned.
    expect(
      isReportDirty({ ...stored, reportAssessment: 'Các đơn vị chu\u0309 động.' }, stored)
    ).toBe(false)
    expect(isReportDirty({ ...stored, reportNextYear: '- Tiếp tục.' }, stored)).toBe(true)
    expect(isReportDirty(stored, null)).toBe(true)
  })

  it('lists line by line what differs from the version stored now', () => {
    const diffs = reportDifferences(
      { ...stored, reportActivities: '- Ký kết giao ước.\n- Tổng kết năm.' },
      stored
    )
    expect(diffs).toHaveLength(1)
    expect(diffs[0]!.label).toMatch(/^Hoạt động của Cụm trong năm/)
    expect(diffs[0]!.mine).toContain('Tổng kết năm')
    expect(diffs[0]!.theirs).toContain('Kiểm tra chéo')
  })

  it('is complete only when each of the three parts says something', () => {
    expect(isReportComplete(stored)).toBe(false)
    expect(isReportComplete({ ...stored, reportNextYear: '  ' })).toBe(false)
    expect(isReportComplete({ ...stored, reportNextYear: '- Tiếp tục.' })).toBe(true)
  })
})
