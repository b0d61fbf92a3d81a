import { useMemo, useState } from 'react'
import { buildPactDocument } from '@core/documents/kinds/pact'
import type { Cluster, ClusterYear, MemberUnit, UnitPerson } from '@core/model/entities'
import { type FieldIssue, issuesFrom } from '@core/model/validation'
import { resolveSignatories } from '@core/rules/pact'
import { formatDateVi } from '@core/text/dates'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { useDatabase } from '../../db/DatabaseContext'
import { useFormatProfile, usePactRecord } from '../../db/hooks'
import { savePact, signPact, type PactRecord } from '../../db/repositories/pact-repo'
import { DocumentPreview } from '../../documents/DocumentPreview'
import { CriteriaPanel } from './CriteriaPanel'
import { isDirty, pactFactsOf, toPactForm, toPactInput, type PactForm } from './pact-form'
import { PactDocumentsPanel } from './PactDocumentsPanel'
import { PactTextPanel } from './PactTextPanel'
import { SignatoriesPanel } from './SignatoriesPanel'
import { SigningPanel } from './SigningPanel'
import { TrackingPanel } from './TrackingPanel'

interface Props {
  cluster: Cluster
  year: ClusterYear
  record: PactRecord
  units: MemberUnit[]
  people: UnitPerson[]
  previousYear: ClusterYear | undefined
}

/**
 * One year's pact: its text, criteria and signatories (editable while a draft, or in an amendment
 * with a reason once signed), signing, tracking, its documents and the live print preview.
 */
export function PactEditor({ cluster, year, record, units, people, previousYear }: Props) {
  const db = useDatabase()
  const profile = useFormatProfile(cluster.id)
  const previous = usePactRecord(previousYear?.id)
  const signed = record.pact.status === 'signed'
  const [amending, setAmending] = useState(false)
  const [reason, setReason] = useState('')
  const locked = signed && !amending
  const resolved = resolveSignatories(record.pact, year, units, people)
  const [saved, setSaved] = useState<PactForm>(() => toPactForm(record, resolved))
  const [form, setForm] = useState(saved)
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [status, setStatus] = useState('')
  useUnsavedChanges(isDirty(form, saved) || reason.trim() !== '')

  const facts = useMemo(
    () => pactFactsOf(form, record.pact, { cluster, year, units, people }),
    [form, record.pact, cluster, year, units, people]
  )
  const model = useMemo(
    () => (profile ? buildPactDocument(facts, profile) : null),
    [facts, profile]
  )
  const unitNameOf = (id: string) =>
    year.unitNames[id] ?? units.find((u) => u.id === id)?.name ?? id

  async function save() {
    try {
      await savePact(db, record.pact.id, toPactInput(form), amending ? reason : '')
      setSaved(form)
      setIssues([])
      setStatus(amending ? 'Đã lưu sửa đổi; nhật ký thay đổi ghi lại lý do.' : 'Đã lưu giao ước.')
      // An amendment is one change: the pact is locked again once it is saved.
      setAmending(false)
      setReason('')
    } catch (error) {
      setStatus('')
      setIssues(issuesFrom(error))
    }
  }

  async function sign(signedOn: string, meetingId: string) {
    try {
      await savePact(db, record.pact.id, toPactInput(form))
      setSaved(form)
      await signPact(db, record.pact.id, signedOn, meetingId)
      setIssues([])
    } catch (error) {
      setIssues(issuesFrom(error))
    }
  }

  return (
    <>
      <div className="no-print">
        <p className={signed ? 'notice' : 'muted'}>
          {signed
            ? `Đã ký ngày ${formatDateVi(record.pact.signedOn)}. Giao ước đã ký được khóa; muốn thay đổi phải ghi lý do sửa đổi.`
            : 'Bản dự thảo: chỉnh sửa, rồi ký kết ở cuối trang.'}
        </p>
        {signed ? (
          amending ? (
            <div className="field">
              <label htmlFor="amend-reason">Lý do sửa đổi (bắt buộc)</label>
              <input id="amend-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          ) : (
            <button type="button" className="button" onClick={() => setAmending(true)}>
              Sửa đổi sau khi ký
            </button>
          )
        ) : null}
        <IssuesAlert issues={issues} />

        <fieldset className="plain" disabled={locked}>
          <PactTextPanel form={form} locked={locked} update={setForm} />
          <CriteriaPanel
            form={form}
            update={setForm}
            previous={
              previous && previousYear
                ? { year: previousYear.year, criteria: previous.criteria }
                : null
            }
          />
          <SignatoriesPanel
            cluster={cluster}
            form={form}
            update={setForm}
            unitNameOf={(id) => resolved.find((r) => r.unitId === id)?.unitName ?? id}
          />
        </fieldset>

        <div className="form-actions">
          <button type="button" className="button primary" onClick={save} disabled={locked}>
            {amending ? 'Lưu sửa đổi' : 'Lưu giao ước'}
          </button>
          <span role="status" className="save-status">
            {status}
          </span>
        </div>

        {!signed ? (
          <SigningPanel
            year={year}
            clusterId={cluster.id}
            initialDate={record.pact.signedOn || year.year + '-02-28'}
            initialMeetingId={record.pact.signingMeetingId}
            onSign={sign}
          />
        ) : null}

        <TrackingPanel year={year} record={record} unitNameOf={unitNameOf} />

        {profile ? (
          <PactDocumentsPanel facts={facts} profile={profile} year={year} unitNameOf={unitNameOf} />
        ) : null}
      </div>
      {model ? <DocumentPreview model={model} /> : null}
    </>
  )
}
