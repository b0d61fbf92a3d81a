import { Fragment, type Key, type ReactNode } from 'react'

import { SpacerItem, SpacerRow } from './SpacerRow'
import type { WindowRows } from './useWindowRows'

interface Windowed<E extends HTMLElement> {
  /** What `useWindowRows` gave for these rows. */
  rows: WindowRows<E>
  /**
   * The key of row `index`: what the row stands for (a unit's id), not its place, so that a row
   * moved up the list keeps its DOM, the cursor in it and what is being typed.
   */
  rowKey(index: number): Key
  /** Row `index`; its element carries `data-index={index}` and `ref={rows.measure}`. */
  row(index: number): ReactNode
}

/**
 * The drawn rows, each kept row (`keep`, `fields`) after the room of the rows skipped before it.
 * Where no row is kept apart the rows are contiguous and every gap is nothing, so no spacer shows.
 */
function drawnRows<E extends HTMLElement>(
  { rows, rowKey, row }: Windowed<E>,
  spacer: (height: number) => ReactNode
) {
  return rows.indexes.map((index) => (
    <Fragment key={rowKey(index)}>
      {spacer(rows.gapBefore(index))}
      {row(index)}
    </Fragment>
  ))
}

/**
 * The `<tbody>` of a long table drawn windowed (`useWindowRows`): the room of the rows above the
 * window, the drawn rows, the room of the rows below. The table keeps its own row markup.
 */
export function WindowedBody({
  columns,
  waiting = 0,
  ...windowed
}: Windowed<HTMLTableSectionElement> & {
  /** How many columns the spacer rows span. */
  columns: number
  /** Room (px) kept above for rows not drawn yet: a table still far below the screen. */
  waiting?: number
}) {
  const { rows } = windowed
  return (
    <tbody ref={rows.bodyRef}>
      <SpacerRow height={rows.before + waiting} columns={columns} />
      {drawnRows(windowed, (height) => (
        <SpacerRow height={height} columns={columns} />
      ))}
      <SpacerRow height={rows.after} columns={columns} />
    </tbody>
  )
}

/** The same for a long numbered list: an `<ol>` whose drawn items are `<li>`. */
export function WindowedList({
  className,
  ...windowed
}: Windowed<HTMLOListElement> & { className?: string }) {
  const { rows } = windowed
  return (
    <ol className={className} ref={rows.bodyRef}>
      <SpacerItem height={rows.before} />
      {drawnRows(windowed, (height) => (
        <SpacerItem height={height} />
      ))}
      <SpacerItem height={rows.after} />
    </ol>
  )
}
