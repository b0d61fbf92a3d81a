import { formatDateVi } from '../text/dates'
import type { PastAward, UnitLineageEvent } from './model'

/**
 * A unit's award history through renames and mergers (the 2025 reform, year-end.md §D.3): the
 * unit's own awards, then those of every predecessor reached through the lineage events —
 * merged, renamed or split from — each listed under the name the decision used, with how the
 * predecessor became this unit.
 */

export interface Predecessor {
  unitId: string
  /** How it reached the unit: the events from the predecessor to the unit, oldest first. */
  path: UnitLineageEvent[]
}

const INHERITS: ReadonlySet<UnitLineageEvent['type']> = new Set([
  'merge',
  'rename',
  'split',
  'transfer'
])

/** Every predecessor of a unit, nearest first, each with the chain of events that leads here. */
export function predecessorsOf(unitId: string, events: UnitLineageEvent[]): Predecessor[] {
  const out: Predecessor[] = []
  const seen = new Set([unitId])
  let frontier: Predecessor[] = [{ unitId, path: [] }]
  while (frontier.length > 0) {
    const next: Predecessor[] = []
    for (const current of frontier) {
      const into = events
        .filter((e) => INHERITS.has(e.type) && e.toUnitIds.includes(current.unitId))
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      for (const event of into) {
        for (const from of event.fromUnitIds) {
          if (seen.has(from)) continue
          seen.add(from)
          const found = { unitId: from, path: [event, ...current.path] }
          out.push(found)
          next.push(found)
        }
      }
    }
    frontier = next
  }
  return out
}

/** What each kind of event is called, in running text. */
export const EVENT_WORDS: Record<UnitLineageEvent['type'], string> = {
  merge: 'sáp nhập',
  rename: 'đổi tên',
  split: 'chia tách',
  dissolve: 'giải thể',
  transfer: 'chuyển'
}

export interface HistoryEntry {
  award: PastAward
  /** Empty for the unit's own awards; else how the predecessor became the unit. */
  via: string
  fromPredecessor: boolean
}

/**
 * The awards of a unit and its predecessors, by year (oldest first, as Phần III of a Báo cáo
 * thành tích lists them). `names` gives a unit's name for the explanation of a predecessor's
 * line (`đơn vị tiền thân, sáp nhập ngày 01/07/2025 theo NQ 1656/NQ-UBTVQH15`).
 */
export function awardHistory(
  unitId: string,
  awards: PastAward[],
  events: UnitLineageEvent[],
  names: Record<string, string> = {}
): HistoryEntry[] {
  const predecessors = predecessorsOf(unitId, events)
  const via = new Map(predecessors.map((p) => [p.unitId, p]))
  const entries: HistoryEntry[] = []
  for (const award of awards) {
    if (award.unitId === unitId) {
      entries.push({ award, via: '', fromPredecessor: false })
      continue
    }
    const p = via.get(award.unitId)
    if (!p) continue
    const steps = p.path.map(
      (e) =>
        `${EVENT_WORDS[e.type]} ngày ${formatDateVi(e.date)}${e.basis ? ` theo ${e.basis}` : ''}`
    )
    const then = names[award.unitId]
    entries.push({
      award,
      via: `Đơn vị tiền thân${then && then !== award.recipientName ? ` (${then})` : ''}, ${steps.join('; ')}`,
      fromPredecessor: true
    })
  }
  return entries.sort(
    (a, b) =>
      a.award.year - b.award.year ||
      (a.award.decisionDate < b.award.decisionDate ? -1 : 1) ||
      a.award.recipientName.localeCompare(b.award.recipientName, 'vi')
  )
}

/** `Quyết định số 123/QĐ-MTTQ-BTT ngày 15/01/2024 của Ban Thường trực …`: the decision column. */
export function decisionWords(
  award: Pick<PastAward, 'decisionNumber' | 'decisionDate' | 'issuer'>
) {
  return [
    award.decisionNumber ? `Quyết định số ${award.decisionNumber}` : 'Quyết định',
    award.decisionDate ? `ngày ${formatDateVi(award.decisionDate)}` : '',
    award.issuer ? `của ${award.issuer}` : ''
  ]
    .filter(Boolean)
    .join(' ')
}
