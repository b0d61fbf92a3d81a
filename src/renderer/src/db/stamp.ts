import { nowIso } from '@core/model/ids'

// Its own module with no imports from the database layer: the settings repository uses it, and
// importing it through concurrency.ts (which reads the data generation) would close a cycle.
/**
 * The `updatedAt` a save gives a record stored at `previous`: now, or one millisecond after
 * `previous` when the clock has not moved past it (two saves in the same millisecond, a clock
 * set back) — so every save changes the stamp, and a form that read the earlier one is refused.
 */
export function stampAfter(previous: string | undefined): string {
  const now = nowIso()
  if (!previous || now > previous) return now
  const next = Date.parse(previous) + 1
  return Number.isNaN(next) ? now : new Date(next).toISOString()
}
