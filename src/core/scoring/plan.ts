import type { Criterion } from '../model/entities'
import { toRoman } from '../text/vietnamese'
import { hash64 } from './hash'
import { pointsToHundredths, type Hundredths } from './points'

/** Which part of the score table a row belongs to. */
export type PlanPart = 'base' | 'bonus' | 'penalty'

/** One criterion as the score table shows it, compiled once per criteria version. */
export interface PlanRow {
  id: string
  kind: Criterion['kind']
  part: PlanPart
  /** Printed in the STT column: `I`, `1`, or the code the pact gives. */
  label: string
  /** How a message names it: `I.2`, `3`, `Điểm cộng 1`. */
  fullLabel: string
  text: string
  /** 0 for top-level rows, 1 inside a group, … */
  depth: number
  /** Maximum in hundredths; null when the pact gives none (a group without its own cap). */
  max: Hundredths | null
  /** Index of the enclosing group in `groups`, or -1. */
  parent: number
  /** Index in `leaves`, `bonus`, `penalty` or `groups`, by kind. */
  slot: number
}

/**
 * The criteria of a pact compiled for scoring: rows in display order (the base part with its
 * groups, then the bonus part, then the penalty part), typed leaves in flat arrays for the fast
 * path, each leaf's enclosing groups, and the criteria version.
 */
export interface CriteriaPlan {
  /** Hash of the criteria ids, kinds, parents, maxima and order: what a score sheet was made from. */
  version: string
  rows: PlanRow[]
  /** Base criteria (scored one by one). */
  leaves: PlanRow[]
  bonus: PlanRow[]
  penalty: PlanRow[]
  groups: PlanRow[]
  /** For each leaf, the groups it counts in, innermost first. */
  leafGroups: number[][]
  /** Group indices, deepest first: the order sums are capped in (a nested group before its parent). */
  deepestFirst: number[]
  byId: Map<string, PlanRow>
}

const byOrder = (a: Criterion, b: Criterion) => a.order - b.order

/**
 * The group a criterion counts in. A `parentId` naming a group wins. Otherwise, as the pact editor
 * and its annex show them, a criterion belongs to the group above it, provided that group holds
 * criteria of the same kind (so the bonus and penalty criteria listed after the last base group
 * stay outside it).
 */
function resolveParents(sorted: Criterion[]): Map<string, string> {
  const groups = new Set(sorted.filter((c) => c.kind === 'group').map((c) => c.id))
  const parent = new Map<string, string>()
  const kindOfGroup = new Map<string, Criterion['kind']>()
  let current = ''
  for (const c of sorted) {
    if (c.kind === 'group') {
      const explicit = groups.has(c.parentId) && c.parentId !== c.id ? c.parentId : ''
      parent.set(c.id, explicit)
      current = c.id
      continue
    }
    if (groups.has(c.parentId)) {
      parent.set(c.id, c.parentId)
      if (!kindOfGroup.has(c.parentId)) kindOfGroup.set(c.parentId, c.kind)
      continue
    }
    const groupKind = current ? kindOfGroup.get(current) : undefined
    if (current && (groupKind === undefined || groupKind === c.kind)) {
      parent.set(c.id, current)
      kindOfGroup.set(current, c.kind)
    } else {
      parent.set(c.id, '')
      current = ''
    }
  }
  return parent
}

/** The kind of the criteria under a group (the first leaf found), base for an empty group. */
function partOfGroups(sorted: Criterion[], parent: Map<string, string>): Map<string, PlanPart> {
  const part = new Map<string, PlanPart>()
  for (const c of sorted) {
    if (c.kind === 'group') continue
    let up = parent.get(c.id) ?? ''
    const seen = new Set<string>()
    while (up && !seen.has(up)) {
      seen.add(up)
      if (!part.has(up)) part.set(up, c.kind as PlanPart)
      up = parent.get(up) ?? ''
    }
  }
  for (const c of sorted) if (c.kind === 'group' && !part.has(c.id)) part.set(c.id, 'base')
  return part
}

