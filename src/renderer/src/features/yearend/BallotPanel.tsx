import { useMemo, useState } from 'react'
import { copiesToPrint } from '@core/ballot/build'
import { checkBallot } from '@core/ballot/checks'
import type { Ballot, BallotSectionKind, ValidityRules } from '@core/ballot/model'
import { SECTION_KIND_LABELS } from '@core/ballot/words'
import { ballotPageFit, buildBallotPapersDocument } from '@core/documents/kinds/ballot-paper'
import { newId, nowIso } from '@core/model/ids'
import { issuesFrom, type FieldIssue } from '@core/model/validation'
import { formatDateVi } from '@core/text/dates'
import { IssuesAlert } from '../../components/IssuesAlert'
import { useDatabase } from '../../db/DatabaseContext'
import { useFormatProfile } from '../../db/hooks'
import { markBallotPrinted, saveBallot } from '../../db/repositories/ballots-repo'
import { DocumentPreview } from '../../documents/DocumentPreview'
import { exportMessage, exportUnnumbered } from '../../documents/export-docx'
import { printDocument } from '../../documents/print'
import { SavedFileActions } from '../../documents/SavedFileActions'
import { useDocumentExport } from '../../documents/useDocumentExport'
import {
  ballotFromForm,
  ballotMeetingWarning,
  changeBallotMeeting,
  formOfBallot,
  initialBallotForm,
  newSection,
  nextYearCandidates,
  type BallotForm
} from './ballot-form'
import { SectionEditor } from './SectionEditor'
import { textFields, WarningNote } from './text-field'
import type { YearEndPanelProps } from './YearEndYear'

const VALIDITY: Array<[Exclude<keyof ValidityRules, 'overLimit'>, string]> = [
  [
    'requireStamp',
    'Phiếu không đúng mẫu, không có dấu hoặc chữ ký của Ban kiểm phiếu là không hợp lệ'
  ],
  ['extraNames', 'Phiếu ghi thêm tên ngoài danh sách là không hợp lệ'],
  ['identifyingMarks', 'Phiếu có ký tên, đánh dấu riêng là không hợp lệ'],
  ['blankInvalid', 'Phiếu để trống (hoặc gạch hết tên) là không hợp lệ'],
  ['rowLevelValidity', 'Dòng đánh dấu không rõ chỉ bỏ dòng đó (không bỏ cả phiếu)']
]
const ADDABLE: BallotSectionKind[] = ['leading-unit', 'flag', 'merit', 'leader', 'deputy']

const roundWords = (b: Ballot) => (b.round > 1 ? `lần ${b.round}` : 'lần 1')
const STATUS = { draft: 'Dự thảo', printed: 'Đã in', counted: 'Đã kiểm phiếu' }

/**
 * "Phiếu bình xét": the paper built from the adopted ranking — sections, candidates, most choices,
 * marking, validity rules, who votes — saved, then "In phiếu" (electors plus spares, one per page,
 * no name or number) through the document engine. A paper already counted is shown, not edited.
 */
