import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildBackup, encodeBackup, parseBackup, serializeBackup } from '@core/backup/format'
import { auditEntrySchema } from '@core/model/entities'
import { cleanDeep, needsCleaning } from '@core/text/normalize'
import { bigDatabase } from '../../scripts/make-big-backup.mjs'
import { readAllTables, tablesAtVersion } from '../../src/renderer/src/db/backup'
import { CURRENT_SCHEMA_VERSION } from '../../src/renderer/src/db/migrations'
import {
  CHUNKS_IN_FLIGHT,
  restoreBackup,
  runInFlight,
  WRITE_CHUNK
} from '../../src/renderer/src/db/restore-write'
import { loadSampleCluster } from '../../src/renderer/src/db/repositories/sample-repo'
import { dumpDb, makeTestDb } from '../helpers/test-db'

const meta = {
  appVersion: '0.1.0',
  schemaVersion: CURRENT_SCHEMA_VERSION,
  reason: 'manual',
  createdAt: '2026-01-15T02:30:00.000Z'
}

describe('a string the cleaner would leave alone is not cleaned again', () => {
  it('skips only strings that cleanDeep returns unchanged (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('Nguyễn', 'Nguye\u0302\u0303n', 'Hà\u200BNội', 'a\uD800b', '😀', 'x\u202Ey')
    )
    fc.assert(
      fc.property(text, (s) => {
        if (!needsCleaning(s)) expect(cleanDeep(s)).toBe(s)
      }),
      { numRuns: 3000 }
    )
  })

  it('sends NFD, invisible characters and lone surrogates to the cleaner, at any depth', () => {
    expect(needsCleaning({ a: [{ b: 'Nguye\u0302\u0303n' }] })).toBe(true)
    expect(needsCleaning({ a: 'Hà\u200BNội' })).toBe(true)
    expect(needsCleaning({ a: 'a\uD800b' })).toBe(true)
    expect(needsCleaning({ a: 'Ủy ban MTTQ Việt Nam phường Số 1', n: 3, b: null })).toBe(false)
  })

  it('cleans an audit snapshot that needs it, at any depth, and keeps one that does not', () => {
    const entry = {
      id: 'a1',
      at: '2026-01-15T02:30:00.000Z',
      table: 'memberUnits',
      entityId: 'u1',
      action: 'update',
      summary: 'Sửa',
      before: { name: 'Ủy ban MTTQ Việt Nam phường Số 1', people: [{ n: 'Nguyễn Văn A' }] },
      after: { name: 'Ủy ban\u202e MTTQ', people: [{ n: 'Nguye\u0302\u0303n Văn A' }] }
    }
    const parsed = auditEntrySchema.parse(entry)
    expect(parsed.after).toEqual({ name: 'Ủy ban MTTQ', people: [{ n: 'Nguyễn Văn A' }] })
    expect(parsed.before).toEqual(entry.before)
  })
})

describe('a backup written with each row serialised once', () => {
  it('is byte for byte the file buildBackup and serializeBackup write, and reads back', async () => {
    const data = bigDatabase(0.01) as Record<string, unknown[]>
    const once = await encodeBackup(data, meta)
    const twice = serializeBackup(await buildBackup(data, meta))
    expect(Buffer.from(once.bytes).equals(Buffer.from(twice))).toBe(true)
    const read = await parseBackup(once.bytes, CURRENT_SCHEMA_VERSION, tablesAtVersion)
    expect(read.header.sha256).toBe(once.header.sha256)
    expect(read.data).toEqual(data)
  })
})

describe('the write keeps several chunks in flight', () => {
  it('runs the steps in order, never more than the window at once, and reports every row', async () => {
    const started: number[] = []
    let running = 0
    let most = 0
    const steps = Array.from({ length: 20 }, (_, i) => ({
      rows: 10,
      run: async () => {
        started.push(i)
        most = Math.max(most, ++running)
        await new Promise((r) => setTimeout(r, 1 + (i % 3)))
        running--
      }
    }))
    const reported: number[] = []
    await runInFlight(steps, (done, total) => reported.push(done / total), 4)
    expect(started).toEqual(steps.map((_, i) => i))
    expect(most).toBe(4)
    expect(reported.at(-1)).toBe(1)
    expect([...reported].sort((a, b) => a - b)).toEqual(reported)
  })

  it('stops issuing steps when the report throws (a cancel), and gives that error', async () => {
    let issued = 0
    const steps = Array.from({ length: 50 }, () => ({
      rows: 1,
      run: async () => {
        issued++
        await new Promise((r) => setTimeout(r, 1))
      }
    }))
    const error = await runInFlight(
      steps,
      (done) => {
        if (done >= 10) throw new Error('hủy')
      },
      3
    ).catch((e: Error) => e)
    expect((error as Error).message).toBe('hủy')
    expect(issued).toBeLessThan(14)
  })
})

describe('a restore larger than the write window', () => {
  const big = bigDatabase(0.1) as Record<string, unknown[]>
  const rowCount = Object.values(big).reduce((n, rows) => n + rows.length, 0)

  it('is larger than the chunks in flight, with tables that span chunk boundaries', () => {
    expect(rowCount).toBeGreaterThan(WRITE_CHUNK * CHUNKS_IN_FLIGHT)
    expect(big['auditLog']!.length % WRITE_CHUNK).not.toBe(0)
  })

  it('writes every row of every table', { timeout: 240_000 }, async () => {
    const { bytes } = await encodeBackup(big, meta)
    const db = makeTestDb()
    await loadSampleCluster(db)
    const outcome = await restoreBackup(db, bytes, { saveSafetyBackup: async () => 'x' })
    const after = await readAllTables(db)
    for (const [table, rows] of Object.entries(big)) {
      expect(outcome.counts[table]).toBe(rows.length)
      if (table === 'auditLog' || table === 'settings') continue
      expect(after[table]).toHaveLength(rows.length)
    }
    const ids = new Set((after['auditLog'] as Array<{ id: string }>).map((r) => r.id))
    for (const row of big['auditLog'] as Array<{ id: string }>) expect(ids.has(row.id)).toBe(true)
  })

  it(
    'cancelled half-way through the write, leaves the live database byte-identical',
    {
      timeout: 240_000
    },
    async () => {
      const { bytes } = await encodeBackup(big, meta)
      const db = makeTestDb()
      await loadSampleCluster(db)
      const before = JSON.stringify(await dumpDb(db))
      const abort = new AbortController()
      const discarded: string[] = []
      let written = 0
      const error = await restoreBackup(db, bytes, {
        signal: abort.signal,
        saveSafetyBackup: async () => 'truoc-khi-khoi-phuc.json',
        discardSafetyBackup: async (name) => void discarded.push(name),
        onProgress: (p) => {
          if (p.stage !== 'write') return
          written = p.fraction
          if (p.fraction > 0.6) abort.abort()
        }
      }).catch((e: Error) => e)
      expect((error as Error).message).toContain('Đã hủy')
      expect(written).toBeGreaterThan(0.6)
      expect(JSON.stringify(await dumpDb(db))).toBe(before)
      expect(discarded).toEqual(['truoc-khi-khoi-phuc.json'])
    }
  )
})
