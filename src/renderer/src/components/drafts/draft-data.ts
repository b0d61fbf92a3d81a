import type { SaveBase } from '../../db/concurrency'

/**
 * What a form's draft holds (issue 10, point 4): the form state as typed, tagged with the version
 * of the form's shape. A draft written by another shape (an older app) is never forced into a
 * form: it is offered only to be discarded. A draft of a guarded record also keeps the version
 * of the record the form was typed on (issue 16, point 2), so that putting it back never saves
 * it silently over a change made since.
 */
export interface PackedDraft<T> {
  v: number
  value: T
  base?: SaveBase
}

export function packDraft<T>(version: number, value: T, base?: SaveBase): PackedDraft<T> {
  if (!base) return { v: version, value }
  // A draft is JSON: the parts of the base not known yet (undefined) are left out.
  const kept: SaveBase = { updatedAt: base.updatedAt }
  if (base.generation !== undefined) kept.generation = base.generation
  if (base.children !== undefined) kept.children = base.children
  return { v: version, value, base: kept }
}

const isIdList = (x: unknown) => Array.isArray(x) && x.every((id) => typeof id === 'string')

/**
 * The version of the record a draft was typed on, or undefined when the draft has none (a new
 * record, a form without a guard, a draft kept by an older app) or it is not well formed.
 */
export function draftBase(data: unknown): SaveBase | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const base = (data as Partial<PackedDraft<unknown>>).base as Record<string, unknown> | undefined
  if (typeof base !== 'object' || base === null || typeof base.updatedAt !== 'string')
    return undefined
  if (base.generation !== undefined && typeof base.generation !== 'string') return undefined
  const children = base.children
  if (children !== undefined) {
    if (typeof children !== 'object' || children === null) return undefined
    if (!Object.values(children).every(isIdList)) return undefined
  }
  return {
    updatedAt: base.updatedAt,
    ...(base.generation !== undefined ? { generation: base.generation as string } : {}),
    ...(children !== undefined ? { children: children as Record<string, string[]> } : {})
  }
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
