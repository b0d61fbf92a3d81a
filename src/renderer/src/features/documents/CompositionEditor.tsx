import { useMemo, useState, type FormEvent } from 'react'
import { useNavigate, useParams } from 'react-router'
import { currentYear } from '@core/text/dates'
import { COMPOSITION_TYPES, buildCompositionDocument } from '@core/documents/kinds/composition'
import {
  defaultClusterSigner,
  defaultRecipients,
  documentSymbol
} from '@core/documents/kinds/common'
import { compositionSchema, type Cluster, type Composition } from '@core/model/entities'
import { type FieldIssue, issuesFrom } from '@core/model/validation'
import type { FormatProfile } from '@core/documents/profile'
import { Field } from '../../components/Field'
import { useDatabase } from '../../db/DatabaseContext'
import {
  useActiveCluster,
  useClusterYears,
  useComposition,
  useDocumentRecord,
  useFormatProfile,
  useMemberUnits
} from '../../db/hooks'
import {
  createComposition,
  updateComposition,
  type CompositionInput
} from '../../db/repositories/compositions-repo'
import { getDesktopApi } from '../../lib/desktop-api'
import { DocumentPreview } from './DocumentPreview'
import { exportComposition } from './export-composition'
import { exportMessage, exportUnnumbered } from './export-document'
import { IssuesAlert } from '../../components/IssuesAlert'

type Kind = Composition['kind']
type ScheduleRow = Composition['scheduleRows'][number]

interface FormState {
  issuer: Composition['issuer']
  year: string
  summary: string
  issuedOn: string
  basis: string
  body: string
  scheduleRows: ScheduleRow[]
  signerTitleLines: string
  signerName: string
  recipients: string
}

function initialState(cluster: Cluster, kind: Kind, existing: Composition | null): FormState {
  if (existing) {
    return {
      issuer: existing.issuer ?? 'cluster',
      year: String(existing.year),
      summary: existing.summary,
      issuedOn: existing.issuedOn,
      basis: existing.basis.join('\n'),
      body: existing.body,
      scheduleRows: existing.scheduleRows,
      signerTitleLines: (existing.signerTitleLines.length
        ? existing.signerTitleLines
        : defaultClusterSigner(cluster).titleLines
      ).join('\n'),
      signerName: existing.signerName,
      recipients: existing.recipients.join('\n')
    }
  }
  return {
    issuer: 'cluster',
    year: String(currentYear()),
    summary: '',
    issuedOn: '',
    basis: '',
    body: kind === 'plan' ? '# Mục đích, yêu cầu\n\n# Nội dung\n\n# Tổ chức thực hiện\n' : '',
    scheduleRows: [],
    signerTitleLines: defaultClusterSigner(cluster).titleLines.join('\n'),
    signerName: '',
    recipients: defaultRecipients(cluster).join('\n')
  }
}

function toInput(cluster: Cluster, kind: Kind, form: FormState): CompositionInput {
  return {
    clusterId: cluster.id,
    kind,
    issuer: form.issuer,
    year: Number(form.year),
    summary: form.summary,
    issuedOn: form.issuedOn,
    basis: form.basis.split('\n'),
    body: form.body,
    scheduleRows: form.scheduleRows,
    signerTitleLines: form.signerTitleLines.split('\n'),
    signerName: form.signerName,
    recipients: form.recipients.split('\n')
  }
}

/** Route: `/van-ban/moi/:kind` for a new document, `/van-ban/:id` for an existing one. */
export function CompositionEditorRoute() {
  const { id, kind } = useParams()
  const cluster = useActiveCluster()
  const existing = useComposition(id)
  const profile = useFormatProfile(cluster?.id)
  if (cluster === undefined || profile === undefined || (id && existing === undefined)) {
    return <p role="status">Đang tải dữ liệu…</p>
  }
  if (cluster === null) return <p>Chưa có cụm thi đua.</p>
  if (id && !existing) return <p role="alert">Không tìm thấy văn bản này.</p>
  const resolvedKind: Kind | null = existing
    ? existing.kind
    : kind === 'notice' || kind === 'plan'
      ? kind
      : null
  if (!resolvedKind) return <p role="alert">Loại văn bản không hợp lệ.</p>
  return (
    <CompositionEditor
      key={existing?.id ?? `new-${resolvedKind}`}
      cluster={cluster}
      kind={resolvedKind}
      existing={existing ?? null}
      profile={profile}
    />
  )
}

interface EditorProps {
  cluster: Cluster
  kind: Kind
  existing: Composition | null
  profile: FormatProfile
}

/**
 * Writing a Thông báo or Kế hoạch: the fields on top, the live print preview under them, then
 * "Lưu", "Xuất Word" (numbers it in the register the first time) and "In".
 */
