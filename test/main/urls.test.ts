import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, isAppUrl } from '../../src/main/urls'

describe('isAppUrl', () => {
  it('accepts the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true)
    expect(isAppUrl('app://cumthidua/#/cai-dat')).toBe(true)
  })

  it.each([
    'app://evil/index.html',
    'app://cumthidua.evil.com/index.html',
    'app://user:pw@cumthidua/index.html',
    'file:///C:/index.html',
    'https://cumthidua/index.html',
    'http://localhost:5173/',
    'javascript:alert(1)',
    'app:cumthidua',
    '',
    'not a url'
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })

  it('refuses non-strings', () => {
    expect(isAppUrl(undefined)).toBe(false)
    expect(isAppUrl({ toString: () => APP_ENTRY_URL })).toBe(false)
  })

  it('accepts the dev server only when one is given, and only its exact host and port', () => {
    const dev = 'http://localhost:5173'
    expect(isAppUrl('http://localhost:5173/#/', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://localhost.evil.com:5173/', dev)).toBe(false)
  })
})
