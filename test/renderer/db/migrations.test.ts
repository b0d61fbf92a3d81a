import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TABLES } from '@core/model/entities'
import { CURRENT_SCHEMA_VERSION, SCHEMA_STEPS } from '../../../src/renderer/src/db/migrations'
import { dumpDb, makeTestDb } from '../../helpers/test-db'

const fixturePath = (version: number) =>
  resolve(import.meta.dirname, `../../fixtures/db/v${version}/sample-cluster.json`)

function loadFixture(version: number): Record<string, unknown[]> {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')).tables
}

describe('schema versions', () => {
  it('are numbered 1, 2, 3 … with no gap, each with a frozen fixture', () => {
    SCHEMA_STEPS.forEach((step, index) => {
      expect(step.version).toBe(index + 1)
      expect(existsSync(fixturePath(step.version))).toBe(true)
    })
  })

  it('declare a table for every entity of the model', async () => {
    const db = makeTestDb()
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(TABLES).sort())
    db.close()
  })
})

describe.each(SCHEMA_STEPS.map((s) => s.version))('data stored by schema v%i', (version) => {
  it('opens in the current schema with every row intact and still valid', async () => {
    const name = `migration-v${version}-${Date.now()}`
    const old = makeTestDb(version, name)
    await old.open()
    const tables = loadFixture(version)
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows)
    })
    old.close()

    const current = makeTestDb(undefined, name)
    await current.open()
    const after = await dumpDb(current)
    for (const [table, rows] of Object.entries(tables)) {
      expect(after[table]).toHaveLength(rows.length)
      const schema = TABLES[table as keyof typeof TABLES]
      for (const row of after[table]!) expect(() => schema.parse(row)).not.toThrow()
    }
    if (version === CURRENT_SCHEMA_VERSION) {
      for (const [table, rows] of Object.entries(tables)) {
        expect(after[table]).toEqual(
          [...rows].sort((a, b) => String(keyOf(a)).localeCompare(String(keyOf(b))))
        )
      }
    }
    current.close()
  })
})

function keyOf(row: unknown): unknown {
  const r = row as { id?: string; key?: string }
  return r.id ?? r.key
}

describe('step v2 → v3', () => {
  it('gives every stored cluster a rotation order: its units in display order', async () => {
    const name = `migration-v3-step-${Date.now()}`
    const old = makeTestDb(2, name)
    await old.open()
    const tables = loadFixture(2)
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows)
    })
    old.close()
    const db = makeTestDb(3, name)
    await db.open()
    const [cluster] = await db.clusters.toArray()
    const units = (await db.memberUnits.toArray()).sort((a, b) => a.displayOrder - b.displayOrder)
    expect(cluster!.rotationOrder).toEqual(units.map((u) => u.id))
    expect(cluster!.rotationOrder).toHaveLength(6)
    db.close()
  })
})

describe('step v3 → v4', () => {
  it('gives every stored pact an empty signatory list and no witness, keeping its content', async () => {
    const name = `migration-v4-step-${Date.now()}`
    const old = makeTestDb(3, name)
    await old.open()
    const tables = loadFixture(3)
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows)
    })
    old.close()
    const db = makeTestDb(4, name)
    await db.open()
    const [pact] = await db.pacts.toArray()
    expect(pact).toMatchObject({
      signatories: [],
      witness: null,
      title: 'Giao ước thi đua năm 2020',
      status: 'signed'
    })
    db.close()
  })
})

describe('step v4 → v5', () => {
  it('marks every stored composition as issued by the cluster', async () => {
    const name = `migration-v5-step-${Date.now()}`
    const old = makeTestDb(4, name)
    await old.open()
    const tables = loadFixture(4)
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows)
    })
    old.close()
    const db = makeTestDb(5, name)
    await db.open()
    const rows = await db.compositions.toArray()
    expect(rows).toHaveLength(2)
    expect(rows.every((r) => r.issuer === 'cluster')).toBe(true)
    db.close()
  })
})
