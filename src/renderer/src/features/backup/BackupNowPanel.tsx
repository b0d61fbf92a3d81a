import { todayIso } from '@core/text/dates'
import type { DesktopApi } from '@shared/ipc/contract'
import { createBackupBytes } from '../../db/backup'
import type { OfficeDatabase } from '../../db/database'
import type { Notice } from './useRestoreFlow'

/** Sao lưu ngay: the whole database to a file the secretary chooses (a USB stick, another PC). */
export function BackupNowPanel({
  db,
  api,
  notify
}: {
  db: OfficeDatabase
  api: DesktopApi
  notify(notice: Notice | null): void
}) {
  async function backupNow() {
    notify(null)
    const { bytes } = await createBackupBytes(db, 'manual')
    const result = await api.file.save({
      kind: 'backup',
      suggestedName: `Sao lưu Cụm thi đua ${todayIso()}`,
      bytes
    })
    if (result.ok)
      notify({ kind: 'ok', text: `Đã sao lưu toàn bộ dữ liệu vào tệp: ${result.value.path}` })
    else if (result.error.code !== 'canceled') notify({ kind: 'error', text: result.error.message })
  }

  return (
    <section className="panel" aria-labelledby="now-title">
      <h2 id="now-title">Sao lưu ngay</h2>
      <p>Lưu toàn bộ dữ liệu ra một tệp (ví dụ vào USB) để cất giữ hoặc chuyển sang máy khác.</p>
      <button type="button" className="button primary" onClick={backupNow}>
        Sao lưu ngay
      </button>
    </section>
  )
}
