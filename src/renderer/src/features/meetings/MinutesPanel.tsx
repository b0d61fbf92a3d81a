import type { Cluster } from '@core/model/entities'
import type { FieldIssue } from '@core/model/validation'
import { useDocumentRecords, useFormatProfile, useMeetingFacts, useMinutesOf } from '../../db/hooks'
import { useDocumentExport } from '../../documents/useDocumentExport'
import { MinutesEditor } from './MinutesEditor'

/** The minutes of a saved meeting: text, checks against the facts, finalising, documents. */
export function MinutesPanel({
  cluster,
  meetingId,
  meetingDirty,
  onFactsRefused
}: {
  cluster: Cluster
  meetingId: string
  meetingDirty: boolean
  onFactsRefused(issues: FieldIssue[]): void
}) {
  const facts = useMeetingFacts(meetingId)
  const minutes = useMinutesOf(meetingId)
  const profile = useFormatProfile(cluster.id)
  // Only the register entries of these minutes: the editor shows their numbers.
  const register = useDocumentRecords(minutes?.flatMap((m) => (m.documentId ? [m.documentId] : [])))
  // Kept here, not in the editor below, so the message survives the editor being rebuilt when the
  // minutes row it shows changes.
  const actions = useDocumentExport()
  if (!facts || !minutes || !profile || !register) return <p role="status">Đang tải biên bản…</p>
  const draft = minutes.find((m) => m.status === 'draft') ?? null
  const finalised = minutes.filter((m) => m.status === 'finalised')
  const current = facts.meeting.status === 'finalised' ? (finalised.at(-1) ?? null) : draft
  // A fresh editor when the minutes are finalised or a correction opened — not when another
  // window saves the text: the editor then says so and offers to compare or reload, rather than
  // dropping what is typed here.
  return (
    <MinutesEditor
      key={`${facts.meeting.status}-${finalised.length}`}
      cluster={cluster}
      facts={facts}
      current={current}
      finalised={finalised}
      profile={profile}
      register={register}
      actions={actions}
      meetingDirty={meetingDirty}
      onFactsRefused={onFactsRefused}
    />
  )
}
