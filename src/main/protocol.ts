import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './urls'

/**
 * Privileges of the app scheme: standard + secure so that IndexedDB and fetch work on it, and
 * V8's code cache (Electron 28+), so that a start reuses the scripts compiled at the previous one
 * instead of compiling them again.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  stream: false,
  corsEnabled: false,
  bypassCSP: false
} as const

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf'
}

export type AppRequestResolution =
  { ok: true; filePath: string; contentType: string } | { ok: false; status: 400 | 403 | 404 | 405 }

/**
 * Maps an `app://` request to a file under the renderer folder, or refuses it.
 *
 * Electron security checklist #18: only GET/HEAD, only our fixed host, and the resolved path must
 * stay inside `root` (no `..`, no encoded separators, no absolute paths).
 */
export function resolveAppRequest(
  root: string,
  rawUrl: string,
  method: string
): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 }
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return { ok: false, status: 400 }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 }
  if (pathname === '/' || pathname === '') pathname = '/index.html'
  const base = resolve(root)
  const target = resolve(base, '.' + pathname)
  const rel = relative(base, target)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    return { ok: false, status: 403 }
  }
  const contentType = MIME[extname(target).toLowerCase()]
  if (!contentType) return { ok: false, status: 404 }
  return { ok: true, filePath: target, contentType }
}
