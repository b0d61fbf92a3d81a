import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { scanJson } from '@core/backup/json-scan'

describe('the strict reading of a JSON text', () => {
  it('finds a key written twice, with where it is', () => {
    const text = '{"header":{},"data":{"clusters":[{"id":"a"}],"memberUnits":[],"clusters":[]}}'
    expect(scanJson(text, 12)).toEqual({
      kind: 'duplicate-key',
      key: 'clusters',
      path: ['data', 'clusters']
    })
  })

  it('names the row of a key repeated inside it', () => {
    const text = '{"data":{"memberUnits":[{"id":"a"},{"id":"b","name":"x","name":"y"}]}}'
    expect(scanJson(text, 12)).toEqual({
      kind: 'duplicate-key',
      key: 'name',
      path: ['data', 'memberUnits', 1, 'name']
    })
  })

  it('sees a repeated key written with escapes ("\\u006eame" is "name")', () => {
    expect(scanJson('{"name":1,"\\u006eame":2}', 12)?.kind).toBe('duplicate-key')
  })

  it('is not fooled by quotes, braces and commas inside strings', () => {
    const text = '{"a":"x\\",\\"a\\":{","b":["}",",",{"a":1}],"c":"\\\\"}'
    expect(scanJson(text, 12)).toBeNull()
  })

  it('allows the same key in different objects', () => {
    expect(scanJson('[{"id":1},{"id":2},{"x":{"id":3}}]', 12)).toBeNull()
  })

  it('refuses __proto__, constructor and prototype, and nesting past the limit', () => {
    expect(scanJson('{"a":{"__proto__":{}}}', 12)?.kind).toBe('forbidden-key')
    expect(scanJson('{"constructor":1}', 12)?.kind).toBe('forbidden-key')
    expect(scanJson('[[[[1]]]]', 3)?.kind).toBe('too-deep')
    expect(scanJson('[[[1]]]', 3)).toBeNull()
  })

  it('finds a repeated key exactly when an object of the text has one (property)', () => {
    type Node = { pairs: Array<[string, Node | number]> } | Node[]
    const key = fc.constantFrom('a', 'b', 'ñ', 'Đ', '"', '\\', 'x y', '{', ',')
    const { node } = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { maxDepth: 4 },
        fc.constant([] as Node),
        fc.array(tie('node'), { maxLength: 3 }),
        fc
          .array(fc.tuple(key, fc.oneof(fc.integer(), tie('node'))), { maxLength: 4 })
          .map((pairs) => ({ pairs }))
      )
    }))
    const write = (n: Node | number): string =>
      typeof n === 'number'
        ? String(n)
        : Array.isArray(n)
          ? `[${n.map(write).join(',')}]`
          : `{${n.pairs.map(([k, v]) => `${JSON.stringify(k)}:${write(v)}`).join(',')}}`
    const repeats = (n: Node | number): boolean =>
      typeof n === 'number'
        ? false
        : Array.isArray(n)
          ? n.some(repeats)
          : new Set(n.pairs.map(([k]) => k)).size < n.pairs.length ||
            n.pairs.some(([, v]) => repeats(v))
    fc.assert(
      fc.property(node, (tree) => {
        const text = write(tree)
        JSON.parse(text)
        expect(scanJson(text, 100) !== null).toBe(repeats(tree))
      })
    )
  })
})
