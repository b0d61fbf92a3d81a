import { useMemo, useRef, useState } from 'react'
import {
  buildMinutesDocument,
  checkMinutesBeforeFinalising,
  compareWithGenerated,
  findContradictionIssues,
  generateMinutesBody,
  type MeetingFacts
} from '@core/documents/kinds/minutes'
import { documentSymbol } from '@core/documents/kinds/common'
import type { FormatProfile } from '@core/documents/profile'
import type { Cluster, DocumentRecord, Minutes } from '@core/model/entities'
import type { FieldIssue } from '@core/model/validation'
import type { FinaliseIssue } from '@core/rules/meetings'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import { compareLines } from '../../components/concurrency/compare'
import { RecordChangedBanner } from '../../components/concurrency/RecordChangedBanner'
import { useSaveGuard } from '../../components/concurrency/useSaveGuard'
import { NOT_STORED, type SaveBase } from '../../db/concurrency'
import { DraftKeptNote, DraftOfferBanner } from '../../components/drafts/DraftOfferBanner'
import { useFormDraft } from '../../components/drafts/useFormDraft'
import { goToField, goToLine } from '../../components/form-issues'
import { useDatabase } from '../../db/DatabaseContext'
import { listDocuments } from '../../db/repositories/documents-repo'
import {
  amendMinutes,
  finaliseMinutes,
  MINUTES_FORM,
  saveMinutesBody
} from '../../db/repositories/meetings-repo'
import { DocumentPreview } from '../../documents/DocumentPreview'
import { ExportPdfButton } from '../../documents/ExportPdfButton'
import { exportMessage, exportNumbered, exportUnnumbered } from '../../documents/export-docx'
import { printDocument } from '../../documents/print'
import type { useDocumentExport } from '../../documents/useDocumentExport'
import { FinaliseChecklist } from './FinaliseChecklist'
import { MeetingDocumentsActions } from './MeetingDocumentsActions'
import { MinutesHeading } from './MinutesHeading'
import { MinutesTextPanel } from './MinutesTextPanel'
import { RegenerateConfirm } from './RegenerateConfirm'
import './votes.css'

interface Props {
  cluster: Cluster
  facts: MeetingFacts
  current: Minutes | null
  finalised: Minutes[]
  profile: FormatProfile
  /** The register entries of this meeting's minutes (their numbers). */
  register: DocumentRecord[]
  actions: ReturnType<typeof useDocumentExport>
  /** The meeting form above holds changes not saved yet: finalising would not see them. */
  meetingDirty: boolean
  /** Marks the meeting's fields that finalising found blank or wrong. */
  onFactsRefused(issues: FieldIssue[]): void
}

const UNSAVED_MEETING: FinaliseIssue = {
  field: '',
  message:
    'Thông tin hội nghị ở trên có thay đổi chưa lưu: hãy bấm “Lưu hội nghị” trước khi hoàn tất biên bản.'
}

/**
 * The minutes text, generated from the meeting's facts and editable (kept as a draft while
 * typed); warnings beside it where the text disagrees with the facts; finalising, which first
 * lists every blank fact and placeholder with a link to it and numbers nothing until none is
 * left; export and print.
 */
