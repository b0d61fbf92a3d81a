import { useEffect, useState } from 'react'

/**
 * False on the first renders, true once the page has been idle (at most `timeoutMs` later): for
 * work a screen can show a moment after it is usable, such as a print preview that lays out a
 * whole document, so that it never holds back the screen's own data and first paint.
 */
export function useWhenIdle(timeoutMs = 1000): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: timeoutMs })
      return () => window.cancelIdleCallback(id)
    }
    const id = window.setTimeout(() => setIdle(true), 50)
    return () => window.clearTimeout(id)
  }, [timeoutMs])
  return idle
}
