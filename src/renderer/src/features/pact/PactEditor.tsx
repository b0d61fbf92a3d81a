import { useCallback, useMemo, useRef, useState } from 'react'
import { documentSymbol } from '@core/documents/kinds/common'
import type { Cluster, ClusterYear } from '@core/model/entities'
import { ValidationError } from '@core/model/validation'
import { resolveSignatories } from '@core/rules/pact'
import { formatDateVi } from '@core/text/dates'
import { compareForms } from '../../components/concurrency/compare'
import { RecordChangedBanner } from '../../components/concurrency/RecordChangedBanner'
import { useSaveGuard } from '../../components/concurrency/useSaveGuard'
import { VIRTUAL_FROM } from '../../components/useWindowRows'
import { DraftKeptNote, DraftOfferBanner } from '../../components/drafts/DraftOfferBanner'
import { useFormDraft } from '../../components/drafts/useFormDraft'
import { FieldShell } from '../../components/FieldShell'
import { IssuesAlert } from '../../components/IssuesAlert'
import { SaveRefusalNote } from '../../components/SaveRefusalNote'
import { useFormIssues } from '../../components/useFormIssues'
import { useUnsavedChanges } from '../../app/unsaved/useUnsavedChanges'
import type { SaveBase } from '../../db/concurrency'
import { useDatabase } from '../../db/DatabaseContext'
import type { PactScreenData } from '../../db/queries/pact-screen'
import {
  correctPactSigning,
  PACT_FORM,
  savePact,
  signPact,
  type PactRecord
} from '../../db/repositories/pact-repo'
import { DocumentPreview } from '../../documents/DocumentPreview'
import { CriteriaPanel } from './CriteriaPanel'
import {
  isDirty,
  pactCompareSpec,
  PACT_DRAFT_VERSION,
  pactFactsOf,
  pactFieldValues,
  toPactForm,
  toPactInput,
  type PactForm
} from './pact-form'
import { PactDocumentsPanel } from './PactDocumentsPanel'
import { PactTextPanel } from './PactTextPanel'
import { initialSigning, type SigningState } from './signing-form'
import { SignatoriesPanel } from './SignatoriesPanel'
import { SigningPanel } from './SigningPanel'
import { TrackingPanel } from './TrackingPanel'
import { usePactPreview } from './usePactPreview'
import { useSteadyErrors } from './useSteadyErrors'
import { usePactParts } from './usePactParts'

/** What the form starts from: the pact's stamp and the ids of its commitments and criteria. */
const stampOf = (updatedAt: string, form: Pick<PactForm, 'commitments' | 'criteria'>) => ({
  updatedAt,
  children: {
    commitments: form.commitments.map((c) => c.id),
    criteria: form.criteria.map((c) => c.id)
  }
})

/** The form's messages are about the fields they name (the default, kept as one function). */
const sameField = (field: string) => field

/** The screen's data (`loadPactScreen`) for a year that has its pact. */
type Props = Pick<
  PactScreenData,
  'units' | 'people' | 'previous' | 'profile' | 'entry' | 'meetings' | 'progress'
> & { cluster: Cluster; year: ClusterYear; record: PactRecord }

/** What the pact's draft keeps: the form, and an amendment being written with its reason. */
interface PactDraft {
  form: PactForm
  amending: boolean
  reason: string
}

/**
 * One year's pact: its text, criteria and signatories (editable while a draft, or in an amendment
 * with a reason once signed; typed work kept as a draft until saved), signing with its date and
 * its correction, tracking, its documents and the live print preview. A change made meanwhile in
 * another window, or a restore, is noticed and never written over unasked.
 */
