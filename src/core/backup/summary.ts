import { TABLES, type TableName } from '../model/entities'
import { formatDateVi } from '../text/dates'
import { compareVietnamese } from '../text/normalize'
import type { DatabaseRows } from './rows'

/**
 * What a restore will do, for the confirmation: the clusters of the file next to the current ones,
 * and per table how many rows are added, removed and changed (compared by id), with the names for
 * units, years and meetings. Pure; the worker computes it from the checked file and the live rows.
 */

export interface TableChange {
  table: TableName
  added: number
  removed: number
  changed: number
  /** Rows in the file (after the restore, the table holds exactly these). */
  total: number
}

export interface NamedChanges {
  added: string[]
  removed: string[]
  changed: string[]
}

export interface RestoreSummary {
  fileClusters: Array<{ id: string; name: string }>
  currentClusters: Array<{ id: string; name: string }>
  /**
   * `same`: the same clusters; `renamed`: the same ids under other names; `other`: none of the
   * file's clusters is one of the current ones; `empty`: nothing to compare with (no data now).
   */
  clusterMatch: 'same' | 'renamed' | 'other' | 'empty'
  /** Tables whose rows change, in backup order. */
  tables: TableChange[]
  units: NamedChanges
  years: NamedChanges
  meetings: NamedChanges
  /** True when the file holds exactly what the database holds now. */
  identical: boolean
}

/** Names listed per kind of change; the rest are counted on screen. */
export const LISTED = 40

type Row = Record<string, unknown>

/** Deep equality of two stored rows, whatever the order of their keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]))
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Row)[k], (b as Row)[k]))
}

const keyOf = (table: TableName, row: Row) => String(table === 'settings' ? row['key'] : row['id'])

interface Diff {
  added: Row[]
  removed: Row[]
  changed: Array<[Row, Row]>
}

function diffTable(table: TableName, next: Row[], current: Row[]): Diff {
  const before = new Map(current.map((r) => [keyOf(table, r), r]))
  const diff: Diff = { added: [], removed: [], changed: [] }
  const seen = new Set<string>()
  for (const row of next) {
    const key = keyOf(table, row)
    seen.add(key)
    const old = before.get(key)
    if (!old) diff.added.push(row)
    else if (!sameValue(old, row)) diff.changed.push([old, row])
  }
  for (const [key, row] of before) if (!seen.has(key)) diff.removed.push(row)
  return diff
}

function named(diff: Diff, name: (row: Row) => string): NamedChanges {
  const list = (rows: Row[]) => rows.map(name).sort(compareVietnamese).slice(0, LISTED)
  return {
    added: list(diff.added),
    removed: list(diff.removed),
    changed: diff.changed
      .map(([old, row]) => (name(old) === name(row) ? name(row) : `${name(old)} → ${name(row)}`))
      .sort(compareVietnamese)
      .slice(0, LISTED)
  }
}

/** Compares the rows a restore would write with the rows the database holds now. */
export function summarizeRestore(
  next: DatabaseRows,
  current: Partial<Record<TableName, unknown[]>>
): RestoreSummary {
  const diffs = {} as Record<TableName, Diff>
  const tables: TableChange[] = []
  for (const table of Object.keys(TABLES) as TableName[]) {
    const diff = diffTable(table, next[table] as Row[], (current[table] ?? []) as Row[])
    diffs[table] = diff
    if (diff.added.length || diff.removed.length || diff.changed.length)
      tables.push({
        table,
        added: diff.added.length,
        removed: diff.removed.length,
        changed: diff.changed.length,
        total: next[table].length
      })
  }
  const clusterList = (rows: Row[]) =>
    rows.map((c) => ({ id: String(c['id']), name: String(c['name'] ?? '') }))
  const fileClusters = clusterList(next.clusters as Row[])
  const currentClusters = clusterList((current.clusters ?? []) as Row[])
  const currentIds = new Map(currentClusters.map((c) => [c.id, c.name]))
  const clusterMatch: RestoreSummary['clusterMatch'] =
    currentClusters.length === 0
      ? 'empty'
      : !fileClusters.some((c) => currentIds.has(c.id))
        ? 'other'
        : fileClusters.length === currentClusters.length &&
            fileClusters.every((c) => currentIds.get(c.id) === c.name)
          ? 'same'
          : 'renamed'
  return {
    fileClusters,
    currentClusters,
    clusterMatch,
    tables,
    units: named(diffs.memberUnits, (u) => String(u['name'])),
    years: named(diffs.clusterYears, (y) => `Năm ${String(y['year'])}`),
    meetings: named(
      diffs.meetings,
      (m) => `${String(m['title'])} (${formatDateVi(String(m['date']))})`
    ),
    identical: tables.length === 0
  }
}
