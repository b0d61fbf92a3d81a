import { useRef } from 'react'
import { sameValue } from '../../lib/same-value'

/**
 * The value as last returned while it holds the same data: the screen's live query answers with
 * new objects each time any table it read changes (a tracking cell saved), and the editor's
 * memoised parts (the print preview above all) must then see nothing new.
 */
export function useSteady<T>(value: T): T {
  const kept = useRef(value)
  if (kept.current !== value && !sameValue(kept.current, value)) kept.current = value
  return kept.current
}
