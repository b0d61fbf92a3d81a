import type { Cluster, Minutes } from '@core/model/entities'
import type { FieldIssue } from '@core/model/validation'
import type { MinutesData } from '../../db/queries/meeting-screen'
import { useDocumentExport } from '../../documents/useDocumentExport'
import { MinutesEditor } from './MinutesEditor'

/**
 * The minutes of a saved meeting: text, checks against the facts, finalising, documents. What it
 * shows (`data`, `minutes`: the meeting's minutes rows, oldest first) is read with the meeting, in
 * the same live query, so it follows every save.
 */
export function MinutesPanel({
  cluster,
  data,
  minutes,
  meetingDirty,
  onFactsRefused
}: {
  cluster: Cluster
  data: MinutesData | null
  minutes: Minutes[]
  meetingDirty: boolean
  onFactsRefused(issues: FieldIssue[]): void
}) {
  // Kept here, not in the editor below, so the message survives the editor being rebuilt when the
  // minutes row it shows changes.
  const actions = useDocumentExport()
  if (!data) return <p role="status">Đang tải biên bản…</p>
  const { facts, profile, register } = data
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
