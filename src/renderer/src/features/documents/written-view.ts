import type { Composition } from '@core/model/entities'

/** How many numbered documents, newest first, the list of written documents shows by default. */
export const RECENT_NUMBERED = 20

/**
 * The written documents the list shows, in the list's order (newest year first): every one not yet
 * numbered (work in progress, whatever its year) and the newest `RECENT_NUMBERED` numbered ones;
 * the older ones only when asked for. Thirty years of notices and plans would otherwise make a long
 * list of what is finished and filed.
 */
export function shownCompositions(
  newestFirst: readonly Composition[],
  showOlder: boolean
): { shown: Composition[]; older: number } {
  if (showOlder) return { shown: [...newestFirst], older: 0 }
  let numbered = 0
  const shown = newestFirst.filter((c) => !c.documentId || ++numbered <= RECENT_NUMBERED)
  return { shown, older: newestFirst.length - shown.length }
}
