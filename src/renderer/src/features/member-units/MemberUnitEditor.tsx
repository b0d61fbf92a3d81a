import { useState, type FormEvent } from 'react'
import { formatTimestampVi } from '@core/text/dates'
import { Link, useNavigate, useParams } from 'react-router'
import type { Cluster, MemberUnit, UnitPerson } from '@core/model/entities'
import { type FieldIssue, issuesFrom, ValidationError } from '@core/model/validation'
import { deriveHeaderLines } from '@core/rules/member-units'
import { Field } from '../../components/Field'
import { useDatabase } from '../../db/DatabaseContext'
import { useActiveCluster, useAuditFor, useMemberUnit, useUnitPeople } from '../../db/hooks'
import {
  deleteMemberUnit,
  saveMemberUnit,
  type UnitPersonInput
} from '../../db/repositories/member-units-repo'
import { IssuesAlert } from '../../components/IssuesAlert'

const ROLES: Array<[UnitPerson['role'], string]> = [
  ['chair', 'Chủ tịch'],
  ['vice-chair', 'Phó Chủ tịch'],
  ['emulation-officer', 'Cán bộ phụ trách thi đua'],
  ['other', 'Khác']
]

interface FormState {
  name: string
  shortName: string
  headerLines: string
  placeName: string
  address: string
  phone: string
  email: string
  displayOrder: string
  activeFrom: string
  activeTo: string
  note: string
}

/** Route `/don-vi/moi` (new) and `/don-vi/:id` (existing). */
export function MemberUnitEditorRoute() {
  const { id } = useParams()
  const cluster = useActiveCluster()
  const unit = useMemberUnit(id)
  const people = useUnitPeople(id)
  if (cluster === undefined || (id && (unit === undefined || people === undefined)))
    return <p role="status">Đang tải dữ liệu…</p>
  if (cluster === null) return <p>Chưa có cụm thi đua.</p>
  if (id && !unit) return <p role="alert">Không tìm thấy đơn vị này.</p>
  return (
    <MemberUnitEditor
      key={unit?.id ?? 'new'}
      cluster={cluster}
      unit={unit ?? null}
      people={people ?? []}
    />
  )
}

function toState(unit: MemberUnit | null): FormState {
  return {
    name: unit?.name ?? '',
    shortName: unit?.shortName ?? '',
    headerLines: unit?.headerLines.join('\n') ?? '',
    placeName: unit?.placeName ?? '',
    address: unit?.address ?? '',
    phone: unit?.phone ?? '',
    email: unit?.email ?? '',
    displayOrder: unit ? String(unit.displayOrder) : '',
    activeFrom: unit?.activeFrom ?? '',
    activeTo: unit?.activeTo ?? '',
    note: unit?.note ?? ''
  }
}

const emptyPerson = (): UnitPersonInput => ({
  fullName: '',
  position: '',
  role: 'chair',
  phone: '',
  email: '',
  activeFrom: '',
  activeTo: ''
})

/**
 * A member unit: its names and header lines, contacts, its people, when it joined and left.
 * Ending a unit (a date in "Ngày kết thúc") keeps it and its history; deleting is allowed only for
 * a unit nothing refers to.
 */
