/**
 * Whether two form states hold the same values: plain data (strings, numbers, booleans, null,
 * arrays, plain objects) compared field by field. Used to tell whether a form differs from what
 * is saved, whatever order its edits came in.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]))
  }
  const left = Object.entries(a as Record<string, unknown>).filter(([, v]) => v !== undefined)
  const right = Object.entries(b as Record<string, unknown>).filter(([, v]) => v !== undefined)
  if (left.length !== right.length) return false
  const other = b as Record<string, unknown>
  return left.every(([key, value]) => sameValue(value, other[key]))
}
