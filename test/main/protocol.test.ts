import { resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_SCHEME_PRIVILEGES, resolveAppRequest } from '../../src/main/protocol'

const root = resolve('/srv/app/renderer')

describe('resolveAppRequest', () => {
  it('serves files under the renderer folder with their type', () => {
    expect(resolveAppRequest(root, 'app://cumthidua/index.html', 'GET')).toEqual({
      ok: true,
      filePath: root + sep + 'index.html',
      contentType: 'text/html; charset=utf-8'
    })
    const font = resolveAppRequest(root, 'app://cumthidua/assets/a-b.woff2', 'GET')
    expect(font).toMatchObject({ ok: true, contentType: 'font/woff2' })
    expect(resolveAppRequest(root, 'app://cumthidua/', 'GET')).toMatchObject({ ok: true })
  })

  it.each([
    ['app://cumthidua/assets/%2e%2e%2f%2e%2e%2fsecret.js', 'GET'],
    ['app://cumthidua/..%5c..%5csecret.js', 'GET'],
    ['app://cumthidua/a%00.js', 'GET'],
    ['app://other/index.html', 'GET'],
    ['https://cumthidua/index.html', 'GET'],
    ['app://cumthidua/index.html', 'POST'],
    ['app://cumthidua/%E0%A4%A', 'GET']
  ])('refuses %s (%s)', (url, method) => {
    const result = resolveAppRequest(root, url, method)
    expect(result.ok).toBe(false)
  })

  it('keeps dot segments inside the root (the URL parser folds them before we see them)', () => {
    for (const url of ['app://cumthidua/../secret.html', 'app://cumthidua/%2e%2e/secret.html']) {
      expect(resolveAppRequest(root, url, 'GET')).toMatchObject({
        ok: true,
        filePath: root + sep + 'secret.html'
      })
    }
  })

  it('refuses files of unknown type', () => {
    expect(resolveAppRequest(root, 'app://cumthidua/data.exe', 'GET')).toEqual({
      ok: false,
      status: 404
    })
  })

  it('registers the scheme as standard and secure so IndexedDB works on it, with code cache', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      standard: true,
      secure: true,
      bypassCSP: false,
      codeCache: true
    })
  })
})
