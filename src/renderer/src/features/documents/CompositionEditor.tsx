import { useMemo, useState, type FormEvent } from 'react'
import { parseWholeNumber } from '@core/text/numbers'
import { useNavigate } from 'react-router'
import { COMPOSITION_TYPES, buildCompositionDocument } from '@core/documents/kinds/composition'
import { documentSymbol } from '@core/documents/kinds/common'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster, Composition } from '@core/model/entities'
import { ValidationError } from '@core/model/validation'
import { compareForms } from '../../components/concurrency/compare'
import { RecordChangedBanner } from '../../components/concurrency/RecordChangedBanner'
import { useSaveGuard } from '../../components/concurrency/useSaveGuard'
import { DraftKeptNote, DraftOfferBanner } from '../../components/drafts/DraftOfferBanner'
import { useFormDraft } from '../../components/drafts/useFormDraft'
import { IssuesAlert } from '../../components/IssuesAlert'
import { SaveRefusalNote } from '../../components/SaveRefusalNote'
import { useFormIssues } from '../../components/useFormIssues'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { useDatabase } from '../../db/DatabaseContext'
import { useClusterYears, useDocumentRecord, useMemberUnits } from '../../db/hooks'
import type { SaveBase } from '../../db/concurrency'
import {
  COMPOSITION_FORM,
  createComposition,
  getComposition,
  updateComposition
} from '../../db/repositories/compositions-repo'
import { DocumentPreview } from '../../documents/DocumentPreview'
import { ExportPdfButton } from '../../documents/ExportPdfButton'
import { exportMessage, exportUnnumbered } from '../../documents/export-docx'
import { printDocument } from '../../documents/print'
import { SavedFileActions } from '../../documents/SavedFileActions'
import { useDocumentExport } from '../../documents/useDocumentExport'
import { CompositionFieldsPanel } from './CompositionFieldsPanel'
import {
  COMPOSITION_COMPARE,
  COMPOSITION_DRAFT_VERSION,
  isDirty,
  previewComposition,
  toForm,
  toInput,
  type CompositionForm,
  type CompositionKind,
  type CompositionTextField
} from './composition-form'
import { exportComposition } from './export-composition'
import { IssueButton } from '../../documents/IssueButton'
import { SchedulePanel } from './SchedulePanel'
import { SignerPanel } from './SignerPanel'

interface Props {
  cluster: Cluster
  kind: CompositionKind
  /** The document as stored now (live), null for a new one. */
  existing: Composition | null
  profile: FormatProfile
}

/**
 * Writing a Thông báo or Kế hoạch: the fields on top, the live print preview under them, then
 * "Lưu", "Xuất Word" (numbers it in the register the first time) and "In". A change made
 * meanwhile in another window, or a restore, is noticed and never written over unasked.
 */