/** Compiles a pact's criteria (any order) for scoring. */
export function compileCriteria(criteria: Criterion[]): CriteriaPlan {
  const sorted = [...criteria].sort(byOrder)
  const parent = resolveParents(sorted)
  const groupPart = partOfGroups(sorted, parent)
  const partOf = (c: Criterion): PlanPart =>
    c.kind === 'group' ? groupPart.get(c.id)! : (c.kind as PlanPart)
  const depthOf = (id: string): number => {
    let depth = 0
    let up = parent.get(id) ?? ''
    const seen = new Set<string>()
    while (up && !seen.has(up)) {
      seen.add(up)
      depth++
      up = parent.get(up) ?? ''
    }
    return depth
  }

  const rows: PlanRow[] = []
  const plan: CriteriaPlan = {
    version: '',
    rows,
    leaves: [],
    bonus: [],
    penalty: [],
    groups: [],
    leafGroups: [],
    deepestFirst: [],
    byId: new Map()
  }
  for (const part of ['base', 'bonus', 'penalty'] as const) {
    let groupNumber = 0
    let itemNumber = 0
    const groupLabel = new Map<string, string>()
    for (const c of sorted.filter((c) => partOf(c) === part)) {
      const parentId = parent.get(c.id) ?? ''
      let label: string
      let fullLabel: string
      if (c.kind === 'group') {
        groupNumber++
        itemNumber = 0
        label = c.code || toRoman(groupNumber)
        fullLabel = label
        groupLabel.set(c.id, label)
      } else {
        itemNumber++
        label = c.code || String(itemNumber)
        const prefix = part === 'bonus' ? 'Điểm cộng ' : part === 'penalty' ? 'Điểm trừ ' : ''
        const group = groupLabel.get(parentId)
        fullLabel = c.code || (group && part === 'base' ? `${group}.${label}` : prefix + label)
      }
      const list =
        c.kind === 'group'
          ? plan.groups
          : c.kind === 'base'
            ? plan.leaves
            : c.kind === 'bonus'
              ? plan.bonus
              : plan.penalty
      const row: PlanRow = {
        id: c.id,
        kind: c.kind,
        part,
        label,
        fullLabel,
        text: c.text,
        depth: depthOf(c.id),
        max: c.maxPoints === null ? null : pointsToHundredths(c.maxPoints),
        parent: -1,
        slot: list.length
      }
      list.push(row)
      rows.push(row)
      plan.byId.set(c.id, row)
    }
  }
  for (const row of rows) {
    const parentId = parent.get(row.id) ?? ''
    row.parent = parentId ? plan.byId.get(parentId)!.slot : -1
  }
  plan.leafGroups = plan.leaves.map((leaf) => {
    const chain: number[] = []
    let up = leaf.parent
    while (up >= 0 && !chain.includes(up)) {
      chain.push(up)
      up = plan.groups[up]!.parent
    }
    return chain
  })
  plan.deepestFirst = plan.groups
    .map((_, i) => i)
    .sort((a, b) => plan.groups[b]!.depth - plan.groups[a]!.depth)
  plan.version = criteriaVersion(sorted)
  return plan
}

/**
 * The criteria version: a hash of each criterion's id, kind, parent, maximum and position. The
 * wording is left out on purpose, so correcting a typo in a criterion does not void the score
 * sheets already sent out (their text is checked against what was exported instead).
 */
export function criteriaVersion(criteria: Criterion[]): string {
  const sorted = [...criteria].sort(byOrder)
  return hash64(
    sorted
      .map((c) =>
        [c.id, c.kind, c.parentId, c.maxPoints === null ? '' : c.maxPoints].join('\u001f')
      )
      .join('\u001e')
  )
}

/** `tiêu chí I.2 «Tổ chức tuyên truyền…»`: how messages name a criterion. */
export function criterionName(row: Pick<PlanRow, 'kind' | 'fullLabel' | 'text'>): string {
  const text =
    row.text.length > 70
      ? `${row.text
          .slice(0, 68)
          .replace(/\s+\S*$/, '')
          .replace(/[,;:]$/, '')}…`
      : row.text
  const word = row.kind === 'group' ? 'nhóm' : 'tiêu chí'
  return row.fullLabel.startsWith('Điểm')
    ? `${row.fullLabel.toLocaleLowerCase('vi')} «${text}»`
    : `${word} ${row.fullLabel} «${text}»`
}

/** The most each group and each part of the table can give (groups capped at their own maximum). */
export interface PlanMaxima {
  groups: Hundredths[]
  base: Hundredths
  bonus: Hundredths
  penalty: Hundredths
}

export function planMaxima(plan: CriteriaPlan): PlanMaxima {
  const direct = new Array<number>(plan.groups.length).fill(0)
  const top: Record<PlanPart, number> = { base: 0, bonus: 0, penalty: 0 }
  const add = (parent: number, part: PlanPart, value: number) => {
    if (parent >= 0) direct[parent]! += value
    else top[part] += value
  }
  for (const row of [...plan.leaves, ...plan.bonus, ...plan.penalty])
    add(row.parent, row.part, row.max ?? 0)
  const groups = new Array<number>(plan.groups.length).fill(0)
  for (const g of plan.deepestFirst) {
    const group = plan.groups[g]!
    groups[g] = group.max === null ? direct[g]! : Math.min(direct[g]!, group.max)
    add(group.parent, group.part, groups[g]!)
  }
  return { groups, ...top }
}
