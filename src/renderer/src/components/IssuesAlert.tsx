import type { FieldIssue } from '@core/model/validation'
import { IssueLinks } from './IssueLinks'

interface Props {
  issues: FieldIssue[]
  /** The first line; "Chưa lưu." by default. */
  title?: string
  /** Takes the secretary to the place of an issue; by default the field marked for it. */
  onGo?(issue: FieldIssue): void
}

/**
 * The summary shown when input is refused: every problem in Vietnamese, announced to screen
 * readers; a problem about a field is a link that takes the secretary there. Each message is also
 * shown beside its field. Renders nothing when there is no problem.
 */
export function IssuesAlert({ issues, title = 'Chưa lưu.', onGo }: Props) {
  if (issues.length === 0) return null
  return (
    <div role="alert" className="alert error">
      <p>
        <strong>{title}</strong> Vui lòng sửa các mục sau:
      </p>
      <IssueLinks issues={issues} onGo={onGo} />
    </div>
  )
}
