import { describe, expect, it } from 'vitest'
import { ValidationError } from '@core/model/validation'
import type { OfficeDatabase } from '../../../src/renderer/src/db/database'
import { NOT_STORED, StaleRecordError } from '../../../src/renderer/src/db/concurrency'
import {
  saveClusterReport,
  saveDossier
} from '../../../src/renderer/src/db/repositories/awards-repo'
import { listAuditFor } from '../../../src/renderer/src/db/repositories/audit'
import { makeTestDb } from '../../helpers/test-db'
import { addV8Sample } from '../../helpers/v8-sample'

// The frozen v8 sample: 2020 has a dossier (exported), 2024 has none.
const [YEAR_2020, YEAR_2024] = ['v1-008', 'v1-009']
const RECIPIENT = 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội'

async function seeded(): Promise<OfficeDatabase> {
  const db = makeTestDb()
  await db.open()
  await db.transaction('rw', db.tables, () => addV8Sample(db))
  return db
}

const texts = {
  reportActivities: '- Tổ chức ký kết giao ước thi đua.\n- Kiểm tra chéo giữa các đơn vị.',
  reportAssessment: 'Ưu điểm: các đơn vị chủ động. Hạn chế: báo cáo còn chậm.',
  reportNextYear: '- Tiếp tục đẩy mạnh phong trào thi đua.'
}

describe('the Báo cáo tổng kết’s texts typed on the Hồ sơ tab', () => {
  it('are kept with the year’s dossier, cleaned and audited, and an older dossier reads as empty', async () => {
    const db = await seeded()
    const old = await db.awardDossiers.get('v8-dossier-1')
    // A row written before the texts existed still parses, with the texts empty.
    expect(old?.reportActivities ?? '').toBe('')
    const saved = await saveClusterReport(
      db,
      YEAR_2024,
      {
        ...texts,
        reportNextYear: 'Phu\u031Bo\u031Bng hu\u031Bo\u031B\u0301ng\u202e',
        recipientBody: RECIPIENT
      },
      { updatedAt: NOT_STORED }
    )
    expect(saved.reportNextYear).toBe('Phương hướng')
    expect(saved.recipientBody).toBe(RECIPIENT)
    expect((await listAuditFor(db, 'awardDossiers', saved.id)).map((a) => a.summary)).toEqual([
      'Ghi nội dung báo cáo tổng kết hoạt động Cụm'
    ])
  })

  it('survive the dossier’s export, which rewrites the same row', async () => {
    const db = await seeded()
    const before = (await db.awardDossiers.get('v8-dossier-1'))!
    await saveClusterReport(db, YEAR_2020, { ...texts, recipientBody: RECIPIENT }, before)
    await saveDossier(db, YEAR_2020, {
      recipientBody: RECIPIENT,
      submittedOn: '2020-12-21',
      channel: 'both',
      note: '',
      exportedAt: '2026-12-01T01:00:00.000Z'
    })
    const after = (await db.awardDossiers.get('v8-dossier-1'))!
    expect(after.reportActivities).toBe(texts.reportActivities)
    expect(after.submittedOn).toBe('2020-12-21')
  })

  it('are not saved over a change made in another window since the form read them', async () => {
    const db = await seeded()
    const read = (await db.awardDossiers.get('v8-dossier-1'))!
    await saveClusterReport(db, YEAR_2020, { ...texts, recipientBody: RECIPIENT }, read)
    const error = await saveClusterReport(
      db,
      YEAR_2020,
      { ...texts, reportAssessment: 'Bản cũ', recipientBody: RECIPIENT },
      read
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StaleRecordError)
    expect((await db.awardDossiers.get('v8-dossier-1'))!.reportAssessment).toBe(
      texts.reportAssessment
    )
    // Nor over a dossier created meanwhile by another window when the form found none.
    await saveClusterReport(db, YEAR_2024, { ...texts, recipientBody: RECIPIENT })
    await expect(
      saveClusterReport(
        db,
        YEAR_2024,
        { ...texts, recipientBody: RECIPIENT },
        {
          updatedAt: NOT_STORED
        }
      )
    ).rejects.toBeInstanceOf(StaleRecordError)
  })

  it('are refused past their length with a Vietnamese message naming the part', async () => {
    const db = await seeded()
    const error = await saveClusterReport(db, YEAR_2024, {
      ...texts,
      reportAssessment: 'x'.repeat(20_001),
      recipientBody: RECIPIENT
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]!.message).toMatch(/^Đánh giá chung/)
  })
})
