import { useEffect, useState } from 'react'
import { getDesktopApi } from './desktop-api'

/** Whether the page runs in the desktop app (null until known): the browser build cannot print PDFs. */
export function useIsDesktop(): boolean | null {
  const [isDesktop, setIsDesktop] = useState<boolean | null>(null)
  useEffect(() => {
    let alive = true
    void getDesktopApi()
      .app.getInfo()
      .then((info) => alive && setIsDesktop(info.ok && info.value.isDesktop))
    return () => {
      alive = false
    }
  }, [])
  return isDesktop
}
