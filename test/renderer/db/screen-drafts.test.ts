import { describe, expect, it } from 'vitest'
import { loadSampleCluster } from '../../../src/renderer/src/db/repositories/sample-repo'
import { loadDraft, saveDraft } from '../../../src/renderer/src/db/repositories/drafts-repo'
import {
  listMeetings,
  MINUTES_FORM,
  saveMinutesBody
} from '../../../src/renderer/src/db/repositories/meetings-repo'
import {
  listMemberUnits,
  MEMBER_UNIT_FORM,
  saveMemberUnit
} from '../../../src/renderer/src/db/repositories/member-units-repo'
import {
  COMPOSITION_FORM,
  createComposition,
  listCompositions
} from '../../../src/renderer/src/db/repositories/compositions-repo'
import { makeTestDb } from '../../helpers/test-db'

/** The drafts the screens of issue 10 added: minutes text, member units, new notices and plans. */
describe('drafts of the screens, deleted by the save they were typed for', () => {
  it('saving the minutes text deletes its draft, not another meeting’s', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const [meeting, other] = await listMeetings(db, cluster.id)
    await saveDraft(db, { form: MINUTES_FORM, recordId: meeting!.id, data: { body: 'Gõ dở' } })
    await saveDraft(db, { form: MINUTES_FORM, recordId: other!.id, data: { body: 'Khác' } })
    await saveMinutesBody(db, meeting!.id, 'Nội dung đã sửa')
    expect(await loadDraft(db, MINUTES_FORM, meeting!.id)).toBeUndefined()
    expect(await loadDraft(db, MINUTES_FORM, other!.id)).toBeDefined()
  })

  it('saving a unit deletes its draft; creating one deletes the new-unit draft', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const unit = (await listMemberUnits(db, cluster.id))[0]!
    const { id, createdAt, updatedAt, sampleKey, clusterId, ...input } = unit
    void [createdAt, updatedAt, sampleKey, clusterId]
    await saveDraft(db, { form: MEMBER_UNIT_FORM, recordId: id, data: { address: 'Số 1' } })
    await saveDraft(db, { form: MEMBER_UNIT_FORM, data: { name: 'Đơn vị mới' } })
    await saveMemberUnit(db, cluster.id, id, { ...input, address: 'Số 1' }, [])
    expect(await loadDraft(db, MEMBER_UNIT_FORM, id)).toBeUndefined()
    expect(await loadDraft(db, MEMBER_UNIT_FORM)).toBeDefined()
    await saveMemberUnit(
      db,
      cluster.id,
      null,
      { ...input, name: 'Ủy ban MTTQ Việt Nam phường Hoàn Kiếm', shortName: 'Phường Hoàn Kiếm' },
      []
    )
    expect(await loadDraft(db, MEMBER_UNIT_FORM)).toBeUndefined()
  })

  it('a new plan and a new notice keep separate drafts; creating a plan deletes only its own', async () => {
    const db = makeTestDb()
    const cluster = await loadSampleCluster(db)
    const plan = (await listCompositions(db, cluster.id)).find((c) => c.kind === 'plan')!
    await saveDraft(db, { form: COMPOSITION_FORM, recordId: 'new-plan', data: { summary: 'KH' } })
    await saveDraft(db, { form: COMPOSITION_FORM, recordId: 'new-notice', data: { summary: 'TB' } })
    const { id, createdAt, updatedAt, documentId, ...input } = plan
    void [id, createdAt, updatedAt, documentId]
    await createComposition(db, { ...input, summary: 'Kế hoạch mới' })
    expect(await loadDraft(db, COMPOSITION_FORM, 'new-plan')).toBeUndefined()
    expect(await loadDraft(db, COMPOSITION_FORM, 'new-notice')).toBeDefined()
  })
})
