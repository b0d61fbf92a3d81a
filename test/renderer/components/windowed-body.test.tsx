import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRef } from 'react'
import { render, waitFor } from '@testing-library/react'
import { WindowedBody, WindowedList } from '../../../src/renderer/src/components/WindowedBody'
import {
  useWindowRows,
  VIRTUAL_FROM,
  type WindowRows
} from '../../../src/renderer/src/components/useWindowRows'

/**
 * A window as `useWindowRows` gives it: rows 3 to 5 drawn after 123 px of rows above, row 40
 * kept apart (it holds a message) after 1,000 px of rows skipped, then 456 px of rows below.
 */
function windowOf<E extends HTMLElement>(indexes = [3, 4, 5, 40]): WindowRows<E> {
  return {
    bodyRef: createRef<E>(),
    indexes,
    before: 123,
    after: 456,
    gapBefore: (index) => (index === 40 ? 1000 : 0),
    measure: () => {}
  }
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `Đơn vị ${i + 1}`)

function Table({
  rows,
  units,
  waiting
}: {
  rows: WindowRows<HTMLTableSectionElement>
  units: string[]
  waiting?: number
}) {
  return (
    <table>
      <WindowedBody
        rows={rows}
        columns={3}
        waiting={waiting}
        rowKey={(i) => units[i]!}
        row={(i) => (
          <tr data-index={i} aria-rowindex={i + 2} ref={rows.measure}>
            <td>{units[i]}</td>
          </tr>
        )}
      />
    </table>
  )
}

/** Each child of the body: a spacer as the room it leaves, a row as its name. */
const shape = (body: Element) =>
  Array.from(body.children, (child) =>
    child.classList.contains('spacer-row')
      ? `room ${((child.firstElementChild ?? child) as HTMLElement).style.height}`
      : child.textContent
  )

const room = (height: number) => `room ${height}px`

/** What the window of `windowOf` draws, of sixty units. */
const WINDOW_DRAWN = [
  room(123),
  'Đơn vị 4',
  'Đơn vị 5',
  'Đơn vị 6',
  room(1000),
  'Đơn vị 41',
  room(456)
]

describe('WindowedBody', () => {
  it('draws the rows of the window between the room of those above and below, a kept row after its gap', () => {
    const rows = windowOf<HTMLTableSectionElement>()
    const { container } = render(<Table rows={rows} units={names(60)} />)
    const body = container.querySelector('tbody')!
    expect(rows.bodyRef.current).toBe(body)
    expect(shape(body)).toEqual(WINDOW_DRAWN)
    const drawn = Array.from(body.querySelectorAll('tr:not(.spacer-row)'))
    expect(drawn.map((r) => r.getAttribute('data-index'))).toEqual(['3', '4', '5', '40'])
    expect(drawn.map((r) => r.getAttribute('aria-rowindex'))).toEqual(['5', '6', '7', '42'])
    for (const spacer of Array.from(body.querySelectorAll('.spacer-row'))) {
      expect(spacer.getAttribute('aria-hidden')).toBe('true')
      expect(spacer.querySelector('td')!.colSpan).toBe(3)
    }
  })

  it('keeps the room of rows not drawn yet above them', () => {
    const rows = { ...windowOf<HTMLTableSectionElement>([]), before: 0, after: 0 }
    const { container } = render(<Table rows={rows} units={names(60)} waiting={60 * 41} />)
    expect(shape(container.querySelector('tbody')!)).toEqual([room(60 * 41)])
  })

  it('keeps each row’s element with what it stands for when the rows move', () => {
    const rows = windowOf<HTMLTableSectionElement>([0, 1, 2, 3])
    const units = ['A', 'B', 'C', 'D']
    const { container, rerender } = render(<Table rows={rows} units={units} />)
    const rowOf = (name: string) =>
      Array.from(container.querySelectorAll('tr')).find((r) => r.textContent === name)!
    const before = rowOf('D')
    rerender(<Table rows={rows} units={['D', 'A', 'B', 'C']} />)
    expect(rowOf('D')).toBe(before)
    expect(rowOf('D').getAttribute('data-index')).toBe('0')
  })
})

describe('WindowedList', () => {
  it('draws the items of the window with the same room as a table', () => {
    const rows = windowOf<HTMLOListElement>()
    const units = names(60)
    const { container } = render(
      <WindowedList
        className="order-list"
        rows={rows}
        rowKey={(i) => units[i]!}
        row={(i) => (
          <li data-index={i} ref={rows.measure}>
            {units[i]}
          </li>
        )}
      />
    )
    const list = container.querySelector('ol.order-list')!
    expect(rows.bodyRef.current).toBe(list)
    expect(shape(list)).toEqual(WINDOW_DRAWN)
  })
})

describe('WindowedBody with useWindowRows', () => {
  // jsdom lays nothing out: each row is given the height it has on screen (the window measures
  // the drawn rows by their offsetHeight).
  const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!
  beforeAll(() => {
    Object.defineProperty(HTMLTableRowElement.prototype, 'offsetHeight', {
      configurable: true,
      get: () => 41
    })
  })
  afterAll(() => {
    Object.defineProperty(HTMLTableRowElement.prototype, 'offsetHeight', offsetHeight)
  })

  function Units({ count, keep }: { count: number; keep?: number[] }) {
    const units = names(count)
    const rows = useWindowRows(count, 41, { keep })
    return <Table rows={rows} units={units} />
  }

  it('draws every row of a table under the threshold, with no room left anywhere', () => {
    const { container } = render(<Units count={VIRTUAL_FROM - 1} />)
    const body = container.querySelector('tbody')!
    expect(body.querySelector('.spacer-row')).toBeNull()
    expect(shape(body)).toEqual(names(VIRTUAL_FROM - 1))
  })

  it('gives a table drawn whole the same functions at each drawing, so memoised rows stay as they are', () => {
    const seen: Array<WindowRows<HTMLTableSectionElement>> = []
    function Probe({ tick }: { tick: number }) {
      const rows = useWindowRows(VIRTUAL_FROM - 1, 41)
      seen.push(rows)
      return <p>{tick}</p>
    }
    const { rerender } = render(<Probe tick={1} />)
    rerender(<Probe tick={2} />)
    const [first, last] = [seen[0]!, seen.at(-1)!]
    expect(seen.length).toBeGreaterThan(1)
    expect(last.measure).toBe(first.measure)
    expect(last.gapBefore).toBe(first.gapBefore)
  })

  it('draws a long table from its top, a kept row far below after the room of the rows skipped', async () => {
    const count = VIRTUAL_FROM + 350
    const kept = count - 50
    const { container } = render(<Units count={count} keep={[kept]} />)
    const body = container.querySelector('tbody')!
    await waitFor(() => expect(body.querySelector(`[data-index="${kept}"]`)).not.toBeNull())
    const drawn = shape(body)
    const last = drawn.indexOf(`Đơn vị ${kept + 1}`) - 2
    expect(last).toBeGreaterThan(10)
    // From the first row to the last on screen (and a few more), each one.
    expect(drawn.slice(0, last + 1)).toEqual(names(last + 1))
    expect(drawn.slice(last + 1)).toEqual([
      `room ${(kept - last - 1) * 41}px`,
      `Đơn vị ${kept + 1}`,
      `room ${(count - kept - 1) * 41}px`
    ])
  })
})
