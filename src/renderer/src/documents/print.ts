/**
 * "In": prints the print preview on the screen. The preview's stylesheet carries the `@page`
 * rules (A4, the profile's margins, page numbers) and the app hides its own chrome when printing,
 * in the desktop app and in the browser build alike (decision 0004).
 */
export function printDocument(): void {
  window.print()
}
