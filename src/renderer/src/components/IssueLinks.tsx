import type { FieldIssue } from '@core/model/validation'
import { goToField } from './form-issues'
import './forms.css'

interface Props {
  issues: FieldIssue[]
  /** Takes the secretary to an issue's place; by default the field marked for it. */
  onGo?(issue: FieldIssue): void
}

/**
 * A list of problems where each one that has a place is a link to it: pressing it moves the
 * cursor to the field (or the line of a text) the problem is about.
 */
export function IssueLinks({ issues, onGo }: Props) {
  const go = onGo ?? ((issue: FieldIssue) => goToField(issue.field))
  return (
    <ul className="issue-links">
      {issues.map((issue, i) => (
        <li key={`${i}-${issue.field}`}>
          {issue.field ? (
            <button type="button" className="link-button" onClick={() => go(issue)}>
              {issue.message}
            </button>
          ) : (
            issue.message
          )}
        </li>
      ))}
    </ul>
  )
}
