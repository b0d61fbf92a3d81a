import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  LAST_ROUTE_KEY,
  rememberRoute,
  restoreLastRoute,
  startHash
} from '../../../src/renderer/src/app/last-route'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data
  }
}

describe('the last screen', () => {
  it('is remembered and reopened when the app starts without a screen in its address', () => {
    const storage = memoryStorage()
    rememberRoute('/hoi-nghi/abc', storage)
    expect(storage.data.get(LAST_ROUTE_KEY)).toBe('/hoi-nghi/abc')
    expect(startHash('', storage)).toBe('#/hoi-nghi/abc')
    expect(startHash('#', storage)).toBe('#/hoi-nghi/abc')
  })

  it('gives way to the screen in the address (a reload keeps its own screen)', () => {
    const storage = memoryStorage({ [LAST_ROUTE_KEY]: '/cai-dat' })
    expect(startHash('#/giao-uoc', storage)).toBe('#/giao-uoc')
    expect(startHash('#/', storage)).toBe('#/')
  })

  it('ignores anything that is not one of the app’s own paths', () => {
    for (const bad of ['//evil.example/x', 'https://evil.example', 'cai-dat', '/a b', '']) {
      const storage = memoryStorage({ [LAST_ROUTE_KEY]: bad })
      expect(startHash('', storage), bad).toBe('')
      const fresh = memoryStorage()
      rememberRoute(bad, fresh)
      expect(fresh.data.has(LAST_ROUTE_KEY), bad).toBe(false)
    }
  })

  it('starts on Tổng quan when storage is refused', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      }
    }
    expect(() => rememberRoute('/don-vi', refusing)).not.toThrow()
    expect(startHash('', refusing)).toBe('')
  })

  it('is put in the address before the router reads it, without a history entry', () => {
    window.history.replaceState(null, '', '/')
    window.localStorage.setItem(LAST_ROUTE_KEY, '/van-ban')
    const before = window.history.length
    restoreLastRoute()
    expect(window.location.hash).toBe('#/van-ban')
    expect(window.history.length).toBe(before)
  })
})

describe('the start probe', () => {
  it('reads the same key as the app, so that the storage is loaded before the app asks', () => {
    const probe = readFileSync(
      join(__dirname, '../../../src/renderer/public/start-probe.js'),
      'utf8'
    )
    expect(probe).toContain(`localStorage.getItem('${LAST_ROUTE_KEY}')`)
  })
})
