import { useContext, useEffect, useMemo, useState } from 'react'
import { DirtyFormsContext } from './context'

/**
 * Every editor form calls this with whether it differs from what is saved. While it does,
 * leaving by the navigation, Back, a reload or closing the window asks first
 * (`UnsavedChangesGuard`).
 *
 * `release()` is for the form's own navigation right after a save: the saved state reaches the
 * form one render later, so the form says "nothing unsaved" at once instead of being asked.
 */
export function useUnsavedChanges(isDirty: boolean): { release(): void } {
  const forms = useContext(DirtyFormsContext)
  const [key] = useState(() => Symbol('form'))
  // After every render, so a release is overridden as soon as the form is edited again.
  useEffect(() => {
    forms?.set(key, isDirty)
  })
  useEffect(() => () => forms?.set(key, false), [forms, key])
  return useMemo(() => ({ release: () => forms?.set(key, false) }), [forms, key])
}
