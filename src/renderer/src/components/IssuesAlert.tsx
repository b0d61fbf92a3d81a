import type { FieldIssue } from '@core/model/validation'

/**
 * The summary shown when input is refused: "Chưa lưu" and every problem in Vietnamese, announced
 * to screen readers. Renders nothing when there is no problem.
 */
export function IssuesAlert({ issues }: { issues: FieldIssue[] }) {
  if (issues.length === 0) return null
  return (
    <div role="alert" className="alert error">
      <p>
        <strong>Chưa lưu.</strong> Vui lòng sửa các mục sau:
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={issue.field + issue.message}>{issue.message}</li>
        ))}
      </ul>
    </div>
  )
}
