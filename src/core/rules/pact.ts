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
import { normalizeLine } from '../text/normalize'
import { toRoman } from '../text/vietnamese'
import { findPlaceholders, isBlankFact } from './meetings'
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

/** A row of the numbered criteria table. */
export interface NumberedCriterion {
  /** `I`, `II` for parts; `1`, `2` for criteria within a part (or the criterion's own code). */
  number: string
  text: string
  kind: Criterion['kind']
  maxPoints: number | null
  rule: string
  /** The criterion shown; null for a part heading the numbering adds (`Điểm thưởng`, `Điểm trừ`). */
  criterionId: string | null
}

const PART_TITLES = { base: 'Tiêu chí chấm điểm', bonus: 'Điểm thưởng', penalty: 'Điểm trừ' }

/**
 * Criteria in display order with their numbers. Base criteria stay in their groups (`I`, `II`…,
 * criteria `1`, `2`… within each). Bonus and penalty criteria are not part of the last group
 * they were entered under: each kind gets its own numbered part after the base groups — the
 * secretary's own group when one holds only that kind, else `Điểm thưởng` / `Điểm trừ` — so a
 * reader never counts them among the base criteria. Without any group and with no bonus or
 * penalty, the criteria are simply numbered `1`, `2`…
 */
export function numberCriteria(criteria: Criterion[]): NumberedCriterion[] {
  const sorted = [...criteria].sort(byOrder)
  type Part = { group: Criterion | null; items: Criterion[] }
  const parts: Part[] = []
  let current: Part = { group: null, items: [] }
  parts.push(current)
  for (const c of sorted) {
    if (c.kind === 'group') {
      current = { group: c, items: [] }
      parts.push(current)
    } else current.items.push(c)
  }
  const ofKind = (kind: Criterion['kind']) =>
    parts.flatMap((part) => part.items.filter((c) => c.kind === kind))
  /** A group the secretary made for one extra kind only: its title names that part. */
  const ownGroup = (kind: 'bonus' | 'penalty') =>
    parts.find(
      (part) => part.group && part.items.length > 0 && part.items.every((c) => c.kind === kind)
    )?.group ?? null
  const extra = (['bonus', 'penalty'] as const).filter((kind) => ofKind(kind).length > 0)
  // A group holding only bonus or penalty criteria is not a part of its own: its criteria go to
  // their kind's part.
  const baseParts = parts
    .filter((part) => !(part.items.length > 0 && part.items.every((c) => c.kind !== 'base')))
    .map((part) => ({ ...part, items: part.items.filter((c) => c.kind === 'base') }))
    .filter((part) => part.group !== null || part.items.length > 0)
  const out: NumberedCriterion[] = []
  let roman = 0
  const heading = (group: Criterion | null, title: string) => {
    roman++
    out.push({
      number: group?.code || toRoman(roman),
      text: group?.text ?? title,
      kind: 'group',
      maxPoints: null,
      rule: group?.rule ?? '',
      criterionId: group?.id ?? null
    })
  }
  const items = (list: Criterion[]) =>
    list.forEach((c, i) =>
      out.push({
        number: c.code || String(i + 1),
        text: c.text,
        kind: c.kind,
        maxPoints: c.maxPoints,
        rule: c.rule,
        criterionId: c.id
      })
    )
  const grouped = baseParts.some((part) => part.group !== null)
  for (const part of baseParts) {
    // Loose criteria before the first group keep plain numbers, unless extra parts follow and
    // there is no group at all: then they form the first part.
    if (part.group) heading(part.group, '')
    else if (!grouped && extra.length > 0) heading(null, PART_TITLES.base)
    items(part.items)
  }
  for (const kind of extra) {
    heading(ownGroup(kind), PART_TITLES[kind])
    items(ofKind(kind))
  }
  return out
}

type SigningYear = Pick<ClusterYear, 'memberUnitIds' | 'leaderUnitId' | 'deputyUnitId'>

/** The member units of a year in signing order: cụm trưởng, cụm phó, then the cluster's order. */
function signingOrder(year: SigningYear): string[] {
  const order = [
    year.leaderUnitId,
    year.deputyUnitId,
    ...year.memberUnitIds.filter((id) => id !== year.leaderUnitId && id !== year.deputyUnitId)
  ]
  return order.filter((id) => id && year.memberUnitIds.includes(id))
}

