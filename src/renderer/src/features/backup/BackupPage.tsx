import { useCallback, useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc/contract'
import { useDatabase } from '../../db/DatabaseContext'
import { getDesktopApi } from '../../lib/desktop-api'
import { AutoBackupPanel } from './AutoBackupPanel'
import { backupReasonWords } from './backup-words'
import { BackupNowPanel } from './BackupNowPanel'
import { DataLocationPanel } from './DataLocationPanel'
import { RestorePanel } from './RestorePanel'
import { SafeModeNotice } from './SafeModeNotice'
import { useRestoreFlow, type Notice } from './useRestoreFlow'
import './backup.css'

/**
 * Sao lưu: back up now to a file of the user's choice, restore from a file or from one of the
 * automatic backups (checked in a worker, shown, confirmed), and undo the last restore. Reached
 * from every state of the app, including safe mode and the error screen.
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

  useEffect(() => {
    void api.app.getInfo().then((r) => r.ok && setInfo(r.value))
  }, [api])

  async function undoRestore() {
    if (!flow.undo) return
    const result = await api.backup.read({ name: flow.undo })
    if (!result.ok) return notify({ kind: 'error', text: result.error.message })
    await flow.start('bản sao lưu trước khi khôi phục', result.value.bytes, true)
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Sao lưu</h1>
      <SafeModeNotice withLink={false} />
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
          <button type="button" className="button" onClick={undoRestore} disabled={busy}>
            Hoàn tác khôi phục
          </button>
        </p>
      ) : null}
      <BackupNowPanel db={db} api={api} notify={notify} />
      <RestorePanel api={api} flow={flow} notify={notify} />
      <AutoBackupPanel
        api={api}
        isDesktop={info?.isDesktop ?? false}
        version={version}
        busy={busy}
        notify={notify}
        onRestore={(entry, bytes) =>
          void flow.start(`bản sao lưu tự động ${backupReasonWords(entry.reason)}`, bytes)
        }
      />
      <DataLocationPanel info={info} />
    </section>
  )
}
