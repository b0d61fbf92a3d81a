import type { Cluster } from '@core/model/entities'
import type { AttendanceSummary } from '@core/rules/meetings'
import { patchAt, removeAt, type MeetingPanelProps } from './meeting-form'
import { emptyVote } from './vote-form'
import { VoteEditor } from './VoteEditor'

/** "Biểu quyết": every vote of the meeting, each with its figures checked as they are typed. */
export function VotesPanel({
  form,
  update,
  year,
  nameOf,
  issues,
  cluster,
  summary
}: MeetingPanelProps & { cluster: Cluster; summary: AttendanceSummary | null }) {
  return (
    <section aria-labelledby="votes-title" data-field="votes">
      <h2 id="votes-title">Biểu quyết</h2>
      {form.votes.length === 0 ? (
        <p className="muted">
          Chưa có biểu quyết. Mỗi lần biểu quyết ghi mục đích, hình thức, ai biểu quyết và số đồng
          ý, không đồng ý, không biểu quyết của từng phương án; tỷ lệ và kết quả được tính theo quy
          định của cụm.
        </p>
      ) : null}
      {form.votes.map((vote, i) => (
        <VoteEditor
          key={vote.id ?? `v${i}`}
          index={i}
          vote={vote}
          attendance={summary}
          rules={cluster.rules}
          memberUnitIds={year?.memberUnitIds ?? []}
          nameOf={nameOf}
          onChange={(next) => update((f) => ({ ...f, votes: patchAt(f.votes, i, next) }))}
          onRemove={() => update((f) => ({ ...f, votes: removeAt(f.votes, i) }))}
          issues={issues}
        />
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => update((f) => ({ ...f, votes: [...f.votes, emptyVote(cluster.rules)] }))}
      >
        Thêm biểu quyết
      </button>
    </section>
  )
}
