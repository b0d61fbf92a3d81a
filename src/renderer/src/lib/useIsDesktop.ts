import { useEffect, useState } from 'react'
import type { DesktopApi } from '@shared/ipc/contract'
import { getDesktopApi } from './desktop-api'

/**
 * What each desktop API answered: it never changes while the page runs, and a screen opened again
 * must not be drawn a second time when the answer comes back (issue 13: Giao ước redrew its PDF
 * button after every opening). Keyed by the API so that a test's fake gets its own answer.
 */
const answered = new WeakMap<DesktopApi, boolean>()

/** Whether the page runs in the desktop app (null until known): the browser build cannot print PDFs. */
export function useIsDesktop(): boolean | null {
  const [isDesktop, setIsDesktop] = useState<boolean | null>(
    () => answered.get(getDesktopApi()) ?? null
  )
  useEffect(() => {
    let alive = true
    const api = getDesktopApi()
    if (answered.has(api)) return
    void api.app.getInfo().then((info) => {
      const value = info.ok && info.value.isDesktop
      answered.set(api, value)
      if (alive) setIsDesktop(value)
    })
    return () => {
      alive = false
    }
  }, [])
  return isDesktop
}
