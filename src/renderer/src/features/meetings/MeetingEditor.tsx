import { useMemo, useState, type FormEvent } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { MEETING_TYPE_LABELS } from '@core/documents/kinds/minutes'
import type { Cluster, ClusterYear, MemberUnit, Vote } from '@core/model/entities'
import { type FieldIssue, issuesFrom } from '@core/model/validation'
import { voteResults } from '@core/rules/meetings'
import { Field } from '../../components/Field'
import { useDatabase } from '../../db/DatabaseContext'
import {
  useActiveCluster,
  useClusterYears,
  useMeetingRecord,
  useMemberUnits,
  usePeopleByUnit
} from '../../db/hooks'
import { saveMeeting } from '../../db/repositories/meetings-repo'
import {
  emptyAttendance,
  emptyVote,
  formAttendanceSummary,
  toFormState,
  toMeetingInput,
  type MeetingFormState,
  type VoteRow
} from './meeting-form'
import { MinutesPanel } from './MinutesPanel'
import { IssuesAlert } from '../../components/IssuesAlert'

/** Route `/hoi-nghi/moi` and `/hoi-nghi/:id`. */
export function MeetingEditorRoute() {
  const { id } = useParams()
  const cluster = useActiveCluster()
  const years = useClusterYears(cluster?.id)
  const units = useMemberUnits(cluster?.id)
  const record = useMeetingRecord(id)
  if (
    cluster === undefined ||
    years === undefined ||
    units === undefined ||
    (id && record === undefined)
  ) {
    return <p role="status">Đang tải dữ liệu…</p>
  }
  if (cluster === null) return <p>Chưa có cụm thi đua.</p>
  if (id && !record) return <p role="alert">Không tìm thấy hội nghị này.</p>
  if (years.length === 0) return <p>Hãy tạo năm thi đua trước khi thêm hội nghị.</p>
  return (
    <MeetingEditor
      key={`${record?.meeting.id ?? 'new'}-${record?.meeting.status ?? ''}`}
      cluster={cluster}
      years={years}
      units={units}
      record={record ?? null}
    />
  )
}

interface Props {
  cluster: Cluster
  years: ClusterYear[]
  units: MemberUnit[]
  record: NonNullable<ReturnType<typeof useMeetingRecord>> | null
}

/**
 * A meeting: what, when and where; who attended or was absent and why; who spoke; the votes with
 * their figures checked; then the minutes generated from all of it. A finalised meeting is shown
 * read-only until a correction is opened.
 */
