import { useCallback, useRef } from 'react'
import type { FieldIssue } from '@core/model/validation'
import { messagesOf } from '../../components/form-issues'

/**
 * `errorOf` for the pact's panels that changes only when the messages shown change: the form's
 * issues are filtered anew on every keystroke (a corrected field stops being marked), and a new
 * `errorOf` each time would redraw every panel, the 300-row tables with them.
 */
export function useSteadyErrors(issues: FieldIssue[]): (field: string) => string {
  const kept = useRef(issues)
  const before = kept.current
  if (
    before !== issues &&
    (before.length !== issues.length || issues.some((x, i) => x !== before[i]))
  )
    kept.current = issues
  const steady = kept.current
  return useCallback((field: string) => messagesOf(steady, field), [steady])
}
