import { useMemo, useState } from 'react'
import {
  buildPactDocument,
  buildSelfAssessmentForm,
  buildTrackingDocument,
  PROGRESS_WORDS
} from '@core/documents/kinds/pact'
import { criteriaTotals, flattenCommitments, resolveSignatories } from '@core/rules/pact'
import type {
  Cluster,
  ClusterYear,
  CommitmentProgress,
  Criterion,
  MemberUnit,
  PactSignatory,
  UnitPerson
} from '@core/model/entities'
import { newId } from '@core/model/ids'
import { ValidationError, type FieldIssue } from '@core/model/validation'
import { formatDateVi, todayIso } from '@core/text/dates'
import { formatNumber } from '@core/text/vietnamese'
import { useDatabase } from '../../db/DatabaseContext'
import {
  useActiveCluster,
  useClusterYears,
  useFormatProfile,
  useMeetings,
  useMemberUnits,
  usePactRecord,
  usePeopleByUnit,
  useProgress
} from '../../db/hooks'
import {
  createPact,
  savePact,
  setProgress,
  signPact,
  type PactRecord
} from '../../db/repositories/pact-repo'
import { DocumentPreview } from '../documents/DocumentPreview'
import { exportMessage, exportUnnumbered } from '../documents/export-document'
import { CommitmentTree, type CommitmentRow } from './CommitmentTree'
import { IssuesAlert } from '../../components/IssuesAlert'

/** Giao ước: the pact of the chosen year — text, criteria, signatories, signing, tracking, documents. */
export function PactPage() {
  const db = useDatabase()
  const cluster = useActiveCluster()
  const years = useClusterYears(cluster?.id)
  const [yearId, setYearId] = useState('')
  const year = years?.find((y) => y.id === yearId) ?? years?.[0]
  const record = usePactRecord(year?.id)
  const units = useMemberUnits(cluster?.id)
  const peopleByUnit = usePeopleByUnit(cluster?.id)
  const [message, setMessage] = useState('')

  if (
    cluster === undefined ||
    years === undefined ||
    units === undefined ||
    peopleByUnit === undefined
  )
    return <p role="status">Đang tải dữ liệu…</p>
  if (cluster === null) return <p>Chưa có cụm thi đua. Hãy tạo cụm ở màn hình Tổng quan.</p>
  if (!year) return <p>Hãy tạo năm thi đua trước (mục Năm thi đua).</p>
  const previous = years.filter((y) => y.year < year.year).sort((a, b) => b.year - a.year)[0]

  return (
    <section aria-labelledby="page-title">
      <header className="page-header no-print">
        <h1 id="page-title">Giao ước thi đua năm {year.year}</h1>
        <div className="field narrow">
          <label htmlFor="pact-year">Năm</label>
          <select id="pact-year" value={year.id} onChange={(e) => setYearId(e.target.value)}>
            {years.map((y) => (
              <option key={y.id} value={y.id}>
                {y.year}
              </option>
            ))}
          </select>
        </div>
      </header>
      {message ? (
        <p role="alert" className="alert error">
          {message}
        </p>
      ) : null}
      {record === undefined ? (
        <p role="status">Đang tải giao ước…</p>
      ) : record === null ? (
        <div className="panel">
          <p>Năm {year.year} chưa có giao ước.</p>
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => createPact(db, year.id).catch((e) => setMessage(String(e.message)))}
            >
              Tạo giao ước năm {year.year}
            </button>
            {previous ? (
              <PreviousCopyButton yearId={year.id} previousYear={previous} onError={setMessage} />
            ) : null}
          </div>
        </div>
      ) : (
        <PactEditor
          key={`${record.pact.id}-${record.pact.status}`}
          cluster={cluster}
          year={year}
          record={record}
          units={units}
          people={[...peopleByUnit.values()].flat()}
          previousYear={previous}
        />
      )}
    </section>
  )
}

function PreviousCopyButton({
  yearId,
  previousYear,
  onError
}: {
  yearId: string
  previousYear: ClusterYear
  onError(m: string): void
}) {
  const db = useDatabase()
  const previous = usePactRecord(previousYear.id)
  if (!previous) return null
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        createPact(db, yearId, previous.pact.id).catch((e) => onError(String(e.message)))
      }
    >
      Sao chép từ giao ước năm {previousYear.year}
    </button>
  )
}

