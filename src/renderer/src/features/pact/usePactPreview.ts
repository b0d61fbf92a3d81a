import { startTransition, useEffect, useMemo, useRef, useState } from 'react'
import type { IssuedNumber } from '@core/documents/kinds/common'
import { buildPactDocument, type PactFacts } from '@core/documents/kinds/pact'
import type { DocumentModel } from '@core/documents/model'
import type { FormatProfile } from '@core/documents/profile'

/** How long typing must pause before the print preview follows it. */
export const PREVIEW_PAUSE_MS = 400

/**
 * The pact's print preview model. It lays out the whole pact (a signature block per unit: 300 in
 * the largest clusters), so it is first built once the page is idle, after the editor is shown,
 * and then again only when typing pauses: the form never waits for a layout per keystroke.
 */
export function usePactPreview(
  facts: PactFacts,
  profile: FormatProfile | null,
  issued: IssuedNumber | null
): DocumentModel | null {
  const [shown, setShown] = useState<PactFacts | null>(null)
  const first = useRef(true)
  useEffect(() => {
    const show = () => startTransition(() => setShown(facts))
    if (first.current && typeof window.requestIdleCallback === 'function') {
      first.current = false
      const id = window.requestIdleCallback(show, { timeout: 1000 })
      return () => window.cancelIdleCallback(id)
    }
    const id = window.setTimeout(show, first.current ? 50 : PREVIEW_PAUSE_MS)
    first.current = false
    return () => window.clearTimeout(id)
  }, [facts])
  return useMemo(
    () => (profile && shown ? buildPactDocument(shown, profile, issued) : null),
    [shown, profile, issued]
  )
}
