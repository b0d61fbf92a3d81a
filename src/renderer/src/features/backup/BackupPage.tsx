import { useCallback, useEffect, useState } from 'react'
import type { AppInfo, BackupEntry } from '@shared/ipc/contract'
import { useDatabase } from '../../db/DatabaseContext'
import { useStagingLeftovers } from '../../db/restore-staging'
import { useLatestBackup } from '../../db/SafetyContext'
import { getDesktopApi } from '../../lib/desktop-api'
import { AutoBackupPanel } from './AutoBackupPanel'
import { backupReasonWords, backupTimeWords, leftoverWords } from './backup-words'
import { BackupNowPanel } from './BackupNowPanel'
import { DataLocationPanel } from './DataLocationPanel'
import { RestorePanel } from './RestorePanel'
import { SafeModeNotice } from './SafeModeNotice'
import { SafetyBackupsPanel } from './SafetyBackupsPanel'
import { useBackupList } from './useBackupList'
import { useRestoreFlow, type Notice } from './useRestoreFlow'
import './backup.css'

/**
 * Sao lưu: back up now to a file of the user's choice, restore from a file, from one of the
 * automatic backups or from one taken before a restore (checked in a worker, shown, confirmed),
 * and undo the last restore. Reached from every state of the app, including safe mode and the
 * error screen.
 */
export function BackupPage() {
  const db = useDatabase()
  const api = getDesktopApi()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [version, setVersion] = useState(0)
  const notify = useCallback((next: Notice | null) => setNotice(next), [])
  const onRestored = useCallback(() => setVersion((v) => v + 1), [])
  const flow = useRestoreFlow(db, api, notify, onRestored)
  const busy = flow.state.kind === 'checking' || flow.state.kind === 'writing'
  const { latest } = useLatestBackup()
  const list = useBackupList(api, `${latest?.name ?? ''}:${version}`)
  const leftovers = useStagingLeftovers()

  useEffect(() => {
    void api.app.getInfo().then((r) => r.ok && setInfo(r.value))
  }, [api])

  async function restoreEntry(entry: BackupEntry, label: string, isUndo = false) {
    const result = await api.backup.read({ name: entry.name })
    if (!result.ok) return notify({ kind: 'error', text: result.error.message })
    await flow.start({ label, fileName: entry.name }, result.value.bytes, isUndo)
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Sao lưu</h1>
      <SafeModeNotice withLink={false} />
      {leftovers.length > 0 ? (
        <p role="status" className="alert warning">
          {leftoverWords(leftovers)}
        </p>
      ) : null}
      {notice ? (
        <p
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={`alert ${notice.kind === 'error' ? 'error' : notice.kind === 'ok' ? 'success' : 'warning'}`}
        >
          {notice.text}
        </p>
      ) : null}
      {flow.undo ? (
        <p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void restoreEntry(
                { name: flow.undo!, createdAt: '', reason: 'before-restore', size: 0 },
                'bản sao lưu trước khi khôi phục',
                true
              )
            }
          >
            Hoàn tác khôi phục
          </button>
        </p>
      ) : null}
      <BackupNowPanel db={db} api={api} notify={notify} />
      <RestorePanel api={api} flow={flow} notify={notify} />
      <SafetyBackupsPanel
        api={api}
        list={list}
        busy={busy}
        notify={notify}
        onRestore={(entry) =>
          void restoreEntry(
            entry,
            `bản sao lưu trước khi khôi phục lúc ${backupTimeWords(entry.createdAt)}`
          )
        }
        onRemoved={(name) => name === flow.undo && flow.forgetUndo()}
      />
      <AutoBackupPanel
        api={api}
        isDesktop={info?.isDesktop ?? false}
        list={list}
        busy={busy}
        notify={notify}
        onRestore={(entry) =>
          void restoreEntry(entry, `bản sao lưu tự động ${backupReasonWords(entry.reason)}`)
        }
      />
      <DataLocationPanel info={info} />
    </section>
  )
}