export function BallotPanel({ data, onTab }: YearEndPanelProps) {
  const db = useDatabase()
  const { record } = data
  const { cluster, year } = record.scoring
  const profile = useFormatProfile(cluster.id)
  const ctx = useMemo(
    () => ({
      cluster,
      year,
      ranking: record.scoring.snapshot!.rows,
      catalogue: record.catalogue,
      meetings: record.meetings.map((m) => ({ id: m.id, type: m.type })),
      units: record.scoring.units,
      attendances: record.attendances
    }),
    [cluster, year, record]
  )
  const nextYear = useMemo(() => nextYearCandidates(year, ctx.units), [year, ctx.units])
  const open = record.ballots.find((b) => b.status !== 'counted')
  const [selectedId, setSelectedId] = useState(open?.id ?? record.ballots[0]?.id ?? '')
  const selected = record.ballots.find((b) => b.id === selectedId)
  const [form, setForm] = useState<BallotForm>(() =>
    selected ? formOfBallot(selected) : initialBallotForm(ctx)
  )
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [status, setStatus] = useState('')
  const exporting = useDocumentExport()
  const locked = selected?.status === 'counted'
  const choose = (id: string) => {
    setSelectedId(id)
    const b = record.ballots.find((x) => x.id === id)
    setForm(b ? formOfBallot(b) : initialBallotForm(ctx))
    setIssues([])
    setStatus('')
  }
  const built = useMemo(
    () => ballotFromForm(form, ctx, { id: 'preview', now: nowIso() }, selected).ballot,
    [form, ctx, selected]
  )
  const warnings = built
    ? checkBallot(built, {
        memberUnitIds: year.memberUnitIds,
        flagged: new Set(Object.keys(data.flagged))
      }).filter((w) => w.severity === 'warning')
    : []
  const shown = locked ? selected : built
  const model = profile && shown ? buildBallotPapersDocument(cluster, shown, profile) : null
  // A paper longer than a page would print its second page with a number: split it first.
  const fit = profile && shown ? ballotPageFit(cluster, shown, profile) : null
  const notes =
    fit && !fit.fits
      ? [
          ...warnings,
          {
            field: 'sections',
            message: `Phiếu dài hơn một trang A4 (khoảng ${Math.round(fit.heightMm)} mm, trang chỉ có ${Math.round(fit.availableMm)} mm): hãy tách bớt mục (ví dụ bầu Cụm trưởng, Cụm phó trên phiếu riêng) trước khi in.`,
            severity: 'warning' as const
          }
        ]
      : warnings

  const save = async (): Promise<Ballot | null> => {
    const { ballot, issues: found } = ballotFromForm(
      form,
      ctx,
      { id: newId(), now: nowIso() },
      selected
    )
    if (!ballot) {
      setIssues(found)
      return null
    }
    try {
      const saved = await saveBallot(db, ballot)
      setIssues([])
      setSelectedId(saved.id)
      setStatus('Đã lưu phiếu.')
      return saved
    } catch (error) {
      setIssues(issuesFrom(error))
      return null
    }
  }
  const print = async () => {
    const saved = locked ? selected! : await save()
    if (!saved) return
    await markBallotPrinted(db, saved.id)
    setStatus(
      `In ${copiesToPrint(saved)} phiếu (${saved.electors} người bỏ phiếu và ${saved.spares} phiếu dự phòng).`
    )
    printDocument()
  }
  const exportWord = () =>
    exporting.run(async () => {
      const saved = locked ? selected! : await save()
      if (!saved || !profile) return 'Chưa lưu được phiếu.'
      const result = await exportUnnumbered(
        'Phiếu',
        `bình xét thi đua năm ${year.year} ${roundWords(saved)}`,
        buildBallotPapersDocument(cluster, saved, profile)
      )
      if (result.ok) await markBallotPrinted(db, saved.id)
      return {
        message: exportMessage(null, result, 'phiếu'),
        saved: result.ok ? result.value : null
      }
    })
  const set = (patch: Partial<BallotForm>) => setForm((f) => ({ ...f, ...patch }))

  const text = textFields(form, set, issues, 'ballot')
  const meetingWarning = ballotMeetingWarning(form.meetingId, ctx.meetings)
  return (
    <>
      <section className="panel no-print" aria-labelledby="ballot-title">
        <h2 id="ballot-title">Phiếu bình xét</h2>
        {record.ballots.length ? (
          <div className="field">
            <label htmlFor="ballot-pick">Phiếu</label>
            <select id="ballot-pick" value={selectedId} onChange={(e) => choose(e.target.value)}>
              {record.ballots.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title} — {roundWords(b)} ({STATUS[b.status]})
                </option>
              ))}
              <option value="">Lập phiếu mới từ bảng xếp hạng</option>
            </select>
          </div>
        ) : (
          <p>
            Phiếu dưới đây lập từ bảng xếp hạng đã thông qua ngày{' '}
            {formatDateVi(record.scoring.snapshot!.adoptedOn)}; sửa nếu Quy chế của Cụm quy định
            khác.
          </p>
        )}
        {locked ? <p className="muted">Phiếu này đã kiểm phiếu xong nên không sửa được.</p> : null}
        <fieldset className="plain" disabled={locked}>
          <legend>Cách bỏ phiếu</legend>
          <div className="rules-grid">
            <div className="field">
              <label htmlFor="ballot-meeting">Hội nghị bỏ phiếu</label>
              <select
                id="ballot-meeting"
                value={form.meetingId}
                onChange={(e) => setForm((f) => changeBallotMeeting(f, ctx, e.target.value))}
              >
                <option value="">(chưa chọn)</option>
                {record.meetings.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title} ({formatDateVi(m.date)})
                  </option>
                ))}
              </select>
              <WarningNote
                warnings={meetingWarning ? [{ field: '', message: meetingWarning }] : []}
              />
            </div>
            <div className="field">
              <label htmlFor="ballot-basis">Mỗi phiếu của</label>
              <select
                id="ballot-basis"
                value={form.electorBasis}
                onChange={(e) =>
                  set({ electorBasis: e.target.value as BallotForm['electorBasis'] })
                }
              >
                <option value="unit">một đơn vị thành viên</option>
                <option value="person">một đại biểu</option>
              </select>
            </div>
            {text('electors', 'Số người (đơn vị) bỏ phiếu')}
            {text('spares', 'Phiếu dự phòng')}
            <div className="field">
              <label htmlFor="ballot-marking">Cách đánh dấu</label>
              <select
                id="ballot-marking"
                value={form.marking}
                onChange={(e) => set({ marking: e.target.value as BallotForm['marking'] })}
              >
                <option value="tick">Đánh dấu “Đồng ý” / “Không đồng ý”</option>
                <option value="strike">Gạch tên đơn vị không đồng ý</option>
              </select>
            </div>
          </div>
          <fieldset className="plain">
            <legend>Phiếu không hợp lệ (bỏ chọn điều Quy chế không quy định)</legend>
            {VALIDITY.map(([key, label]) => (
              <label key={key} className="check">
                <input
                  type="checkbox"
                  checked={form.validity[key]}
                  onChange={(e) => set({ validity: { ...form.validity, [key]: e.target.checked } })}
                />{' '}
                {label}
              </label>
            ))}
            <div className="field">
              <label htmlFor="ballot-over">Chọn quá số lượng ở một mục</label>
              <select
                id="ballot-over"
                value={form.validity.overLimit}
                onChange={(e) =>
                  set({
                    validity: {
                      ...form.validity,
                      overLimit: e.target.value as ValidityRules['overLimit']
                    }
                  })
                }
              >
                <option value="ballot">cả phiếu không hợp lệ</option>
                <option value="section">chỉ mục đó không hợp lệ</option>
                <option value="off">vẫn tính</option>
              </select>
            </div>
          </fieldset>
        </fieldset>
        {form.sections.map((s, i) => (
          <SectionEditor
            key={`${s.kind}-${i}`}
            index={i}
            section={s}
            members={s.kind === 'leader' || s.kind === 'deputy' ? nextYear : year.memberUnitIds}
            ranking={ctx.ranking}
            catalogue={record.catalogue}
            flagged={data.flagged}
            unitName={data.unitName}
            disabled={locked}
            onChange={(next) =>
              set({ sections: form.sections.map((x, j) => (j === i ? next : x)) })
            }
            onRemove={() => set({ sections: form.sections.filter((_, j) => j !== i) })}
          />
        ))}
        {!locked ? (
          <div className="form-actions">
            {ADDABLE.map((kind) => (
              <button
                key={kind}
                type="button"
                className="button"
                onClick={() => set({ sections: [...form.sections, newSection(kind, year.year)] })}
              >
                + {SECTION_KIND_LABELS[kind]}
              </button>
            ))}
          </div>
        ) : null}
        <WarningNote warnings={notes} />
        <IssuesAlert issues={issues} />
        <div className="form-actions">
          {!locked ? (
            <button type="button" className="button primary" onClick={() => void save()}>
              Lưu phiếu
            </button>
          ) : null}
          <button type="button" className="button" disabled={!model} onClick={() => void print()}>
            In phiếu
          </button>
          <button
            type="button"
            className="button"
            disabled={!model || exporting.busy}
            onClick={exportWord}
          >
            Xuất Word
          </button>
          {selected && selected.status !== 'draft' ? (
            <button type="button" className="button" onClick={() => onTab('kiem-phieu')}>
              Sang kiểm phiếu
            </button>
          ) : null}
          <SavedFileActions saved={exporting.saved} />
        </div>
        <p role="status" className="save-status">
          {[status, exporting.message].filter(Boolean).join(' ')}
        </p>
      </section>
      {model ? <DocumentPreview model={model} /> : null}
    </>
  )
}
