import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { messageFrom } from '@core/model/validation'
import { createBackupBytes, restoreBackup } from '../../src/renderer/src/db/backup'
import { listClusterYears } from '../../src/renderer/src/db/repositories/cluster-years-repo'
import {
  amendMinutes,
  currentMinutes,
  finaliseMinutes,
  saveMeeting
} from '../../src/renderer/src/db/repositories/meetings-repo'
import { loadSampleCluster } from '../../src/renderer/src/db/repositories/sample-repo'
import { makeTestDb } from '../helpers/test-db'

/**
 * "Lập bản đính chính" on data a restore can bring: a meeting marked finalised whose finalised
 * minutes are not there (an older or damaged backup). It used to throw a TypeError
 * (`Cannot read properties of undefined (reading 'body')`) straight onto the screen.
 */
describe('a finalised meeting without its finalised minutes, as a backup can hold it', () => {
  it('is reopened by “Lập bản đính chính” with a draft, not a TypeError', async () => {
    const source = makeTestDb()
    const cluster = await loadSampleCluster(source)
    const year = (await listClusterYears(source, cluster.id)).find((y) => y.year === 2024)!
    const meeting = await saveMeeting(source, null, {
      meeting: {
        clusterYearId: year.id,
        type: 'regular',
        title: 'Họp định kỳ quý III',
        date: '2024-09-10',
        startTime: '08:00',
        endTime: '10:00',
        timeOfDay: '',
        place: 'Hội trường',
        hostUnitId: '',
        chair: { name: 'Nguyễn Văn Chủ', position: '', unitId: '', personId: '' },
        secretary: { name: 'Trần Văn Ghi', position: '', unitId: '', personId: '' },
        agenda: [],
        conclusion: '',
        decisions: []
      },
      attendances: year.memberUnitIds.map((unitId) => ({
        unitId,
        status: 'present' as const,
        reason: '',
        representatives: []
      })),
      guests: [],
      remarks: [],
      votes: []
    })
    const finalised = await finaliseMinutes(source, meeting.id)
    await source.minutes.delete(finalised.id)
    const { bytes } = await createBackupBytes(source, 'manual')
    const live = makeTestDb()
    await restoreBackup(live, bytes, { saveSafetyBackup: async () => 'x' })
    expect((await live.meetings.get(meeting.id))!.status).toBe('finalised')

    const draft = await amendMinutes(live, meeting.id).catch((error: unknown) => error)
    if (draft instanceof Error) expect.fail(messageFrom(draft))
    expect(draft).toMatchObject({ status: 'draft', amendsMinutesId: '', meetingId: meeting.id })
    expect((await live.meetings.get(meeting.id))!.status).toBe('draft')
    expect((await currentMinutes(live, meeting.id))!.id).toBe((draft as { id: string }).id)
    // Pressed again (a second window): refused in words, and no second draft.
    expect(messageFrom(await amendMinutes(live, meeting.id).catch((e: unknown) => e))).toBe(
      'Chỉ lập bản đính chính cho biên bản đã hoàn tất.'
    )
    expect(await live.minutes.where('meetingId').equals(meeting.id).count()).toBe(1)
  })
})
