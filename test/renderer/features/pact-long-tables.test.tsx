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

/** `count` signatories, the first `named` of them with a name. */
const signatories = (count: number, named = 0) =>
  Array.from({ length: count }, (_, i) => ({
    unitId: `dv-${i + 1}`,
    titleLines: ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'],
    name: i < named ? `Người Ký ${i + 1}` : ''
  }))

function renderSigners(count: number, errorOf: (field: string) => string = () => '', named = 0) {
  return render(
    <SignatoriesPanel
      cluster={{ id: 'cum' } as Cluster}
      signatories={signatories(count, named)}
      witness={null}
      unitNameOf={(id) => `Phường ${id}`}
      update={() => {}}
      errorOf={errorOf}
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

  it('draws a signatory with a message wherever the page is, so a refused save leads to it', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    const message = 'Phường dv-250: họ và tên người ký quá dài.'
    renderSigners(300, (field) => (field === 'signatories.249' ? message : ''))
    const name = screen.getByLabelText('Phường dv-250: người ký')
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(message)).toBeTruthy()
    expect(name.closest('tr')!.getAttribute('aria-rowindex')).toBe('251')
    expect(screen.getAllByLabelText(/: người ký$/).length).toBeLessThan(300)
  })

  it('refused for unnamed signers, marks their names and draws the first of them wherever it is', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    const message = 'Người ký: chưa ghi họ tên người ký của Phường dv-250 và 50 đơn vị khác.'
    renderSigners(300, (field) => (field === 'signatories' ? message : ''), 249)
    expect(screen.getByText(message)).toBeTruthy()
    const first = screen.getByLabelText('Phường dv-250: người ký')
    expect(first.getAttribute('aria-invalid')).toBe('true')
    expect(first.closest('tr')!.getAttribute('aria-rowindex')).toBe('251')
    expect(screen.getAllByLabelText(/: người ký$/).length).toBeLessThan(300)
  })

  it('marks only the names still blank in a usual cluster', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    renderSigners(15, (field) => (field === 'signatories' ? 'Người ký: chưa ghi…' : ''), 13)
    const invalid = screen
      .getAllByLabelText(/: người ký$/)
      .filter((box) => box.getAttribute('aria-invalid') === 'true')
    expect(invalid.map((box) => box.getAttribute('aria-label'))).toEqual([
      'Phường dv-14: người ký',
      'Phường dv-15: người ký'
    ])
  })
})
