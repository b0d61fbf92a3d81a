import { useEffect, useState, type FormEvent } from 'react'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { sameValue } from '../../lib/same-value'
import { Link, useNavigate, useParams } from 'react-router'
import type { Cluster, ClusterYear, MemberUnit } from '@core/model/entities'
import { type FieldIssue, issuesFrom } from '@core/model/validation'
import { isActiveInYear } from '@core/rules/member-units'
import { proposeRotation } from '@core/rules/rotation'
import { useDatabase } from '../../db/DatabaseContext'
import {
  useActiveCluster,
  useClusterYear,
  useClusterYears,
  useMemberUnits,
  usePeopleByUnit
} from '../../db/hooks'
import {
  planNextYear,
  saveClusterYear,
  type ClusterYearInput
} from '../../db/repositories/cluster-years-repo'
import { unitStatus } from '../member-units/MemberUnitsPage'
import { IssuesAlert } from '../../components/IssuesAlert'

/** Route `/nam-thi-dua/moi` (a new year, proposed) and `/nam-thi-dua/:id`. */
export function ClusterYearEditorRoute() {
  const { id } = useParams()
  const db = useDatabase()
  const cluster = useActiveCluster()
  const existing = useClusterYear(id)
  const units = useMemberUnits(cluster?.id)
  const years = useClusterYears(cluster?.id)
  const [plan, setPlan] = useState<ClusterYearInput | null>(null)
  useEffect(() => {
    if (!id && cluster) void planNextYear(db, cluster.id).then(setPlan)
  }, [db, id, cluster])
  if (
    cluster === undefined ||
    units === undefined ||
    years === undefined ||
    (id ? existing === undefined : plan === null)
  ) {
    return <p role="status">Đang tải dữ liệu…</p>
  }
  if (cluster === null) return <p>Chưa có cụm thi đua.</p>
  if (id && !existing) return <p role="alert">Không tìm thấy năm thi đua này.</p>
  const initial: ClusterYearInput = existing ?? plan!
  return (
    <ClusterYearEditor
      key={existing?.id ?? 'new'}
      cluster={cluster}
      units={units}
      years={years}
      existing={existing ?? null}
      initial={initial}
    />
  )
}

interface Props {
  cluster: Cluster
  units: MemberUnit[]
  years: ClusterYear[]
  existing: ClusterYear | null
  initial: ClusterYearInput
}

/**
 * A cluster year: who takes part, who leads and deputises, who signs for them. A new year starts
 * from the proposal — the units active that year and the next pair in the rotation order — and
 * every choice can be changed before saving.
 */
