/**
 * A 64-bit FNV-1a hash of a string as 16 hex digits, in plain integers (no BigInt, no Web
 * Crypto, so it runs the same in the renderer, in Node and in a worker). It identifies versions
 * (the criteria a score sheet was made from), it is not a security measure.
 */
export function hash64(text: string): string {
  // Two 32-bit halves of the 64-bit FNV offset basis; multiplication by the FNV prime
  // 2^40 + 2^8 + 0x b3 done by parts so that no intermediate exceeds 2^53.
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (const byte of utf8(text)) {
    h0 ^= byte
    const t0 = h0 * 0x1b3
    const t1 = h1 * 0x1b3
    const t2 = h2 * 0x1b3 + (h0 << 8)
    const t3 = h3 * 0x1b3 + (h1 << 8)
    const c1 = t1 + (t0 >>> 16)
    const c2 = t2 + (c1 >>> 16)
    h0 = t0 & 0xffff
    h1 = c1 & 0xffff
    h2 = c2 & 0xffff
    h3 = (t3 + (c2 >>> 16)) & 0xffff
  }
  return [h3, h2, h1, h0].map((part) => part.toString(16).padStart(4, '0')).join('')
}

/** The UTF-8 bytes of a string (core code has no TextEncoder type: it is a DOM and Node global). */
function* utf8(text: string): Generator<number> {
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code < 0x80) yield code
    else if (code < 0x800) {
      yield 0xc0 | (code >> 6)
      yield 0x80 | (code & 0x3f)
    } else if (code < 0x10000) {
      yield 0xe0 | (code >> 12)
      yield 0x80 | ((code >> 6) & 0x3f)
      yield 0x80 | (code & 0x3f)
    } else {
      yield 0xf0 | (code >> 18)
      yield 0x80 | ((code >> 12) & 0x3f)
      yield 0x80 | ((code >> 6) & 0x3f)
      yield 0x80 | (code & 0x3f)
    }
  }
}
