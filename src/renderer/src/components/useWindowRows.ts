import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { useWindowVirtualizer } from '@tanstack/react-virtual'

/** Below this many rows a table draws them all (printing and find-in-page see every row). */
export const VIRTUAL_FROM = 150

export interface WindowRows<E extends HTMLElement> {
  /** Put on the `<tbody>`: its place on the page is where the rows start. */
  bodyRef: RefObject<E | null>
  /** The indexes of the rows to draw. */
  indexes: number[]
  /** Room to leave above and below the drawn rows (px), so the scroll bar stays true. */
  before: number
  after: number
  /** Put on each drawn row with its index (`data-index`): rows taller than usual are measured. */
  measure: (row: Element | null) => void
}

/**
 * The rows of a long table that are on screen (and a few around), for a page that scrolls as a
 * whole: 10,000 meetings draw about thirty rows, so a screen is ready as fast with thirty years of
 * data as with one. Tables under `VIRTUAL_FROM` rows draw everything.
 */
export function useWindowRows<E extends HTMLElement = HTMLTableSectionElement>(
  count: number,
  rowHeight = 41
): WindowRows<E> {
  const bodyRef = useRef<E>(null)
  const [margin, setMargin] = useState(0)
  const virtual = count >= VIRTUAL_FROM
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (virtual && body) setMargin(body.getBoundingClientRect().top + window.scrollY)
  }, [virtual, count])
  const rows = useWindowVirtualizer({
    count: virtual ? count : 0,
    estimateSize: () => rowHeight,
    overscan: 10,
    scrollMargin: margin,
    initialRect: { width: 1200, height: 800 }
  })
  if (!virtual)
    return {
      bodyRef,
      indexes: Array.from({ length: count }, (_, i) => i),
      before: 0,
      after: 0,
      measure: () => {}
    }
  const items = rows.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]
  return {
    bodyRef,
    indexes: items.map((item) => item.index),
    before: first ? first.start - margin : 0,
    after: last ? rows.getTotalSize() - (last.end - margin) : 0,
    measure: rows.measureElement
  }
}
