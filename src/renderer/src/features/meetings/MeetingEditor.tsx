import { useMemo, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Cluster, ClusterYear, MemberUnit } from '@core/model/entities'
import { DraftKeptNote, DraftOfferBanner } from '../../components/drafts/DraftOfferBanner'
import { useFormDraft } from '../../components/drafts/useFormDraft'
import { IssuesAlert } from '../../components/IssuesAlert'
import { SaveRefusalNote } from '../../components/SaveRefusalNote'
import { useFormIssues } from '../../components/useFormIssues'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { useDatabase } from '../../db/DatabaseContext'
import { usePeopleByUnit, type useMeetingRecord } from '../../db/hooks'
import { MEETING_FORM, saveMeeting } from '../../db/repositories/meetings-repo'
import { AttendancePanel } from './AttendancePanel'
import { GuestsPanel } from './GuestsPanel'
import {
  afterSave,
  fieldValues,
  formAttendanceSummary,
  isDirty,
  issueScope,
  MEETING_DRAFT_VERSION,
  toFormState,
  toMeetingInput,
  type MeetingFormState,
  type MeetingPanelProps
} from './meeting-form'
import { MeetingInfoPanel } from './MeetingInfoPanel'
import { MinutesPanel } from './MinutesPanel'
import { ProceedingsPanel } from './ProceedingsPanel'
import { VotesPanel } from './VotesPanel'

interface Props {
  cluster: Cluster
  years: ClusterYear[]
  units: MemberUnit[]
  record: NonNullable<ReturnType<typeof useMeetingRecord>> | null
}

/**
 * A meeting: what, when and where; who attended or was absent and why; who spoke; the votes with
 * their figures checked; then the minutes generated from all of it. A finalised meeting is shown
 * read-only until a correction is opened. What is typed is kept as a draft until saved.
 */
export function MeetingEditor({ cluster, years, units, record }: Props) {
  const db = useDatabase()
  const navigate = useNavigate()
  const peopleByUnit = usePeopleByUnit(cluster.id)
  const [saved, setSaved] = useState<MeetingFormState>(() =>
    toFormState(
      record,
      years.find((y) => y.id === record?.meeting.clusterYearId) ?? years[0],
      cluster.rules
    )
  )
  const [form, setForm] = useState(saved)
  const [message, setMessage] = useState('')
  const dirty = isDirty(form, saved)
  const locked = record?.meeting.status === 'finalised'
  const year = years.find((y) => y.id === form.clusterYearId)
  const nameOf = (unitId: string) =>
    year?.unitNames[unitId] || units.find((u) => u.id === unitId)?.name || unitId

  const preview = useMemo(() => toMeetingInput(form, year), [form, year])
  const values = useMemo(() => fieldValues(preview), [preview])
  const refused = useFormIssues(values, issueScope)
  const draft = useFormDraft({
    form: MEETING_FORM,
    recordId: record?.meeting.id ?? '',
    clusterId: cluster.id,
    version: MEETING_DRAFT_VERSION,
    value: form,
    saved,
    enabled: !locked,
    onRestore: setForm
  })
  const unsaved = useUnsavedChanges(dirty, draft.forget)
  const summary = formAttendanceSummary(year, preview)
  const people = [...(peopleByUnit?.entries() ?? [])].flatMap(([unitId, list]) =>
    list.map((p) => ({ ...p, unitName: nameOf(unitId) }))
  )
  const panel: MeetingPanelProps = {
    form,
    update: (change) => {
      setForm(change)
      setMessage('')
    },
    year,
    nameOf,
    errorOf: refused.errorOf,
    issues: refused.issues
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    draft.hold()
    try {
      const row = await saveMeeting(db, record?.meeting.id ?? null, toMeetingInput(form, year))
      const now = afterSave(form)
      setSaved(now)
      setForm((current) => (current === form ? now : current))
      refused.clear()
      setMessage('Đã lưu hội nghị.')
      if (!record) {
        unsaved.release()
        navigate(`/hoi-nghi/${row.id}`, { replace: true })
      }
    } catch (error) {
      setMessage('')
      draft.resume()
      await refused.refuse(error)
    }
  }

  return (
    <section aria-labelledby="page-title">
      <p className="no-print">
        <Link to="/hoi-nghi">← Danh sách hội nghị</Link>
      </p>
      <h1 id="page-title" className="no-print">
        {record ? record.meeting.title : 'Thêm hội nghị'}
      </h1>
      {locked ? (
        <p className="notice no-print">
          Biên bản đã hoàn tất: thông tin hội nghị chỉ xem, không sửa. Muốn sửa, hãy lập bản đính
          chính ở cuối trang.
        </p>
      ) : null}
      <DraftOfferBanner draft={draft} what={record ? 'hội nghị này' : 'hội nghị mới'} />
      <form
        ref={refused.ref}
        className="form wide no-print"
        onSubmit={submit}
        noValidate
        aria-label="Thông tin hội nghị"
      >
        <fieldset disabled={locked || draft.offer !== null} className="plain">
          {refused.origin === 'save' ? <IssuesAlert issues={refused.issues} /> : null}
          <MeetingInfoPanel {...panel} years={years} people={people} />
          <AttendancePanel {...panel} summary={summary} />
          <GuestsPanel {...panel} />
          <ProceedingsPanel {...panel} />
          <VotesPanel {...panel} cluster={cluster} summary={summary} />
          <div className="form-actions">
            <button type="submit" className="button primary">
              {record ? 'Lưu hội nghị' : 'Thêm hội nghị'}
            </button>
            <span role="status" className="save-status">
              {message}
            </span>
            <DraftKeptNote draft={draft} unsaved={dirty} />
          </div>
          {refused.origin === 'save' ? <SaveRefusalNote refused={refused} /> : null}
        </fieldset>
      </form>
      {record ? (
        <MinutesPanel
          cluster={cluster}
          meetingId={record.meeting.id}
          meetingDirty={dirty}
          onFactsRefused={refused.show}
        />
      ) : null}
    </section>
  )
}
