/**
 * After a refused save, takes the secretary to the first field that is wrong: the first control
 * marked `aria-invalid` inside `container` (in page order) is scrolled into view and focused, so
 * the message beside it is read at once — nothing is reported only at the top of a long page.
 * Waits one frame so the fields have re-rendered with their errors. Returns whether one was found.
 */
export function focusFirstError(container: ParentNode | null = document): Promise<boolean> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const field = container?.querySelector<HTMLElement>('[aria-invalid="true"]')
      if (!field) return resolve(false)
      field.scrollIntoView?.({ block: 'center' })
      field.focus()
      resolve(true)
    })
  })
}
