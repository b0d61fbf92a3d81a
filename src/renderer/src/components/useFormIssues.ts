import { useCallback, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { issuesFrom, type FieldIssue } from '@core/model/validation'
import { sameValue } from '../lib/same-value'
import { focusFirstError } from './focus-first-error'
import { messagesOf, placelessIssues, valueAt } from './form-issues'

/**
 * The messages of a form's last refused save and where they go (issue 10, point 5): `errorOf`
 * gives each field its own, `refuse` takes the secretary to the first wrong field, and the
 * messages with no place on the screen are kept for the note beside the button
 * (`SaveRefusalNote`), so nothing is said only at the top of a long page.
 *
 * `values` are the form's values named by the repository's paths: a message stops showing as soon
 * as the value it is about is changed, so a corrected field is never left marked wrong. `scope`
 * widens what a message is about (a vote's figures depend on each other: any change to the vote
 * settles them, and the vote's own live checks take over).
 */
export function useFormIssues<T extends HTMLElement = HTMLFormElement>(
  values?: unknown,
  scope: (field: string) => string = (field) => field
) {
  const ref = useRef<T>(null)
  const near = useRef<HTMLDivElement>(null)
  const [refused, setRefused] = useState<{
    issues: FieldIssue[]
    values: unknown
    /** `save`: the form's own save was refused; `check`: another action's check (finalising). */
    origin: 'save' | 'check'
  }>({ issues: [], values: undefined, origin: 'save' })
  const [placeless, setPlaceless] = useState<FieldIssue[]>([])

  const refuse = useCallback(
    async (error: unknown, root?: ParentNode | null) => {
      const list = issuesFrom(error)
      // The fields marked wrong are drawn before one is looked for: a long table draws the line
      // of a message only once the message is known (useWindowRows' `keep`).
      flushSync(() => setRefused({ issues: list, values, origin: 'save' }))
      const found = await focusFirstError(root ?? ref.current)
      setPlaceless(placelessIssues(list, root ?? ref.current ?? document))
      if (!found) near.current?.focus()
      return list
    },
    [values]
  )

  /** Marks the fields another action found wrong (finalising), without moving the cursor. */
  const show = useCallback(
    (list: FieldIssue[]) => {
      setRefused({ issues: list, values, origin: 'check' })
      setPlaceless([])
    },
    [values]
  )

  const clear = useCallback(() => {
    setRefused({ issues: [], values: undefined, origin: 'save' })
    setPlaceless([])
  }, [])

  const issues = useMemo(
    () =>
      values === undefined
        ? refused.issues
        : refused.issues.filter((i) => {
            const about = i.field && scope(i.field)
            return !about || sameValue(valueAt(refused.values, about), valueAt(values, about))
          }),
    [refused, values, scope]
  )

  const errorOf = useCallback((field: string) => messagesOf(issues, field), [issues])

  const shownPlaceless = useMemo(
    () => placeless.filter((p) => issues.includes(p)),
    [placeless, issues]
  )

  return useMemo(
    () => ({
      ref,
      near,
      issues,
      origin: refused.origin,
      placeless: shownPlaceless,
      errorOf,
      refuse,
      show,
      clear
    }),
    [issues, refused.origin, shownPlaceless, errorOf, refuse, show, clear]
  )
}
