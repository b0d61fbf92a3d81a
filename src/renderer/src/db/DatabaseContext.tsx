import { createContext, useContext, type ReactNode } from 'react'
import type { OfficeDatabase } from './database'

const DatabaseContext = createContext<OfficeDatabase | null>(null)

/** Gives the screens their database; tests pass one built on fake-indexeddb. */
export function DatabaseProvider({ db, children }: { db: OfficeDatabase; children: ReactNode }) {
  return <DatabaseContext.Provider value={db}>{children}</DatabaseContext.Provider>
}

/** The database of the nearest provider. */
export function useDatabase(): OfficeDatabase {
  const db = useContext(DatabaseContext)
  if (!db) throw new Error('useDatabase must be used inside <DatabaseProvider>')
  return db
}
