import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { parseBackup } from '@core/backup/format'
import { checkIntegrity } from '@core/backup/integrity'
import { IssueList } from '@core/backup/issues'
import { validateRows } from '@core/backup/rows'
import { TABLES, type ClusterYear, type MemberUnit } from '@core/model/entities'
import type { RankingSnapshot } from '@core/scoring/model'
import { readAllTables, restoreBackup } from '../../src/renderer/src/db/backup'
import { CURRENT_SCHEMA_VERSION } from '../../src/renderer/src/db/migrations'
import { checkAndRepair } from '../../src/renderer/src/db/safe-mode'
import { makeTestDb } from '../helpers/test-db'
import { backupBytes } from '../../scripts/lib/backup-file'
import {
  clusterHistory,
  manyUnits,
  ONE_YEAR,
  STRESS,
  THIRTY_YEARS,
  type HistoryShape
} from '../../scripts/lib/cluster-history'

/** What the restore's own checks say of the file: every row's schema, then the whole database. */
async function restoreIssues(data: Record<string, unknown[]>) {
  const file = await parseBackup(
    await backupBytes(data, '2025-12-20T02:00:00.000Z'),
    CURRENT_SCHEMA_VERSION,
    Object.keys(TABLES)
  )
  const issues = new IssueList()
  checkIntegrity(validateRows(file.data, issues), issues)
  return issues.items
}

const rows = <T>(data: Record<string, unknown[]>, table: string) => data[table] as T[]

describe('the generated cluster histories', () => {
  const thirty = clusterHistory(THIRTY_YEARS)

  it('thirty years: 15 units, renamed and merged, 12 meetings and a scored pact each year', () => {
    const units = rows<MemberUnit>(thirty, 'memberUnits')
    const years = rows<ClusterYear>(thirty, 'clusterYears')
    expect(units).toHaveLength(15)
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 30 }, (_, i) => 1996 + i))
    expect(thirty['meetings']).toHaveLength(30 * 12)
    expect(thirty['pacts']).toHaveLength(30)
    expect(thirty['criteria']).toHaveLength(30 * 14)
    // A commune renamed a ward: the early years keep the name it had then.
    const first = years[0]!
    expect(first.unitNames['dv-3']).toBe('Ủy ban MTTQ Việt Nam xã Vĩnh Phúc')
    expect(units.find((u) => u.id === 'dv-3')!.name).toBe('Ủy ban MTTQ Việt Nam phường Vĩnh Phúc')
    // Merged wards end and leave the years after; the new ward is a member only from its year.
    const merged = units.filter((u) => u.activeTo)
    expect(merged.map((u) => u.id).sort()).toEqual(['dv-10', 'dv-6', 'dv-7', 'dv-9'])
    for (const unit of merged) {
      const end = Number(unit.activeTo.slice(0, 4))
      for (const year of years) expect(year.memberUnitIds.includes(unit.id)).toBe(year.year <= end)
    }
    expect(years.filter((y) => y.memberUnitIds.includes('dv-15')).map((y) => y.year)).toEqual([
      2025
    ])
    // Every year but the current one has its adopted ranking, one row per member.
    const snapshots = rows<RankingSnapshot>(thirty, 'rankingSnapshots')
    expect(snapshots).toHaveLength(29)
    for (const s of snapshots) {
      const year = years.find((y) => y.id === s.clusterYearId)!
      expect(s.rows.map((r) => r.unitId).sort()).toEqual([...year.memberUnitIds].sort())
      expect(s.rows.some((r) => r.rank === 1)).toBe(true)
    }
    expect(thirty['scoreEntries']).toHaveLength(
      years.reduce((n, y) => n + y.memberUnitIds.length * 9, 0)
    )
  })

  it('passes every check of a restore: each row, then the whole database', async () => {
    expect(await restoreIssues(thirty)).toEqual([])
    expect(await restoreIssues(clusterHistory(ONE_YEAR))).toEqual([])
    // The stress shape, scaled down: the same rules over 45 units and 40 meetings a year.
    const stressLike: HistoryShape = {
      ...STRESS,
      units: manyUnits(45, STRESS.firstYear, STRESS.lastYear),
      meetingsPerYear: 40
    }
    expect(await restoreIssues(clusterHistory(stressLike))).toEqual([])
  })

  it('the stress shape is 300 units and 10,000 meetings', () => {
    expect(STRESS.units).toHaveLength(300)
    expect(STRESS.meetingsPerYear * (STRESS.lastYear - STRESS.firstYear + 1)).toBe(10_000)
  })

  it('a small history restores through the app and opens without repairs', async () => {
    const small: HistoryShape = { ...THIRTY_YEARS, firstYear: 2018 }
    const data = clusterHistory(small)
    const db = makeTestDb()
    const outcome = await restoreBackup(db, await backupBytes(data, '2025-12-20T02:00:00.000Z'), {
      saveSafetyBackup: async () => 'safety'
    })
    expect(outcome.counts['meetings']).toBe(8 * 12)
    expect(outcome.counts['memberUnits']).toBe(data['memberUnits']!.length)
    expect(await checkAndRepair(db)).toEqual({ repairs: [], problems: [] })
    const stored = await readAllTables(db)
    expect(stored['scoreEntries']).toHaveLength(data['scoreEntries']!.length)
  })
})
