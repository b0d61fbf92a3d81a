import type { Transaction } from 'dexie'
// Relative imports: the schema steps are also read by tests run without the path aliases.
import { nowIso } from '../../../../core/model/ids'

/**
 * Version 7 (issue 14: year-end scoring).
 *
 * - New tables: `scoringRules` (one per cluster year), `scoreSheets` (one per unit and year),
 *   `scoreEntries` (one per unit × criterion, replacing `scores`), `scoreAdjustments` (the bonus
 *   and penalty items of a unit, each its own row) and `rankingSnapshots` (the score table as
 *   adopted).
 * - `scores` is removed; each of its rows is carried over, with every point in integer hundredths
 *   (9,5 → 950):
 *   - on a base criterion (or on a criterion the file no longer has, so the whole-database check
 *     still names it) it becomes a score entry: `selfScore` → `selfScore`, `clusterScore` →
 *     `reviewedScore`, `note` → `selfNote`. A reviewed score that differs from the self-score was
 *     never given a reason, which the new model requires: it gets `DIFF_REASON_V6`;
 *   - on a bonus or penalty criterion it becomes that unit's item, proposed by the unit, its
 *     reason the criterion's wording;
 *   - on a group (never typed any more: a group is the sum of its criteria) it is not carried,
 *     but its row is kept whole in the audit log.
 *   A score with more than two decimals (9,125) cannot be held in hundredths: it is rounded half
 *   up and the note says what it was. A value that is not a finite number is left as it is, so the
 *   row's schema refuses it with its own message (a backup restored through staging is refused;
 *   nothing is silently changed).
 */
export const v7Stores = {
  scores: null,
  scoringRules: 'id, &clusterYearId',
  scoreSheets: 'id, clusterYearId, unitId, &[clusterYearId+unitId]',
  scoreEntries:
    'id, clusterYearId, unitId, criterionId, &[clusterYearId+unitId+criterionId], [clusterYearId+unitId]',
  scoreAdjustments: 'id, clusterYearId, unitId, criterionId, [clusterYearId+unitId]',
  rankingSnapshots: 'id, clusterYearId'
} as const

/** The reason given to a reviewed score that already differed before schema v7. */
export const DIFF_REASON_V6 = 'Dữ liệu trước phiên bản 7 (chưa ghi lý do chênh lệch)'

interface OldScore {
  id: string
  createdAt?: string
  updatedAt?: string
  clusterYearId?: string
  criterionId?: string
  unitId?: string
  selfScore?: unknown
  clusterScore?: unknown
  note?: unknown
}

/** Points as hundredths; what cannot be represented exactly is rounded half up and reported. */
function toHundredths(value: unknown): { value: unknown; rounded: boolean } {
  if (value === null || value === undefined) return { value: null, rounded: false }
  if (typeof value !== 'number' || !Number.isFinite(value)) return { value, rounded: false }
  const scaled = value * 100
  const exact = Math.round(scaled)
  if (Math.abs(scaled - exact) <= 1e-6) return { value: exact, rounded: false }
  const sign = scaled < 0 ? -1 : 1
  return { value: sign * Math.floor(Math.abs(scaled) + 0.5), rounded: true }
}

const pointsWords = (value: number) => String(value).replace('.', ',')

export async function v7Upgrade(tx: Transaction): Promise<void> {
  const old = (await tx.table('scores').toArray()) as OldScore[]
  if (old.length === 0) return
  const criteria = new Map<string, { kind?: string; text?: string }>(
    (
      (await tx.table('criteria').toArray()) as Array<{ id: string; kind?: string; text?: string }>
    ).map((c) => [c.id, c])
  )
  const entries: unknown[] = []
  const items: unknown[] = []
  const dropped: OldScore[] = []
  const order = new Map<string, number>()
  for (const row of old) {
    const criterion = criteria.get(String(row.criterionId))
    const self = toHundredths(row.selfScore)
    const reviewed = toHundredths(row.clusterScore)
    const notes = typeof row.note === 'string' && row.note ? [row.note] : []
    for (const [what, before, after] of [
      ['Điểm tự chấm', row.selfScore, self],
      ['Điểm cụm chấm', row.clusterScore, reviewed]
    ] as const) {
      if (after.rounded && typeof before === 'number')
        notes.push(
          `${what} ${pointsWords(before)} (trước phiên bản 7) được làm tròn thành ${pointsWords((after.value as number) / 100)}.`
        )
    }
    const base = {
      id: row.id,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      clusterYearId: row.clusterYearId,
      unitId: row.unitId
    }
    const isItem = criterion?.kind === 'bonus' || criterion?.kind === 'penalty'
    const empty = self.value === null && reviewed.value === null
    if (criterion?.kind === 'group' || (isItem && empty)) {
      dropped.push(row)
    } else if (criterion?.kind === 'bonus' || criterion?.kind === 'penalty') {
      const key = `${row.clusterYearId}|${row.unitId}`
      const n = (order.get(key) ?? 0) + 1
      order.set(key, n)
      const differs = reviewed.value !== null && reviewed.value !== self.value
      items.push({
        ...base,
        kind: criterion.kind,
        criterionId: row.criterionId,
        order: n,
        reason: (criterion.text ?? '').slice(0, 2000) || 'Điểm cộng, điểm trừ trước phiên bản 7',
        evidence: [],
        proposedBy: self.value === null && reviewed.value !== null ? 'cluster' : 'unit',
        selfPoints: self.value,
        reviewedPoints: reviewed.value,
        diffReason: differs && self.value !== null ? DIFF_REASON_V6 : '',
        explanation: notes.join('\n'),
        explanationOn: ''
      })
    } else {
      const differs = reviewed.value !== null && reviewed.value !== self.value
      entries.push({
        ...base,
        criterionId: row.criterionId,
        target: null,
        actual: null,
        selfScore: self.value,
        selfNote: notes.join('\n'),
        evidence: [],
        reviewedScore: reviewed.value,
        reviewerUnitId: '',
        reviewerName: '',
        reviewNote: '',
        diffReason: differs ? DIFF_REASON_V6 : '',
        explanation: '',
        explanationOn: ''
      })
    }
  }
  await tx.table('scoreEntries').bulkAdd(entries)
  await tx.table('scoreAdjustments').bulkAdd(items)
  if (dropped.length > 0) {
    const at = nowIso()
    await tx.table('auditLog').bulkAdd(
      dropped.map((row) => ({
        id: `v7-${row.id}`.slice(0, 64),
        at,
        table: 'scores',
        entityId: row.id,
        action: 'delete',
        summary:
          'Nâng cấp phiên bản 7: điểm đã ghi cho một nhóm tiêu chí không chuyển sang (điểm nhóm nay là tổng các tiêu chí trong nhóm); bản ghi cũ giữ ở đây.',
        before: row,
        after: null
      }))
    )
  }
}
