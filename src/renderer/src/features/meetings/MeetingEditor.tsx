import { useCallback, useMemo, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Cluster, ClusterYear, MemberUnit, UnitPerson } from '@core/model/entities'
import { compareForms } from '../../components/concurrency/compare'
import { RecordChangedBanner } from '../../components/concurrency/RecordChangedBanner'
import { useSaveGuard } from '../../components/concurrency/useSaveGuard'
import { DraftKeptNote, DraftOfferBanner } from '../../components/drafts/DraftOfferBanner'
import { useFormDraft } from '../../components/drafts/useFormDraft'
import { IssuesAlert } from '../../components/IssuesAlert'
import { SaveRefusalNote } from '../../components/SaveRefusalNote'
import { useFormIssues } from '../../components/useFormIssues'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import type { SaveBase } from '../../db/concurrency'
import { useDatabase } from '../../db/DatabaseContext'
import type { MeetingRecord, MinutesData } from '../../db/queries/meeting-screen'
import {
  loadMeeting,
  MEETING_FORM,
  meetingChildren,
  saveMeeting
} from '../../db/repositories/meetings-repo'
import { AttendancePanel } from './AttendancePanel'
import { GuestsPanel } from './GuestsPanel'
import { meetingCompareSpec } from './meeting-compare'
import {
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
  /** The people of every member unit, by unit (live). */
  peopleByUnit: Map<string, UnitPerson[]>
  /** The meeting as stored now (live), null for a new one. */
  record: MeetingRecord | null
  /** What the minutes below show (live), null for a new meeting. */
  minutes: MinutesData | null
}

/** What the form starts from: the meeting's stamp and the ids of its parts. */
const stampOf = (record: Omit<MeetingRecord, 'minutes'>) => ({
  updatedAt: record.meeting.updatedAt,
  children: meetingChildren(record)
})

/**
 * A meeting: what, when and where; who attended or was absent and why; who spoke; the votes with
 * their figures checked; then the minutes generated from all of it. A finalised meeting is shown
 * read-only until a correction is opened. What is typed is kept as a draft until saved; a change
 * made meanwhile in another window, or a restore, is noticed and never written over unasked.
 */
export function MeetingEditor({ cluster, years, units, peopleByUnit, record, minutes }: Props) {
  const db = useDatabase()
  const navigate = useNavigate()
  const formOf = (stored: Omit<MeetingRecord, 'minutes'> | null) =>
    toFormState(
      stored,
      years.find((y) => y.id === stored?.meeting.clusterYearId) ?? years[0],
      cluster.rules
    )
  const [saved, setSaved] = useState<MeetingFormState>(() => formOf(record))
  const [form, setForm] = useState(saved)
  const [message, setMessage] = useState('')
  const dirty = isDirty(form, saved)
  const locked = record?.meeting.status === 'finalised'
  const year = years.find((y) => y.id === form.clusterYearId)
  // Names by id once, not a search of every unit for each of the hundreds of rows that name one.
  const unitName = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units])
  const nameOf = useCallback(
    (unitId: string) => year?.unitNames[unitId] || unitName.get(unitId) || unitId,
    [year, unitName]
  )

  const preview = useMemo(() => toMeetingInput(form, year), [form, year])
  const values = useMemo(() => fieldValues(preview), [preview])
  const refused = useFormIssues(values, issueScope)
  const guard = useSaveGuard(record ? stampOf(record) : undefined)
  const draft = useFormDraft({
    form: MEETING_FORM,
    recordId: record?.meeting.id ?? '',
    clusterId: cluster.id,
    version: MEETING_DRAFT_VERSION,
    value: form,
    saved,
    enabled: !locked,
    onRestore: setForm,
    guard
  })
  const unsaved = useUnsavedChanges(dirty, draft.forget)
  const summary = formAttendanceSummary(year, preview)
  const people = useMemo(
    () =>
      [...peopleByUnit.entries()].flatMap(([unitId, list]) =>
        list.map((p) => ({ ...p, unitName: nameOf(unitId) }))
      ),
    [peopleByUnit, nameOf]
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

  /**
   * The meeting as stored now becomes what the form starts from (after a save: with the ids its
   * new guests, remarks and votes were given; or to reload).
   */
  async function startFromStored(id: string, typed?: MeetingFormState) {
    const fresh = await loadMeeting(db, id)
    if (!fresh) return
    const stored = formOf(fresh)
    setSaved(stored)
    setForm((current) => (typed === undefined || current === typed ? stored : current))
    guard.accept(stampOf(fresh))
  }

  async function persist(base: SaveBase | undefined) {
    draft.hold()
    try {
      const id = record?.meeting.id ?? null
      const row = await saveMeeting(db, id, toMeetingInput(form, year), base)
      refused.clear()
      setMessage('Đã lưu hội nghị.')
      if (!record) {
        unsaved.release()
        navigate(`/hoi-nghi/${row.id}`, { replace: true })
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
    if (!record) return
    draft.forget()
    refused.clear()
    await startFromStored(record.meeting.id)
    setMessage('Đã tải lại bản đang lưu.')
  }

  const compare = () =>
    compareForms(
      form,
      formOf(record),
      meetingCompareSpec(nameOf, (id) => {
        const y = years.find((item) => item.id === id)
        return y ? String(y.year) : '(chưa chọn)'
      })
    )

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
      {locked ? null : (
        <RecordChangedBanner
          guard={guard}
          dirty={dirty}
          compare={compare}
          onReload={reload}
          onOverwrite={() => persist(guard.overwrite())}
        />
      )}
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
          data={minutes}
          minutes={record.minutes}
          meetingDirty={dirty}
          onFactsRefused={refused.show}
        />
      ) : null}
    </section>
  )
}
