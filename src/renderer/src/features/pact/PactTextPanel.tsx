import { memo, useCallback } from 'react'
import { FieldShell } from '../../components/FieldShell'
import { CommitmentTree } from './CommitmentTree'
import type { PactForm } from './pact-form'

type TextKey = 'title' | 'basis' | 'preamble' | 'immediateTask' | 'closing'

/** The part of the form this panel edits. */
export type PactText = Pick<PactForm, TextKey | 'commitments'>

interface Props {
  text: PactText
  locked: boolean
  update(change: (form: PactForm) => PactForm): void
  errorOf(field: string): string
}

/** "Nội dung giao ước": title, căn cứ, opening, the numbered commitments, tasks and closing. */
export const PactTextPanel = memo(function PactTextPanel({
  text: form,
  locked,
  update,
  errorOf
}: Props) {
  const onCommitments = useCallback(
    (commitments: PactForm['commitments']) => update((f) => ({ ...f, commitments })),
    [update]
  )
  const text = (key: TextKey, label: string, rows?: number) => (
    <FieldShell label={label} field={key} error={errorOf(key)}>
      {(control) => {
        const props = {
          ...control,
          value: form[key],
          onChange: (e: { target: { value: string } }) =>
            update((f) => ({ ...f, [key]: e.target.value }))
        }
        return rows ? <textarea rows={rows} {...props} /> : <input {...props} />
      }}
    </FieldShell>
  )
  return (
    <section className="panel" aria-labelledby="pact-text">
      <h2 id="pact-text">Nội dung giao ước</h2>
      {text('title', 'Tiêu đề')}
      {text('basis', 'Căn cứ (mỗi dòng một căn cứ)', 3)}
      {text('preamble', 'Lời mở đầu (để trống: câu mặc định)', 2)}
      <CommitmentTree
        rows={form.commitments}
        disabled={locked}
        onChange={onCommitments}
        errorOf={errorOf}
      />
      {text('immediateTask', 'Nhiệm vụ trước mắt', 3)}
      {text('closing', 'Đoạn kết (để trống: số bản và nơi giữ theo mặc định)', 2)}
    </section>
  )
})
