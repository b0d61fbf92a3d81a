import type { ScoreSheet } from './model'

/** How many member units' sheets are at each step, and how many have none yet. */
export interface SheetProgress {
  members: number
  missing: number
  byStatus: Record<ScoreSheet['status'], number>
}

export function sheetProgress(
  memberUnitIds: readonly string[],
  sheets: ReadonlyArray<Pick<ScoreSheet, 'unitId' | 'status'>>
): SheetProgress {
  const members = new Set(memberUnitIds)
  const byStatus = { draft: 0, submitted: 0, reviewed: 0, explained: 0, adopted: 0, locked: 0 }
  let withSheet = 0
  for (const sheet of sheets) {
    if (!members.has(sheet.unitId)) continue
    byStatus[sheet.status]++
    withSheet++
  }
  return { members: members.size, missing: members.size - withSheet, byStatus }
}
