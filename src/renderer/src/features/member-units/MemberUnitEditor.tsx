import { useMemo, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Cluster, MemberUnit, UnitPerson } from '@core/model/entities'
import { compareForms } from '../../components/concurrency/compare'
import { RecordChangedBanner } from '../../components/concurrency/RecordChangedBanner'
import { useSaveGuard } from '../../components/concurrency/useSaveGuard'
import { DraftKeptNote, DraftOfferBanner } from '../../components/drafts/DraftOfferBanner'
import { useFormDraft } from '../../components/drafts/useFormDraft'
import { Field } from '../../components/Field'
import { IssuesAlert } from '../../components/IssuesAlert'
import { SaveRefusalNote } from '../../components/SaveRefusalNote'
import { useFormIssues } from '../../components/useFormIssues'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import type { SaveBase } from '../../db/concurrency'
import { useDatabase } from '../../db/DatabaseContext'
import {
  deleteMemberUnit,
  loadMemberUnitRecord,
  MEMBER_UNIT_FORM,
  saveMemberUnit
} from '../../db/repositories/member-units-repo'
import {
  isDirty,
  toForm,
  toSaveInput,
  UNIT_COMPARE,
  UNIT_DRAFT_VERSION,
  withPerson,
  type UnitField
} from './member-unit-form'
import { UnitDetailsPanel } from './UnitDetailsPanel'
import { UnitHistoryPanel } from './UnitHistoryPanel'
import { UnitPeoplePanel } from './UnitPeoplePanel'

interface Props {
  cluster: Cluster
  /** The unit as stored now (live), null for a new one. */
  unit: MemberUnit | null
  people: UnitPerson[]
}

/** What the form starts from: the unit's stamp and its people's ids. */
const stampOf = (unit: MemberUnit, people: UnitPerson[]) => ({
  updatedAt: unit.updatedAt,
  children: { people: people.map((p) => p.id) }
})

/**
 * A member unit: its names and header lines, contacts, its people, when it joined and left.
 * Ending a unit (a date in "Ngày kết thúc") keeps it and its history; deleting is allowed only for
 * a unit nothing refers to. A change made meanwhile in another window, or a restore, is noticed
 * and never written over unasked.
 */
export function MemberUnitEditor({ cluster, unit, people }: Props) {
  const db = useDatabase()
  const navigate = useNavigate()
  const [saved, setSaved] = useState(() => toForm(unit, people))
  const [form, setForm] = useState(saved)
  const [message, setMessage] = useState('')
  const [confirmDelete, setConfirmDelete] = useState(false)
  const dirty = isDirty(form, saved)
  const values = useMemo(() => {
    const input = toSaveInput(form)
    return { ...input.unit, people: input.people }
  }, [form])
  const refused = useFormIssues(values)
  const guard = useSaveGuard(unit ? stampOf(unit, people) : undefined)
  const draft = useFormDraft({
    form: MEMBER_UNIT_FORM,
    recordId: unit?.id ?? '',
    clusterId: cluster.id,
    version: UNIT_DRAFT_VERSION,
    value: form,
    saved,
    enabled: true,
    onRestore: setForm,
    guard
  })
  const unsaved = useUnsavedChanges(dirty, draft.forget)

  const onField = (key: UnitField) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }))
    setMessage('')
  }
  const errorOf = refused.errorOf

  /** The unit as stored now becomes what the form starts from (after a save, or to reload). */
  async function startFromStored(id: string, typed?: typeof form) {
    const fresh = await loadMemberUnitRecord(db, id)
    if (!fresh) return
    const stored = toForm(fresh.unit, fresh.people)
    setSaved(stored)
    setForm((current) => (typed === undefined || current === typed ? stored : current))
    guard.accept(stampOf(fresh.unit, fresh.people))
  }

  async function persist(base: SaveBase | undefined) {
    draft.hold()
    try {
      const input = toSaveInput(form)
      const row = await saveMemberUnit(
        db,
        cluster.id,
        unit?.id ?? null,
        input.unit,
        input.people,
        base
      )
      refused.clear()
      setMessage('Đã lưu.')
      if (!unit) {
        unsaved.release()
        navigate(`/don-vi/${row.id}`, { replace: true })
      } else await startFromStored(row.id, form)
    } catch (error) {
      setMessage('')
      draft.resume()
      if (!guard.refuse(error)) await refused.refuse(error)
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    void persist(guard.base())
  }

  async function reload() {
    if (!unit) return
    draft.forget()
    refused.clear()
    await startFromStored(unit.id)
    setMessage('Đã tải lại bản đang lưu.')
  }

  async function remove() {
    if (!unit) return
    try {
      await deleteMemberUnit(db, unit.id)
      unsaved.release()
      navigate('/don-vi')
    } catch (error) {
      setConfirmDelete(false)
      await refused.refuse(error)
    }
  }

  return (
    <section aria-labelledby="page-title">
      <p>
        <Link to="/don-vi">← Danh sách đơn vị</Link>
      </p>
      <h1 id="page-title">{unit ? unit.name : 'Thêm đơn vị thành viên'}</h1>
      <RecordChangedBanner
        guard={guard}
        dirty={dirty}
        compare={() => compareForms(form, toForm(unit, people), UNIT_COMPARE)}
        onReload={reload}
        onOverwrite={() => persist(guard.overwrite())}
      />
      <DraftOfferBanner draft={draft} what={unit ? 'đơn vị này' : 'đơn vị mới'} />
      <form
        ref={refused.ref}
        className="form wide"
        onSubmit={submit}
        noValidate
        aria-label="Thông tin đơn vị"
      >
        <fieldset className="plain" disabled={draft.offer !== null}>
          <IssuesAlert issues={refused.issues} />
          <UnitDetailsPanel form={form} onField={onField} errorOf={errorOf} />
          <UnitPeoplePanel
            people={form.people}
            onChange={(list) => setForm((f) => ({ ...f, people: list }))}
            onField={(index, key, value) => setForm((f) => withPerson(f, index, key, value))}
            errorOf={errorOf}
          />
          <Field
            name="note"
            field="note"
            label="Ghi chú"
            multiline
            value={form.note}
            onChange={onField('note')}
            error={errorOf('note')}
          />
          <div className="form-actions">
            <button type="submit" className="button primary">
              {unit ? 'Lưu thay đổi' : 'Thêm đơn vị'}
            </button>
            {unit ? (
              confirmDelete ? (
                <>
                  <span>Xóa hẳn đơn vị này?</span>
                  <button type="button" className="button danger" onClick={remove}>
                    Xác nhận xóa
                  </button>
                  <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
                    Hủy
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="button danger"
                  onClick={() => setConfirmDelete(true)}
                >
                  Xóa đơn vị
                </button>
              )
            ) : null}
            <span role="status" className="save-status">
              {message}
            </span>
            <DraftKeptNote draft={draft} unsaved={dirty} />
          </div>
          <SaveRefusalNote refused={refused} />
        </fieldset>
      </form>
      {unit ? <UnitHistoryPanel unitId={unit.id} /> : null}
    </section>
  )
}
