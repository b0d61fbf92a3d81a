import { describe, expect, it } from 'vitest'
import { loadPactScreen } from '../../../src/renderer/src/db/queries/pact-screen'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import {
  listClusterYears,
  saveClusterYear
} from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import { saveMemberUnit } from '../../../src/renderer/src/db/repositories/member-units-repo'
import {
  createPact,
  loadPactForYear,
  setProgress
} from '../../../src/renderer/src/db/repositories/pact-repo'
import { createCluster } from '../../../src/renderer/src/db/repositories/clusters-repo'
import { setSetting } from '../../../src/renderer/src/db/repositories/settings-repo'
import { SETTING_KEYS } from '@core/model/settings'
import { makeTestDb } from '../../helpers/test-db'

async function setup() {
  const db = makeTestDb()
  const cluster = await loadSampleCluster(db)
  const years = await listClusterYears(db, cluster.id)
  // The sample's units have no people on record: one unit with its chairman.
  await saveMemberUnit(
    db,
    cluster.id,
    null,
    {
      name: 'Ủy ban MTTQ Việt Nam phường Hoàn Kiếm',
      shortName: 'Phường Hoàn Kiếm',
      headerLines: [],
      placeName: 'Hoàn Kiếm',
      address: '',
      phone: '',
      email: '',
      activeFrom: '2025-07-01',
      activeTo: '',
      note: ''
    },
    [
      {
        fullName: 'Nguyễn Văn An',
        position: 'Chủ tịch',
        role: 'chair',
        phone: '',
        email: '',
        activeFrom: '',
        activeTo: ''
      }
    ]
  )
  return { db, cluster, years }
}

describe('Giao ước reads all it shows in one go', () => {
  it('gives the chosen year its pact, meetings, tracking, profile and the year before’s pact', async () => {
    const { db, cluster, years } = await setup()
    const y2020 = years.find((y) => y.year === 2020)!
    const stored = (await loadPactForYear(db, y2020.id))!
    const first = stored.commitments[0]!
    const unit = y2020.memberUnitIds[0]!
    await setProgress(db, first.id, unit, {
      status: 'done',
      evidence: 'Báo cáo',
      updatedOn: '2020-06-01'
    })

    const screen = await loadPactScreen(db, y2020.id)
    expect(screen.cluster?.id).toBe(cluster.id)
    expect(screen.year?.id).toBe(y2020.id)
    expect(screen.record).toEqual(stored)
    expect(screen.progress).toEqual([
      expect.objectContaining({ commitmentId: first.id, unitId: unit, status: 'done' })
    ])
    expect(screen.meetings.length).toBeGreaterThan(0)
    expect(screen.meetings.every((m) => m.clusterYearId === y2020.id)).toBe(true)
    expect(screen.profile).not.toBeNull()
    expect(screen.units.length).toBeGreaterThan(0)
    const unitIds = new Set(screen.units.map((u) => u.id))
    expect(screen.people.map((p) => p.fullName)).toContain('Nguyễn Văn An')
    expect(screen.people.every((p) => unitIds.has(p.unitId))).toBe(true)
    // 2020 is the sample's first year: there is no year before to copy from.
    expect(screen.previous).toBeNull()
  })

  it('offers the newest earlier pact when the year just before has none', async () => {
    const { db, years } = await setup()
    const y2020 = years.find((y) => y.year === 2020)!
    const y2024 = years.find((y) => y.year === 2024)!
    const { id, createdAt, updatedAt, clusterId, unitNames, ...input } = y2024
    void [id, createdAt, updatedAt, unitNames]
    // 2023 comes between, with no pact of its own.
    const y2023 = await saveClusterYear(db, clusterId, null, { ...input, year: 2023 })
    const screen = await loadPactScreen(db, y2024.id)
    expect(screen.previous?.year.id).toBe(y2020.id)
    expect(screen.previous?.record?.commitments.length).toBeGreaterThan(0)
    // The first year of all has nothing before it to copy.
    expect((await loadPactScreen(db, y2020.id)).previous).toBeNull()
    // 2023 itself is offered 2020's pact.
    expect((await loadPactScreen(db, y2023.id)).previous?.year.id).toBe(y2020.id)
  })

  it('shows the latest year by default and offers the year before’s pact to copy', async () => {
    const { db, years } = await setup()
    const latest = years[0]!
    const screen = await loadPactScreen(db, '')
    expect(screen.year?.id).toBe(latest.id)
    // The sample has 2020 (signed pact) and 2024 (none yet).
    const y2020 = years.find((y) => y.year === 2020)!
    const y2024 = years.find((y) => y.year === 2024)!
    const empty = await loadPactScreen(db, y2024.id)
    expect(empty.record).toBeNull()
    expect(empty.previous?.year.id).toBe(y2020.id)
    expect(empty.previous?.record?.pact.clusterYearId).toBe(y2020.id)
    expect(empty.previous?.record?.commitments.length).toBeGreaterThan(0)
    await createPact(db, y2024.id)
    const made = await loadPactScreen(db, y2024.id)
    expect(made.previous?.record?.pact.clusterYearId).toBe(y2020.id)
    expect(made.record?.pact.clusterYearId).toBe(y2024.id)
    expect(made.entry).toBeNull()
  })

  it('shows the active cluster’s own latest year when another cluster has a newer one', async () => {
    const { db, cluster, years } = await setup()
    const latest = years[0]!
    const other = await createCluster(db, { ...cluster, name: 'Cụm thi đua số 2' })
    await db.clusterYears.add({
      ...latest,
      id: 'cum-2-nam-2030',
      clusterId: other.id,
      year: latest.year + 6
    })
    await createPact(db, 'cum-2-nam-2030')
    await setSetting(db, SETTING_KEYS.activeClusterId, cluster.id)

    const screen = await loadPactScreen(db, '')
    expect(screen.year?.id).toBe(latest.id)
    expect(screen.years.map((y) => y.clusterId)).toEqual(years.map(() => cluster.id))
    // The sample's latest year has no pact yet: the other cluster's pact is not shown as its own.
    expect(screen.record).toBeNull()
    const asked = await loadPactScreen(db, 'cum-2-nam-2030')
    expect(asked.year?.id).toBe(latest.id)
    expect(asked.record).toBeNull()
  })

  it('reads nothing more when there is no cluster', async () => {
    const screen = await loadPactScreen(makeTestDb(), '')
    expect(screen).toMatchObject({ cluster: null, year: undefined, record: null, previous: null })
  })
})
