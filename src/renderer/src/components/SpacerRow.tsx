/** The room a long table leaves for the rows it does not draw (see `useWindowRows`). */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={columns} style={{ height, padding: 0, border: 'none' }} />
    </tr>
  )
}
