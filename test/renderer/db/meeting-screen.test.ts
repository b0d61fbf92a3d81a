import { describe, expect, it } from 'vitest'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import { listClusterYears } from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import {
  listMeetings,
  listYearMeetings
} from '../../../src/renderer/src/db/repositories/meetings-repo'
import {
  loadMeetingScreen,
  loadMeetingsList,
  yearInProgress
} from '../../../src/renderer/src/db/queries/meeting-screen'
import { makeTestDb } from '../../helpers/test-db'

describe('the meetings list, read in one round', () => {
  it('shows the year in progress until one is chosen, and only that year’s meetings', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const years = await listClusterYears(db, cluster.id)
    const list = await loadMeetingsList(db, null)
    expect(list.cluster?.id).toBe(cluster.id)
    expect(list.years).toEqual(years)
    expect(list.yearId).toBe(yearInProgress(years))
    expect(list.yearId).not.toBe('')
    expect(list.meetings).toEqual(await listYearMeetings(db, list.yearId))
    expect(list.meetings.every((m) => m.clusterYearId === list.yearId)).toBe(true)
  })

  it('reads the year chosen, or every year’s meetings newest first with ""', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const years = await listClusterYears(db, cluster.id)
    const older = years.at(-1)!
    expect((await loadMeetingsList(db, older.id)).meetings).toEqual(
      await listYearMeetings(db, older.id)
    )
    const all = await loadMeetingsList(db, '')
    expect(all.yearId).toBe('')
    expect(all.meetings).toEqual(await listMeetings(db, cluster.id))
    expect(all.meetings.length).toBe(await db.meetings.count())
    const dates = all.meetings.map((m) => m.date)
    expect(dates).toEqual([...dates].sort().reverse())
  })

  it('takes the latest year not in the future, else the newest', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const years = await listClusterYears(db, cluster.id)
    const [newest, second] = years
    expect(yearInProgress(years, newest!.year)).toBe(newest!.id)
    expect(yearInProgress(years, second!.year)).toBe(second!.id)
    expect(yearInProgress(years, years.at(-1)!.year - 1)).toBe(newest!.id)
    expect(yearInProgress([])).toBe('')
  })
})

describe('a meeting’s screen, minutes included, read in one round', () => {
  it('has no meeting and no minutes for a new one', async () => {
    const db = makeTestDb()
    await loadSampleCluster(db)
    const screen = await loadMeetingScreen(db, undefined)
    expect(screen.cluster).not.toBeNull()
    expect(screen.years.length).toBeGreaterThan(0)
    expect(screen.record).toBeNull()
    expect(screen.minutes).toBeNull()
  })
})