function ClusterYearEditor({ cluster, units, years, existing, initial }: Props) {
  const db = useDatabase()
  const navigate = useNavigate()
  const peopleByUnit = usePeopleByUnit(cluster.id)
  const [form, setForm] = useState<ClusterYearInput>(initial)
  const [yearText, setYearText] = useState(String(initial.year))
  const [saved, setSaved] = useState({ form: initial, yearText: String(initial.year) })
  const unsaved = useUnsavedChanges(!sameValue({ form, yearText }, saved))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [message, setMessage] = useState('')
  const errorOf = (field: string) =>
    issues
      .filter((i) => i.field === field)
      .map((i) => i.message)
      .join(' ')
  const year = Number(yearText)
  const previous =
    years
      .filter((y) => y.year < year && y.id !== existing?.id)
      .sort((a, b) => b.year - a.year)[0] ?? null
  const nameOf = (unitId: string) =>
    existing?.unitNames[unitId] || units.find((u) => u.id === unitId)?.name || unitId
  const members = form.memberUnitIds

  function toggle(unitId: string) {
    setForm((f) => ({
      ...f,
      memberUnitIds: f.memberUnitIds.includes(unitId)
        ? f.memberUnitIds.filter((u) => u !== unitId)
        : [...f.memberUnitIds, unitId]
    }))
  }

  /** A new year follows its number: the units active that year, and the rotation's pair for them. */
  function changeYear(text: string) {
    setYearText(text)
    const value = Number(text)
    if (existing || !/^\d{4}$/.test(text)) return
    const active = units.filter((u) => isActiveInYear(u, value)).map((u) => u.id)
    const before = years.filter((y) => y.year < value).sort((a, b) => b.year - a.year)[0] ?? null
    const proposal = proposeRotation(
      cluster.rotationOrder ?? units.map((u) => u.id),
      active,
      before
    )
    setForm((f) => ({
      ...f,
      memberUnitIds: active,
      ...proposal,
      leaderSignerId: '',
      deputySignerId: ''
    }))
  }

  function propose() {
    const proposal = proposeRotation(
      cluster.rotationOrder ?? units.map((u) => u.id),
      members,
      previous
    )
    setForm((f) => ({ ...f, ...proposal, leaderSignerId: '', deputySignerId: '' }))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      const row = await saveClusterYear(db, cluster.id, existing?.id ?? null, {
        ...form,
        year: Number.isFinite(year) ? year : Number.NaN
      })
      setSaved({ form, yearText })
      setIssues([])
      setMessage(`Đã lưu năm ${row.year}.`)
      if (!existing) {
        unsaved.release()
        navigate('/nam-thi-dua')
      }
    } catch (error) {
      setIssues(issuesFrom(error))
    }
  }

  const shownUnits = units.filter(
    (u) =>
      members.includes(u.id) || isActiveInYear(u, year) || existing?.memberUnitIds.includes(u.id)
  )
  const unitSelect = (
    field: 'leaderUnitId' | 'deputyUnitId',
    signer: 'leaderSignerId' | 'deputySignerId',
    id: string,
    label: string
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={form[field]}
        onChange={(e) => setForm((f) => ({ ...f, [field]: e.target.value, [signer]: '' }))}
        aria-invalid={errorOf(field) ? true : undefined}
      >
        <option value="">(chưa chọn)</option>
        {members.map((unitId) => (
          <option key={unitId} value={unitId}>
            {nameOf(unitId)}
          </option>
        ))}
      </select>
      {errorOf(field) ? <p className="field-error">{errorOf(field)}</p> : null}
    </div>
  )
  const signerSelect = (
    field: 'leaderSignerId' | 'deputySignerId',
    unitId: string,
    label: string
  ) => (
    <div className="field">
      <label htmlFor={field}>{label}</label>
      <select
        id={field}
        value={form[field]}
        onChange={(e) => setForm((f) => ({ ...f, [field]: e.target.value }))}
        aria-invalid={errorOf(field) ? true : undefined}
      >
        <option value="">(chưa chọn)</option>
        {(peopleByUnit?.get(unitId) ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.fullName}
            {p.position ? ` — ${p.position}` : ''}
          </option>
        ))}
      </select>
      {errorOf(field) ? <p className="field-error">{errorOf(field)}</p> : null}
    </div>
  )

  return (
    <section aria-labelledby="page-title">
      <p>
        <Link to="/nam-thi-dua">← Các năm thi đua</Link>
      </p>
      <h1 id="page-title">
        {existing ? `Năm thi đua ${existing.year}` : 'Bắt đầu năm thi đua mới'}
      </h1>
      {!existing && previous ? (
        <p className="muted">
          Đề xuất theo thứ tự luân phiên, tiếp theo năm {previous.year} (cụm trưởng:{' '}
          {nameOf(previous.leaderUnitId)}). Có thể thay đổi trước khi lưu.
        </p>
      ) : null}
      <form className="form wide" onSubmit={submit} noValidate aria-label="Năm thi đua">
        <IssuesAlert issues={issues} />
        <div className="field narrow-field">
          <label htmlFor="year">Năm</label>
          <input
            id="year"
            inputMode="numeric"
            value={yearText}
            onChange={(e) => changeYear(e.target.value)}
            aria-invalid={errorOf('year') ? true : undefined}
          />
          {errorOf('year') ? <p className="field-error">{errorOf('year')}</p> : null}
        </div>
        <fieldset className="checklist">
          <legend>Đơn vị tham gia ({members.length})</legend>
          {shownUnits.map((unit) => (
            <label key={unit.id}>
              <input
                type="checkbox"
                checked={members.includes(unit.id)}
                onChange={() => toggle(unit.id)}
              />
              <span>
                {nameOf(unit.id)}{' '}
                <span className="muted">({unitStatus(unit, `${year}-12-31`)})</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          {unitSelect('leaderUnitId', 'leaderSignerId', 'leader', 'Cụm trưởng')}
          {unitSelect('deputyUnitId', 'deputySignerId', 'deputy', 'Cụm phó')}
        </div>
        <button type="button" className="button small" onClick={propose}>
          Đề xuất theo luân phiên
        </button>
        <div className="field-row">
          {signerSelect('leaderSignerId', form.leaderUnitId, 'Người ký cho cụm trưởng')}
          {signerSelect('deputySignerId', form.deputyUnitId, 'Người ký cho cụm phó')}
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary">
            {existing ? 'Lưu thay đổi' : 'Tạo năm thi đua'}
          </button>
          <span role="status" className="save-status">
            {message}
          </span>
        </div>
      </form>
    </section>
  )
}
