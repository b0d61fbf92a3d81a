import { useState } from 'react'
import { isSafetyBackup, SAFETY_KEEP_DAYS } from '@core/backup/rotation'
import type { BackupEntry, DesktopApi } from '@shared/ipc/contract'
import { backupTimeWords, clusterNamesWords, countsWords, sizeWords } from './backup-words'
import type { BackupList } from './useBackupList'
import type { Notice } from './useRestoreFlow'

/**
 * Bản sao lưu trước khi khôi phục: every backup of the data a restore replaced, with what it holds
 * (time on this PC's clock, cluster, counts). Kept at least 30 days whatever happens meanwhile, so
 * a wrong restore followed by another can still be undone; the secretary may remove one she no
 * longer needs (after a second question).
 */
export function SafetyBackupsPanel({
  api,
  list,
  busy,
  notify,
  onRestore,
  onRemoved
}: {
  api: DesktopApi
  list: BackupList
  busy: boolean
  notify(notice: Notice): void
  onRestore(entry: BackupEntry): void
  onRemoved(name: string): void
}) {
  const entries = list.entries.filter((entry) => isSafetyBackup(entry.name))
  const [confirming, setConfirming] = useState<string | null>(null)

  async function remove(entry: BackupEntry) {
    setConfirming(null)
    const result = await api.backup.remove({ name: entry.name })
    if (!result.ok) return notify({ kind: 'error', text: result.error.message })
    notify({
      kind: 'ok',
      text: `Đã xóa bản sao lưu trước khi khôi phục lúc ${backupTimeWords(entry.createdAt)}.`
    })
    onRemoved(entry.name)
    await list.refresh()
  }

  return (
    <section className="panel" aria-labelledby="safety-title">
      <h2 id="safety-title">Bản sao lưu trước khi khôi phục</h2>
      <p>
        Mỗi lần khôi phục, dữ liệu đang có trên máy được sao lưu trước. Các bản này được giữ ít nhất{' '}
        {SAFETY_KEEP_DAYS} ngày (bản mới nhất luôn được giữ), kể cả khi khôi phục thêm lần nữa, để
        luôn quay lại được dữ liệu trước đó. Bản nào không còn cần thì có thể xóa.
      </p>
      {entries.length === 0 ? (
        <p className="muted">Chưa có bản nào: chưa khôi phục lần nào.</p>
      ) : (
        <table className="table" aria-label="Các bản sao lưu trước khi khôi phục">
          <thead>
            <tr>
              <th scope="col">Thời điểm</th>
              <th scope="col">Cụm</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Dung lượng</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const time = backupTimeWords(entry.createdAt)
              return (
                <tr key={entry.name}>
                  <td>{time}</td>
                  <td>{clusterNamesWords(entry.contents)}</td>
                  <td>{countsWords(entry.contents)}</td>
                  <td>{sizeWords(entry.size)}</td>
                  <td className="row-actions">
                    {confirming === entry.name ? (
                      <>
                        <span>Xóa hẳn bản này?</span>
                        <button
                          type="button"
                          className="button small danger"
                          onClick={() => void remove(entry)}
                        >
                          Xóa hẳn
                        </button>
                        <button
                          type="button"
                          className="button small"
                          onClick={() => setConfirming(null)}
                        >
                          Giữ lại
                        </button>
                      </>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="button small"
                          disabled={busy}
                          onClick={() => onRestore(entry)}
                          aria-label={`Khôi phục bản trước khi khôi phục lúc ${time}`}
                        >
                          Khôi phục
                        </button>
                        <button
                          type="button"
                          className="button small"
                          disabled={busy}
                          onClick={() => setConfirming(entry.name)}
                          aria-label={`Xóa bản trước khi khôi phục lúc ${time}`}
                        >
                          Xóa
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
