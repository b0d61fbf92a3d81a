import { describe, expect, it } from 'vitest'
import { sameValue } from '../../../src/renderer/src/lib/same-value'

describe('sameValue', () => {
  it('compares plain data field by field, whatever the key order', () => {
    expect(sameValue({ a: '1', b: [1, { c: null }] }, { b: [1, { c: null }], a: '1' })).toBe(true)
    expect(sameValue({ a: '1', b: [1, { c: null }] }, { a: '1', b: [1, { c: '' }] })).toBe(false)
  })

  it('tells a changed string, a missing item and an array from an object', () => {
    expect(sameValue('Hà Nội', 'Hà Nội')).toBe(true)
    expect(sameValue('Hà Nội', 'Ha Noi')).toBe(false)
    expect(sameValue([1, 2], [1])).toBe(false)
    expect(sameValue([], {})).toBe(false)
    expect(sameValue(null, {})).toBe(false)
  })

  it('treats an absent key like an undefined one (an optional id not set yet)', () => {
    expect(sameValue({ id: undefined, name: 'A' }, { name: 'A' })).toBe(true)
    expect(sameValue({ id: 'x', name: 'A' }, { name: 'A' })).toBe(false)
  })
})
