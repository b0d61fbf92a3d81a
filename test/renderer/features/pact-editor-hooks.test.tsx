import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { DEFAULT_PROFILE } from '@core/documents/profile'
import type { FieldIssue } from '@core/model/validation'
import { samplePactFacts } from '@core/sample/sample-document-models'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import {
  PREVIEW_PAUSE_MS,
  usePactPreview
} from '../../../src/renderer/src/features/pact/usePactPreview'
import { useSteady } from '../../../src/renderer/src/features/pact/useSteady'
import { useSteadyErrors } from '../../../src/renderer/src/features/pact/useSteadyErrors'

afterEach(() => vi.useRealTimers())

describe('the pact editor keeps what has not changed', () => {
  it('useSteady: the same data read again keeps its identity; changed data is the new value', () => {
    const first = [{ id: 'a', name: 'Phường Hoàn Kiếm' }]
    const { result, rerender } = renderHook(({ value }) => useSteady(value), {
      initialProps: { value: first }
    })
    rerender({ value: [{ id: 'a', name: 'Phường Hoàn Kiếm' }] })
    expect(result.current).toBe(first)
    const renamed = [{ id: 'a', name: 'Phường Hàng Bạc' }]
    rerender({ value: renamed })
    expect(result.current).toBe(renamed)
  })

  it('useSteadyErrors: a new list with the same messages keeps errorOf; new messages show', () => {
    const issue: FieldIssue = { field: 'title', message: 'Tiêu đề: không được để trống.' }
    const { result, rerender } = renderHook(({ issues }) => useSteadyErrors(issues), {
      initialProps: { issues: [issue] }
    })
    const errorOf = result.current
    expect(errorOf('title')).toBe('Tiêu đề: không được để trống.')
    rerender({ issues: [issue] })
    expect(result.current).toBe(errorOf)
    rerender({ issues: [] })
    expect(result.current('title')).toBe('')
  })
})

describe('the print preview follows the form without holding it up', () => {
  const data = buildSampleDataset('2025-01-01T00:00:00.000Z')
  const facts = samplePactFacts(data)

  it('is drawn once the page is idle, and again only when typing pauses', () => {
    vi.useFakeTimers()
    const { result, rerender } = renderHook(
      ({ facts }) => usePactPreview(facts, DEFAULT_PROFILE, null),
      { initialProps: { facts } }
    )
    expect(result.current).toBeNull()
    act(() => vi.advanceTimersByTime(1000))
    const shown = result.current
    expect(shown?.title).toBeTruthy()

    // Three keystrokes in quick succession: the preview keeps the last one laid out.
    for (const preamble of ['Lời mở đầu A', 'Lời mở đầu AB', 'Lời mở đầu ABC']) {
      rerender({ facts: { ...facts, pact: { ...facts.pact, preamble } } })
      act(() => vi.advanceTimersByTime(PREVIEW_PAUSE_MS / 4))
      expect(result.current).toBe(shown)
    }
    act(() => vi.advanceTimersByTime(PREVIEW_PAUSE_MS))
    expect(result.current).not.toBe(shown)
    expect(JSON.stringify(result.current)).toContain('Lời mở đầu ABC')
  })
})
