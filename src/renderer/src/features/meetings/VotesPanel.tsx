import type { Cluster } from '@core/model/entities'
import { emptyVote, patchAt, removeAt, type MeetingPanelProps } from './meeting-form'
import { VoteEditor } from './VoteEditor'

/** "Biểu quyết": every vote of the meeting, each with its figures checked as they are typed. */
export function VotesPanel({
  form,
  update,
  year,
  nameOf,
  errorOf,
  cluster
}: MeetingPanelProps & { cluster: Cluster }) {
  return (
    <>
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
          onChange={(patch) => update((f) => ({ ...f, votes: patchAt(f.votes, i, patch) }))}
          onRemove={() => update((f) => ({ ...f, votes: removeAt(f.votes, i) }))}
          error={errorOf(`votes.${i}`)}
        />
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => update((f) => ({ ...f, votes: [...f.votes, emptyVote()] }))}
      >
        Thêm biểu quyết
      </button>
    </>
  )
}