function MemberUnitEditor({
  cluster,
  unit,
  people
}: {
  cluster: Cluster
  unit: MemberUnit | null
  people: UnitPerson[]
}) {
  const db = useDatabase()
  const navigate = useNavigate()
  const history = useAuditFor('memberUnits', unit?.id)
  const [form, setForm] = useState<FormState>(() => toState(unit))
  const [persons, setPersons] = useState<UnitPersonInput[]>(() =>
    people.map(({ id, fullName, position, role, phone, email, activeFrom, activeTo }) => ({
      id,
      fullName,
      position,
      role,
      phone,
      email,
      activeFrom,
      activeTo
    }))
  )
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [message, setMessage] = useState('')
  const [confirmDelete, setConfirmDelete] = useState(false)

  const set = (key: keyof FormState) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }))
    setMessage('')
  }
  const errorOf = (field: string) =>
    issues.find((i) => i.field === field || i.field.startsWith(field + '.'))?.message
  const setPerson = (index: number, key: keyof UnitPersonInput, value: string) =>
    setPersons((list) => list.map((p, i) => (i === index ? { ...p, [key]: value } : p)))

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      const saved = await saveMemberUnit(
        db,
        cluster.id,
        unit?.id ?? null,
        {
          ...form,
          headerLines: form.headerLines.split('\n'),
          displayOrder: form.displayOrder.trim() === '' ? undefined : Number(form.displayOrder)
        },
        persons
      )
      setIssues([])
      setMessage('Đã lưu.')
      if (!unit) navigate(`/don-vi/${saved.id}`, { replace: true })
    } catch (error) {
      setMessage('')
      setIssues(issuesFrom(error))
    }
  }

  async function remove() {
    if (!unit) return
    try {
      await deleteMemberUnit(db, unit.id)
      navigate('/don-vi')
    } catch (error) {
      setConfirmDelete(false)
      if (error instanceof ValidationError) setIssues(error.issues)
      else throw error
    }
  }

  const derived = deriveHeaderLines(form.name)
  return (
    <section aria-labelledby="page-title">
      <p>
        <Link to="/don-vi">← Danh sách đơn vị</Link>
      </p>
      <h1 id="page-title">{unit ? unit.name : 'Thêm đơn vị thành viên'}</h1>
      <form className="form wide" onSubmit={submit} noValidate aria-label="Thông tin đơn vị">
        <IssuesAlert issues={issues} />
        <Field
          name="name"
          label="Tên đầy đủ"
          required
          value={form.name}
          onChange={set('name')}
          error={errorOf('name')}
          placeholder="Ủy ban MTTQ Việt Nam phường Hoàn Kiếm"
        />
        <div className="field-row">
          <Field
            name="shortName"
            label="Tên ngắn"
            value={form.shortName}
            onChange={set('shortName')}
            error={errorOf('shortName')}
            placeholder="Hoàn Kiếm"
          />
          <Field
            name="placeName"
            label="Địa danh ghi ở dòng ngày tháng"
            value={form.placeName}
            onChange={set('placeName')}
            error={errorOf('placeName')}
          />
        </div>
        <Field
          name="headerLines"
          label="Dòng tiêu đề trên văn bản"
          multiline
          value={form.headerLines}
          onChange={set('headerLines')}
          error={errorOf('headerLines')}
          hint={
            derived.length
              ? `Để trống để dùng: ${derived.join(' / ')}`
              : 'Để trống để tạo từ tên đầy đủ, viết hoa.'
          }
        />
        <Field
          name="address"
          label="Địa chỉ"
          value={form.address}
          onChange={set('address')}
          error={errorOf('address')}
        />
        <div className="field-row">
          <Field
            name="phone"
            label="Điện thoại"
            value={form.phone}
            onChange={set('phone')}
            error={errorOf('phone')}
          />
          <Field
            name="email"
            label="Thư điện tử"
            value={form.email}
            onChange={set('email')}
            error={errorOf('email')}
          />
          <Field
            name="displayOrder"
            label="Thứ tự"
            value={form.displayOrder}
            onChange={set('displayOrder')}
            error={errorOf('displayOrder')}
            hint="Để trống: xếp cuối danh sách."
          />
        </div>
        <div className="field-row">
          <div className={`field${errorOf('activeFrom') ? ' has-error' : ''}`}>
            <label htmlFor="activeFrom">Ngày tham gia</label>
            <input
              id="activeFrom"
              type="date"
              value={form.activeFrom}
              onChange={(e) => set('activeFrom')(e.target.value)}
            />
            {errorOf('activeFrom') ? <p className="field-error">{errorOf('activeFrom')}</p> : null}
          </div>
          <div className={`field${errorOf('activeTo') ? ' has-error' : ''}`}>
            <label htmlFor="activeTo">Ngày kết thúc tham gia</label>
            <input
              id="activeTo"
              type="date"
              value={form.activeTo}
              onChange={(e) => set('activeTo')(e.target.value)}
              aria-describedby="activeTo-hint"
            />
            <p id="activeTo-hint" className="field-hint">
              Đơn vị đổi tên, sáp nhập hoặc thôi tham gia: ghi ngày kết thúc, không xóa. Văn bản các
              năm trước vẫn giữ tên cũ.
            </p>
            {errorOf('activeTo') ? <p className="field-error">{errorOf('activeTo')}</p> : null}
          </div>
        </div>
        <fieldset className="people">
          <legend>Lãnh đạo và cán bộ của đơn vị</legend>
          {persons.map((person, i) => (
            <div
              className="person-row"
              key={person.id ?? `new-${i}`}
              role="group"
              aria-label={`Người ${i + 1}`}
            >
              <input
                aria-label={`Người ${i + 1}: họ và tên`}
                placeholder="Họ và tên"
                value={person.fullName}
                onChange={(e) => setPerson(i, 'fullName', e.target.value)}
                aria-invalid={errorOf(`people.${i}.fullName`) ? true : undefined}
              />
              <input
                aria-label={`Người ${i + 1}: chức vụ`}
                placeholder="Chức vụ"
                value={person.position}
                onChange={(e) => setPerson(i, 'position', e.target.value)}
              />
              <select
                aria-label={`Người ${i + 1}: vai trò`}
                value={person.role}
                onChange={(e) => setPerson(i, 'role', e.target.value)}
              >
                {ROLES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <input
                aria-label={`Người ${i + 1}: điện thoại`}
                placeholder="Điện thoại"
                value={person.phone}
                onChange={(e) => setPerson(i, 'phone', e.target.value)}
                aria-invalid={errorOf(`people.${i}.phone`) ? true : undefined}
              />
              <input
                aria-label={`Người ${i + 1}: thư điện tử`}
                placeholder="Thư điện tử"
                value={person.email}
                onChange={(e) => setPerson(i, 'email', e.target.value)}
                aria-invalid={errorOf(`people.${i}.email`) ? true : undefined}
              />
              <button
                type="button"
                className="button small"
                aria-label={`Bỏ người ${i + 1}`}
                onClick={() => setPersons((list) => list.filter((_, k) => k !== i))}
              >
                Bỏ
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button small"
            onClick={() => setPersons((list) => [...list, emptyPerson()])}
          >
            Thêm người
          </button>
        </fieldset>
        <Field
          name="note"
          label="Ghi chú"
          multiline
          value={form.note}
          onChange={set('note')}
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
      {unit ? (
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title">Lịch sử thay đổi</h2>
          {history && history.length > 0 ? (
            <ul className="history">
              {history.map((entry) => (
                <li key={entry.id}>
                  <time dateTime={entry.at}>{formatTimestampVi(entry.at)}</time> —{' '}
                  {entry.summary || entry.action}
                </li>
              ))}
            </ul>
          ) : (
            <p>Chưa có thay đổi nào được ghi lại.</p>
          )}
        </section>
      ) : null}
    </section>
  )
}
