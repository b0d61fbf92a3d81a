import { describe, expect, it } from 'vitest'
import { checkClusterYear, proposeRotation } from '@core/rules/rotation'

const order = ['dd', 'hk', 'bd', 'hbt', 'hm', 'lb']

describe('proposeRotation', () => {
  it('passes the lead to the next unit in the rotation order, the one after it deputises', () => {
    expect(proposeRotation(order, order, { leaderUnitId: 'dd', deputyUnitId: 'hk' })).toEqual({
      leaderUnitId: 'hk',
      deputyUnitId: 'bd'
    })
    expect(proposeRotation(order, order, { leaderUnitId: 'lb', deputyUnitId: 'hbt' })).toEqual({
      leaderUnitId: 'dd',
      deputyUnitId: 'hk'
    })
  })

  it('skips units that no longer take part, and wraps around', () => {
    const members = ['dd', 'bd', 'lb']
    expect(proposeRotation(order, members, { leaderUnitId: 'dd', deputyUnitId: 'hk' })).toEqual({
      leaderUnitId: 'bd',
      deputyUnitId: 'lb'
    })
    expect(proposeRotation(order, members, { leaderUnitId: 'hm', deputyUnitId: 'lb' })).toEqual({
      leaderUnitId: 'lb',
      deputyUnitId: 'dd'
    })
  })

  it('hands over to new members when none of the old order remains (all districts ended)', () => {
    const wards = ['p1', 'p2', 'p3']
    expect(proposeRotation(order, wards, { leaderUnitId: 'lb', deputyUnitId: 'hbt' })).toEqual({
      leaderUnitId: 'p1',
      deputyUnitId: 'p2'
    })
  })

  it('starts with the first two members when there is no previous year, and copes with one or none', () => {
    expect(proposeRotation(order, order, null)).toEqual({ leaderUnitId: 'dd', deputyUnitId: 'hk' })
    expect(proposeRotation([], ['x'], null)).toEqual({ leaderUnitId: 'x', deputyUnitId: '' })
    expect(proposeRotation([], [], null)).toEqual({ leaderUnitId: '', deputyUnitId: '' })
  })
})

describe('checkClusterYear', () => {
  it('refuses a leader who is not a member and the same unit as leader and deputy', () => {
    expect(
      checkClusterYear({ memberUnitIds: ['a', 'b'], leaderUnitId: 'z', deputyUnitId: 'z' })
    ).toEqual([
      { field: 'leaderUnitId', message: 'Cụm trưởng: phải là đơn vị tham gia năm đó.' },
      { field: 'deputyUnitId', message: 'Cụm phó: phải là đơn vị tham gia năm đó.' },
      { field: 'deputyUnitId', message: 'Cụm phó: không được trùng với cụm trưởng.' }
    ])
    expect(checkClusterYear({ memberUnitIds: [], leaderUnitId: '', deputyUnitId: '' })).toEqual([
      { field: 'memberUnitIds', message: 'Đơn vị tham gia: chọn ít nhất một đơn vị.' }
    ])
    expect(
      checkClusterYear({ memberUnitIds: ['a', 'b'], leaderUnitId: 'a', deputyUnitId: 'b' })
    ).toEqual([])
  })
})
