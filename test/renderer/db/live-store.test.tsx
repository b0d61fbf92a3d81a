import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { liveStore, useLiveStore } from '../../../src/renderer/src/db/queries/live-store'
import { makeTestDb } from '../../helpers/test-db'

/** Waits until `check` holds, giving Dexie's live queries their turns. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((done) => setTimeout(done, 5))
  expect(check()).toBe(true)
}

function countingStore(db: ReturnType<typeof makeTestDb>) {
  const runs = { count: 0 }
  const store = liveStore(async () => {
    runs.count++
    return (await db.settings.get('probe'))?.value ?? 'none'
  })
  return { store, runs }
}

describe('liveStore', () => {
  it('answers a reader that comes after the prime from the primed query, without asking again', async () => {
    const db = makeTestDb()
    await db.settings.put({ key: 'probe', value: 'first', updatedAt: '' })
    const { store, runs } = countingStore(db)
    store.prime()
    await until(() => store.read() !== undefined)
    const seen: unknown[] = []
    const stop = store.subscribe(() => seen.push(store.read()))
    expect(store.read()).toBe('first')
    expect(runs.count).toBe(1)
    stop()
  })

  it('stays live while read: a write reaches the reader', async () => {
    const db = makeTestDb()
    const { store } = countingStore(db)
    const stop = store.subscribe(() => undefined)
    await until(() => store.read() === 'none')
    await db.settings.put({ key: 'probe', value: 'changed', updatedAt: '' })
    await until(() => store.read() === 'changed')
    stop()
  })

  it('stops and forgets its answer when the last reader goes, so the next one reads afresh', async () => {
    const db = makeTestDb()
    const { store, runs } = countingStore(db)
    const stop = store.subscribe(() => undefined)
    await until(() => store.read() === 'none')
    stop()
    expect(store.read()).toBeUndefined()
    const before = runs.count
    await db.settings.put({ key: 'probe', value: 'later', updatedAt: '' })
    await new Promise((done) => setTimeout(done, 50))
    expect(runs.count).toBe(before)
    const again = store.subscribe(() => undefined)
    await until(() => store.read() === 'later')
    again()
  })

  it('lets a prime nobody takes up lapse: the query stops', async () => {
    const db = makeTestDb()
    const { store, runs } = countingStore(db)
    store.prime(0)
    await new Promise((done) => setTimeout(done, 50))
    expect(store.read()).toBeUndefined()
    const before = runs.count
    await db.settings.put({ key: 'probe', value: 'unread', updatedAt: '' })
    await new Promise((done) => setTimeout(done, 50))
    expect(runs.count).toBe(before)
  })

  it('hands a failed query to the reader as an error, as useLiveQuery does', async () => {
    const store = liveStore<string>(() => Promise.reject(new Error('hỏng')))
    const stop = store.subscribe(() => undefined)
    await until(() => {
      try {
        store.read()
        return false
      } catch {
        return true
      }
    })
    expect(() => store.read()).toThrow('hỏng')
    stop()
  })
})

describe('useLiveStore', () => {
  it('draws the primed answer at the first drawing, with no loading state', async () => {
    const db = makeTestDb()
    await db.settings.put({ key: 'probe', value: 'sẵn sàng', updatedAt: '' })
    const { store } = countingStore(db)
    store.prime()
    await until(() => store.read() !== undefined)
    const drawn: string[] = []
    function Probe() {
      const value = useLiveStore(store)
      drawn.push(String(value ?? 'Đang tải'))
      return <p>{String(value ?? 'Đang tải')}</p>
    }
    render(<Probe />)
    expect(screen.getByText('sẵn sàng')).toBeTruthy()
    expect(drawn).not.toContain('Đang tải')
    await act(() => db.settings.put({ key: 'probe', value: 'đổi', updatedAt: '' }))
    await until(() => screen.queryByText('đổi') !== null)
  })
})
