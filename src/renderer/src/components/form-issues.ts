import type { FieldIssue } from '@core/model/validation'

/**
 * Where each message of a refused save is shown (issue 10, point 5). Repositories name fields by
 * dotted paths (`votes.1.ballotsIssued`, `chair.name`, `criteria.3.maxPoints`); a screen marks the
 * place of a field with `data-field="<path>"`, and a message is shown and reached at the deepest
 * place whose path starts it. A message with no field, or with no place on the screen, is shown at
 * the top and again beside the button that was pressed — never only at the top of a long page.
 */

/** Whether `field` is `path` or one of its parts (`votes.1.electors` is under `votes.1`). */
export function isUnder(field: string, path: string): boolean {
  return path === '' ? true : field === path || field.startsWith(path + '.')
}

/** The messages of one field and its parts, as one sentence; empty when there are none. */
export function messagesOf(issues: FieldIssue[], path: string): string {
  return issues
    .filter((issue) => path !== '' && isUnder(issue.field, path))
    .map((issue) => issue.message)
    .join(' ')
}

/**
 * The messages under `path` that none of the `shown` fields displays itself: a section shows these
 * at its top, so a message about a part that has no input of its own still appears in its section.
 */
export function unclaimedMessages(issues: FieldIssue[], path: string, shown: string[]): string {
  return issues
    .filter((i) => isUnder(i.field, path) && !shown.some((s) => isUnder(i.field, s)))
    .map((i) => i.message)
    .join(' ')
}

/** The place marked for a field: the exact one, else the deepest whose path starts the field. */
export function placeOf(field: string, root: ParentNode = document): HTMLElement | null {
  let best: HTMLElement | null = null
  let depth = -1
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-field]'))) {
    const path = el.dataset['field'] ?? ''
    if (path && isUnder(field, path) && path.length > depth) {
      best = el
      depth = path.length
    }
  }
  return best
}

const FOCUSABLE = 'input:not([type="hidden"]), textarea, select, button, [tabindex]'

/**
 * Takes the secretary to a field named by a message: scrolls its place into view and focuses the
 * control there marked wrong, else its first control (or the place itself): a row of a table is
 * one place, and its message is about the box beside it, not the row's first list. Returns false
 * when the screen has no place for it.
 */
export function goToField(field: string, root: ParentNode = document): boolean {
  const place = field ? placeOf(field, root) : null
  if (!place) return false
  const control = place.matches(FOCUSABLE)
    ? place
    : (place.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      place.querySelector<HTMLElement>(FOCUSABLE))
  const target = control ?? place
  target.scrollIntoView?.({ block: 'center' })
  if (!control && !place.hasAttribute('tabindex')) place.setAttribute('tabindex', '-1')
  target.focus()
  return true
}

/**
 * Puts the caret on a line of a text box (from 1) and selects it, scrolled into view: where a
 * placeholder was left in the minutes text.
 */
export function goToLine(box: HTMLTextAreaElement, line: number): void {
  const lines = box.value.split('\n')
  const index = Math.max(0, Math.min(lines.length, line) - 1)
  const start = lines.slice(0, index).reduce((n, l) => n + l.length + 1, 0)
  box.focus()
  box.setSelectionRange(start, start + (lines[index]?.length ?? 0))
  const lineHeight = parseFloat(getComputedStyle(box).lineHeight) || 20
  box.scrollTop = Math.max(0, index * lineHeight - box.clientHeight / 2)
  box.scrollIntoView?.({ block: 'center' })
}

/** The messages that have no place on the screen (no field, or none marked for it). */
export function placelessIssues(issues: FieldIssue[], root: ParentNode = document): FieldIssue[] {
  return issues.filter((i) => !i.field || !placeOf(i.field, root))
}

/** The value at a dotted path of plain data (`votes.1.options.0.inFavour`), or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let at: unknown = data
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined
    at = (at as Record<string, unknown>)[key]
  }
  return at
}
