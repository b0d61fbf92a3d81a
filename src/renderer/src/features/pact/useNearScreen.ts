import { useEffect, useRef, useState } from 'react'

/**
 * Whether the element is on screen or within a screen's height of it, from then on. A panel of
 * 300 rows far down the pact draws them only when the secretary scrolls near (issue 13): opening
 * the pact then lays out none of them, and they are drawn before they come into view. With
 * `watch` false, or where the page cannot watch (tests), the answer is yes from the start.
 */
export function useNearScreen<E extends Element>(watch: boolean) {
  const ref = useRef<E>(null)
  const [near, setNear] = useState(!watch || typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true)
      },
      { rootMargin: '100% 0px' }
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near])
  return { ref, near: near || !watch }
}
