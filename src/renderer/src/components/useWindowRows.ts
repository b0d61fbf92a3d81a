import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject
} from 'react'
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual'

import { VIRTUAL_FROM } from './virtual-from'

export { VIRTUAL_FROM }

export interface WindowRows<E extends HTMLElement> {
  /** Put on the `<tbody>`: its place on the page is where the rows start. */
  bodyRef: RefObject<E | null>
  /** The indexes of the rows to draw, in order. */
  indexes: number[]
  /** Room to leave above and below the drawn rows (px), so the scroll bar stays true. */
  before: number
  after: number
  /**
   * Room to leave just above drawn row `index` for the rows not drawn between it and the drawn
   * row before it (px). Only rows kept apart from the window (`WindowOptions`) leave such gaps.
   */
  gapBefore(index: number): number
  /** Put on each drawn row with its index (`data-index`): rows taller than usual are measured. */
  measure: (row: Element | null) => void
}

export interface WindowOptions {
  /** Rows drawn wherever the page is scrolled (those with a message: the cursor is taken there). */
  keep?: readonly number[]
  /**
   * The rows hold fields: the row holding the cursor stays drawn (scrolling away does not lose
   * what is typed), and so do the first and the last, so that Tab into the table from above and
   * Shift+Tab from below land on its first and last rows, as in a table drawn whole.
   */
  fields?: boolean
}

const NONE: readonly number[] = []
// The same functions on every drawing of a table drawn whole, so that rows memoised on their
// props (a member row given `measure`) are not all drawn again at each keystroke.
const NO_GAP = () => 0
const NO_MEASURE = () => {}

/**
 * The rows of a long table that are on screen (and a few around), for a page that scrolls as a
 * whole: 10,000 meetings draw about thirty rows, so a screen is ready as fast with thirty years of
 * data as with one. Tables under `VIRTUAL_FROM` rows draw everything. `WindowedBody` (a table)
 * and `WindowedList` (an `<ol>`) draw what it gives: the table writes only its rows.
 */
export function useWindowRows<E extends HTMLElement = HTMLTableSectionElement>(
  count: number,
  rowHeight = 41,
  { keep = NONE, fields = false }: WindowOptions = {}
): WindowRows<E> {
  const bodyRef = useRef<E>(null)
  const [margin, setMargin] = useState(0)
  const virtual = count >= VIRTUAL_FROM
  // What is above the table can grow or shrink (a message shown at the top of a form): the
  // window is placed again from where the rows start whenever the page changes size.
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!virtual || !body) return
    const place = () => {
      const top = body.getBoundingClientRect().top + window.scrollY
      setMargin((m) => (Math.abs(m - top) < 1 ? m : top))
    }
    place()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(place)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [virtual, count])
  const focused = useFocusedRow(bodyRef, virtual && fields)
  const extra = useMemo(() => {
    const rows = new Set(keep.filter((i) => i < count))
    if (fields && count > 0) rows.add(0).add(count - 1)
    if (focused !== null && focused < count) rows.add(focused)
    return [...rows]
  }, [keep, fields, focused, count])
  const rangeExtractor = useCallback(
    (range: Range) =>
      extra.length === 0
        ? defaultRangeExtractor(range)
        : [...new Set([...defaultRangeExtractor(range), ...extra])].sort((a, b) => a - b),
    [extra]
  )
  const rows = useWindowVirtualizer({
    count: virtual ? count : 0,
    estimateSize: () => rowHeight,
    overscan: 10,
    scrollMargin: margin,
    initialRect: { width: 1200, height: 800 },
    rangeExtractor
  })
  if (!virtual)
    return {
      bodyRef,
      indexes: Array.from({ length: count }, (_, i) => i),
      before: 0,
      after: 0,
      gapBefore: NO_GAP,
      measure: NO_MEASURE
    }
  const items = rows.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]
  const gaps = new Map<number, number>()
  items.forEach((item, k) => {
    const previous = items[k - 1]
    if (previous && item.start > previous.end) gaps.set(item.index, item.start - previous.end)
  })
  return {
    bodyRef,
    indexes: items.map((item) => item.index),
    before: first ? first.start - margin : 0,
    after: last ? rows.getTotalSize() - (last.end - margin) : 0,
    gapBefore: (index) => gaps.get(index) ?? 0,
    measure: rows.measureElement
  }
}

/** The index (`data-index`) of the row inside `bodyRef` that holds the cursor, or null. */
function useFocusedRow(bodyRef: RefObject<HTMLElement | null>, enabled: boolean): number | null {
  const [focused, setFocused] = useState<number | null>(null)
  useEffect(() => {
    const body = bodyRef.current
    if (!enabled || !body) return
    const rowOf = (node: EventTarget | null) => {
      const row = node instanceof Element ? node.closest<HTMLElement>('[data-index]') : null
      return row && body.contains(row) ? Number(row.dataset['index']) : null
    }
    const enter = (event: FocusEvent) => setFocused(rowOf(event.target))
    const leave = (event: FocusEvent) => {
      if (rowOf(event.relatedTarget) === null) setFocused(null)
    }
    // A row moved with the cursor in it (a unit moved up the list) keeps it and takes a new index.
    const moved = new MutationObserver(() => setFocused(rowOf(document.activeElement)))
    moved.observe(body, { subtree: true, attributeFilter: ['data-index'] })
    body.addEventListener('focusin', enter)
    body.addEventListener('focusout', leave)
    return () => {
      moved.disconnect()
      body.removeEventListener('focusin', enter)
      body.removeEventListener('focusout', leave)
    }
  }, [bodyRef, enabled])
  return focused
}
