import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { lazySchema } from '@core/model/lazy-schema'
import { clusterSchema, memberUnitSchema, TABLES } from '@core/model/entities'
import { DEFAULT_PROFILE, formatProfileSchema } from '@core/documents/profile'

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    let builds = 0
    const schema = lazySchema(() => {
      builds++
      return z.object({ name: z.string().min(1, 'Tên: chưa ghi.') })
    })
    expect(builds).toBe(0)
    expect(schema.parse({ name: 'Cụm 1' })).toEqual({ name: 'Cụm 1' })
    expect(schema.safeParse({ name: '' }).success).toBe(false)
    expect(builds).toBe(1)
  })

  it('stands for the schema inside other schemas, with zod’s own checks', () => {
    const inner = lazySchema(() => z.object({ n: z.number().int() }))
    const outer = z.object({ items: z.array(inner).max(2), extra: inner.optional() })
    expect(outer.parse({ items: [{ n: 1 }] })).toEqual({ items: [{ n: 1 }] })
    expect(outer.safeParse({ items: [{ n: 1.5 }] }).success).toBe(false)
    expect(inner instanceof z.ZodObject).toBe(true)
    expect('shape' in inner).toBe(true)
    expect(Object.keys(inner.shape)).toEqual(['n'])
    expect(inner.extend({ m: z.string() }).parse({ n: 2, m: 'x' })).toEqual({ n: 2, m: 'x' })
  })

  it('keeps the data model’s schemas working as before', () => {
    expect(TABLES.clusters).toBe(clusterSchema)
    const unit = memberUnitSchema.safeParse({ name: '' })
    expect(unit.success).toBe(false)
    expect(unit.error?.issues.some((i) => i.path[0] === 'name')).toBe(true)
  })
})

describe('the ND30 format profile', () => {
  it('written-out defaults are exactly what the schema gives an empty profile', () => {
    expect(DEFAULT_PROFILE).toEqual(formatProfileSchema.parse({}))
    expect(DEFAULT_PROFILE).toMatchObject({ marginLeftMm: 30, bodyPt: 14, chairLabel: 'CHỦ TRÌ' })
  })
})
