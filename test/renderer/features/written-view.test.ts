import { describe, expect, it } from 'vitest'
import type { Composition } from '@core/model/entities'
import {
  RECENT_NUMBERED,
  shownCompositions
} from '../../../src/renderer/src/features/documents/written-view'

const written = (id: string, year: number, documentId = ''): Composition =>
  ({ id, year, documentId }) as Composition

describe('Văn bản đã soạn', () => {
  // Newest year first, as the list is read.
  const filed = Array.from({ length: RECENT_NUMBERED + 3 }, (_, i) =>
    written(`filed-${i}`, 2026 - i, `d${i}`)
  )
  const list = [written('draft-new', 2026), ...filed, written('draft-old', 2001)]

  it('shows the newest numbered documents and every one without a number, the rest on request', () => {
    const { shown, older } = shownCompositions(list, false)
    expect(shown).toHaveLength(RECENT_NUMBERED + 2)
    expect(shown[0]!.id).toBe('draft-new')
    expect(shown.at(-1)!.id).toBe('draft-old')
    expect(shown.map((c) => c.id)).not.toContain(`filed-${RECENT_NUMBERED}`)
    expect(older).toBe(3)
    expect(shownCompositions(list, true)).toEqual({ shown: list, older: 0 })
  })

  it('shows every document of a cluster with few, and copes with none', () => {
    expect(shownCompositions(list.slice(0, 5), false)).toEqual({
      shown: list.slice(0, 5),
      older: 0
    })
    expect(shownCompositions([], false)).toEqual({ shown: [], older: 0 })
  })
})
