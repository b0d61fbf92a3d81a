import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TABLES, YEAR_END_TABLE_NAMES } from '@core/model/entities'
import {
  AUDIT_ARCHIVE_TABLE,
  auditArchiveRecordSchema,
  type AuditArchiveRecord
} from '@core/backup/audit-archive'
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_STEPS,
  STORAGE_ONLY_TABLES
} from '../../../src/renderer/src/db/migrations'
import { listAuditFor } from '../../../src/renderer/src/db/repositories/audit'
import { DIFF_REASON_V6 } from '../../../src/renderer/src/db/migrations/v7-scoring'
import { OfficeDatabase } from '../../../src/renderer/src/db/database'
import { dumpDb, makeTestDb } from '../../helpers/test-db'

const fixturePath = (version: number) =>
  resolve(import.meta.dirname, `../../fixtures/db/v${version}/sample-cluster.json`)

function loadFixture(version: number): Record<string, unknown[]> {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')).tables
}

/** A database of the given schema version holding that version's fixture; gives the fixture. */
async function fill(version: number, name: string): Promise<Record<string, unknown[]>> {
  const old = makeTestDb(version, name)
  await old.open()
  const tables = loadFixture(version)
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
  return tables
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
    // Every logical table, and the storage-only ones, which are no entity and no backup table.
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [...Object.keys(TABLES), ...STORAGE_ONLY_TABLES].sort()
    )
    expect(STORAGE_ONLY_TABLES).toEqual([AUDIT_ARCHIVE_TABLE])
    db.close()
  })
})

/** The schema a stored row of a table must pass: an entity's, or the archive record's. */
const rowSchema = (table: string) =>
  table === AUDIT_ARCHIVE_TABLE ? auditArchiveRecordSchema : TABLES[table as keyof typeof TABLES]

