import { useEffect, useState, type ReactNode } from 'react'
import { useBlocker } from 'react-router'
import { getDesktopApi } from '../../lib/desktop-api'
import { LeaveDialog } from '../../components/LeaveDialog'
import { DirtyFormsContext } from './context'
import { DirtyForms } from './dirty-forms'

/**
 * Keeps typed work from being lost (issue 10, point 4). While a form registered with
 * `useUnsavedChanges` holds unsaved changes:
 * - moving to another screen (navigation, Back, a link) shows the question "Ở lại" /
 *   "Rời đi không lưu";
 * - a reload or closing the browser tab triggers the browser's own question (`beforeunload`);
 * - closing the desktop window asks the same question: main holds the close until it is answered.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const [forms] = useState(() => new DirtyForms())
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      forms.any() && currentLocation.pathname !== nextLocation.pathname
  )
  const [closing, setClosing] = useState(false)

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!forms.any()) return
      event.preventDefault()
      // Older Chromium (and Electron) only ask when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [forms])

  useEffect(() => {
    const app = getDesktopApi().app
    return app.onCloseRequested(() => {
      if (!forms.any()) {
        void app.answerClose({ decision: 'close' })
        return
      }
      void app.answerClose({ decision: 'asking' })
      setClosing(true)
    })
  }, [forms])

  const navigating = blocker.state === 'blocked'
  const answer = (leave: boolean) => {
    if (leave) forms.leave()
    if (navigating) {
      if (leave) blocker.proceed()
      else blocker.reset()
    }
    if (closing) {
      setClosing(false)
      void getDesktopApi().app.answerClose({ decision: leave ? 'close' : 'stay' })
    }
  }

  return (
    <DirtyFormsContext.Provider value={forms}>
      {children}
      {navigating || closing ? (
        <LeaveDialog
          closingWindow={closing && !navigating}
          onStay={() => answer(false)}
          onLeave={() => answer(true)}
        />
      ) : null}
    </DirtyFormsContext.Provider>
  )
}