interface EditorProps {
  cluster: Cluster
  year: ClusterYear
  record: PactRecord
  units: MemberUnit[]
  people: UnitPerson[]
  previousYear: ClusterYear | undefined
}

type CriterionRow = Pick<
  Criterion,
  'id' | 'parentId' | 'order' | 'code' | 'text' | 'kind' | 'rule'
> & { points: string }

const KIND_LABELS: Record<Criterion['kind'], string> = {
  group: 'Nhóm',
  base: 'Điểm chuẩn',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ'
}
const num = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')))

function PactEditor({ cluster, year, record, units, people, previousYear }: EditorProps) {
  const db = useDatabase()
  const profile = useFormatProfile(cluster.id)
  const meetings = useMeetings(cluster.id)
  const previous = usePactRecord(previousYear?.id)
  const signed = record.pact.status === 'signed'
  const [amending, setAmending] = useState(false)
  const [reason, setReason] = useState('')
  const locked = signed && !amending
  const [title, setTitle] = useState(record.pact.title)
  const [basis, setBasis] = useState(record.pact.basis.join('\n'))
  const [preamble, setPreamble] = useState(record.pact.preamble)
  const [immediateTask, setImmediateTask] = useState(record.pact.immediateTask)
  const [closing, setClosing] = useState(record.pact.closing)
  const [declared, setDeclared] = useState(
    record.pact.declaredTotal === null ? '' : String(record.pact.declaredTotal)
  )
  const [commitments, setCommitments] = useState<CommitmentRow[]>(() =>
    record.commitments.map(({ id, parentId, order, text }) => ({ id, parentId, order, text }))
  )
  const [criteria, setCriteria] = useState<CriterionRow[]>(() =>
    [...record.criteria]
      .sort((a, b) => a.order - b.order)
      .map((c) => ({
        id: c.id,
        parentId: c.parentId,
        order: c.order,
        code: c.code,
        text: c.text,
        kind: c.kind,
        rule: c.rule,
        points: c.maxPoints === null ? '' : String(c.maxPoints)
      }))
  )
  const resolved = resolveSignatories(record.pact, year, units, people)
  const [signatories, setSignatories] = useState<PactSignatory[]>(() =>
    resolved.map(({ unitId, titleLines, name }) => ({ unitId, titleLines, name }))
  )
  const [witness, setWitness] = useState(record.pact.witness)
  const [signedOn, setSignedOn] = useState(record.pact.signedOn || year.year + '-02-28')
  const [meetingId, setMeetingId] = useState(record.pact.signingMeetingId)
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [status, setStatus] = useState('')
  const [formUnit, setFormUnit] = useState(year.memberUnitIds[0] ?? '')

  const criteriaRows = criteria.map((c, order) => ({
    ...c,
    order,
    maxPoints: c.kind === 'group' ? null : num(c.points)
  }))
  const totals = criteriaTotals(
    criteriaRows.map((c) => ({
      kind: c.kind,
      maxPoints: Number.isFinite(c.maxPoints ?? 0) ? c.maxPoints : 0
    }))
  )
  const declaredTotal = num(declared)
  const input = {
    pact: {
      title,
      basis: basis.split('\n'),
      preamble,
      immediateTask,
      closing,
      declaredTotal,
      signatories,
      witness
    },
    commitments,
    criteria: criteriaRows.map(({ points: _points, ...c }) => c)
  }
  const facts = useMemo(
    () => ({
      cluster,
      year,
      pact: {
        ...record.pact,
        ...input.pact,
        basis: input.pact.basis.filter((b) => b.trim()),
        declaredTotal: Number.isFinite(declaredTotal ?? 0) ? declaredTotal : null
      },
      commitments: commitments.map((c) => ({
        ...c,
        pactId: record.pact.id,
        createdAt: '',
        updatedAt: ''
      })),
      criteria: criteriaRows.map((c) => ({
        ...c,
        pactId: record.pact.id,
        createdAt: '',
        updatedAt: '',
        maxPoints: Number.isFinite(c.maxPoints ?? 0) ? c.maxPoints : null
      })),
      units,
      people
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt from the same state the form shows
    [
      cluster,
      year,
      record.pact,
      title,
      basis,
      preamble,
      immediateTask,
      closing,
      declared,
      commitments,
      criteria,
      signatories,
      witness,
      units,
      people
    ]
  )
  const model = useMemo(
    () => (profile ? buildPactDocument(facts, profile) : null),
    [facts, profile]
  )

  async function save() {
    try {
      await savePact(db, record.pact.id, input, amending ? reason : '')
      setIssues([])
      setStatus(amending ? 'Đã lưu sửa đổi; nhật ký thay đổi ghi lại lý do.' : 'Đã lưu giao ước.')
      // An amendment is one change: the pact is locked again once it is saved.
      setAmending(false)
      setReason('')
    } catch (error) {
      setStatus('')
      if (error instanceof ValidationError) setIssues(error.issues)
      else setIssues([{ field: '', message: String((error as Error).message) }])
    }
  }

  async function sign() {
    try {
      await savePact(db, record.pact.id, input)
      await signPact(db, record.pact.id, signedOn, meetingId)
      setIssues([])
    } catch (error) {
      if (error instanceof ValidationError) setIssues(error.issues)
      else setIssues([{ field: '', message: String((error as Error).message) }])
    }
  }

  const setCriterion = (i: number, patch: Partial<CriterionRow>) =>
    setCriteria((list) => list.map((c, k) => (k === i ? { ...c, ...patch } : c)))
  const moveCriterion = (i: number, delta: number) =>
    setCriteria((list) => {
      const next = [...list]
      const [item] = next.splice(i, 1)
      next.splice(Math.max(0, Math.min(next.length, i + delta)), 0, item!)
      return next
    })

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
          <section className="panel" aria-labelledby="pact-text">
            <h2 id="pact-text">Nội dung giao ước</h2>
            <div className="field">
              <label htmlFor="pact-title">Tiêu đề</label>
              <input id="pact-title" value={title} onChange={(e) => setTitle(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="pact-basis">Căn cứ (mỗi dòng một căn cứ)</label>
              <textarea
                id="pact-basis"
                rows={3}
                value={basis}
                onChange={(e) => setBasis(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="pact-preamble">Lời mở đầu (để trống: câu mặc định)</label>
              <textarea
                id="pact-preamble"
                rows={2}
                value={preamble}
                onChange={(e) => setPreamble(e.target.value)}
              />
            </div>
            <CommitmentTree rows={commitments} disabled={locked} onChange={setCommitments} />
            <div className="field">
              <label htmlFor="pact-task">Nhiệm vụ trước mắt</label>
              <textarea
                id="pact-task"
                rows={3}
                value={immediateTask}
                onChange={(e) => setImmediateTask(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="pact-closing">
                Đoạn kết (để trống: số bản và nơi giữ theo mặc định)
              </label>
              <textarea
                id="pact-closing"
                rows={2}
                value={closing}
                onChange={(e) => setClosing(e.target.value)}
              />
            </div>
          </section>

          <section className="panel" aria-labelledby="pact-criteria">
            <h2 id="pact-criteria">Tiêu chí chấm điểm</h2>
            <div className="field narrow-field">
              <label htmlFor="pact-total">Tổng điểm công bố</label>
              <input
                id="pact-total"
                inputMode="decimal"
                value={declared}
                onChange={(e) => setDeclared(e.target.value)}
              />
            </div>
            <p
              role="status"
              className={
                declaredTotal !== null && Math.abs(totals.base - declaredTotal) > 1e-9
                  ? 'field-error'
                  : 'muted'
              }
            >
              Tổng điểm chuẩn: {formatNumber(totals.base, 1)}
              {declaredTotal !== null
                ? ` / công bố ${formatNumber(declaredTotal, 1)} (chênh ${formatNumber(totals.base - declaredTotal, 1)})`
                : ''}
              ; điểm thưởng tối đa {formatNumber(totals.bonus, 1)}; điểm trừ tối đa{' '}
              {formatNumber(totals.penalty, 1)}.
            </p>
            {criteria.length > 0 ? (
              <table className="table criteria">
                <thead>
                  <tr>
                    <th scope="col">Loại</th>
                    <th scope="col">Nội dung tiêu chí</th>
                    <th scope="col">Điểm</th>
                    <th scope="col">Cách chấm</th>
                    <th scope="col">
                      <span className="visually-hidden">Thao tác</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {criteria.map((c, i) => (
                    <tr key={c.id}>
                      <td>
                        <select
                          aria-label={`Tiêu chí ${i + 1}: loại`}
                          value={c.kind}
                          onChange={(e) =>
                            setCriterion(i, { kind: e.target.value as Criterion['kind'] })
                          }
                        >
                          {Object.entries(KIND_LABELS).map(([v, l]) => (
                            <option key={v} value={v}>
                              {l}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <textarea
                          aria-label={`Tiêu chí ${i + 1}: nội dung`}
                          rows={2}
                          value={c.text}
                          onChange={(e) => setCriterion(i, { text: e.target.value })}
                        />
                      </td>
                      <td>
                        {c.kind === 'group' ? null : (
                          <input
                            aria-label={`Tiêu chí ${i + 1}: điểm`}
                            inputMode="decimal"
                            value={c.points}
                            onChange={(e) => setCriterion(i, { points: e.target.value })}
                          />
                        )}
                      </td>
                      <td>
                        <textarea
                          aria-label={`Tiêu chí ${i + 1}: cách chấm`}
                          rows={2}
                          value={c.rule}
                          onChange={(e) => setCriterion(i, { rule: e.target.value })}
                        />
                      </td>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button small"
                          onClick={() => moveCriterion(i, -1)}
                          aria-label={`Đưa tiêu chí ${i + 1} lên`}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="button small"
                          onClick={() => moveCriterion(i, 1)}
                          aria-label={`Đưa tiêu chí ${i + 1} xuống`}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="button small danger"
                          onClick={() => setCriteria((l) => l.filter((_, k) => k !== i))}
                          aria-label={`Xóa tiêu chí ${i + 1}`}
                        >
                          Xóa
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <div className="form-actions">
              <button
                type="button"
                className="button small"
                onClick={() =>
                  setCriteria((l) => [
                    ...l,
                    {
                      id: newId(),
                      parentId: '',
                      order: l.length,
                      code: '',
                      text: '',
                      kind: 'group',
                      rule: '',
                      points: ''
                    }
                  ])
                }
              >
                Thêm nhóm
              </button>
              <button
                type="button"
                className="button small"
                onClick={() =>
                  setCriteria((l) => [
                    ...l,
                    {
                      id: newId(),
                      parentId: '',
                      order: l.length,
                      code: '',
                      text: '',
                      kind: 'base',
                      rule: '',
                      points: ''
                    }
                  ])
                }
              >
                Thêm tiêu chí
              </button>
              {previous && previous.criteria.length > 0 ? (
                <button
                  type="button"
                  className="button small"
                  onClick={() =>
                    setCriteria((l) => [
                      ...l,
                      ...[...previous.criteria]
                        .sort((a, b) => a.order - b.order)
                        .map((c) => ({
                          id: newId(),
                          parentId: '',
                          order: 0,
                          code: c.code,
                          text: c.text,
                          kind: c.kind,
                          rule: c.rule,
                          points: c.maxPoints === null ? '' : String(c.maxPoints)
                        }))
                    ])
                  }
                >
                  Lấy tiêu chí năm {previousYear?.year}
                </button>
              ) : null}
            </div>
          </section>

          <section className="panel" aria-labelledby="pact-signers">
            <h2 id="pact-signers">Người ký</h2>
            <p className="muted">
              Cụm trưởng ký trước, cụm phó thứ hai, sau đó các đơn vị theo thứ tự của cụm.
            </p>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Chức danh (mỗi dòng một dòng)</th>
                  <th scope="col">Họ và tên</th>
                </tr>
              </thead>
              <tbody>
                {signatories.map((s, i) => {
                  const unitName = resolved.find((r) => r.unitId === s.unitId)?.unitName ?? s.unitId
                  return (
                    <tr key={s.unitId}>
                      <td>{unitName}</td>
                      <td>
                        <textarea
                          aria-label={`${unitName}: chức danh người ký`}
                          rows={2}
                          value={s.titleLines.join('\n')}
                          onChange={(e) =>
                            setSignatories((l) =>
                              l.map((x, k) =>
                                k === i ? { ...x, titleLines: e.target.value.split('\n') } : x
                              )
                            )
                          }
                        />
                      </td>
                      <td>
                        <input
                          aria-label={`${unitName}: người ký`}
                          value={s.name}
                          onChange={(e) =>
                            setSignatories((l) =>
                              l.map((x, k) => (k === i ? { ...x, name: e.target.value } : x))
                            )
                          }
                        />
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            <label className="check">
              <input
                type="checkbox"
                checked={witness !== null}
                onChange={(e) =>
                  setWitness(
                    e.target.checked
                      ? {
                          titleLines: [
                            'XÁC NHẬN CỦA BAN THƯỜNG TRỰC',
                            (cluster.parentBody || '').toLocaleUpperCase('vi')
                          ].filter(Boolean),
                          name: ''
                        }
                      : null
                  )
                }
              />{' '}
              Có phần xác nhận của cấp trên (người chứng kiến)
            </label>
            {witness ? (
              <div className="field-row">
                <div className="field">
                  <label htmlFor="witness-title">Chức danh người chứng kiến</label>
                  <textarea
                    id="witness-title"
                    rows={2}
                    value={witness.titleLines.join('\n')}
                    onChange={(e) =>
                      setWitness({ ...witness, titleLines: e.target.value.split('\n') })
                    }
                  />
                </div>
                <div className="field">
                  <label htmlFor="witness-name">Họ và tên người chứng kiến</label>
                  <input
                    id="witness-name"
                    value={witness.name}
                    onChange={(e) => setWitness({ ...witness, name: e.target.value })}
                  />
                </div>
              </div>
            ) : null}
          </section>
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
          <section className="panel" aria-labelledby="pact-sign">
            <h2 id="pact-sign">Ký kết</h2>
            <div className="field-row">
              <div className="field">
                <label htmlFor="signed-on">Ngày ký</label>
                <input
                  id="signed-on"
                  type="date"
                  value={signedOn}
                  onChange={(e) => setSignedOn(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor="signing-meeting">Hội nghị ký kết</label>
                <select
                  id="signing-meeting"
                  value={meetingId}
                  onChange={(e) => setMeetingId(e.target.value)}
                >
                  <option value="">(không ghi)</option>
                  {(meetings ?? [])
                    .filter((m) => m.clusterYearId === year.id)
                    .map((m) => (
                      <option key={m.id} value={m.id}>
                        {formatDateVi(m.date)} — {m.title}
                      </option>
                    ))}
                </select>
              </div>
            </div>
            <button type="button" className="button primary" onClick={sign}>
              Ký kết giao ước
            </button>
          </section>
        ) : null}

        <Tracking year={year} record={record} units={units} />

        <section className="panel" aria-labelledby="pact-docs">
          <h2 id="pact-docs">Văn bản</h2>
          <DocumentActions
            facts={facts}
            formUnit={formUnit}
            setFormUnit={setFormUnit}
            year={year}
            units={units}
          />
        </section>
      </div>
      {model ? <DocumentPreview model={model} /> : null}
    </>
  )
}

function DocumentActions({
  facts,
  formUnit,
  setFormUnit,
  year,
  units
}: {
  facts: Parameters<typeof buildPactDocument>[0]
  formUnit: string
  setFormUnit(id: string): void
  year: ClusterYear
  units: MemberUnit[]
}) {
  const profile = useFormatProfile(facts.cluster.id)
  const commitmentIds = facts.commitments.map((c) => c.id)
  const progress = useProgress(commitmentIds)
  const [message, setMessage] = useState('')
  if (!profile) return null
  const unitName = (id: string) => year.unitNames[id] ?? units.find((u) => u.id === id)?.name ?? id
  return (
    <>
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          onClick={async () =>
            setMessage(
              exportMessage(
                null,
                await exportUnnumbered(
                  'Bản giao ước thi đua',
                  `năm ${year.year}`,
                  buildPactDocument(facts, profile)
                )
              )
            )
          }
        >
          Xuất Word giao ước
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          In
        </button>
        <button
          type="button"
          className="button"
          onClick={async () =>
            setMessage(
              exportMessage(
                null,
                await exportUnnumbered(
                  'Bảng theo dõi giao ước',
                  `năm ${year.year}`,
                  buildTrackingDocument(facts, progress ?? [], profile)
                )
              )
            )
          }
        >
          Xuất bảng theo dõi
        </button>
      </div>
      <div className="form-actions">
        <label htmlFor="form-unit">Phiếu tự chấm điểm cho</label>
        <select id="form-unit" value={formUnit} onChange={(e) => setFormUnit(e.target.value)}>
          {year.memberUnitIds.map((id) => (
            <option key={id} value={id}>
              {unitName(id)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={facts.criteria.length === 0}
          onClick={async () =>
            setMessage(
              exportMessage(
                null,
                await exportUnnumbered(
                  'Phiếu tự chấm điểm',
                  `${unitName(formUnit)} năm ${year.year}`,
                  buildSelfAssessmentForm(facts, formUnit, profile)
                )
              )
            )
          }
        >
          Xuất phiếu tự chấm
        </button>
      </div>
      <p role="status" className="save-status">
        {message.replace('bản nháp', 'văn bản')}
      </p>
    </>
  )
}

/** Units × top-level commitments: how far each unit has got, with evidence. */
function Tracking({
  year,
  record,
  units
}: {
  year: ClusterYear
  record: PactRecord
  units: MemberUnit[]
}) {
  const db = useDatabase()
  const top = flattenCommitments(record.commitments).filter((c) => c.depth === 0)
  const progress = useProgress(record.commitments.map((c) => c.id))
  const [error, setError] = useState('')
  const find = (commitmentId: string, unitId: string): CommitmentProgress | undefined =>
    progress?.find((p) => p.commitmentId === commitmentId && p.unitId === unitId)
  const unitName = (id: string) => year.unitNames[id] ?? units.find((u) => u.id === id)?.name ?? id
  const update = (commitmentId: string, unitId: string, patch: Partial<CommitmentProgress>) => {
    const current = find(commitmentId, unitId)
    void setProgress(db, commitmentId, unitId, {
      status: patch.status ?? current?.status ?? 'not-started',
      evidence: patch.evidence ?? current?.evidence ?? '',
      updatedOn: todayIso()
    }).catch((e) => setError(String(e.message)))
  }
  const missing =
    top.length * year.memberUnitIds.length -
    (progress?.filter((p) => p.status === 'done').length ?? 0)
  return (
    <section className="panel" aria-labelledby="pact-tracking">
      <h2 id="pact-tracking">Theo dõi thực hiện</h2>
      <p className="muted" role="status">
        Còn {missing} ô chưa hoàn thành.
      </p>
      {error ? <p className="field-error">{error}</p> : null}
      <div className="tracking-wrap">
        <table className="table tracking" aria-label="Bảng theo dõi thực hiện giao ước">
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              {top.map((c) => (
                <th scope="col" key={c.id} title={c.text}>
                  ND {c.label.replace('.', '')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {year.memberUnitIds.map((unitId) => (
              <tr key={unitId}>
                <th scope="row">{unitName(unitId)}</th>
                {top.map((c) => {
                  const p = find(c.id, unitId)
                  return (
                    <td key={c.id} className={`status-${p?.status ?? 'not-started'}`}>
                      <select
                        aria-label={`${unitName(unitId)}, nội dung ${c.label.replace('.', '')}: tình trạng`}
                        value={p?.status ?? 'not-started'}
                        onChange={(e) =>
                          update(c.id, unitId, {
                            status: e.target.value as CommitmentProgress['status']
                          })
                        }
                      >
                        {Object.entries(PROGRESS_WORDS).map(([v, l]) => (
                          <option key={v} value={v}>
                            {l}
                          </option>
                        ))}
                      </select>
                      <input
                        aria-label={`${unitName(unitId)}, nội dung ${c.label.replace('.', '')}: minh chứng`}
                        placeholder="Minh chứng"
                        defaultValue={p?.evidence ?? ''}
                        onBlur={(e) =>
                          e.target.value !== (p?.evidence ?? '') &&
                          update(c.id, unitId, { evidence: e.target.value })
                        }
                      />
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
