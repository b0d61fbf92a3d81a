import { describe, expect, it } from 'vitest'
import { formatDateVi } from '@core/text/dates'

describe('formatDateVi', () => {
  it('shows stored dates as dd/mm/yyyy', () => {
    expect(formatDateVi('2025-06-30')).toBe('30/06/2025')
  })
  it('leaves anything that is not a stored date as it is', () => {
    expect(formatDateVi('')).toBe('')
  })
})
