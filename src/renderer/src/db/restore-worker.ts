/// <reference lib="webworker" />
import { OfficeDatabase } from './database'
import { createRestoreHandler, type ToWorker } from './restore-protocol'

/**
 * The restore worker: reading, checking and writing a backup happen here, off the window's thread,
 * so the window stays responsive with a 50 MB file (issue 12). Bundled by Vite from
 * `new Worker(new URL(...), { type: 'module' })`; served from the app's own origin, which the CSP
 * (`script-src 'self'`) allows.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

const handle = createRestoreHandler({
  openLive: (name) => {
    const db = new OfficeDatabase(name)
    return { db, release: () => db.close() }
  },
  post: (message, transfer = []) => scope.postMessage(message, transfer)
})

scope.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data)
