import { z } from 'zod'

/**
 * zod in the window runs without compiling its own parsers (`jitless`). The page's policy forbids
 * building code from text (`script-src 'self'`, no `unsafe-eval`), so zod could never use that
 * speed-up here; left to itself it finds out by trying `new Function` on the first object schema
 * it builds, and the policy reports that try as a violation on every start, on the start path
 * (about 10 ms). The workers (restore, workbook import) have no such policy and keep it.
 *
 * Imported first by `main.tsx`, so it is set before any schema is built.
 */
z.config({ jitless: true })
