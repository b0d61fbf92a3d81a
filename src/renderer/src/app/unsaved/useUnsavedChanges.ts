import { useContext, useEffect, useLayoutEffect, useMemo, useState } from 'react'
import { DirtyFormsContext } from './context'

/**
 * Every editor form calls this with whether it differs from what is saved. While it does,
 * leaving by the navigation, Back, a reload or closing the window asks first
 * (`UnsavedChangesGuard`).
 *
 * `release()` is for the form's own navigation right after a save: the saved state reaches the
 * form one render later, so the form says "nothing unsaved" at once instead of being asked.
 * `onLeave` runs when the user answers "Rời đi không lưu" (a form with a draft drops it).
 */
export function useUnsavedChanges(isDirty: boolean, onLeave?: () => void): { release(): void } {
  const forms = useContext(DirtyFormsContext)
  const [key] = useState(() => Symbol('form'))
  // After every render, so a release is overridden as soon as the form is edited again; in the
  // commit itself (a layout effect), so a close asked right after a save sees the saved state.
  useLayoutEffect(() => {
    forms?.set(key, isDirty, onLeave)
  })
  useEffect(() => () => forms?.set(key, false), [forms, key])
  return useMemo(() => ({ release: () => forms?.set(key, false) }), [forms, key])
}
