import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
// Only the schemas: the Vietnamese map must come with them, not from some entry point.
import { TABLES } from '@core/model/entities'
import * as scoring from '@core/scoring/model'
import { formatProfileSchema } from '@core/documents/profile'
import { settingValueSchema, SETTING_KEYS } from '@core/model/settings'

/** Wrong values of every kind: each field of each schema gets each of them in turn. */
const WRONG: unknown[] = [null, 42, 'x', true, [], {}, { a: 1 }, [1, 'x'], -1.5]

/** zod's own English words, which must never reach a screen. */
const ENGLISH =
  /\b(Invalid|invalid|Expected|expected|received|Too big|Too small|Unrecognized|must|should|characters|option|input|Required)\b/

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  options?: z.ZodType[]
  valueType?: z.ZodType
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/**
 * Every object shape inside a schema, with the path at which it sits (lists count as their first
 * element), so a wrong value can be put at every field of every depth.
 */
function shapes(
  schema: z.ZodType,
  path: Array<string | number> = [],
  out: Array<{ path: Array<string | number>; shape: Record<string, z.ZodType> }> = [],
  depth = 0
) {
  if (depth > 8) return out
  const def = defOf(schema)
  const inner = def.innerType ?? def.in ?? def.element ?? def.valueType
  if (def.type === 'object' && def.shape) {
    out.push({ path, shape: def.shape })
    for (const [key, field] of Object.entries(def.shape))
      shapes(field, [...path, key], out, depth + 1)
  } else if (def.type === 'array' && def.element) {
    shapes(def.element, [...path, 0], out, depth + 1)
  } else if (def.type === 'union') {
    for (const option of def.options ?? []) shapes(option, path, out, depth + 1)
  } else if (inner) shapes(inner, path, out, depth + 1)
  return out
}

/** `{ rules: { register: { series: value } } }`: a value placed at a path of empty objects. */
function placed(path: Array<string | number>, value: unknown): unknown {
  return path.reduceRight<unknown>(
    (inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }),
    value
  )
}

/** Every message a schema gives for every wrong value at every field. */
function messagesOf(schema: z.ZodType): Array<{ at: string; message: string }> {
  const found: Array<{ at: string; message: string }> = []
  const keys = new Set<string>()
  for (const { path, shape } of shapes(schema)) {
    for (const key of Object.keys(shape)) {
      keys.add(key)
      for (const value of WRONG) {
        const result = schema.safeParse(placed([...path, key], value))
        if (result.success) continue
        for (const issue of result.error.issues)
          found.push({ at: [...path, key].join('.'), message: issue.message })
      }
    }
  }
  for (const value of WRONG) {
    const result = schema.safeParse(value)
    if (!result.success)
      for (const issue of result.error.issues)
        found.push({ at: '(cả dòng)', message: issue.message })
  }
  // A field named by its code (`clusterId: phải là văn bản`) is English to the secretary.
  const raw = [...keys].filter((k) => /^[a-z][a-zA-Z]{2,}$/.test(k))
  return found.filter(
    ({ message }) =>
      ENGLISH.test(message) ||
      !/[à-ỹđ]/i.test(message) ||
      raw.some((key) => new RegExp(`(^|[^\\p{L}])${key}($|[^\\p{L}])`, 'u').test(message))
  )
}

describe('one Vietnamese error map for every schema', () => {
  it.each(Object.entries(TABLES))(
    '%s answers every wrong value in Vietnamese',
    (_table, schema) => {
      expect(messagesOf(schema)).toEqual([])
    }
  )

  it('the format profile and every setting too', () => {
    expect(messagesOf(formatProfileSchema)).toEqual([])
    for (const key of Object.values(SETTING_KEYS))
      expect(messagesOf(settingValueSchema(key)!)).toEqual([])
  })

  it('the scoring schemas too', () => {
    const schemas = (Object.values(scoring) as unknown[]).filter(
      (value): value is z.ZodType =>
        typeof value === 'object' && value !== null && 'safeParse' in value
    )
    expect(schemas.length).toBeGreaterThan(5)
    for (const schema of schemas) expect(messagesOf(schema)).toEqual([])
  })

  it('names the field and says what is wrong, in the secretary’s words', () => {
    const cluster = TABLES.clusters.safeParse({ isSample: 'true' })
    expect(cluster.success).toBe(false)
    const messages = cluster.error!.issues.map((i) => i.message)
    expect(messages).toContain('Cụm mẫu: phải là đúng hoặc sai (true/false).')
    const meeting = TABLES.meetings.safeParse({ status: 'done' })
    expect(meeting.error!.issues.map((i) => i.message)).toContain(
      'Trạng thái: giá trị “done” không nằm trong các lựa chọn cho phép.'
    )
  })
})
