import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { BackupEntry } from '@shared/ipc/contract'
import type { AutoBackup, DiskWatch } from './safety'

interface Safety {
  autoBackup: AutoBackup
  diskWatch: DiskWatch
}

const SafetyContext = createContext<Safety | null>(null)

/** Gives the screens the automatic backups and the disk watch (absent in component tests). */
export function SafetyProvider({ value, children }: { value: Safety | null; children: ReactNode }) {
  return <SafetyContext.Provider value={value}>{children}</SafetyContext.Provider>
}

export function useSafety(): Safety | null {
  return useContext(SafetyContext)
}

const noop = () => () => {}

/** The newest automatic backup and the last backup error, live. */
export function useLatestBackup(): {
  latest: BackupEntry | null
  /** Whether the backups on disk have been read yet (see `AutoBackup.checked`). */
  checked: boolean
  error: string
} {
  const safety = useSafety()
  const latest = useSyncExternalStore(
    safety ? (cb) => safety.autoBackup.subscribe(cb) : noop,
    () => safety?.autoBackup.latest ?? null
  )
  const checked = useSyncExternalStore(
    safety ? (cb) => safety.autoBackup.subscribe(cb) : noop,
    () => safety?.autoBackup.checked ?? false
  )
  const error = useSyncExternalStore(
    safety ? (cb) => safety.autoBackup.subscribe(cb) : noop,
    () => safety?.autoBackup.lastError ?? ''
  )
  return { latest, checked, error }
}

/** Whether writing is paused because the disk is nearly full. */
export function useDiskLow(): boolean {
  const safety = useSafety()
  return useSyncExternalStore(
    safety ? (cb) => safety.diskWatch.subscribe(cb) : noop,
    () => safety?.diskWatch.isLow ?? false
  )
}
