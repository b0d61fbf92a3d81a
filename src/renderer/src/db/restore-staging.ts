import { useSyncExternalStore } from 'react'
import { DATABASE_NAME } from './database'

/**
 * Staging databases: an older backup is loaded into one at its own schema version so the
 * migrations run on it (`backup.ts`), then it is deleted. A crash or a closed window in between
 * leaves a full copy of the backup in IndexedDB; the app removes such leftovers when it starts and
 * says so on Sao lưu.
 */
export const STAGING_PREFIX = `${DATABASE_NAME}-staging-`

/** A staging database younger than this may belong to a restore running in another window. */
const LEFTOVER_AGE_MS = 60 * 60 * 1000

/** The name of a new staging database: the prefix and the time it was made. */
export function stagingName(now: number = Date.now()): string {
  return `${STAGING_PREFIX}${now}`
}

/** A staging database that was removed at start: its name and when it was made (ISO, or ''). */
export interface StagingLeftover {
  name: string
  createdAt: string
}

let removed: StagingLeftover[] = []
const listeners = new Set<() => void>()

function deleteDatabase(factory: IDBFactory, name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(name)
    request.onsuccess = () => resolve(true)
    request.onerror = () => resolve(false)
    // Still open somewhere: left for the next start rather than waited for.
    request.onblocked = () => resolve(false)
  })
}

/**
 * Removes the staging databases left behind by an interrupted restore (older than an hour, so
 * never one a restore in another window is using), and publishes what it removed for Sao lưu.
 * Lists the origin's databases, which costs Chromium tens of milliseconds: run it after the first
 * screen. Never throws: a failure leaves the leftovers for the next start.
 */
export async function sweepStagingLeftovers(
  factory: IDBFactory = indexedDB,
  now: number = Date.now()
): Promise<StagingLeftover[]> {
  const found: StagingLeftover[] = []
  try {
    for (const { name } of (await factory.databases?.()) ?? []) {
      if (!name?.startsWith(STAGING_PREFIX)) continue
      const made = Number(name.slice(STAGING_PREFIX.length))
      if (Number.isFinite(made) && now - made < LEFTOVER_AGE_MS) continue
      if (await deleteDatabase(factory, name))
        found.push({
          name,
          createdAt: Number.isFinite(made) && made > 0 ? new Date(made).toISOString() : ''
        })
    }
  } catch {
    // Listing databases is not supported or failed: nothing to report.
  }
  if (found.length) {
    removed = [...removed, ...found]
    for (const listener of listeners) listener()
  }
  return found
}

/** The leftovers removed since the app started, live (for the Sao lưu screen). */
export function useStagingLeftovers(): StagingLeftover[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => removed
  )
}