/**
 * The signatories of a pact in signing order: cụm trưởng first, cụm phó second, then the others
 * in the cluster's order. A unit without a stored signatory gets the default — `TM. BAN THƯỜNG
 * TRỰC` / `CHỦ TỊCH` and the name of its chairman, if known.
 */
export function resolveSignatories(
  pact: Pick<Pact, 'signatories'>,
  year: SigningYear,
  units: MemberUnit[],
  people: UnitPerson[]
): Array<PactSignatory & { unitName: string; headerLines: string[] }> {
  return signingOrder(year).map((unitId) => {
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
 * A message names every unit of a usual cluster; past ten it names the first eight and counts the
 * rest, as 300 names help nobody.
 */
function unitList(ids: string[], nameOf: (id: string) => string): string {
  if (ids.length <= 10) return ids.map(nameOf).join(', ')
  return `${ids.slice(0, 8).map(nameOf).join(', ')} và ${ids.length - 8} đơn vị khác`
}

/** Text still to fill in: nothing, or a placeholder such as «…» or «[ ]». */
const unfilled = (text: string) => {
  const line = normalizeLine(text)
  return isBlankFact(line) || findPlaceholders(line).length > 0
}

/** What a signature block still lacks: its name, a title line still holding a placeholder. */
export function signerGaps(signer: Pick<PactSignatory, 'name' | 'titleLines'>): {
  name: boolean
  title: boolean
} {
  return { name: unfilled(signer.name), title: signer.titleLines.some(unfilled) }
}

/** The units and their people, from which the signature blocks a pact prints are resolved. */
export interface SignatoryContext {
  units: MemberUnit[]
  people: UnitPerson[]
}

/**
 * The signature blocks a signed pact prints (`resolveSignatories`) must all be filled: every
 * member unit of the year has a signer whose name is neither blank nor a placeholder. A unit
 * without a stored signatory prints its chairman's name when one is known, so it passes then;
 * the name is never invented (the sample cluster names nobody). An empty title prints the
 * default (`TM. BAN THƯỜNG TRỰC` / `CHỦ TỊCH`); a title line still holding «…» is refused.
 */
export function checkSignatories(
  pact: Pick<Pact, 'signatories'>,
  year: SigningYear & Pick<ClusterYear, 'unitNames'>,
  { units, people }: SignatoryContext
): FieldIssue[] {
  const nameOf = (id: string) => year.unitNames[id] ?? units.find((u) => u.id === id)?.name ?? id
  const signers = resolveSignatories(pact, year, units, people)
  const nameless = signers.filter((s) => signerGaps(s).name).map((s) => s.unitId)
  const titleless = signers.filter((s) => signerGaps(s).title).map((s) => s.unitId)
  const issues: FieldIssue[] = []
  if (nameless.length)
    issues.push({
      field: 'signatories',
      message: `Người ký: chưa ghi họ tên người ký của ${unitList(nameless, nameOf)}.`
    })
  if (titleless.length)
    issues.push({
      field: 'signatories',
      message: `Người ký: chức danh người ký của ${unitList(titleless, nameOf)} còn chỗ chưa điền.`
    })
  return issues
}

/**
 * What must hold before a pact can be signed, and what an amendment of a signed pact must keep:
 * at least one commitment, base points adding up to the declared total when one is declared,
 * signatories only for units that are members that year, and each member's signatory named
 * (`checkSignatories`).
 */
export function checkPactForSigning(
  pact: Pick<Pact, 'declaredTotal' | 'signatories'>,
  commitments: unknown[],
  criteria: Array<Pick<Criterion, 'kind' | 'maxPoints'>>,
  year: SigningYear & Pick<ClusterYear, 'year' | 'unitNames'>,
  context: SignatoryContext
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
  issues.push(...checkSignatoryMembers(pact, year), ...checkSignatories(pact, year, context))
  return issues
}

/** Signatories only for units that are members that year: what every save of a pact keeps. */
export function checkSignatoryMembers(
  pact: Pick<Pact, 'signatories'>,
  year: Pick<ClusterYear, 'memberUnitIds' | 'year'>
): FieldIssue[] {
  return pact.signatories.some((s) => !year.memberUnitIds.includes(s.unitId))
    ? [
        {
          field: 'signatories',
          message: `Người ký: có đơn vị không tham gia cụm năm ${year.year}.`
        }
      ]
    : []
}
