import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from '../../../src/renderer/src/app/App'
import { VIRTUAL_FROM } from '../../../src/renderer/src/components/useWindowRows'
import { makeTestDb } from '../../helpers/test-db'
import { OverviewUnitsPanel } from '../../../src/renderer/src/features/overview/OverviewUnitsPanel'
import { memberUnitSchema } from '@core/model/entities'
import { clusterHistory, THIRTY_YEARS } from '../../../scripts/lib/cluster-history'

/** A database holding thirteen years (2013–2025) of the generated cluster: 156 meetings. */
async function thirteenYears() {
  const db = makeTestDb()
  const data = clusterHistory({ ...THIRTY_YEARS, firstYear: 2013 })
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await db.table(table).bulkAdd(rows)
  })
  return db
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((r) => r.closest('tbody') && !r.classList.contains('spacer-row'))

beforeEach(() => {
  window.location.hash = '#/hoi-nghi'
})

// jsdom lays nothing out: a table row is given the height it has on screen, so that measuring
// the drawn rows (as the list does) finds them as tall as in the app.
const rowRect = HTMLTableRowElement.prototype.getBoundingClientRect
beforeAll(() => {
  HTMLTableRowElement.prototype.getBoundingClientRect = function () {
    return {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      bottom: 41,
      right: 1000,
      width: 1000,
      height: 41
    } as DOMRect
  }
})
afterAll(() => {
  HTMLTableRowElement.prototype.getBoundingClientRect = rowRect
})

describe('Hội nghị & Biên bản with many years', () => {
  it('opens on the year in progress, reads only it, and draws a long "Tất cả" list in part', async () => {
    const db = await thirteenYears()
    render(<App db={db} />)
    const year = (await screen.findByLabelText('Năm')) as HTMLSelectElement
    await waitFor(() => expect(year.selectedOptions[0]!.textContent).toBe('2025'))
    const table = await screen.findByRole('table')
    await waitFor(() => expect(bodyRows(table)).toHaveLength(12))
    expect(bodyRows(table).every((r) => r.textContent!.includes('2025'))).toBe(true)

    fireEvent.change(year, { target: { value: '' } })
    // 156 meetings: past the threshold, only those on screen (and a few around) are drawn.
    expect(156).toBeGreaterThanOrEqual(VIRTUAL_FROM)
    await waitFor(() => expect(bodyRows(screen.getByRole('table')).length).toBeLessThan(156))
    const drawn = bodyRows(screen.getByRole('table')).length
    expect(drawn).toBeGreaterThan(10)
    expect(drawn).toBeLessThan(156)
    expect(screen.getByText('Hội nghị tổng kết công tác thi đua năm 2025')).toBeTruthy()

    // A search that leaves fewer rows draws every one of them.
    fireEvent.change(screen.getByLabelText('Tìm hội nghị'), { target: { value: 'tổng kết' } })
    await waitFor(() => expect(bodyRows(screen.getByRole('table'))).toHaveLength(13))
    expect(screen.getByRole('table').querySelector('.spacer-row')).toBeNull()
  })
})

describe('Tổng quan’s member units', () => {
  const units = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      memberUnitSchema.parse({
        id: `u${i}`,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        clusterId: 'c1',
        name: `Ủy ban MTTQ Việt Nam phường Số ${i + 1}`,
        activeTo: i === 1 ? '2020-06-30' : ''
      })
    )

  it('draws every unit of a usual cluster, with who has left', () => {
    render(<OverviewUnitsPanel units={units(6)} />)
    const table = screen.getByRole('table')
    expect(bodyRows(table)).toHaveLength(6)
    expect(bodyRows(table)[1]!.textContent).toContain('Đã kết thúc 30/06/2020')
    expect(table.querySelector('.spacer-row')).toBeNull()
  })

  it('draws a cluster of 300 units in part, numbered as in the whole list', async () => {
    render(<OverviewUnitsPanel units={units(300)} />)
    const table = screen.getByRole('table')
    await waitFor(() => expect(bodyRows(table).length).toBeGreaterThan(10))
    expect(bodyRows(table).length).toBeLessThan(300)
    for (const row of bodyRows(table)) {
      const [number, name] = Array.from(
        (row as HTMLTableRowElement).cells,
        (cell) => cell.textContent
      )
      expect(name).toBe(`Ủy ban MTTQ Việt Nam phường Số ${number}`)
    }
  })
})

describe('Văn bản with many years', () => {
  it('lists the newest twenty numbered documents, and the older ones when asked', async () => {
    window.location.hash = '#/van-ban'
    const db = await thirteenYears()
    render(<App db={db} />)
    const panel = (await screen.findByRole('heading', { name: 'Văn bản đã soạn (26)' }))
      .parentElement!
    const rows = () => bodyRows(within(panel).getByRole('table'))
    expect(rows()).toHaveLength(20)
    expect(rows()[0]!.textContent).toContain('2025')
    fireEvent.click(
      within(panel).getByRole('button', { name: 'Hiện thêm 6 văn bản đã cấp số trước đó' })
    )
    expect(rows()).toHaveLength(26)
    expect(rows().at(-1)!.textContent).toContain('2013')
  })
})
