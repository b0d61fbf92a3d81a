import { useSyncExternalStore } from 'react'
import { liveQuery, type Subscription } from 'dexie'

/**
 * A live query that every component reading it shares, and that can start before React has
 * drawn anything.
 *
 * Why: a component's own live query starts in an effect, after React has drawn and committed the
 * whole window; at start-up that is 30–40 ms after the database is open (issue 13). The first
 * screen's reads are started with the database instead (`prime`), and the screen takes their
 * answer when it mounts. While anything reads the store its query stays live, as `useLiveQuery`'s
 * does; when the last reader goes (and no prime holds it), the query stops and its answer is
 * dropped, so a screen opened later reads afresh.
 */
export interface LiveStore<T> {
  subscribe(listener: () => void): () => void
  /** The latest answer; `undefined` until the first one. */
  read(): T | undefined
  /**
   * Starts the query ahead of any reader, and keeps it live `holdMs` for the first one to come;
   * if none comes (the window opened on another screen), it stops.
   */
  prime(holdMs?: number): void
}

interface State<T> {
  value: T | undefined
  error: { reason: unknown } | null
}

export function liveStore<T>(querier: () => Promise<T>): LiveStore<T> {
  let state: State<T> = { value: undefined, error: null }
  let subscription: Subscription | null = null
  let hold: ReturnType<typeof setTimeout> | null = null
  const listeners = new Set<() => void>()

  const publish = (next: State<T>) => {
    state = next
    for (const listener of [...listeners]) listener()
  }
  const start = () => {
    subscription ??= liveQuery(querier).subscribe({
      next: (value) => publish({ value, error: null }),
      error: (reason: unknown) => publish({ value: state.value, error: { reason } })
    })
  }
  const stopWhenUnread = () => {
    if (listeners.size > 0 || hold !== null) return
    subscription?.unsubscribe()
    subscription = null
    state = { value: undefined, error: null }
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      start()
      if (hold !== null) {
        clearTimeout(hold)
        hold = null
      }
      return () => {
        listeners.delete(listener)
        stopWhenUnread()
      }
    },
    read() {
      if (state.error) throw state.error.reason
      return state.value
    },
    prime(holdMs = 5000) {
      start()
      if (hold !== null || listeners.size > 0) return
      hold = setTimeout(() => {
        hold = null
        stopWhenUnread()
      }, holdMs)
    }
  }
}

/** The store's answer, live; `undefined` while loading. A failed query throws, as `useLiveQuery`. */
export function useLiveStore<T>(store: LiveStore<T>): T | undefined {
  return useSyncExternalStore(store.subscribe, store.read)
}

/** One store per database and kind of read, made on first use. */
export function storePerDatabase<Db extends object, T>(
  make: (db: Db) => LiveStore<T>
): (db: Db) => LiveStore<T> {
  const stores = new WeakMap<Db, LiveStore<T>>()
  return (db) => {
    let store = stores.get(db)
    if (!store) stores.set(db, (store = make(db)))
    return store
  }
}
