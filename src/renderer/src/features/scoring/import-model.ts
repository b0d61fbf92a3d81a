import { diffImportedScores, type ScoreDifference } from '@core/scoring/diff'
import type { ScoreAdjustment, ScoreEntry, ScoreSheet } from '@core/scoring/model'
import type { CriteriaPlan } from '@core/scoring/plan'
import type { Decimals } from '@core/scoring/points'
import { checkSheetEdit } from '@core/scoring/sheet-status'
import type { ImportResult } from '@core/scoring/xlsx/import'
import type { ConfirmedImport } from '../../db/repositories/scoring-import-repo'

/** The differences of one criterion row, ticked or not as a whole. */
export interface DifferenceGroup {
  criterionId: string
  label: string
  text: string
  differences: ScoreDifference[]
}

/** One returned workbook as "Nhập phiếu chấm" shows it. */
export type ImportFileView =
  | { fileName: string; status: 'refused'; issues: string[] }
  | {
      fileName: string
      status: 'blocked' | 'same' | 'ready'
      unitId: string
      unitName: string
      /** Why it cannot be merged (the review has started), for `blocked`. */
      blockedBy: string
      groups: DifferenceGroup[]
    }

/** What is recorded for the year, as the comparison reads it. */
export interface RecordedScores {
  sheets: ScoreSheet[]
  entries: ScoreEntry[]
  adjustments: ScoreAdjustment[]
}

/**
 * Each read workbook against what is recorded: refused files with their messages (file and cell
 * named by the reader); for the others the differences grouped by criterion, or "nothing new",
 * or blocked when the unit's sheet is already in review (its self-scores are closed).
 */
export function importViews(
  results: ImportResult[],
  recorded: RecordedScores,
  plan: CriteriaPlan,
  decimals: Decimals
): ImportFileView[] {
  return results.map((result) => {
    if (!result.ok) return { fileName: result.fileName, status: 'refused', issues: result.issues }
    const current = {
      entries: recorded.entries.filter((e) => e.unitId === result.unitId),
      adjustments: recorded.adjustments.filter((a) => a.unitId === result.unitId)
    }
    const differences = diffImportedScores(plan, decimals, current, result.scores)
    const groups: DifferenceGroup[] = []
    for (const d of differences) {
      const last = groups[groups.length - 1]
      if (last?.criterionId === d.criterionId) last.differences.push(d)
      else
        groups.push({ criterionId: d.criterionId, label: d.label, text: d.text, differences: [d] })
    }
    const sheet = recorded.sheets.find((s) => s.unitId === result.unitId)
    const blockedBy = sheet ? (checkSheetEdit(sheet, 'self')[0]?.message ?? '') : ''
    return {
      fileName: result.fileName,
      status: blockedBy ? 'blocked' : groups.length === 0 ? 'same' : 'ready',
      unitId: result.unitId,
      unitName: result.unitName,
      blockedBy,
      groups
    }
  })
}

/** The ticks a fresh comparison starts with: every difference of every file that can be merged. */
export function defaultTicks(views: ImportFileView[]): Record<string, string[]> {
  return Object.fromEntries(
    views.flatMap((v) =>
      v.status === 'ready' ? [[v.fileName, v.groups.map((g) => g.criterionId)]] : []
    )
  )
}

/** The files and criteria to merge: only files that can be, only the rows ticked. */
export function confirmedImports(
  views: ImportFileView[],
  results: ImportResult[],
  ticks: Record<string, string[]>
): ConfirmedImport[] {
  return views.flatMap((view) => {
    if (view.status !== 'ready') return []
    const result = results.find((r) => r.fileName === view.fileName)
    const criterionIds = ticks[view.fileName] ?? []
    if (!result?.ok || criterionIds.length === 0) return []
    return [{ fileName: view.fileName, unitId: result.unitId, scores: result.scores, criterionIds }]
  })
}

/** `2 tệp bị từ chối, 3 tệp có thay đổi, 1 tệp không có gì mới`: the comparison in one line. */
export function importSummary(views: ImportFileView[]): string {
  const count = (status: ImportFileView['status']) =>
    views.filter((v) => v.status === status).length
  const parts = [
    [count('ready'), 'có thay đổi chờ xác nhận'],
    [count('same'), 'không có gì mới'],
    [count('blocked'), 'không nhập được vì phiếu đã được chấm'],
    [count('refused'), 'bị từ chối']
  ] as const
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} tệp ${words}`)
    .join(', ')
}
