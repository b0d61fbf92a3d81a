import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import type { Cluster } from '@core/model/entities'
import { SignatoriesPanel } from '../../../src/renderer/src/features/pact/SignatoriesPanel'

/** An IntersectionObserver the test moves: `bringNear()` scrolls the watched panels near. */
class FakeObserver {
  static all: FakeObserver[] = []
  constructor(private readonly report: IntersectionObserverCallback) {
    FakeObserver.all.push(this)
  }
  observe() {}
  disconnect() {}
  static bringNear() {
    for (const o of FakeObserver.all)
      o.report([{ isIntersecting: true } as IntersectionObserverEntry], o as never)
  }
}

afterEach(() => {
  FakeObserver.all = []
  vi.unstubAllGlobals()
})

const signatories = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    unitId: `dv-${i + 1}`,
    titleLines: ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'],
    name: ''
  }))

function renderSigners(count: number) {
  return render(
    <SignatoriesPanel
      cluster={{ id: 'cum' } as Cluster}
      signatories={signatories(count)}
      witness={null}
      unitNameOf={(id) => `Phường ${id}`}
      update={() => {}}
      errorOf={() => ''}
    />
  )
}

describe('a pact of 300 units opens without drawing its long tables', () => {
  it('draws the signatories of 300 units once the table comes near the screen', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    renderSigners(300)
    expect(screen.queryAllByLabelText(/: người ký$/)).toHaveLength(0)
    act(() => FakeObserver.bringNear())
    // Only the rows on screen and a few around are drawn, never all 300.
    const drawn = await screen.findAllByLabelText(/: người ký$/)
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.length).toBeLessThan(300)
  })

  it('draws the 15 signatories of a usual cluster at once', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    renderSigners(15)
    expect(screen.getAllByLabelText(/: người ký$/)).toHaveLength(15)
  })
})
