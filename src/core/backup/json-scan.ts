/**
 * A second look at a JSON text that `JSON.parse` already accepted, for what `JSON.parse` lets
 * through silently: a key written twice in one object (it keeps the last one, so a file holding
 * `"clusters"` twice restores the later, perhaps empty, list), the keys `__proto__`,
 * `constructor` and `prototype`, and nesting deeper than the app ever writes.
 *
 * One pass over the characters with a stack of open objects and arrays; string contents are
 * skipped with `indexOf`, and only keys are decoded, so a 50 MB backup is scanned in a fraction of
 * a second. The text must be valid JSON (call `JSON.parse` first).
 */

export type JsonPath = Array<string | number>

export type ScanProblem =
  | { kind: 'duplicate-key'; key: string; path: JsonPath }
  | { kind: 'forbidden-key'; key: string; path: JsonPath }
  | { kind: 'too-deep'; path: JsonPath }

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

interface Frame {
  isObject: boolean
  keys: Set<string> | null
  expectKey: boolean
  key: string
  index: number
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

function pathOf(stack: Frame[]): JsonPath {
  return stack.map((f) => (f.isObject ? f.key : f.index))
}

/** Index of the quote that closes the string opened at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1)
  for (;;) {
    let slashes = 0
    for (let k = end - 1; text.charCodeAt(k) === BACKSLASH; k--) slashes++
    if (slashes % 2 === 0) return end
    end = text.indexOf('"', end + 1)
  }
}

/** The first problem in a valid JSON text, or null. `maxDepth` counts open objects and arrays. */
export function scanJson(text: string, maxDepth: number): ScanProblem | null {
  const stack: Frame[] = []
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      const end = stringEnd(text, i)
      const top = stack[stack.length - 1]
      if (top?.isObject && top.expectKey) {
        const raw = text.slice(i + 1, end)
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw
        top.key = key
        top.expectKey = false
        if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key, path: pathOf(stack) }
        if (top.keys!.has(key)) return { kind: 'duplicate-key', key, path: pathOf(stack) }
        top.keys!.add(key)
      }
      i = end
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const isObject = c === 0x7b
      stack.push({
        isObject,
        keys: isObject ? new Set() : null,
        expectKey: isObject,
        key: '',
        index: 0
      })
      if (stack.length > maxDepth) return { kind: 'too-deep', path: pathOf(stack.slice(0, -1)) }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop()
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1]!
      if (top.isObject) top.expectKey = true
      else top.index++
    }
  }
  return null
}
