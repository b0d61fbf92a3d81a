import { describe, expect, it } from 'vitest'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import {
  listClusterYears,
  loadRotationPlan,
  planNextYear
} from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import { listMemberUnits } from '../../../src/renderer/src/db/repositories/member-units-repo'
import { getFormatProfile } from '../../../src/renderer/src/db/repositories/profile-repo'
import { loadClusterYearsScreen } from '../../../src/renderer/src/db/queries/cluster-years-screen'
import { makeTestDb } from '../../helpers/test-db'

describe('rotation plan of the sample cluster', () => {
  it('keeps 2024 as recorded, passes the lead on in 2025, and has nobody to propose once the districts ended', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const plan = await loadRotationPlan(db, cluster.id, 2024, 3)
    expect(plan.map((r) => [r.year, r.leaderName, r.deputyName, r.recorded])).toEqual([
      [2024, 'Ủy ban MTTQ Việt Nam quận Long Biên', 'Ủy ban MTTQ Việt Nam quận Hai Bà Trưng', true],
      [2025, 'Ủy ban MTTQ Việt Nam quận Đống Đa', 'Ủy ban MTTQ Việt Nam quận Hoàn Kiếm', false],
      [2026, '', '', false]
    ])
    const next = await planNextYear(db, cluster.id)
    expect([next.year, next.leaderUnitId, next.deputyUnitId]).toEqual([
      2025,
      plan[1]!.leaderUnitId,
      plan[1]!.deputyUnitId
    ])
    expect(await loadRotationPlan(db, cluster.id)).toHaveLength(5)
    expect((await loadRotationPlan(db, cluster.id))[0]!.year).toBe(
      (await listClusterYears(db, cluster.id))[0]!.year + 1
    )
  })
})

describe('Năm thi đua read in one query', () => {
  it('shows the years, the units, the five-year plan and the format profile together', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const screen = await loadClusterYearsScreen(db)
    expect(screen.cluster?.id).toBe(cluster.id)
    expect(screen.years).toEqual(await listClusterYears(db, cluster.id))
    expect(screen.units).toEqual(await listMemberUnits(db, cluster.id))
    expect(screen.plan).toEqual(await loadRotationPlan(db, cluster.id))
    expect(screen.plan).toHaveLength(5)
    expect(screen.profile).toEqual(await getFormatProfile(db, cluster.id))
  })

  it('has nothing to show without a cluster', async () => {
    expect(await loadClusterYearsScreen(makeTestDb())).toEqual({
      cluster: null,
      years: [],
      units: [],
      plan: [],
      profile: null
    })
  })
})
