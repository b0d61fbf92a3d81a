import { CommitmentTree } from './CommitmentTree'
import type { PactForm } from './pact-form'

type TextKey = 'title' | 'basis' | 'preamble' | 'immediateTask' | 'closing'

interface Props {
  form: PactForm
  locked: boolean
  update(change: (form: PactForm) => PactForm): void
}

/** "Nội dung giao ước": title, căn cứ, opening, the numbered commitments, tasks and closing. */
export function PactTextPanel({ form, locked, update }: Props) {
  const text = (key: TextKey, id: string, label: string, rows?: number) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {rows ? (
        <textarea
          id={id}
          rows={rows}
          value={form[key]}
          onChange={(e) => update((f) => ({ ...f, [key]: e.target.value }))}
        />
      ) : (
        <input
          id={id}
          value={form[key]}
          onChange={(e) => update((f) => ({ ...f, [key]: e.target.value }))}
        />
      )}
    </div>
  )
  return (
    <section className="panel" aria-labelledby="pact-text">
      <h2 id="pact-text">Nội dung giao ước</h2>
      {text('title', 'pact-title', 'Tiêu đề')}
      {text('basis', 'pact-basis', 'Căn cứ (mỗi dòng một căn cứ)', 3)}
      {text('preamble', 'pact-preamble', 'Lời mở đầu (để trống: câu mặc định)', 2)}
      <CommitmentTree
        rows={form.commitments}
        disabled={locked}
        onChange={(commitments) => update((f) => ({ ...f, commitments }))}
      />
      {text('immediateTask', 'pact-task', 'Nhiệm vụ trước mắt', 3)}
      {text('closing', 'pact-closing', 'Đoạn kết (để trống: số bản và nơi giữ theo mặc định)', 2)}
    </section>
  )
}
