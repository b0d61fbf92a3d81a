import { describe, expect, it } from 'vitest'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import { clusterYearSchema } from '@core/model/entities'
import {
  applyProposal,
  changeNewYear,
  proposeForYear,
  rotationInputOf,
  toggleMember
} from '../../../src/renderer/src/features/cluster-years/cluster-year-form'

const sample = buildSampleDataset('2026-01-01T00:00:00.000Z')
const cluster = sample.clusters[0]!
// Units that stay, so later years have members: the sample's end in mid-2025.
const units = sample.memberUnits.map((u) => ({ ...u, activeTo: '' }))
const ids = units.map((u) => u.id)
const order = [...ids]
const year = (n: number, leader: number, deputy: number) =>
  clusterYearSchema.parse({
    id: `y${n}`,
    clusterId: cluster.id,
    year: n,
    memberUnitIds: ids,
    leaderUnitId: ids[leader],
    deputyUnitId: ids[deputy],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  })
const form = {
  year: 2026,
  memberUnitIds: ids,
  leaderUnitId: '',
  deputyUnitId: '',
  leaderSignerId: '',
  deputySignerId: '',
  note: ''
}

describe('the year planner', () => {
  it('proposes for the year typed, after the year before it — not after the last one recorded', () => {
    const input = rotationInputOf({ rotationOrder: order }, units, [
      year(2020, 0, 1),
      year(2024, 4, 5)
    ])
    // 2025 follows 2024 (unit 5 after unit 4); 2022 follows 2021, itself planned after 2020.
    expect(proposeForYear(form, 2025, input).proposal).toEqual({
      leaderUnitId: ids[5],
      deputyUnitId: ids[0]
    })
    const { proposal, after } = proposeForYear(form, 2022, input)
    expect(proposal).toEqual({ leaderUnitId: ids[2], deputyUnitId: ids[3] })
    expect(after).toMatchObject({ year: 2021, recorded: false, leaderUnitId: ids[1] })
  })

  it('a new year typed takes the units active then and the rotation’s pair; signers are chosen again', () => {
    const input = rotationInputOf({ rotationOrder: order }, units, [year(2024, 4, 5)])
    const next = changeNewYear({ ...form, leaderSignerId: 'p1' }, '2025', input, true)
    expect(next).toMatchObject({ leaderUnitId: ids[5], deputyUnitId: ids[0], leaderSignerId: '' })
    expect(changeNewYear(form, '202', input, true)).toBe(form)
    expect(changeNewYear(form, '2025', input, false)).toBe(form)
    // Without the leader's successor, the next member in the order leads.
    const fewer = toggleMember(form, ids[5]!)
    expect(applyProposal(fewer, input, 2025).leaderUnitId).toBe(ids[0])
  })
})
