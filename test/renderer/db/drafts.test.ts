import { describe, expect, it } from 'vitest'
import { ValidationError } from '@core/model/validation'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import {
  deleteDraft,
  listDrafts,
  loadDraft,
  MAX_DRAFT_CHARS,
  saveDraft
} from '../../../src/renderer/src/db/repositories/drafts-repo'
import { listClusterYears } from '../../../src/renderer/src/db/repositories/cluster-years-repo'
import { MEETING_FORM, saveMeeting } from '../../../src/renderer/src/db/repositories/meetings-repo'
import {
  COMPOSITION_FORM,
  createComposition,
  listCompositions,
  updateComposition
} from '../../../src/renderer/src/db/repositories/compositions-repo'
import {
  loadPactForYear,
  PACT_FORM,
  savePact
} from '../../../src/renderer/src/db/repositories/pact-repo'
import { makeTestDb } from '../../helpers/test-db'

describe('drafts', () => {
  it('keep what was typed, per form and record, exactly as typed, and survive reopening the database', async () => {
    const name = `drafts-${Date.now()}`
    const db = makeTestDb(undefined, name)
    const typed = { title: 'Hội nghị sơ kết ', date: '2024-07-', note: 'dòng 1\n  dòng 2 ' }
    await saveDraft(db, { form: 'meeting', clusterId: 'c1', data: typed })
    await saveDraft(db, { form: 'meeting', recordId: 'm-1', clusterId: 'c1', data: { title: 'A' } })
    await saveDraft(db, { form: 'meeting', clusterId: 'c1', data: { ...typed, title: 'Hội nghị' } })
    db.close()
    const reopened = makeTestDb(undefined, name)
    expect((await loadDraft(reopened, 'meeting'))!.data).toEqual({ ...typed, title: 'Hội nghị' })
    expect((await loadDraft(reopened, 'meeting', 'm-1'))!).toMatchObject({
      key: 'meeting:m-1',
      recordId: 'm-1',
      data: { title: 'A' }
    })
    expect((await listDrafts(reopened, 'c1')).map((d) => d.key)).toHaveLength(2)
    await deleteDraft(reopened, 'meeting', 'm-1')
    expect(await loadDraft(reopened, 'meeting', 'm-1')).toBeUndefined()
    expect(await loadDraft(reopened, 'pact', 'x')).toBeUndefined()
  })

  it('removes invisible characters but not the spaces being typed, and refuses a runaway size', async () => {
    const db = makeTestDb()
    const draft = await saveDraft(db, { form: 'pact', recordId: 'p', data: { text: 'a\u200B b ' } })
    expect(draft.data).toEqual({ text: 'a b ' })
    await expect(
      saveDraft(db, { form: 'pact', recordId: 'p', data: { text: 'x'.repeat(MAX_DRAFT_CHARS) } })
    ).rejects.toBeInstanceOf(ValidationError)
    expect((await loadDraft(db, 'pact', 'p'))!.data).toEqual({ text: 'a b ' })
  })

  it('are deleted when the record is saved: a new meeting’s draft on creation, an edit’s on update', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const year = (await listClusterYears(db, cluster.id)).find((y) => y.year === 2024)!
    await saveDraft(db, { form: MEETING_FORM, data: { title: 'Họp' } })
    await saveDraft(db, { form: MEETING_FORM, recordId: 'other', data: { title: 'Khác' } })
    const meeting = await saveMeeting(db, null, {
      meeting: {
        clusterYearId: year.id,
        type: 'regular',
        title: 'Họp định kỳ',
        date: '2024-05-10',
        startTime: '',
        endTime: '',
        timeOfDay: '',
        place: '',
        hostUnitId: '',
        chair: { name: 'Vũ Thị Thành', position: '', unitId: '', personId: '' },
        secretary: { name: '', position: '', unitId: '', personId: '' },
        agenda: [],
        conclusion: '',
        decisions: []
      },
      attendances: [],
      guests: [],
      remarks: [],
      votes: []
    })
    expect(await loadDraft(db, MEETING_FORM)).toBeUndefined()
    expect(await loadDraft(db, MEETING_FORM, 'other')).toBeDefined()
    await saveDraft(db, { form: MEETING_FORM, recordId: meeting.id, data: { title: 'Sửa' } })
    await saveDraft(db, { form: MEETING_FORM, data: { title: 'Một hội nghị mới khác' } })
    await saveMeeting(db, meeting.id, {
      meeting: { ...meeting },
      attendances: [],
      guests: [],
      remarks: [],
      votes: []
    })
    expect(await loadDraft(db, MEETING_FORM, meeting.id)).toBeUndefined()
    expect(await loadDraft(db, MEETING_FORM)).toBeDefined()

    const notice = (await listCompositions(db, cluster.id)).find((c) => c.kind === 'notice')!
    await saveDraft(db, { form: COMPOSITION_FORM, recordId: notice.id, data: {} })
    const input = {
      clusterId: notice.clusterId,
      kind: notice.kind,
      year: notice.year,
      summary: notice.summary,
      basis: notice.basis,
      body: notice.body,
      scheduleRows: notice.scheduleRows,
      issuedOn: notice.issuedOn,
      signerTitleLines: notice.signerTitleLines,
      signerName: notice.signerName,
      recipients: notice.recipients,
      issuer: notice.issuer
    }
    await updateComposition(db, notice.id, input)
    expect(await loadDraft(db, COMPOSITION_FORM, notice.id)).toBeUndefined()
    await saveDraft(db, { form: COMPOSITION_FORM, data: {} })
    await createComposition(db, { ...input, summary: 'Thông báo mới' })
    expect(await loadDraft(db, COMPOSITION_FORM)).toBeUndefined()

    const lastYear = (await listClusterYears(db, cluster.id)).at(-1)!
    const pact = (await loadPactForYear(db, lastYear.id))!
    await saveDraft(db, { form: PACT_FORM, recordId: pact.pact.id, data: { closing: 'Đang gõ' } })
    // The sample names no signer, and an amendment keeps the signed pact's signers named.
    const signatories = lastYear.memberUnitIds.map((unitId) => ({
      unitId,
      titleLines: [],
      name: 'A'
    }))
    await savePact(
      db,
      pact.pact.id,
      {
        pact: { ...pact.pact, closing: 'Đã lưu', signatories },
        commitments: pact.commitments,
        criteria: pact.criteria
      },
      'Bổ sung đoạn kết'
    )
    expect(await loadDraft(db, PACT_FORM, pact.pact.id)).toBeUndefined()
  })
})
