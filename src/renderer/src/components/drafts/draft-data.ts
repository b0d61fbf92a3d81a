/**
 * What a form's draft holds (issue 10, point 4): the form state as typed, tagged with the version
 * of the form's shape. A draft written by another shape (an older app) is never forced into a
 * form: it is offered only to be discarded.
 */
export interface PackedDraft<T> {
  v: number
  value: T
}

export function packDraft<T>(version: number, value: T): PackedDraft<T> {
  return { v: version, value }
}

const kindOf = (x: unknown) => (Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x)

/**
 * The form state of a draft, or null when it is not one of this form's version and shape: every
 * key of `template` must be there with the same kind of value (text, list, group, yes/no).
 */
export function unpackDraft<T extends object>(
  data: unknown,
  version: number,
  template: T
): T | null {
  if (typeof data !== 'object' || data === null) return null
  const packed = data as Partial<PackedDraft<unknown>>
  if (packed.v !== version || typeof packed.value !== 'object' || packed.value === null) return null
  const value = packed.value as Record<string, unknown>
  for (const [key, expected] of Object.entries(template)) {
    if (expected === undefined) continue
    if (!(key in value) || kindOf(value[key]) !== kindOf(expected)) return null
  }
  return value as T
}
