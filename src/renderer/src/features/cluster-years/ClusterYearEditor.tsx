import { useMemo, useState, type FormEvent } from 'react'
import { parseWholeNumber } from '@core/text/numbers'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { sameValue } from '../../lib/same-value'
import { Link, useNavigate } from 'react-router'
import type { Cluster, ClusterYear, MemberUnit } from '@core/model/entities'
import { isActiveInYear } from '@core/rules/member-units'
import { useDatabase } from '../../db/DatabaseContext'
import { usePeopleByUnit } from '../../db/hooks'
import { saveClusterYear, type ClusterYearInput } from '../../db/repositories/cluster-years-repo'
import { unitStatus } from '../member-units/MemberUnitsPage'
import { IssuesAlert } from '../../components/IssuesAlert'
import { SaveRefusalNote } from '../../components/SaveRefusalNote'
import { useFormIssues } from '../../components/useFormIssues'
import { compareForms } from '../../components/concurrency/compare'
import { RecordChangedBanner } from '../../components/concurrency/RecordChangedBanner'
import { useSaveGuard } from '../../components/concurrency/useSaveGuard'
import type { SaveBase } from '../../db/concurrency'
import {
  applyProposal,
  changeNewYear,
  proposeForYear,
  rotationInputOf,
  toggleMember,
  yearCompareSpec
} from './cluster-year-form'

interface Props {
  cluster: Cluster
  units: MemberUnit[]
  years: ClusterYear[]
  /** The year as stored now (live), null for a new one. */
  existing: ClusterYear | null
  initial: ClusterYearInput
}

/**
 * A cluster year: who takes part, who leads and deputises, who signs for them. A new year starts
 * from the proposal — the units active that year and the next pair in the rotation order — and
 * every choice can be changed before saving. A change made meanwhile in another window, or a
 * restore, is noticed and never written over unasked.
 */
export function ClusterYearEditor({ cluster, units, years, existing, initial }: Props) {
  const db = useDatabase()
  const navigate = useNavigate()
  const peopleByUnit = usePeopleByUnit(cluster.id)
  const [form, setForm] = useState<ClusterYearInput>(initial)
  const [yearText, setYearText] = useState(String(initial.year))
  const [saved, setSaved] = useState({ form: initial, yearText: String(initial.year) })
  const dirty = !sameValue({ form, yearText }, saved)
  const unsaved = useUnsavedChanges(dirty)
  const guard = useSaveGuard(existing ? { updatedAt: existing.updatedAt } : undefined)
  const values = useMemo(() => ({ ...form, year: yearText }), [form, yearText])
  const refused = useFormIssues(values)
  const [message, setMessage] = useState('')
  const errorOf = refused.errorOf
  const year = parseWholeNumber(yearText)
  const rotation = useMemo(() => rotationInputOf(cluster, units, years), [cluster, units, years])
  const { after } = proposeForYear(form, year, rotation)
  const nameOf = (unitId: string) =>
    existing?.unitNames[unitId] || units.find((u) => u.id === unitId)?.name || unitId
  const members = form.memberUnitIds

  function changeYear(text: string) {
    setYearText(text)
    setForm((f) => changeNewYear(f, text, rotation, !existing))
  }

  /** The year as stored now becomes what the form starts from. */
  function startFrom(row: ClusterYear, typed?: { form: ClusterYearInput; yearText: string }) {
    const stored = { form: row as ClusterYearInput, yearText: String(row.year) }
    setSaved(stored)
    setForm((current) => (!typed || current === typed.form ? stored.form : current))
    setYearText((current) => (!typed || current === typed.yearText ? stored.yearText : current))
    guard.accept({ updatedAt: row.updatedAt })
  }

  async function persist(base: SaveBase | undefined) {
    try {
      const row = await saveClusterYear(
        db,
        cluster.id,
        existing?.id ?? null,
        { ...form, year: Number.isFinite(year) ? year : Number.NaN },
        base
      )
      startFrom(row, { form, yearText })
      refused.clear()
      setMessage(`Đã lưu năm ${row.year}.`)
      if (!existing) {
        unsaved.release()
        navigate('/nam-thi-dua')
      }
    } catch (error) {
      setMessage('')
      if (!guard.refuse(error)) await refused.refuse(error)
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    void persist(guard.base())
  }

  const personName = (id: string) =>
    [...(peopleByUnit?.values() ?? [])].flat().find((p) => p.id === id)?.fullName ?? ''

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
    <div className="field" data-field={field}>
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
    <div className="field" data-field={field}>
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
      {after ? (
        <p className="muted">
          Đề xuất theo thứ tự luân phiên của năm {yearText}: tiếp theo năm {after.year} (cụm trưởng{' '}
          {after.recorded ? '' : 'dự kiến '}
          {nameOf(after.leaderUnitId) || 'chưa có'}). Có thể thay đổi trước khi lưu.
        </p>
      ) : null}
      <RecordChangedBanner
        guard={guard}
        dirty={dirty}
        compare={() =>
          existing ? compareForms(form, existing, yearCompareSpec(nameOf, personName)) : []
        }
        onReload={() => {
          if (!existing) return
          refused.clear()
          startFrom(existing)
          setMessage('Đã tải lại bản đang lưu.')
        }}
        onOverwrite={() => persist(guard.overwrite())}
      />
      <form
        ref={refused.ref}
        className="form wide"
        onSubmit={submit}
        noValidate
        aria-label="Năm thi đua"
      >
        <IssuesAlert issues={refused.issues} />
        <div className="field narrow-field" data-field="year">
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
        <fieldset className="checklist" data-field="memberUnitIds">
          <legend>Đơn vị tham gia ({members.length})</legend>
          {errorOf('memberUnitIds') ? (
            <p className="field-error">{errorOf('memberUnitIds')}</p>
          ) : null}
          {shownUnits.map((unit) => (
            <label key={unit.id}>
              <input
                type="checkbox"
                checked={members.includes(unit.id)}
                onChange={() => setForm((f) => toggleMember(f, unit.id))}
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
        <button
          type="button"
          className="button small"
          onClick={() => setForm((f) => applyProposal(f, rotation, year))}
          disabled={!Number.isFinite(year)}
        >
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
        <SaveRefusalNote refused={refused} />
      </form>
    </section>
  )
}
