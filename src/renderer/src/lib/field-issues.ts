import type { FieldIssue } from '@core/model/validation'

/**
 * The messages to show beside one field: its own issues and those of its parts
 * (`people.2.email` belongs to `people`), in one sentence; empty when there is none.
 */
export function fieldError(issues: FieldIssue[], field: string): string {
  return issues
    .filter((issue) => issue.field === field || issue.field.startsWith(field + '.'))
    .map((issue) => issue.message)
    .join(' ')
}