export function MinutesEditor({
  cluster,
  facts,
  current,
  finalised,
  profile,
  register,
  actions,
  meetingDirty,
  onFactsRefused
}: Props) {
  const db = useDatabase()
  const isFinal = facts.meeting.status === 'finalised'
  const generated = useMemo(() => generateMinutesBody(facts), [facts])
  const storedBody = current?.body || generated
  const [savedBody, setSavedBody] = useState(storedBody)
  const [body, setBody] = useState(savedBody)
  // A text nobody edited follows the facts as they are saved; an edited one is kept (and any
  // disagreement with the facts is shown beside it).
  const [basis, setBasis] = useState(generated)
  if (basis !== generated) {
    setBasis(generated)
    if (body === basis) setBody(generated)
    if (savedBody === basis) setSavedBody(generated)
  }
  const box = useRef<HTMLTextAreaElement>(null)
  const value = useMemo(() => ({ body }), [body])
  const savedValue = useMemo(() => ({ body: savedBody }), [savedBody])
  // The text is guarded as its draft minutes row (none yet: the generated text, `NOT_STORED`): a
  // save over a text saved meanwhile in another window, or over a restore, is refused.
  const guard = useSaveGuard(isFinal ? undefined : { updatedAt: current?.updatedAt ?? NOT_STORED })
  const draft = useFormDraft({
    form: MINUTES_FORM,
    recordId: facts.meeting.id,
    clusterId: cluster.id,
    version: 1,
    value,
    saved: savedValue,
    enabled: !isFinal,
    onRestore: (restored) => setBody(restored.body),
    guard
  })
  useUnsavedChanges(!isFinal && body !== savedBody, draft.forget)
  const [confirming, setConfirming] = useState<'finalise' | 'export' | null>(null)
  const [regenerating, setRegenerating] = useState<ReturnType<typeof compareWithGenerated> | null>(
    null
  )
  const [checking, setChecking] = useState(false)
  const warnings = useMemo(() => findContradictionIssues(body, facts), [body, facts])
  const blocking = useMemo(
    () =>
      isFinal
        ? []
        : [
            ...(meetingDirty ? [UNSAVED_MEETING] : []),
            ...checkMinutesBeforeFinalising(facts, body)
          ],
    [isFinal, meetingDirty, facts, body]
  )
  const recordOf = (m: Minutes | null) =>
    m?.documentId ? register.find((r) => r.id === m.documentId) : undefined
  const number = recordOf(isFinal ? current : null)
  const model = useMemo(
    () =>
      buildMinutesDocument(
        facts,
        body,
        number ? { number: number.number, typeCode: number.typeCode } : null,
        profile
      ),
    [facts, body, number, profile]
  )
  const bodyToSave = body === generated ? '' : body

  /** Saves the text; returns the stamp finalising must find, or null when refused as stale. */
  const saveText = async (base = guard.base()): Promise<SaveBase | null> => {
    draft.hold()
    try {
      const row = await saveMinutesBody(db, facts.meeting.id, bodyToSave, base)
      setSavedBody(body)
      guard.accept({ updatedAt: row.updatedAt })
      return { ...base, updatedAt: row.updatedAt }
    } catch (error) {
      draft.resume()
      if (guard.refuse(error)) return null
      throw error
    }
  }

  const saveAndSay = (base?: SaveBase) =>
    actions.run(async () =>
      (await saveText(base)) ? 'Đã lưu nội dung biên bản.' : 'Chưa lưu nội dung biên bản.'
    )

  /** The text as stored now becomes what the editor starts from, dropping what was typed. */
  const reload = () => {
    draft.forget()
    setSavedBody(storedBody)
    setBody(storedBody)
    guard.accept({ updatedAt: current?.updatedAt ?? NOT_STORED })
    actions.setMessage('Đã tải lại nội dung biên bản đang lưu.')
  }

  const goTo = (issue: FinaliseIssue) => {
    if (issue.field === 'body' && issue.line && box.current) goToLine(box.current, issue.line)
    else goToField(issue.field)
  }

  const askToFinalise = () => {
    setChecking(true)
    if (blocking.length > 0) {
      onFactsRefused(blocking.filter((i) => i.field && i.field !== 'body'))
      return
    }
    if (warnings.length) setConfirming('finalise')
    else void finalise()
  }

  const finalise = () =>
    actions.run(async () => {
      const saved = await saveText()
      if (!saved) return 'Chưa hoàn tất biên bản.'
      const row = await finaliseMinutes(db, facts.meeting.id, saved)
      const record = (await listDocuments(db, cluster.id)).find((r) => r.id === row.documentId)
      return `Đã hoàn tất biên bản, số ${documentSymbol(record!.number, 'BB', cluster.symbol)}.`
    })

  const regenerate = () => {
    const comparison = compareWithGenerated(body, facts)
    if (comparison.differs) setRegenerating(comparison)
    else actions.setMessage('Nội dung biên bản đã đúng như tạo từ số liệu hiện tại.')
  }

  const exportMinutes = () =>
    actions.run(async () => {
      if (isFinal && current) {
        const { symbol, result } = await exportNumbered(db, {
          cluster,
          year: facts.year.year,
          typeCode: 'BB',
          label: 'Biên bản',
          title: facts.meeting.title,
          issuedOn: facts.meeting.date,
          sourceTable: 'minutes',
          sourceId: current.id,
          build: (n) => buildMinutesDocument(facts, current.body, n, profile)
        })
        return { message: exportMessage(symbol, result), saved: result.ok ? result.value : null }
      }
      const result = await exportUnnumbered('Biên bản', facts.meeting.title, model)
      return { message: exportMessage(null, result), saved: result.ok ? result.value : null }
    })

  const placeholderLines = checking
    ? blocking.filter((i) => i.field === 'body' && i.line).map((i) => i.line)
    : []
  const bodyError = placeholderLines.length
    ? `Còn chỗ chưa điền ở dòng ${[...new Set(placeholderLines)].join(', ')} (xem danh sách dưới đây).`
    : ''

  return (
    <section className="panel minutes" aria-labelledby="minutes-title">
      <MinutesHeading
        clusterSymbol={cluster.symbol}
        number={number}
        amending={Boolean(current?.amendsMinutesId) && !isFinal}
        finalised={finalised.flatMap((m) => recordOf(m) ?? [])}
      />
      {isFinal ? null : (
        <RecordChangedBanner
          guard={guard}
          dirty={body !== savedBody}
          compare={() => compareLines('Nội dung', body, storedBody)}
          onReload={reload}
          onOverwrite={() => saveAndSay(guard.overwrite())}
        />
      )}
      <DraftOfferBanner draft={draft} what="nội dung biên bản" />
      <MinutesTextPanel
        body={body}
        readOnly={isFinal || draft.offer !== null}
        onChange={setBody}
        boxRef={box}
        warnings={warnings}
        error={bodyError}
      />
      {regenerating ? (
        <RegenerateConfirm
          lostLines={regenerating.lostLines}
          newLines={regenerating.newLines}
          onReplace={() => (setBody(generated), setRegenerating(null))}
          onKeep={() => setRegenerating(null)}
        />
      ) : null}
      {checking && !isFinal ? (
        <FinaliseChecklist issues={blocking} onGo={goTo} onClose={() => setChecking(false)} />
      ) : null}
      <div className="form-actions no-print">
        {!isFinal ? (
          <>
            <button type="button" className="button" onClick={() => saveAndSay()}>
              Lưu nội dung biên bản
            </button>
            <button type="button" className="button" onClick={regenerate}>
              Tạo lại từ số liệu
            </button>
            {confirming === 'finalise' ? (
              <button
                type="button"
                className="button danger"
                onClick={() => (setConfirming(null), void finalise())}
              >
                Vẫn hoàn tất dù nội dung khác số liệu
              </button>
            ) : (
              <button type="button" className="button primary" onClick={askToFinalise}>
                Hoàn tất biên bản và cấp số
              </button>
            )}
            <DraftKeptNote draft={draft} unsaved={body !== savedBody} />
          </>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() =>
              actions.run(
                async () => (
                  await amendMinutes(db, facts.meeting.id),
                  'Đã mở bản đính chính: có thể sửa hội nghị và biên bản.'
                )
              )
            }
          >
            Lập bản đính chính
          </button>
        )}
        {confirming === 'export' ? (
          <button
            type="button"
            className="button danger"
            onClick={() => (setConfirming(null), void exportMinutes())}
          >
            Vẫn xuất Word
          </button>
        ) : (
          <button
            type="button"
            className={isFinal ? 'button primary' : 'button'}
            onClick={() =>
              warnings.length && !isFinal ? setConfirming('export') : void exportMinutes()
            }
          >
            {isFinal ? 'Xuất Word' : 'Xuất Word (bản nháp)'}
          </button>
        )}
        <ExportPdfButton
          build={() => model}
          name={{
            label: 'Biên bản',
            symbol: number ? documentSymbol(number.number, 'BB', cluster.symbol) : null,
            title: facts.meeting.title
          }}
          actions={actions}
        />
        <button type="button" className="button" onClick={printDocument}>
          In
        </button>
      </div>
      <MeetingDocumentsActions
        cluster={cluster}
        facts={facts}
        profile={profile}
        actions={actions}
      />
      <h3 className="no-print">Xem trước bản in</h3>
      <DocumentPreview model={model} />
    </section>
  )
}
