/** Marks the frame that holds the page being printed, so the next print replaces it. */
const FRAME_ATTRIBUTE = 'data-print-frame'

/**
 * Prints a complete printable page (`printableHtml`: inline style, no script, its own `@page`
 * sizes and margins) through the browser's print dialog, where “Lưu dưới dạng PDF” saves it. The
 * page goes into a hidden frame of its own, sandboxed without scripts, so the app's screen and its
 * print stylesheet play no part: what prints is exactly the page Electron's printToPDF prints.
 * The frame stays until the next print (the browser may still be reading it while its dialog is
 * open).
 */
export async function printInBrowser(html: string, doc: Document = document): Promise<void> {
  doc.querySelector(`iframe[${FRAME_ATTRIBUTE}]`)?.remove()
  const frame = doc.createElement('iframe')
  frame.setAttribute(FRAME_ATTRIBUTE, '')
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals')
  frame.setAttribute('aria-hidden', 'true')
  frame.tabIndex = -1
  frame.title = 'Bản in'
  frame.style.cssText =
    'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden'
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true })
  )
  frame.srcdoc = html
  doc.body.append(frame)
  await loaded
  frame.contentWindow?.print()
}