function MeetingEditor({ cluster, years, units, record }: Props) {
  const db = useDatabase()
  const navigate = useNavigate()
  const peopleByUnit = usePeopleByUnit(cluster.id)
  const initialYear = years.find((y) => y.id === record?.meeting.clusterYearId) ?? years[0]
  const [form, setForm] = useState<MeetingFormState>(() => toFormState(record, initialYear))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [message, setMessage] = useState('')
  const locked = record?.meeting.status === 'finalised'
  const year = years.find((y) => y.id === form.clusterYearId)
  const nameOf = (unitId: string) =>
    year?.unitNames[unitId] || units.find((u) => u.id === unitId)?.name || unitId
  const errorOf = (field: string) =>
    issues
      .filter((i) => i.field === field || i.field.startsWith(field + '.'))
      .map((i) => i.message)
      .join(' ')
  const set =
    <K extends keyof MeetingFormState>(key: K) =>
    (value: MeetingFormState[K]) => {
      setForm((f) => ({ ...f, [key]: value }))
      setMessage('')
    }

  const preview = useMemo(() => toMeetingInput(form, year), [form, year])
  const summary = formAttendanceSummary(year, preview)
  const allPeople = [...(peopleByUnit?.entries() ?? [])].flatMap(([unitId, people]) =>
    people.map((p) => ({ ...p, unitName: nameOf(unitId) }))
  )

  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      const saved = await saveMeeting(db, record?.meeting.id ?? null, toMeetingInput(form, year))
      setIssues([])
      setMessage('Đã lưu hội nghị.')
      if (!record) navigate(`/hoi-nghi/${saved.id}`, { replace: true })
    } catch (error) {
      setMessage('')
      setIssues(issuesFrom(error))
    }
  }

  const pickPerson = (role: 'chair' | 'secretary', personId: string) => {
    const person = allPeople.find((p) => p.id === personId)
    if (!person) return
    setForm((f) => ({
      ...f,
      [`${role}Name`]: person.fullName,
      [`${role}Position`]: person.position || person.unitName
    }))
  }

  const setVote = (index: number, patch: Partial<VoteRow>) =>
    setForm((f) => ({ ...f, votes: f.votes.map((v, i) => (i === index ? { ...v, ...patch } : v)) }))

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
      <form
        className="form wide no-print"
        onSubmit={submit}
        noValidate
        aria-label="Thông tin hội nghị"
      >
        <fieldset disabled={locked} className="plain">
          <IssuesAlert issues={issues} />
          <h2>Thông tin chung</h2>
          <div className="field-row">
            <div className="field">
              <label htmlFor="m-year">Năm thi đua</label>
              <select
                id="m-year"
                value={form.clusterYearId}
                onChange={(e) => {
                  const next = years.find((y) => y.id === e.target.value)
                  setForm((f) => ({
                    ...f,
                    clusterYearId: e.target.value,
                    attendance: emptyAttendance(next),
                    hostUnitId: next?.leaderUnitId ?? ''
                  }))
                }}
              >
                {years.map((y) => (
                  <option key={y.id} value={y.id}>
                    {y.year}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="m-type">Loại hội nghị</label>
              <select
                id="m-type"
                value={form.type}
                onChange={(e) => set('type')(e.target.value as MeetingFormState['type'])}
              >
                {Object.entries(MEETING_TYPE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <Field
            name="title"
            label="Tên hội nghị"
            required
            value={form.title}
            onChange={set('title')}
            error={errorOf('title')}
            placeholder="Hội nghị tổng kết công tác thi đua năm 2026 Cụm thi đua số 1"
          />
          <div className="field-row">
            <div className={`field${errorOf('date') ? ' has-error' : ''}`}>
              <label htmlFor="m-date">Ngày họp *</label>
              <input
                id="m-date"
                type="date"
                value={form.date}
                onChange={(e) => set('date')(e.target.value)}
                aria-invalid={errorOf('date') ? true : undefined}
              />
              {errorOf('date') ? <p className="field-error">{errorOf('date')}</p> : null}
            </div>
            <div className="field">
              <label htmlFor="m-start">Giờ bắt đầu</label>
              <input
                id="m-start"
                type="time"
                value={form.startTime}
                onChange={(e) => set('startTime')(e.target.value)}
              />
            </div>
            <div className={`field${errorOf('endTime') ? ' has-error' : ''}`}>
              <label htmlFor="m-end">Giờ kết thúc</label>
              <input
                id="m-end"
                type="time"
                value={form.endTime}
                onChange={(e) => set('endTime')(e.target.value)}
                aria-invalid={errorOf('endTime') ? true : undefined}
              />
              {errorOf('endTime') ? <p className="field-error">{errorOf('endTime')}</p> : null}
            </div>
            <div className="field">
              <label htmlFor="m-tod">Buổi</label>
              <select
                id="m-tod"
                value={form.timeOfDay}
                onChange={(e) => set('timeOfDay')(e.target.value as MeetingFormState['timeOfDay'])}
              >
                <option value="">(không ghi)</option>
                <option value="sáng">Sáng</option>
                <option value="chiều">Chiều</option>
                <option value="tối">Tối</option>
              </select>
            </div>
          </div>
          <div className="field-row">
            <Field
              name="place"
              label="Địa điểm"
              value={form.place}
              onChange={set('place')}
              error={errorOf('place')}
            />
            <div className="field">
              <label htmlFor="m-host">Đơn vị đăng cai</label>
              <select
                id="m-host"
                value={form.hostUnitId}
                onChange={(e) => set('hostUnitId')(e.target.value)}
              >
                <option value="">(không ghi)</option>
                {(year?.memberUnitIds ?? []).map((id) => (
                  <option key={id} value={id}>
                    {nameOf(id)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {(['chair', 'secretary'] as const).map((role) => (
            <div className="field-row" key={role}>
              <Field
                name={`${role}Name`}
                label={role === 'chair' ? 'Chủ trì — họ và tên' : 'Thư ký — họ và tên'}
                required={role === 'chair'}
                value={form[`${role}Name`]}
                onChange={set(`${role}Name`)}
                error={errorOf(`${role}.name`)}
              />
              <Field
                name={`${role}Position`}
                label={role === 'chair' ? 'Chủ trì — chức vụ' : 'Thư ký — chức vụ'}
                value={form[`${role}Position`]}
                onChange={set(`${role}Position`)}
              />
              <div className="field">
                <label htmlFor={`m-pick-${role}`}>Chọn từ người của các đơn vị</label>
                <select
                  id={`m-pick-${role}`}
                  value=""
                  onChange={(e) => pickPerson(role, e.target.value)}
                >
                  <option value="">(chọn…)</option>
                  {allPeople.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.fullName} — {p.unitName}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ))}
          <Field
            name="agenda"
            label="Chương trình (mỗi dòng một nội dung)"
            multiline
            value={form.agenda}
            onChange={set('agenda')}
          />

          <h2>Thành phần tham dự</h2>
          {summary ? (
            <p className="muted" role="status">
              Có mặt {summary.present}/{summary.members} đơn vị ({summary.representatives} đại
              biểu); vắng có lý do {summary.absentExcused}, vắng không lý do{' '}
              {summary.absentUnexcused}.
            </p>
          ) : null}
          {errorOf('attendances') ? <p className="field-error">{errorOf('attendances')}</p> : null}
          <table className="table attendance">
            <thead>
              <tr>
                <th scope="col">Đơn vị</th>
                <th scope="col">Tình trạng</th>
                <th scope="col">Đại biểu dự (mỗi dòng: họ tên, chức vụ) hoặc lý do vắng</th>
              </tr>
            </thead>
            <tbody>
              {(year?.memberUnitIds ?? []).map((unitId) => {
                const row = form.attendance[unitId] ?? {
                  status: 'present',
                  reason: '',
                  representatives: ''
                }
                const update = (patch: Partial<typeof row>) =>
                  setForm((f) => ({
                    ...f,
                    attendance: { ...f.attendance, [unitId]: { ...row, ...patch } }
                  }))
                return (
                  <tr key={unitId}>
                    <td>{nameOf(unitId)}</td>
                    <td>
                      <select
                        aria-label={`${nameOf(unitId)}: tình trạng`}
                        value={row.status}
                        onChange={(e) => update({ status: e.target.value as typeof row.status })}
                      >
                        <option value="present">Có mặt</option>
                        <option value="absent-excused">Vắng có lý do</option>
                        <option value="absent-unexcused">Vắng không lý do</option>
                      </select>
                    </td>
                    <td>
                      {row.status === 'present' ? (
                        <textarea
                          aria-label={`${nameOf(unitId)}: đại biểu dự`}
                          rows={2}
                          value={row.representatives}
                          onChange={(e) => update({ representatives: e.target.value })}
                        />
                      ) : (
                        <input
                          aria-label={`${nameOf(unitId)}: lý do vắng`}
                          value={row.reason}
                          onChange={(e) => update({ reason: e.target.value })}
                        />
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>

          <h3>Đại biểu cấp trên, khách mời</h3>
          {form.guests.map((guest, i) => (
            <div
              className="row-3"
              key={guest.id ?? `g${i}`}
              role="group"
              aria-label={`Khách mời ${i + 1}`}
            >
              <input
                aria-label={`Khách mời ${i + 1}: họ và tên`}
                placeholder="Họ và tên"
                value={guest.name}
                onChange={(e) =>
                  set('guests')(
                    form.guests.map((g, k) => (k === i ? { ...g, name: e.target.value } : g))
                  )
                }
              />
              <input
                aria-label={`Khách mời ${i + 1}: chức vụ`}
                placeholder="Chức vụ"
                value={guest.title}
                onChange={(e) =>
                  set('guests')(
                    form.guests.map((g, k) => (k === i ? { ...g, title: e.target.value } : g))
                  )
                }
              />
              <button
                type="button"
                className="button small"
                onClick={() => set('guests')(form.guests.filter((_, k) => k !== i))}
                aria-label={`Bỏ khách mời ${i + 1}`}
              >
                Bỏ
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button small"
            onClick={() =>
              set('guests')([...form.guests, { name: '', title: '', role: 'delegate' }])
            }
          >
            Thêm khách mời
          </button>

          <h2>Diễn biến</h2>
          {form.remarks.map((remark, i) => (
            <div
              className="remark"
              key={remark.id ?? `r${i}`}
              role="group"
              aria-label={`Ý kiến ${i + 1}`}
            >
              <div className="row-3">
                <input
                  aria-label={`Ý kiến ${i + 1}: người phát biểu`}
                  placeholder="Người phát biểu"
                  value={remark.speakerName}
                  onChange={(e) =>
                    set('remarks')(
                      form.remarks.map((r, k) =>
                        k === i ? { ...r, speakerName: e.target.value } : r
                      )
                    )
                  }
                />
                <input
                  aria-label={`Ý kiến ${i + 1}: chức vụ`}
                  placeholder="Chức vụ"
                  value={remark.speakerPosition}
                  onChange={(e) =>
                    set('remarks')(
                      form.remarks.map((r, k) =>
                        k === i ? { ...r, speakerPosition: e.target.value } : r
                      )
                    )
                  }
                />
                <select
                  aria-label={`Ý kiến ${i + 1}: đơn vị`}
                  value={remark.unitId}
                  onChange={(e) =>
                    set('remarks')(
                      form.remarks.map((r, k) => (k === i ? { ...r, unitId: e.target.value } : r))
                    )
                  }
                >
                  <option value="">(không thuộc đơn vị trong cụm)</option>
                  {(year?.memberUnitIds ?? []).map((id) => (
                    <option key={id} value={id}>
                      {nameOf(id)}
                    </option>
                  ))}
                </select>
              </div>
              <textarea
                aria-label={`Ý kiến ${i + 1}: nội dung`}
                rows={3}
                placeholder="Tóm tắt nội dung phát biểu (có thể dán từ Word)"
                value={remark.summary}
                onChange={(e) =>
                  set('remarks')(
                    form.remarks.map((r, k) => (k === i ? { ...r, summary: e.target.value } : r))
                  )
                }
              />
              <button
                type="button"
                className="button small"
                onClick={() => set('remarks')(form.remarks.filter((_, k) => k !== i))}
                aria-label={`Bỏ ý kiến ${i + 1}`}
              >
                Bỏ ý kiến
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button small"
            onClick={() =>
              set('remarks')([
                ...form.remarks,
                { speakerName: '', speakerPosition: '', unitId: '', summary: '' }
              ])
            }
          >
            Thêm ý kiến phát biểu
          </button>
          <Field
            name="conclusion"
            label="Kết luận của chủ trì"
            multiline
            value={form.conclusion}
            onChange={set('conclusion')}
          />
          <Field
            name="decisions"
            label="Các nội dung hội nghị thống nhất (mỗi dòng một nội dung)"
            multiline
            value={form.decisions}
            onChange={set('decisions')}
          />

          <h2>Biểu quyết</h2>
          {form.votes.map((vote, i) => (
            <VoteEditor
              key={vote.id ?? `v${i}`}
              index={i}
              vote={vote}
              year={year}
              nameOf={nameOf}
              cluster={cluster}
              form={form}
              onChange={(patch) => setVote(i, patch)}
              onRemove={() => set('votes')(form.votes.filter((_, k) => k !== i))}
              error={errorOf(`votes.${i}`)}
            />
          ))}
          <button
            type="button"
            className="button small"
            onClick={() => set('votes')([...form.votes, emptyVote()])}
          >
            Thêm biểu quyết
          </button>
          <div className="form-actions">
            <button type="submit" className="button primary">
              {record ? 'Lưu hội nghị' : 'Thêm hội nghị'}
            </button>
            <span role="status" className="save-status">
              {message}
            </span>
          </div>
        </fieldset>
      </form>
      {record ? <MinutesPanel cluster={cluster} meetingId={record.meeting.id} /> : null}
    </section>
  )
}

interface VoteEditorProps {
  index: number
  vote: VoteRow
  year: ClusterYear | undefined
  cluster: Cluster
  form: MeetingFormState
  nameOf(id: string): string
  onChange(patch: Partial<VoteRow>): void
  onRemove(): void
  error: string
}

/** One vote: method, ballots, options, with the share and result shown as the figures are typed. */
function VoteEditor({
  index,
  vote,
  year,
  cluster,
  form,
  nameOf,
  onChange,
  onRemove,
  error
}: VoteEditorProps) {
  const n = index + 1
  const input = toMeetingInput({ ...form, votes: [vote] }, year)
  const parsed = input.votes[0]! as unknown as Vote
  const summary = formAttendanceSummary(year, input)
  const results = summary ? voteResults(parsed, cluster.rules, summary) : []
  const numberField = (key: keyof VoteRow, label: string) => (
    <div className="field">
      <label htmlFor={`v${n}-${key}`}>{label}</label>
      <input
        id={`v${n}-${key}`}
        inputMode="numeric"
        value={vote[key] as string}
        onChange={(e) => onChange({ [key]: e.target.value })}
      />
    </div>
  )
  return (
    <fieldset className="vote" aria-label={`Biểu quyết ${n}`}>
      <legend>Biểu quyết {n}</legend>
      {error ? <p className="field-error">{error}</p> : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`v${n}-subject`}>Nội dung biểu quyết</label>
          <input
            id={`v${n}-subject`}
            value={vote.subject}
            onChange={(e) => onChange({ subject: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`v${n}-method`}>Hình thức</label>
          <select
            id={`v${n}-method`}
            value={vote.method}
            onChange={(e) => onChange({ method: e.target.value as VoteRow['method'] })}
          >
            <option value="secret-ballot">Bỏ phiếu kín</option>
            <option value="show-of-hands">Biểu quyết giơ tay</option>
          </select>
        </div>
      </div>
      <div className="field-row">
        {numberField('electors', 'Số có quyền biểu quyết')}
        {vote.method === 'secret-ballot' ? (
          <>
            {numberField('ballotsIssued', 'Phiếu phát ra')}
            {numberField('ballotsReturned', 'Phiếu thu vào')}
            {numberField('ballotsValid', 'Phiếu hợp lệ')}
            {numberField('ballotsInvalid', 'Phiếu không hợp lệ')}
          </>
        ) : null}
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Phương án / đơn vị được đề nghị</th>
            <th scope="col">Đồng ý</th>
            <th scope="col">Không đồng ý</th>
            <th scope="col">Tỷ lệ</th>
            <th scope="col">Kết quả</th>
            <th scope="col">
              <span className="visually-hidden">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {vote.options.map((option, k) => {
            const update = (patch: Partial<typeof option>) =>
              onChange({ options: vote.options.map((o, j) => (j === k ? { ...o, ...patch } : o)) })
            return (
              <tr key={k}>
                <td>
                  <input
                    aria-label={`Biểu quyết ${n}, phương án ${k + 1}`}
                    value={option.label}
                    list={`v${n}-units`}
                    onChange={(e) => update({ label: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Biểu quyết ${n}, phương án ${k + 1}: đồng ý`}
                    inputMode="numeric"
                    value={option.inFavour}
                    onChange={(e) => update({ inFavour: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Biểu quyết ${n}, phương án ${k + 1}: không đồng ý`}
                    inputMode="numeric"
                    value={option.against}
                    onChange={(e) => update({ against: e.target.value })}
                  />
                </td>
                <td className="num">{results[k]?.percent ?? ''}</td>
                <td>{results[k] ? (results[k]!.passed ? 'Đạt' : 'Không đạt') : ''}</td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    onClick={() => onChange({ options: vote.options.filter((_, j) => j !== k) })}
                    aria-label={`Bỏ phương án ${k + 1} của biểu quyết ${n}`}
                  >
                    Bỏ
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <datalist id={`v${n}-units`}>
        {(year?.memberUnitIds ?? []).map((id) => (
          <option key={id} value={nameOf(id)} />
        ))}
      </datalist>
      <div className="form-actions">
        <button
          type="button"
          className="button small"
          onClick={() =>
            onChange({
              options: [
                ...vote.options,
                { label: '', unitId: '', inFavour: '', against: '', abstain: '' }
              ]
            })
          }
        >
          Thêm phương án
        </button>
        <button type="button" className="button small danger" onClick={onRemove}>
          Bỏ biểu quyết {n}
        </button>
      </div>
    </fieldset>
  )
}
