import type {
  ClusterYear,
  Criterion,
  MemberUnit,
  Pact,
  PactCommitment,
  PactSignatory,
  UnitPerson
} from '../model/entities'
import type { FieldIssue } from '../model/validation'
import { toRoman } from '../text/vietnamese'
import { unitHeaderLines } from './member-units'

/** A commitment as the editor and documents see it: the tree flattened in display order. */
export interface CommitmentNode {
  id: string
  parentId: string
  text: string
  depth: number
  /** `1.`, `-`, `+`: report-style numbering of the level (official-layout.md §3.2). */
  label: string
}

type Tree = Array<Pick<PactCommitment, 'id' | 'parentId' | 'order' | 'text'>>

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order

/** The commitments in display order with their depth and numbering. */
export function flattenCommitments(rows: Tree): CommitmentNode[] {
  const children = new Map<string, Tree>()
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row])
  const out: CommitmentNode[] = []
  const walk = (parentId: string, depth: number) => {
    const list = [...(children.get(parentId) ?? [])].sort(byOrder)
    list.forEach((row, i) => {
      const label = depth === 0 ? `${i + 1}.` : depth === 1 ? '-' : '+'
      out.push({ id: row.id, parentId: row.parentId, text: row.text, depth, label })
      walk(row.id, depth + 1)
    })
  }
  walk('', 0)
  return out
}

/** Deepest level the layout allows: `1.`, then `-`, then `+`. */
export const MAX_COMMITMENT_DEPTH = 3

function renumber(rows: Tree, parentId: string): Tree {
  const siblings = rows.filter((r) => r.parentId === parentId).sort(byOrder)
  const orderOf = new Map(siblings.map((r, i) => [r.id, i]))
  return rows.map((r) => (orderOf.has(r.id) ? { ...r, order: orderOf.get(r.id)! } : r))
}

function depthOf(rows: Tree, id: string): number {
  let depth = 0
  let current = rows.find((r) => r.id === id)
  while (current && current.parentId) {
    depth++
    current = rows.find((r) => r.id === current!.parentId)
  }
  return depth
}

function subtreeHeight(rows: Tree, id: string): number {
  const kids = rows.filter((r) => r.parentId === id)
  return kids.length === 0 ? 1 : 1 + Math.max(...kids.map((k) => subtreeHeight(rows, k.id)))
}

/** Moves a commitment one place up (-1) or down (+1) among its siblings. */
export function moveCommitment(rows: Tree, id: string, delta: -1 | 1): Tree {
  const row = rows.find((r) => r.id === id)
  if (!row) return rows
  const siblings = rows.filter((r) => r.parentId === row.parentId).sort(byOrder)
  const index = siblings.findIndex((r) => r.id === id)
  const swap = siblings[index + delta]
  if (!swap) return rows
  return rows.map((r) =>
    r.id === id ? { ...r, order: swap.order } : r.id === swap.id ? { ...r, order: row.order } : r
  )
}

/** Places a commitment just before another one, under that one's parent (drag and drop). */
export function moveBefore(rows: Tree, id: string, targetId: string): Tree {
  const target = rows.find((r) => r.id === targetId)
  const row = rows.find((r) => r.id === id)
  if (!target || !row || id === targetId) return rows
  // Never into its own subtree.
  let up: Tree[number] | undefined = target
  while (up) {
    if (up.id === id) return rows
    up = rows.find((r) => r.id === up!.parentId)
  }
  if (depthOf(rows, targetId) + subtreeHeight(rows, id) > MAX_COMMITMENT_DEPTH) return rows
  const moved = rows.map((r) =>
    r.id === id ? { ...r, parentId: target.parentId, order: target.order - 0.5 } : r
  )
  return renumber(renumber(moved, target.parentId), row.parentId)
}

/** Makes a commitment the last sub-item of the one above it (Tab). */
export function indentCommitment(rows: Tree, id: string): Tree {
  const row = rows.find((r) => r.id === id)
  if (!row) return rows
  const siblings = rows.filter((r) => r.parentId === row.parentId).sort(byOrder)
  const index = siblings.findIndex((r) => r.id === id)
  const newParent = siblings[index - 1]
  if (!newParent) return rows
  if (depthOf(rows, newParent.id) + 1 + subtreeHeight(rows, id) > MAX_COMMITMENT_DEPTH) return rows
  const last = rows.filter((r) => r.parentId === newParent.id).length
  const moved = rows.map((r) => (r.id === id ? { ...r, parentId: newParent.id, order: last } : r))
  return renumber(moved, row.parentId)
}