describe.each(SCHEMA_STEPS.map((s) => s.version))('data stored by schema v%i', (version) => {
  it('opens in the current schema with every row intact and still valid', async () => {
    const name = `migration-v${version}-${Date.now()}`
    const tables = await fill(version, name)

    const current = makeTestDb(undefined, name)
    await current.open()
    const after = await dumpDb(current)
    for (const [table, rows] of Object.entries(tables)) {
      expect(after[table]).toHaveLength(rows.length)
      const schema = rowSchema(table)
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

describe('the app database declared with the current schema only (the fast start)', () => {
  it('opens a database already at the current version with every row as stored', async () => {
    const name = `current-only-${Date.now()}`
    const tables = await fill(CURRENT_SCHEMA_VERSION, name)
    const db = new OfficeDatabase(name, { currentSchemaOnly: true })
    await db.open()
    const after = await dumpDb(db)
    for (const [table, rows] of Object.entries(tables))
      expect(after[table]).toHaveLength(rows.length)
    // The same tables and indexes as the schema built step by step.
    const shape = (d: OfficeDatabase) =>
      Object.fromEntries(d.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.src).sort()]))
    expect(shape(db)).toEqual(shape(makeTestDb()))
    expect(Object.keys(shape(db)).sort()).toEqual(
      [...Object.keys(TABLES), ...STORAGE_ONLY_TABLES].sort()
    )
    db.close()
  })

  it('runs every upgrade of an older database once its steps are declared', async () => {
    const name = `current-only-upgrade-${Date.now()}`
    await fill(2, name)
    const db = new OfficeDatabase(name, { currentSchemaOnly: true })
    db.declareUpgrades()
    await db.open()
    // v3's upgrade gave the cluster its rotation order; v4's gave the pact its signatories.
    const [cluster] = await db.clusters.toArray()
    expect(cluster!.rotationOrder).toHaveLength(6)
    const [pact] = await db.pacts.toArray()
    expect(pact).toMatchObject({ signatories: [], witness: null })
    db.close()
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

describe('step v5 → v6', () => {
  const ts = '2026-11-26T00:00:00.000Z'
  /** A vote as schema v5 stored it: no purpose, no rule, no review flag. */
  const oldVote = (id: string, order: number, figures: Record<string, unknown>) => ({
    id,
    createdAt: ts,
    updatedAt: ts,
    meetingId: 'v1-019',
    order,
    subject: `Biểu quyết ${order + 1}`,
    method: 'secret-ballot',
    electors: 6,
    ballotsIssued: 6,
    ballotsReturned: 6,
    ballotsValid: 6,
    ballotsInvalid: 0,
    options: [{ label: 'Long Biên', unitId: 'v1-007', inFavour: 4, against: 2, abstain: 0 }],
    ...figures
  })

  async function upgraded() {
    const name = `migration-v6-step-${Date.now()}-${Math.random()}`
    const old = makeTestDb(5, name)
    await old.open()
    const tables = loadFixture(5)
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows)
      await old.table('votes').bulkAdd([
        oldVote('vote-ok', 0, {}),
        // returned more than issued, and 9 ballots for 6 units: contradictory
        oldVote('vote-bad', 1, {
          ballotsIssued: 6,
          ballotsReturned: 9,
          ballotsValid: 9,
          options: [{ label: 'Long Biên', unitId: 'v1-007', inFavour: 8, against: 1, abstain: 0 }]
        }),
        // for + against short of the valid ballots: the abstentions were never recorded
        oldVote('vote-short', 2, {
          options: [{ label: 'Long Biên', unitId: 'v1-007', inFavour: 4, against: 0, abstain: 0 }]
        })
      ])
      await old.table('documents').add({
        id: 'doc-old',
        createdAt: ts,
        updatedAt: ts,
        clusterId: 'v1-001',
        year: 2024,
        typeCode: 'BB',
        number: 3,
        symbol: '',
        issuedOn: '2024-02-28',
        title: 'Biên bản',
        fileName: 'Biên bản 03-BB-CTĐ1.docx',
        sourceTable: 'minutes',
        sourceId: 'x'
      })
    })
    old.close()
    const db = makeTestDb(6, name)
    await db.open()
    return db
  }

  it('gives every vote the rule it was taken under and flags contradictory figures without changing them', async () => {
    const db = await upgraded()
    const votes = new Map((await db.votes.toArray()).map((v) => [v.id, v]))
    const ok = votes.get('vote-ok')!
    expect(ok).toMatchObject({
      purpose: 'other',
      writtenOpinions: 0,
      present: null,
      needsReview: null,
      rule: {
        electorBasis: 'unit',
        denominator: 'members',
        thresholdNum: 1,
        thresholdDen: 2,
        comparison: 'more-than'
      }
    })
    const bad = votes.get('vote-bad')!
    expect(bad).toMatchObject({ ballotsReturned: 9, ballotsValid: 9 })
    expect(bad.options[0]!.inFavour).toBe(8)
    expect(bad.needsReview!.reason).toBe(
      'số phiếu thu vào (9) nhiều hơn số phiếu phát ra (6). phương án “Long Biên”: 8/6 đơn vị thành viên là hơn 100%; số đồng ý không thể nhiều hơn số đơn vị thành viên.'
    )
    expect(votes.get('vote-short')!.needsReview!.reason).toBe(
      'phương án “Long Biên”: đồng ý (4) + không đồng ý (0) + để trống (0) = 4, phải bằng số phiếu hợp lệ (6).'
    )
    for (const vote of votes.values()) expect(() => TABLES.votes.parse(vote)).not.toThrow()
    db.close()
  })

  it('completes the register entries, the cluster’s rules and the pacts, and adds the drafts table', async () => {
    const db = await upgraded()
    expect(await db.documents.get('doc-old')).toMatchObject({
      status: 'issued',
      symbol: '03/BB-CTĐ1',
      voidReason: '',
      copies: 0
    })
    const [cluster] = await db.clusters.toArray()
    expect(cluster!.rules.voteRules).toEqual({})
    expect(cluster!.rules.register).toEqual({
      series: 'per-type',
      pactNumbering: 'unnumbered',
      pactTypeCode: 'GƯTĐ'
    })
    expect((await db.pacts.toArray()).every((p) => p.documentId === '')).toBe(true)
    expect(await db.drafts.count()).toBe(0)
    db.close()
  })
})

describe('step v6 → v7', () => {
  const ts = '2026-11-26T00:00:00.000Z'
  const stamp = { createdAt: ts, updatedAt: ts }
  const criterion = (id: string, order: number, kind: string, maxPoints: number | null) => ({
    ...stamp,
    id,
    pactId: 'v1-026',
    parentId: '',
    order,
    code: '',
    text: `Tiêu chí ${id}`,
    kind,
    maxPoints,
    rule: ''
  })
  /** A score as schema v6 stored it: points as decimals, the review as `clusterScore`. */
  const oldScore = (
    id: string,
    criterionId: string,
    unitId: string,
    self: unknown,
    cluster: unknown,
    note = ''
  ) => ({
    ...stamp,
    id,
    clusterYearId: 'v1-008',
    criterionId,
    unitId,
    selfScore: self,
    clusterScore: cluster,
    note
  })

  async function upgraded() {
    const name = `migration-v7-step-${Date.now()}-${Math.random()}`
    const old = makeTestDb(6, name)
    await old.open()
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(loadFixture(6)))
        await old.table(table).bulkAdd(rows)
      await old
        .table('criteria')
        .bulkAdd([
          criterion('g', 0, 'group', null),
          criterion('c1', 1, 'base', 40),
          criterion('c2', 2, 'base', 60),
          criterion('b', 3, 'bonus', 5)
        ])
      await old
        .table('scores')
        .bulkAdd([
          oldScore('s1', 'c1', 'v1-002', 38.5, null, 'Đủ minh chứng'),
          oldScore('s2', 'c2', 'v1-002', 60, 55),
          oldScore('s3', 'c1', 'v1-003', 9.125, 9.125),
          oldScore('s4', 'b', 'v1-003', 2.5, null),
          oldScore('s5', 'g', 'v1-003', 40, null)
        ])
    })
    old.close()
    const db = makeTestDb(7, name)
    await db.open()
    return db
  }

  it('carries every score into hundredths, the review as the reviewed score with a reason', async () => {
    const db = await upgraded()
    expect(db.tables.map((t) => t.name)).not.toContain('scores')
    const entries = new Map((await db.scoreEntries.toArray()).map((e) => [e.id, e]))
    expect(entries.get('s1')).toMatchObject({
      selfScore: 3850,
      reviewedScore: null,
      selfNote: 'Đủ minh chứng',
      diffReason: ''
    })
    expect(entries.get('s2')).toMatchObject({
      selfScore: 6000,
      reviewedScore: 5500,
      diffReason: DIFF_REASON_V6
    })
    // 9,125 has no exact hundredths: rounded half up, and the note says what it was.
    expect(entries.get('s3')).toMatchObject({ selfScore: 913, reviewedScore: 913, diffReason: '' })
    expect(entries.get('s3')!.selfNote).toContain('Điểm tự chấm 9,125 (trước phiên bản 7)')
    for (const entry of entries.values())
      expect(() => TABLES.scoreEntries.parse(entry)).not.toThrow()
    db.close()
  })

  it('makes a bonus score the unit’s own item and keeps a group score in the audit log', async () => {
    const db = await upgraded()
    const [item] = await db.scoreAdjustments.toArray()
    expect(item).toMatchObject({
      id: 's4',
      kind: 'bonus',
      criterionId: 'b',
      proposedBy: 'unit',
      selfPoints: 250,
      reason: 'Tiêu chí b'
    })
    expect(await db.scoreEntries.get('s5')).toBeUndefined()
    const [kept] = await db.auditLog.where('[table+entityId]').equals(['scores', 's5']).toArray()
    expect(kept!.before).toMatchObject({ id: 's5', selfScore: 40, criterionId: 'g' })
    expect(await db.scoringRules.count()).toBe(0)
    db.close()
  })
})

