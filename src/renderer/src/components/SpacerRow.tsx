/** The room a long table leaves for the rows it does not draw (see `useWindowRows`). */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={columns} style={{ height, padding: 0, border: 'none' }} />
    </tr>
  )
}

/** The same room in a long list (`<ol>`, `<ul>`). */
export function SpacerItem({ height }: { height: number }) {
  if (height <= 0) return null
  return (
    <li
      aria-hidden="true"
      className="spacer-row"
      style={{ height, padding: 0, margin: 0, border: 'none' }}
    />
  )
}