function CompositionEditor({ cluster, kind, existing, profile }: EditorProps) {
  const db = useDatabase()
  const navigate = useNavigate()
  const type = COMPOSITION_TYPES[kind]
  const record = useDocumentRecord(existing?.documentId || undefined)
  const years = useClusterYears(cluster.id)
  const units = useMemberUnits(cluster.id)
  const [form, setForm] = useState<FormState>(() => initialState(cluster, kind, existing))
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<{ path: string; method: 'dialog' | 'download' } | null>(null)

  const set = (key: keyof FormState) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const errorOf = (field: string) =>
    issues.find((issue) => issue.field === field || issue.field.startsWith(field + '.'))?.message

  const leaderId = years?.find((y) => y.year === Number(form.year))?.leaderUnitId
  const leader = units?.find((u) => u.id === leaderId)
  const byLeader = form.issuer === 'leader' && leader !== undefined

  // The preview follows the form as typed; invalid fields simply show as they are until saved.
  const previewModel = useMemo(() => {
    const parsed = compositionSchema.safeParse({
      ...toInput(cluster, kind, form),
      summary: form.summary || '…',
      year: Number(form.year) || currentYear(),
      scheduleRows: form.scheduleRows.filter((r) => r.content.trim() !== ''),
      id: existing?.id ?? 'preview',
      createdAt: new Date(0).toISOString(),
      updatedAt: new Date(0).toISOString()
    })
    if (!parsed.success) return null
    const issued = record && !byLeader ? { number: record.number, typeCode: record.typeCode } : null
    return buildCompositionDocument(cluster, parsed.data, issued, profile, leader)
  }, [cluster, kind, form, existing, record, profile, leader, byLeader])

  async function save(): Promise<Composition | null> {
    try {
      const input = toInput(cluster, kind, form)
      const row = existing
        ? await updateComposition(db, existing.id, input)
        : await createComposition(db, input)
      setIssues([])
      return row
    } catch (error) {
      setIssues(issuesFrom(error))
      return null
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    setMessage('')
    const row = await save()
    if (!row) return
    setMessage('Đã lưu.')
    if (!existing) navigate(`/van-ban/${row.id}`, { replace: true })
  }

  async function onExport() {
    setBusy(true)
    setMessage('')
    setSaved(null)
    try {
      const row = await save()
      if (!row) return
      if (!existing) navigate(`/van-ban/${row.id}`, { replace: true })
      if (byLeader) {
        // Pattern B: the leading unit numbers it in its own register; the number is written by hand.
        const result = await exportUnnumbered(
          type.label,
          row.summary,
          buildCompositionDocument(cluster, row, null, profile, leader)
        )
        if (result.ok) setSaved(result.value)
        setMessage(
          exportMessage(null, result).replace('bản nháp', 'văn bản (số do đơn vị cụm trưởng cấp)')
        )
        return
      }
      const { symbol, result } = await exportComposition(db, cluster, row, profile)
      if (result.ok) setSaved(result.value)
      setMessage(exportMessage(symbol, result))
    } finally {
      setBusy(false)
    }
  }

  const setRow = (index: number, key: keyof ScheduleRow, value: string) =>
    setForm((f) => ({
      ...f,
      scheduleRows: f.scheduleRows.map((r, i) => (i === index ? { ...r, [key]: value } : r))
    }))

  return (
    <section aria-labelledby="page-title">
      <header className="page-header no-print">
        <div>
          <h1 id="page-title">
            {existing ? type.label : `Soạn ${type.label.toLocaleLowerCase('vi')}`}
            {record ? ` số ${documentSymbol(record.number, record.typeCode, cluster.symbol)}` : ''}
          </h1>
          <p className="subtitle">
            {record
              ? 'Đã cấp số trong sổ văn bản.'
              : 'Chưa cấp số: số được cấp khi xuất Word lần đầu.'}
          </p>
        </div>
      </header>
      <form
        className="form wide no-print"
        onSubmit={onSubmit}
        noValidate
        aria-label={`Nội dung ${type.label.toLocaleLowerCase('vi')}`}
      >
        <IssuesAlert issues={issues} />
        <div className="field">
          <label htmlFor="issuer">Ban hành</label>
          <select
            id="issuer"
            value={form.issuer}
            onChange={(e) => {
              const issuer = e.target.value as FormState['issuer']
              const clusterLines = defaultClusterSigner(cluster).titleLines.join('\n')
              const unitLines = 'TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH'
              setForm((f) => ({
                ...f,
                issuer,
                signerTitleLines:
                  issuer === 'leader' && f.signerTitleLines === clusterLines
                    ? unitLines
                    : issuer === 'cluster' && f.signerTitleLines === unitLines
                      ? clusterLines
                      : f.signerTitleLines
              }))
            }}
            aria-describedby="issuer-hint"
          >
            <option value="cluster">{cluster.name} (số trong sổ văn bản của cụm)</option>
            <option value="leader" disabled={!leader}>
              Ban Thường trực {leader ? leader.name : 'đơn vị cụm trưởng'} (số do đơn vị cấp)
            </option>
          </select>
          <p id="issuer-hint" className="field-hint">
            {leader
              ? `Cụm trưởng năm ${form.year}: ${leader.name}.`
              : `Năm ${form.year} chưa có cụm trưởng trong mục Năm thi đua.`}
          </p>
        </div>
        <Field
          name="summary"
          label="Trích yếu"
          required
          value={form.summary}
          onChange={set('summary')}
          error={errorOf('summary')}
          placeholder={
            kind === 'plan' ? 'Hoạt động của Cụm thi đua năm 2026' : 'Kết quả Hội nghị …'
          }
        />
        <div className="field-row">
          <Field
            name="year"
            label="Năm"
            required
            value={form.year}
            onChange={set('year')}
            error={errorOf('year')}
          />
          <div className="field">
            <label htmlFor="issuedOn">Ngày ban hành</label>
            <input
              id="issuedOn"
              type="date"
              value={form.issuedOn}
              onChange={(e) => set('issuedOn')(e.target.value)}
              aria-describedby="issuedOn-hint"
            />
            <p id="issuedOn-hint" className="field-hint">
              Để trống để in “ngày … tháng … năm” và ghi tay khi ký.
            </p>
          </div>
        </div>
        <Field
          name="basis"
          label="Căn cứ (mỗi dòng một căn cứ)"
          multiline
          value={form.basis}
          onChange={set('basis')}
          error={errorOf('basis')}
        />
        <div className="field">
          <label htmlFor="body">Nội dung</label>
          <textarea
            id="body"
            rows={12}
            value={form.body}
            onChange={(e) => set('body')(e.target.value)}
            aria-describedby="body-hint"
          />
          <p id="body-hint" className="field-hint">
            Tự đánh số: dòng bắt đầu bằng <code>#</code> là mục lớn (I, II…), <code>##</code> là mục
            nhỏ (1, 2…), <code>###</code> là điểm (a, b…), <code>-</code> và <code>+</code> là gạch
            đầu dòng. Các dòng khác là đoạn văn.
          </p>
        </div>
        {kind === 'plan' ? (
          <fieldset className="schedule">
            <legend>Lịch triển khai (in thành Phụ lục)</legend>
            {form.scheduleRows.map((row, i) => (
              <div className="schedule-row" key={i} role="group" aria-label={`Hoạt động ${i + 1}`}>
                <input
                  aria-label={`Hoạt động ${i + 1}: nội dung`}
                  placeholder="Nội dung hoạt động"
                  value={row.content}
                  onChange={(e) => setRow(i, 'content', e.target.value)}
                />
                <input
                  aria-label={`Hoạt động ${i + 1}: thời gian`}
                  placeholder="Thời gian"
                  value={row.time}
                  onChange={(e) => setRow(i, 'time', e.target.value)}
                />
                <input
                  aria-label={`Hoạt động ${i + 1}: đơn vị chủ trì`}
                  placeholder="Đơn vị chủ trì"
                  value={row.lead}
                  onChange={(e) => setRow(i, 'lead', e.target.value)}
                />
                <input
                  aria-label={`Hoạt động ${i + 1}: ghi chú`}
                  placeholder="Ghi chú"
                  value={row.note}
                  onChange={(e) => setRow(i, 'note', e.target.value)}
                />
                <button
                  type="button"
                  className="button small"
                  aria-label={`Xóa hoạt động ${i + 1}`}
                  onClick={() =>
                    setForm((f) => ({
                      ...f,
                      scheduleRows: f.scheduleRows.filter((_, k) => k !== i)
                    }))
                  }
                >
                  Xóa
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button small"
              onClick={() =>
                setForm((f) => ({
                  ...f,
                  scheduleRows: [...f.scheduleRows, { content: '', time: '', lead: '', note: '' }]
                }))
              }
            >
              Thêm hoạt động
            </button>
          </fieldset>
        ) : null}
        <div className="field-row">
          <Field
            name="signerTitleLines"
            label="Chức danh người ký (mỗi dòng một dòng)"
            multiline
            value={form.signerTitleLines}
            onChange={set('signerTitleLines')}
            error={errorOf('signerTitleLines')}
          />
          <Field
            name="signerName"
            label="Họ và tên người ký"
            value={form.signerName}
            onChange={set('signerName')}
            error={errorOf('signerName')}
          />
        </div>
        <Field
          name="recipients"
          label="Nơi nhận (mỗi dòng một nơi; dòng cuối là “Lưu: VT”)"
          multiline
          value={form.recipients}
          onChange={set('recipients')}
          error={errorOf('recipients')}
        />
        <div className="form-actions">
          <button type="submit" className="button">
            Lưu
          </button>
          <button type="button" className="button primary" onClick={onExport} disabled={busy}>
            {busy ? 'Đang xuất…' : 'Xuất Word'}
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            In
          </button>
          {saved?.method === 'dialog' ? (
            <>
              <button
                type="button"
                className="button"
                onClick={() => void getDesktopApi().file.openLastSaved()}
              >
                Mở tệp
              </button>
              <button
                type="button"
                className="button"
                onClick={() => void getDesktopApi().file.revealLastSaved()}
              >
                Mở thư mục chứa
              </button>
            </>
          ) : null}
        </div>
        <p role="status" className="save-status">
          {message}
        </p>
      </form>
      <h2 className="preview-title no-print">Xem trước bản in</h2>
      {previewModel ? (
        <DocumentPreview model={previewModel} />
      ) : (
        <p>Chưa xem trước được: hãy kiểm tra các mục đã nhập.</p>
      )}
    </section>
  )
}