/** Makes a sub-item a sibling of its parent, just after it (Shift+Tab). */
export function outdentCommitment(rows: Tree, id: string): Tree {
  const row = rows.find((r) => r.id === id)
  const parent = row ? rows.find((r) => r.id === row.parentId) : undefined
  if (!row || !parent) return rows
  const moved = rows.map((r) =>
    r.id === id ? { ...r, parentId: parent.parentId, order: parent.order + 0.5 } : r
  )
  return renumber(renumber(moved, parent.parentId), row.parentId)
}

/** Removes a commitment with all its sub-items. */
export function removeCommitment(rows: Tree, id: string): Tree {
  const doomed = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const r of rows) {
      if (doomed.has(r.parentId) && !doomed.has(r.id)) {
        doomed.add(r.id)
        grew = true
      }
    }
  }
  const row = rows.find((r) => r.id === id)
  return renumber(
    rows.filter((r) => !doomed.has(r.id)),
    row?.parentId ?? ''
  )
}

/** Totals of the criteria: base points (checked against the declared total), bonus, penalty. */
export interface CriteriaTotals {
  base: number
  bonus: number
  penalty: number
}

export function criteriaTotals(
  criteria: Array<Pick<Criterion, 'kind' | 'maxPoints'>>
): CriteriaTotals {
  const sum = (kind: Criterion['kind']) =>
    Math.round(
      criteria.filter((c) => c.kind === kind).reduce((t, c) => t + (c.maxPoints ?? 0), 0) * 100
    ) / 100
  return { base: sum('base'), bonus: sum('bonus'), penalty: sum('penalty') }
}

/** Criteria in display order with their numbers: groups `I`, `II`; criteria `1`, `2` within. */
export function numberCriteria(criteria: Criterion[]): Array<Criterion & { number: string }> {
  const sorted = [...criteria].sort(byOrder)
  let group = 0
  let item = 0
  return sorted.map((c) => {
    if (c.kind === 'group') {
      group++
      item = 0
      return { ...c, number: c.code || toRoman(group) }
    }
    item++
    return { ...c, number: c.code || String(item) }
  })
}

/**
 * The signatories of a pact in signing order: cụm trưởng first, cụm phó second, then the others
 * in the cluster's order. A unit without a stored signatory gets the default — `TM. BAN THƯỜNG
 * TRỰC` / `CHỦ TỊCH` and the name of its chairman, if known.
 */
export function resolveSignatories(
  pact: Pick<Pact, 'signatories'>,
  year: Pick<ClusterYear, 'memberUnitIds' | 'leaderUnitId' | 'deputyUnitId'>,
  units: MemberUnit[],
  people: UnitPerson[]
): Array<PactSignatory & { unitName: string; headerLines: string[] }> {
  const order = [
    year.leaderUnitId,
    year.deputyUnitId,
    ...year.memberUnitIds.filter((id) => id !== year.leaderUnitId && id !== year.deputyUnitId)
  ]
  const members = order.filter((id) => id && year.memberUnitIds.includes(id))
  return members.map((unitId) => {
    const unit = units.find((u) => u.id === unitId)
    const stored = pact.signatories.find((s) => s.unitId === unitId)
    const chair = people.find((p) => p.unitId === unitId && p.role === 'chair' && !p.activeTo)
    return {
      unitId,
      unitName: unit?.name ?? unitId,
      headerLines: unit ? unitHeaderLines(unit) : [],
      titleLines: stored?.titleLines.length
        ? stored.titleLines
        : ['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH'],
      name: stored ? stored.name : (chair?.fullName ?? '')
    }
  })
}

/**
 * What must hold before a pact can be signed: at least one commitment, base points adding up to
 * the declared total when one is declared, and signatories only for units that are members that
 * year.
 */
export function checkPactForSigning(
  pact: Pick<Pact, 'declaredTotal' | 'signatories'>,
  commitments: unknown[],
  criteria: Array<Pick<Criterion, 'kind' | 'maxPoints'>>,
  year: Pick<ClusterYear, 'memberUnitIds' | 'year'>
): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (commitments.length === 0)
    issues.push({ field: 'commitments', message: 'Nội dung giao ước: chưa có nội dung nào.' })
  if (pact.declaredTotal !== null) {
    const totals = criteriaTotals(criteria)
    if (Math.abs(totals.base - pact.declaredTotal) > 1e-9) {
      issues.push({
        field: 'declaredTotal',
        message: `Tổng điểm chuẩn của các tiêu chí (${String(totals.base).replace('.', ',')}) khác tổng điểm đã công bố (${String(pact.declaredTotal).replace('.', ',')}).`
      })
    }
  }
  const outsiders = pact.signatories.filter((s) => !year.memberUnitIds.includes(s.unitId))
  if (outsiders.length)
    issues.push({
      field: 'signatories',
      message: `Người ký: có đơn vị không tham gia cụm năm ${year.year}.`
    })
  return issues
}