export function PactEditor(props: Props) {
  const { cluster, year, record, units, people, previous, profile, entry, meetings } = props
  const db = useDatabase()
  const signed = record.pact.status === 'signed'
  const [amending, setAmending] = useState(false)
  const [reason, setReason] = useState('')
  const locked = signed && !amending
  const resolved = useMemo(
    () => resolveSignatories(record.pact, year, units, people),
    [record.pact, year, units, people]
  )
  const stored = useMemo(() => toPactForm(record, resolved), [record, resolved])
  const [saved, setSaved] = useState<PactForm>(stored)
  const [form, setForm] = useState(saved)
  const [status, setStatus] = useState('')
  const [typedSigning, setSigning] = useState<SigningState | null>(null)
  const signing = useMemo(
    () => typedSigning ?? initialSigning(record.pact, meetings),
    [typedSigning, record.pact, meetings]
  )
  const [correcting, setCorrecting] = useState(false)
  // Which button's save was refused: its note is shown beside that button.
  const [refusedAt, setRefusedAt] = useState<'text' | 'signing'>('text')
  const dirty = isDirty(form, saved) || reason.trim() !== ''

  const values = useMemo(
    () => ({
      ...pactFieldValues(form),
      amendment: reason || signing.reason,
      signedOn: signing.signedOn,
      signingMeetingId: signing.meetingId
    }),
    [form, reason, signing]
  )
  const refused = useFormIssues<HTMLDivElement>(values, sameField)
  const errorOf = useSteadyErrors(refused.issues)
  const draftValue = useMemo(() => ({ form, amending, reason }), [form, amending, reason])
  const draftSaved = useMemo(() => ({ form: saved, amending: false, reason: '' }), [saved])
  const guard = useSaveGuard(stampOf(record.pact.updatedAt, stored))
  const draft = useFormDraft<PactDraft>({
    form: PACT_FORM,
    recordId: record.pact.id,
    clusterId: cluster.id,
    version: PACT_DRAFT_VERSION,
    value: draftValue,
    saved: draftSaved,
    enabled: !signed || amending,
    // A signed pact takes back an amendment typed before the window closed (it can always be amended).
    offerable: true,
    onRestore: (restored) => {
      setForm(restored.form)
      setAmending(signed && restored.amending)
      setReason(restored.reason)
    },
    guard
  })
  useUnsavedChanges(dirty || (correcting && typedSigning !== null), draft.forget)

  const { unitNameOf, signerNameOf, previousCriteria, text, issued } = usePactParts({
    form,
    year,
    units,
    resolved,
    previous,
    entry
  })
  const facts = useMemo(
    () => pactFactsOf(form, record.pact, { cluster, year, units, people }),
    [form, record.pact, cluster, year, units, people]
  )
  const model = usePactPreview(facts, profile, issued)

  /** Runs a save; refused, the cursor goes to the first wrong field and the draft stays. */
  async function attempt(where: 'text' | 'signing', action: () => Promise<string>) {
    setRefusedAt(where)
    draft.hold()
    try {
      setStatus(await action())
      refused.clear()
    } catch (error) {
      setStatus('')
      draft.resume()
      if (!guard.refuse(error)) await refused.refuse(error, document)
    }
  }

  const save = (base: SaveBase | undefined = guard.base()) =>
    attempt('text', async () => {
      const input = toPactInput(form)
      const pact = await savePact(db, record.pact.id, input, amending ? reason : '', base)
      setSaved(form)
      guard.accept(stampOf(pact.updatedAt, form))
      // An amendment is one change: the pact is locked again once it is saved.
      setAmending(false)
      setReason('')
      return amending ? 'Đã lưu sửa đổi; nhật ký thay đổi ghi lại lý do.' : 'Đã lưu giao ước.'
    })

  const sign = () =>
    attempt('signing', async () => {
      const draftPact = await savePact(db, record.pact.id, toPactInput(form), '', guard.base())
      setSaved(form)
      // Signing may still be refused: the text just saved is this form's own change.
      guard.accept(stampOf(draftPact.updatedAt, form))
      const pact = await signPact(db, record.pact.id, signing.signedOn, signing.meetingId)
      return `Đã ký kết giao ước ngày ${formatDateVi(pact.signedOn)}.`
    })

  const correct = () =>
    attempt('signing', async () => {
      if (!signing.reason.trim())
        throw new ValidationError([
          {
            field: 'amendment',
            message:
              'Lý do đính chính: hãy ghi vì sao sửa ngày ký (ví dụ: ghi nhầm ngày so với biên bản hội nghị).'
          }
        ])
      const pact = await correctPactSigning(
        db,
        record.pact.id,
        { signedOn: signing.signedOn, signingMeetingId: signing.meetingId },
        signing.reason
      )
      setCorrecting(false)
      setSigning(null)
      guard.accept(stampOf(pact.updatedAt, saved))
      return `Đã đính chính ngày ký thành ${formatDateVi(pact.signedOn)}; nhật ký ghi lại lý do.`
    })

  // The signing panel keeps its callbacks from one render to the next: it redraws only when its
  // own state changes, not on each keystroke in the text above.
  const actions = useRef({ sign, correct })
  actions.current = { sign, correct }
  // The documents are built from the form as it stands when a button is pressed.
  const latestFacts = useRef(facts)
  latestFacts.current = facts
  const factsNow = useCallback(() => latestFacts.current, [])
  const onSign = useCallback(() => void actions.current.sign(), [])
  const onCorrect = useCallback(() => void actions.current.correct(), [])
  const onCorrecting = useCallback((on: boolean) => (setCorrecting(on), setSigning(null)), [])
  const note = <SaveRefusalNote refused={refused} what="Chưa lưu được" />

  function reload() {
    draft.forget()
    refused.clear()
    setSaved(stored)
    setForm(stored)
    setAmending(false)
    setReason('')
    guard.accept(stampOf(record.pact.updatedAt, stored))
    setStatus('Đã tải lại bản đang lưu.')
  }

  // A long table places its rows from where its body starts, read once when drawn
  // (`useWindowRows`): the panels above it are then laid out at once, with their true height.
  const short = Math.max(year.memberUnitIds.length, form.signatories.length) < VIRTUAL_FROM
  return (
    <>
      <div className={short ? 'no-print pact-editor short-tables' : 'no-print pact-editor'}>
        <p className={signed ? 'notice' : 'muted'}>
          {signed
            ? `Đã ký ngày ${formatDateVi(record.pact.signedOn)}. Giao ước đã ký được khóa; muốn thay đổi phải ghi lý do sửa đổi.`
            : 'Bản dự thảo: chỉnh sửa, rồi ký kết ở cuối trang.'}
        </p>
        <RecordChangedBanner
          guard={guard}
          dirty={dirty}
          compare={() => compareForms(form, stored, pactCompareSpec(unitNameOf))}
          onReload={reload}
          onOverwrite={() => save(guard.overwrite())}
        />
        <DraftOfferBanner draft={draft} what="giao ước" />
        {signed ? (
          amending ? (
            <FieldShell
              label="Lý do sửa đổi (bắt buộc)"
              field="amendment"
              error={errorOf('amendment')}
            >
              {(control) => (
                <input {...control} value={reason} onChange={(e) => setReason(e.target.value)} />
              )}
            </FieldShell>
          ) : (
            <button type="button" className="button" onClick={() => setAmending(true)}>
              Sửa đổi sau khi ký
            </button>
          )
        ) : null}
        <IssuesAlert issues={refused.issues} title="Chưa lưu được." />

        <fieldset className="plain" disabled={locked || draft.offer !== null}>
          <PactTextPanel text={text} locked={locked} update={setForm} errorOf={errorOf} />
          <CriteriaPanel
            criteria={form.criteria}
            declared={form.declared}
            update={setForm}
            errorOf={errorOf}
            previous={previousCriteria}
          />
          <SignatoriesPanel
            cluster={cluster}
            signatories={form.signatories}
            witness={form.witness}
            update={setForm}
            errorOf={errorOf}
            unitNameOf={signerNameOf}
          />
        </fieldset>

        <div className="form-actions">
          <button type="button" className="button primary" onClick={() => save()} disabled={locked}>
            {amending ? 'Lưu sửa đổi' : 'Lưu giao ước'}
          </button>
          <span role="status" className="save-status">
            {status}
          </span>
          <DraftKeptNote draft={draft} unsaved={dirty} />
        </div>
        {refusedAt === 'text' ? note : null}

        <SigningPanel
          pact={record.pact}
          meetings={meetings}
          state={signing}
          onChange={setSigning}
          correcting={correcting}
          onCorrecting={onCorrecting}
          onSign={onSign}
          onCorrect={onCorrect}
          errorOf={errorOf}
          note={refusedAt === 'signing' ? note : null}
          numberText={issued ? documentSymbol(issued.number, issued.typeCode, cluster.symbol) : ''}
        />

        <TrackingPanel
          year={year}
          commitments={record.commitments}
          progress={props.progress}
          unitNameOf={unitNameOf}
        />

        {profile ? (
          <PactDocumentsPanel
            factsNow={factsNow}
            hasCriteria={form.criteria.length > 0}
            progress={props.progress}
            profile={profile}
            year={year}
            unitNameOf={unitNameOf}
            issued={issued}
          />
        ) : null}
      </div>
      {model ? <DocumentPreview model={model} /> : null}
    </>
  )
}
