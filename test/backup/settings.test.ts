import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { checkSetting } from '@core/model/settings'
import { getActiveCluster } from '../../src/renderer/src/db/repositories/clusters-repo'
import { loadSampleCluster } from '../../src/renderer/src/db/repositories/sample-repo'
import { getSetting, setSetting } from '../../src/renderer/src/db/repositories/settings-repo'
import { checkAndRepair } from '../../src/renderer/src/db/safe-mode'
import {
  getFormatProfile,
  loadFormatProfile,
  saveFormatProfile
} from '../../src/renderer/src/db/repositories/profile-repo'
import { makeTestDb } from '../helpers/test-db'

const T = '2026-01-01T00:00:00.000Z'

async function withSample() {
  const db = makeTestDb()
  const cluster = await loadSampleCluster(db)
  return { db, cluster }
}

describe('settings are checked by their key’s schema', () => {
  it('knows each key and refuses a value that does not fit it', () => {
    expect(checkSetting('activeClusterId', 'abc').ok).toBe(true)
    expect(checkSetting('activeClusterId', true)).toEqual({
      ok: false,
      message: 'cài đặt “activeClusterId” có giá trị không hợp lệ (Mã bản ghi không hợp lệ.).'
    })
    expect(checkSetting('firstRunDone', 'true').ok).toBe(false)
    expect(checkSetting('formatProfile.abc', { marginLeftMm: 31 }).ok).toBe(true)
    expect(checkSetting('formatProfile.abc', { marginLeftMm: 3 }).ok).toBe(false)
    expect(checkSetting('somethingElse', 1).ok).toBe(false)
  })

  it('reads a damaged value as not set, so the first cluster is shown instead of an error', async () => {
    const { db, cluster } = await withSample()
    for (const value of [true, { id: cluster.id }, 'cum-da-xoa', 42]) {
      await db.settings.put({ key: 'activeClusterId', value, updatedAt: T })
      expect((await getActiveCluster(db))?.id).toBe(cluster.id)
    }
    expect(await getSetting(db, 'activeClusterId')).toBeUndefined()
  })

  it('skips a cluster row that fails its schema', async () => {
    const { db, cluster } = await withSample()
    await db.clusters.put({ ...cluster, id: 'hong', name: 42 as unknown as string })
    await db.settings.put({ key: 'activeClusterId', value: 'hong', updatedAt: T })
    expect((await getActiveCluster(db))?.id).toBe(cluster.id)
  })

  it('refuses to save a value its key does not accept, and writes nothing', async () => {
    const { db, cluster } = await withSample()
    await expect(setSetting(db, 'activeClusterId', { id: 1 })).rejects.toThrow('Không lưu được')
    await expect(setSetting(db, 'cheDoLa', 1)).rejects.toThrow('không có trong ứng dụng này')
    expect(await getSetting(db, 'activeClusterId')).toBe(cluster.id)
  })
})

describe('safe mode at start', () => {
  it('repairs an active cluster set to true, says so, and keeps the old value in the audit log', async () => {
    const { db, cluster } = await withSample()
    await db.settings.put({ key: 'activeClusterId', value: true, updatedAt: T })
    const report = await checkAndRepair(db)
    expect(report.repairs).toEqual([
      `Cụm đang dùng được đặt lại thành “${cluster.name}” (giá trị cũ true không phải một cụm hợp lệ).`
    ])
    expect((await db.settings.get('activeClusterId'))?.value).toBe(cluster.id)
    const audit = (await db.auditLog.toArray()).find((a) => a.summary.startsWith('Chế độ an toàn'))
    expect(audit?.before).toEqual({ value: true })
    expect(await checkAndRepair(db)).toEqual({ repairs: [], problems: [] })
  })

  it('repairs the first-run flag and a format profile out of range; reports a damaged cluster', async () => {
    const { db, cluster } = await withSample()
    await db.settings.put({ key: 'firstRunDone', value: 'yes', updatedAt: T })
    await db.settings.put({
      key: `formatProfile.${cluster.id}`,
      value: { marginLeftMm: 2, bodyPt: 13, chairLabel: 'CHỦ TỌA' },
      updatedAt: T
    })
    await db.clusters.put({ ...cluster, id: 'hong', name: 'Cụm hỏng', symbol: '' })
    const report = await checkAndRepair(db)
    expect(report.repairs).toHaveLength(2)
    expect(report.problems.join(' ')).toContain('Cụm “Cụm hỏng” có dữ liệu không hợp lệ')
    expect((await db.settings.get('firstRunDone'))?.value).toBe(true)
    // The one value out of range is named and back to its default; the others are kept.
    expect(report.repairs.join(' ')).toContain(
      'Lề trái: tối thiểu 30 mm — giá trị đã lưu 2 không dùng được, nên dùng mặc định 30'
    )
    expect(await getFormatProfile(db, cluster.id)).toMatchObject({
      marginLeftMm: 30,
      bodyPt: 13,
      chairLabel: 'CHỦ TỌA'
    })
    const audit = (await db.auditLog.toArray()).find((a) => a.entityId.startsWith('formatProfile'))
    expect(audit?.before).toEqual({ value: { marginLeftMm: 2, bodyPt: 13, chairLabel: 'CHỦ TỌA' } })
  })

  it('reads a stored profile value by value: one out of range does not discard the others', async () => {
    const { db, cluster } = await withSample()
    await db.settings.put({
      key: `formatProfile.${cluster.id}`,
      value: { marginLeftMm: 31, lineSpacing: 3, firstLineIndentMm: 12.7 },
      updatedAt: T
    })
    const { profile, problems } = await loadFormatProfile(db, cluster.id)
    expect(profile).toMatchObject({ marginLeftMm: 31, lineSpacing: 1.15, firstLineIndentMm: 12.7 })
    expect(problems).toEqual([
      {
        field: 'lineSpacing',
        message:
          'Giãn dòng: tối đa 1,5 dòng — giá trị đã lưu 3 không dùng được, nên dùng mặc định 1,15.'
      }
    ])
    await expect(
      saveFormatProfile(db, cluster.id, { ...profile, marginRightMm: 40 })
    ).rejects.toThrow('Lề phải: tối đa 20 mm.')
  })

  it('leaves a healthy database alone', async () => {
    const { db } = await withSample()
    const before = await db.auditLog.count()
    expect(await checkAndRepair(db)).toEqual({ repairs: [], problems: [] })
    expect(await db.auditLog.count()).toBe(before)
  })
})
