import { describe, expect, it } from 'vitest'
import {
  checkClusterYear,
  planRotation,
  proposeRotation,
  suggestRotationForYear
} from '@core/rules/rotation'

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

describe('planRotation and suggestRotationForYear', () => {
  const unit = (id: string, displayOrder: number, activeTo = '', activeFrom = '') => ({
    id,
    displayOrder,
    activeFrom,
    activeTo
  })
  const input = {
    rotationOrder: order,
    units: [
      unit('dd', 1),
      unit('hk', 2),
      unit('bd', 3),
      unit('hbt', 4),
      unit('hm', 5, '2026-06-30'),
      unit('lb', 6)
    ],
    years: [
      { year: 2024, memberUnitIds: order, leaderUnitId: 'lb', deputyUnitId: 'hbt' },
      { year: 2020, memberUnitIds: order, leaderUnitId: 'dd', deputyUnitId: 'hk' }
    ]
  }

  it('plans the next five years from the last recorded one, skipping a unit after it leaves', () => {
    expect(
      planRotation(input, 2025).map((r) => [r.year, r.leaderUnitId, r.deputyUnitId, r.recorded])
    ).toEqual([
      [2025, 'dd', 'hk', false],
      [2026, 'hk', 'bd', false],
      [2027, 'bd', 'hbt', false],
      [2028, 'hbt', 'lb', false],
      [2029, 'lb', 'dd', false]
    ])
    expect(planRotation(input, 2027)[0]!.memberUnitIds).not.toContain('hm')
  })

  it('plans nothing for a year no cluster year can have, such as «20242025» typed without its dash', () => {
    // Walking one year at a time up to 1e30 held the window frozen as the year was typed. (Years
    // this test can still walk to if the guard goes, so that it fails rather than hangs.)
    for (const typed of ['20242025', '2102', '1989', 'abc', '2024.5'])
      expect(planRotation(input, Number(typed)), typed).toEqual([])
    expect(suggestRotationForYear(input, 20242025).after).toBeNull()
    expect(planRotation(input, 2100, 1)).toHaveLength(1)
  })

  it('keeps recorded years as they are and walks through a gap in the record', () => {
    const rows = planRotation(input, 2020, 6)
    expect(rows.map((r) => [r.year, r.leaderUnitId, r.recorded])).toEqual([
      [2020, 'dd', true],
      [2021, 'hk', false],
      [2022, 'bd', false],
      [2023, 'hbt', false],
      [2024, 'lb', true],
      [2025, 'dd', false]
    ])
    // A plan starting inside the gap still counts the years since 2020.
    expect(planRotation(input, 2022, 2).map((r) => r.leaderUnitId)).toEqual(['bd', 'hbt'])
  })

  it('suggests for a year the pair after the year before it, with that year’s members', () => {
    expect(suggestRotationForYear(input, 2025)).toMatchObject({
      leaderUnitId: 'dd',
      deputyUnitId: 'hk'
    })
    // 2022 is not recorded: the rotation runs on from 2020 through 2021.
    expect(suggestRotationForYear(input, 2022)).toMatchObject({
      leaderUnitId: 'bd',
      deputyUnitId: 'hbt'
    })
    expect(suggestRotationForYear(input, 2025, ['hk', 'bd', 'lb'])).toMatchObject({
      leaderUnitId: 'hk',
      deputyUnitId: 'bd'
    })
    expect(suggestRotationForYear(input, 2019)).toMatchObject({
      leaderUnitId: 'dd',
      deputyUnitId: 'hk',
      after: null
    })
  })
})
