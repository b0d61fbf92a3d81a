import type { useFormIssues } from './useFormIssues'
import './forms.css'

interface Props {
  refused: ReturnType<typeof useFormIssues>
  /** "Chưa lưu", "Chưa lưu được"… */
  what?: string
}

/**
 * Beside the button that was pressed: that the save was refused and how many places need a
 * change (each is marked beside its field, and the cursor is on the first), with in full every
 * message that has no field of its own on the screen.
 */
export function SaveRefusalNote({ refused, what = 'Chưa lưu' }: Props) {
  const { issues, placeless } = refused
  if (issues.length === 0) return null
  const marked = issues.length - placeless.length
  return (
    <div ref={refused.near} tabIndex={-1} className="refusal-note" role="status">
      <strong>{what}.</strong>{' '}
      {marked > 0
        ? `Có ${marked} chỗ cần sửa, ghi bằng chữ đỏ ngay dưới từng mục (con trỏ đã ở chỗ đầu tiên).`
        : ''}
      {placeless.length > 0 ? (
        <ul>
          {placeless.map((issue) => (
            <li key={issue.field + issue.message}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