describe('step v7 → v8', () => {
  it('adds the bình xét and award tables and leaves every year’s leading unit undecided', async () => {
    const name = `migration-v8-step-${Date.now()}-${Math.random()}`
    const old = makeTestDb(7, name)
    await old.open()
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(loadFixture(7)))
        await old.table(table).bulkAdd(rows)
    })
    old.close()
    const db = makeTestDb(8, name)
    await db.open()
    const years = await db.clusterYears.toArray()
    expect(years).toHaveLength(2)
    for (const year of years) {
      expect(year.leadingUnitId).toBeNull()
      expect(() => TABLES.clusterYears.parse(year)).not.toThrow()
    }
    // The rest of each year is unchanged.
    const before = loadFixture(7)['clusterYears'] as Array<Record<string, unknown>>
    expect(years.map(({ leadingUnitId: _, ...rest }) => rest)).toEqual(before)
    expect(YEAR_END_TABLE_NAMES).toHaveLength(7)
    for (const table of YEAR_END_TABLE_NAMES) expect(await db.table(table).count()).toBe(0)
    db.close()
  })
})

describe('step v8 → v9', () => {
  it('adds an empty audit archive and leaves every row, the audit log included, where it was', async () => {
    const name = `migration-v9-step-${Date.now()}-${Math.random()}`
    const tables = await fill(8, name)
    const entry = {
      id: 'nk-v8',
      at: '2026-11-25T03:00:00.000Z',
      table: 'memberUnits',
      entityId: 'u-1',
      action: 'update' as const,
      summary: 'Sửa tên đơn vị',
      before: { name: 'cũ' },
      after: { name: 'mới' }
    }
    const old = makeTestDb(8, name)
    await old.open()
    await old.auditLog.add(entry)
    old.close()
    const db = makeTestDb(9, name)
    await db.open()
    expect(await db.auditArchive.count()).toBe(0)
    // Nothing moved: the log's row is still a live row, found as before.
    expect(await db.auditLog.toArray()).toEqual([entry])
    expect(await listAuditFor(db, 'memberUnits', 'u-1')).toEqual([entry])
    const after = await dumpDb(db)
    for (const [table, rows] of Object.entries(tables))
      expect(after[table]).toHaveLength(rows.length)
    db.close()
  })

  it('finds an entity’s archived entries through the index of the keys they mention', async () => {
    const name = `migration-v9-index-${Date.now()}-${Math.random()}`
    const tables = await fill(9, name)
    const db = makeTestDb(undefined, name)
    await db.open()
    const [record] = tables[AUDIT_ARCHIVE_TABLE] as AuditArchiveRecord[]
    const unit = record!.keys[0]!
    const found = await db.auditArchive.where('keys').equals(unit).toArray()
    expect(found.map((r) => r.id)).toEqual([record!.id])
    expect(await db.auditArchive.where('keys').equals(['memberUnits', 'nobody']).count()).toBe(0)
    // The unit's history: the archived entry and the live one, newest first.
    expect((await listAuditFor(db, unit[0], unit[1])).map((e) => e.id)).toEqual([
      'nk-0003',
      'nk-0001'
    ])
    db.close()
  })
})
