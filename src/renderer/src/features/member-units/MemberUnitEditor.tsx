import { useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Cluster, MemberUnit, UnitPerson } from '@core/model/entities'
import { type FieldIssue, issuesFrom, ValidationError } from '@core/model/validation'
import { Field } from '../../components/Field'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { useDatabase } from '../../db/DatabaseContext'
import { deleteMemberUnit, saveMemberUnit } from '../../db/repositories/member-units-repo'
import { fieldError } from '../../lib/field-issues'
import { isDirty, toForm, toSaveInput, withPerson, type UnitField } from './member-unit-form'
import { UnitDetailsPanel } from './UnitDetailsPanel'
import { UnitHistoryPanel } from './UnitHistoryPanel'
import { UnitPeoplePanel } from './UnitPeoplePanel'

interface Props {
  cluster: Cluster
  unit: MemberUnit | null
  people: UnitPerson[]
}

/**
 * A member unit: its names and header lines, contacts, its people, when it joined and left.
 * Ending a unit (a date in "Ngày kết thúc") keeps it and its history; deleting is allowed only for
 * a unit nothing refers to.
 */
export function MemberUnitEditor({ cluster, unit, people }: Props) {
  const db = useDatabase()
  const navigate = useNavigate()
  const [saved, setSaved] = useState(() => toForm(unit, people))
  const [form, setForm] = useState(saved)
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [message, setMessage] = useState('')
  const [confirmDelete, setConfirmDelete] = useState(false)
  const unsaved = useUnsavedChanges(isDirty(form, saved))

  const onField = (key: UnitField) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }))
    setMessage('')
  }
  const errorOf = (field: string) => fieldError(issues, field)

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      const input = toSaveInput(form)
      const row = await saveMemberUnit(db, cluster.id, unit?.id ?? null, input.unit, input.people)
      setSaved(form)
      setIssues([])
      setMessage('Đã lưu.')
      if (!unit) {
        unsaved.release()
        navigate(`/don-vi/${row.id}`, { replace: true })
      }
    } catch (error) {
      setMessage('')
      setIssues(issuesFrom(error))
    }
  }

  async function remove() {
    if (!unit) return
    try {
      await deleteMemberUnit(db, unit.id)
      unsaved.release()
      navigate('/don-vi')
    } catch (error) {
      setConfirmDelete(false)
      if (error instanceof ValidationError) setIssues(error.issues)
      else throw error
    }
  }

  return (
    <section aria-labelledby="page-title">
      <p>
        <Link to="/don-vi">← Danh sách đơn vị</Link>
      </p>
      <h1 id="page-title">{unit ? unit.name : 'Thêm đơn vị thành viên'}</h1>
      <form className="form wide" onSubmit={submit} noValidate aria-label="Thông tin đơn vị">
        <IssuesAlert issues={issues} />
        <UnitDetailsPanel form={form} onField={onField} errorOf={errorOf} />
        <UnitPeoplePanel
          people={form.people}
          onChange={(list) => setForm((f) => ({ ...f, people: list }))}
          onField={(index, key, value) => setForm((f) => withPerson(f, index, key, value))}
          errorOf={errorOf}
        />
        <Field
          name="note"
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
        </div>
      </form>
      {unit ? <UnitHistoryPanel unitId={unit.id} /> : null}
    </section>
  )
}
