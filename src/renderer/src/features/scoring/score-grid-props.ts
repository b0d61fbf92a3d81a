import type { BookRanking, ScoreBook } from '@core/scoring/score-book'
import type { PlanRow } from '@core/scoring/plan'
import type { Decimals } from '@core/scoring/points'
import type { CellEdit, GridPos, Side } from './grid-model'

/** What the Chấm điểm screen gives its keyboard grid (`ScoreGrid`): the data and the callbacks. */
export interface ScoreGridProps {
  book: ScoreBook
  version: number
  ranking: Map<string, BookRanking>
  unitIds: string[]
  columns: PlanRow[]
  side: Side
  decimals: Decimals
  unitName(unitId: string): string
  statusWords(unitId: string): string
  flagged(unitId: string): boolean
  /** Why a unit's cells cannot be typed on this side, or '' when they can. */
  lockedBecause(unitId: string): string
  /** Saves edits (the grid already shows them); false when refused, and the grid takes them back. */
  onCommit(edits: CellEdit[]): Promise<boolean>
  onPaste(block: string[][], anchor: GridPos): void
  onUndo(redo: boolean): void
  onMessage(text: string): void
  onActive(pos: GridPos): void
  bump(): void
}
