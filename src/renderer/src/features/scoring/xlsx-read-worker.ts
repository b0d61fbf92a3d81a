/// <reference lib="webworker" />
import { readReturnedWorkbook, type ReadRequest } from './xlsx-read'

/**
 * A worker that reads returned score sheets (ExcelJS), off the window's thread: the screen stays
 * responsive while 30 workbooks are read, and several workers read side by side on a PC with
 * more than one core. Bundled by Vite from `new Worker(new URL(...), { type: 'module' })` and
 * served from the app's own origin, which the CSP (`script-src 'self'`) allows.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<ReadRequest>) => {
  scope.postMessage({ id: event.data.id, result: await readReturnedWorkbook(event.data) })
}
