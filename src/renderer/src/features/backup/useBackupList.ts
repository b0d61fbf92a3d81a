import { useCallback, useEffect, useState } from 'react'
import type { BackupEntry, DesktopApi, Retention } from '@shared/ipc/contract'

export interface BackupList {
  folder: string
  entries: BackupEntry[]
  retention: Retention | null
  refresh(): Promise<void>
}

/**
 * The backups of the folder (or of the browser), newest first, reloaded whenever `trigger`
 * changes (a new backup, a restore, a removal).
 */
export function useBackupList(api: DesktopApi, trigger: string): BackupList {
  const [folder, setFolder] = useState('')
  const [entries, setEntries] = useState<BackupEntry[]>([])
  const [retention, setRetention] = useState<Retention | null>(null)
  const refresh = useCallback(async () => {
    const list = await api.backup.list()
    if (!list.ok) return
    setFolder(list.value.folder)
    setEntries(list.value.entries)
    setRetention(list.value.retention)
  }, [api])
  useEffect(() => {
    void refresh()
  }, [refresh, trigger])
  return { folder, entries, retention, refresh }
}