export function CompositionEditor({ cluster, kind, existing, profile }: Props) {
  const db = useDatabase()
  const navigate = useNavigate()
  const type = COMPOSITION_TYPES[kind]
  const entry = useDocumentRecord(existing?.documentId || undefined)
  // A voided number is no longer the document's: it takes a new one at its next export.
  const record = entry && entry.status !== 'voided' ? entry : null
  const years = useClusterYears(cluster.id)
  const units = useMemberUnits(cluster.id)
  const [saved, setSaved] = useState(() => toForm(cluster, kind, existing))
  const [form, setForm] = useState(saved)
  const exporting = useDocumentExport()
  const dirty = isDirty(form, saved)
  const values = useMemo(() => toInput(cluster, kind, form), [cluster, kind, form])
  const refused = useFormIssues(values)
  const guard = useSaveGuard(existing ? { updatedAt: existing.updatedAt } : undefined)
  const draft = useFormDraft({
    form: COMPOSITION_FORM,
    // A new notice and a new plan keep separate drafts; the save removes them.
    recordId: existing?.id ?? `new-${kind}`,
    clusterId: cluster.id,
    version: COMPOSITION_DRAFT_VERSION,
    value: form,
    saved,
    enabled: true,
    onRestore: setForm,
    guard
  })
  const unsaved = useUnsavedChanges(dirty, draft.forget)

  const update = (change: (f: CompositionForm) => CompositionForm) => setForm(change)
  const set = (key: CompositionTextField) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }))
  const errorOf = refused.errorOf

  const leaderId = years?.find((y) => y.year === parseWholeNumber(form.year))?.leaderUnitId
  const leader = units?.find((u) => u.id === leaderId)
  const byLeader = form.issuer === 'leader' && leader !== undefined

  // The preview follows the form as typed; invalid fields simply show as they are until saved.
  const previewModel = useMemo(() => {
    const composition = previewComposition(cluster, kind, form, existing?.id ?? null)
    if (!composition) return null
    const issued =
      record && !byLeader
        ? { number: record.number, typeCode: record.typeCode, issuedOn: record.issuedOn }
        : null
    return buildCompositionDocument(cluster, composition, issued, profile, leader)
  }, [cluster, kind, form, existing, record, profile, leader, byLeader])

  /** The document as stored now becomes what the form starts from (after a save, or to reload). */
  async function startFromStored(id: string, typed?: CompositionForm) {
    const fresh = await getComposition(db, id)
    if (!fresh) return
    const stored = toForm(cluster, kind, fresh)
    setSaved(stored)
    setForm((current) => (typed === undefined || current === typed ? stored : current))
    guard.accept({ updatedAt: fresh.updatedAt })
  }

  /** Saves the form; on a new document, moves to its own address. Null when refused. */
  async function save(base: SaveBase | undefined = guard.base()): Promise<Composition | null> {
    draft.hold()
    try {
      const input = toInput(cluster, kind, form)
      const row = existing
        ? await updateComposition(db, existing.id, input, base)
        : await createComposition(db, input)
      if (existing) await startFromStored(row.id, form)
      else setSaved(form)
      refused.clear()
      if (!existing) {
        unsaved.release()
        navigate(`/van-ban/${row.id}`, { replace: true })
      }
      return row
    } catch (error) {
      draft.resume()
      if (!guard.refuse(error)) await refused.refuse(error)
      return null
    }
  }

  async function reload() {
    if (!existing) return
    draft.forget()
    refused.clear()
    await startFromStored(existing.id)
    exporting.setMessage('Đã tải lại bản đang lưu.')
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    exporting.setMessage('')
    if (await save()) exporting.setMessage('Đã lưu.')
  }

  const onExport = () =>
    exporting.run(async () => {
      const row = await save()
      if (!row) return ''
      if (byLeader) {
        // Pattern B: the leading unit numbers it in its own register; the number is written by hand.
        const result = await exportUnnumbered(
          type.label,
          row.summary,
          buildCompositionDocument(cluster, row, null, profile, leader)
        )
        return {
          message: exportMessage(null, result, 'văn bản (số do đơn vị cụm trưởng cấp)'),
          saved: result.ok ? result.value : null
        }
      }
      try {
        const { symbol, result } = await exportComposition(db, cluster, row, profile)
        // Numbering links the document to its register entry: this form's own change.
        if (existing) await startFromStored(row.id, form)
        return { message: exportMessage(symbol, result), saved: result.ok ? result.value : null }
      } catch (error) {
        // Not complete enough to take a number: each problem beside its field.
        if (!(error instanceof ValidationError)) throw error
        await refused.refuse(error)
        return 'Chưa xuất: văn bản còn chỗ chưa điền, xem các mục ghi chữ đỏ.'
      }
    })

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
      <RecordChangedBanner
        guard={guard}
        dirty={dirty}
        compare={() => compareForms(form, toForm(cluster, kind, existing), COMPOSITION_COMPARE)}
        onReload={reload}
        onOverwrite={async () => {
          if (await save(guard.overwrite())) exporting.setMessage('Đã lưu.')
        }}
      />
      <DraftOfferBanner
        draft={draft}
        what={existing ? 'văn bản này' : `${type.label.toLocaleLowerCase('vi')} mới`}
      />
      <form
        ref={refused.ref}
        className="form wide no-print"
        onSubmit={onSubmit}
        noValidate
        aria-label={`Nội dung ${type.label.toLocaleLowerCase('vi')}`}
      >
        <fieldset className="plain" disabled={draft.offer !== null}>
          <IssuesAlert issues={refused.issues} />
          <CompositionFieldsPanel
            cluster={cluster}
            kind={kind}
            form={form}
            leader={leader}
            update={update}
            errorOf={errorOf}
          />
          {kind === 'plan' ? (
            <SchedulePanel
              rows={form.scheduleRows}
              onChange={(rows) => setForm((f) => ({ ...f, scheduleRows: rows }))}
              errorOf={errorOf}
            />
          ) : null}
          <SignerPanel form={form} set={set} errorOf={errorOf} />
          <div className="form-actions">
            <button type="submit" className="button">
              Lưu
            </button>
            <IssueButton
              label={exporting.busy ? 'Đang xuất…' : 'Xuất Word'}
              noun={type.label.toLocaleLowerCase('vi')}
              // Numbered by the leading unit (pattern B), it takes no number here.
              numbered={record !== null || byLeader}
              onIssue={onExport}
              disabled={exporting.busy}
              primary
            />
            <ExportPdfButton
              build={() => previewModel}
              name={{
                label: type.label,
                symbol: record
                  ? documentSymbol(record.number, record.typeCode, cluster.symbol)
                  : null,
                title: form.summary
              }}
              actions={exporting}
            />
            <button type="button" className="button" onClick={printDocument}>
              In
            </button>
            <SavedFileActions saved={exporting.saved} />
            <DraftKeptNote draft={draft} unsaved={dirty} />
          </div>
          <p role="status" className="save-status">
            {exporting.message}
          </p>
          <SaveRefusalNote refused={refused} />
        </fieldset>
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
