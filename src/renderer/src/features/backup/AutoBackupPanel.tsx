import { useCallback, useEffect, useState } from 'react'
import type { BackupEntry, DesktopApi, Retention } from '@shared/ipc/contract'
import { useLatestBackup, useSafety } from '../../db/SafetyContext'
import { backupReasonWords, backupTimeWords, sizeWords } from './backup-words'
import type { Notice } from './useRestoreFlow'

const RETENTION_FIELDS = [
  ['keepToday', 'Số bản giữ trong ngày'],
  ['keepDays', 'Số ngày trước đó (mỗi ngày 1 bản)'],
  ['keepTotal', 'Tổng số bản tối đa']
] as const

/**
 * Sao lưu tự động: the folder, the list of automatic backups (each can be restored), and how
 * many are kept. `version` changes after a restore so the list shows the new safety backup.
 */
export function AutoBackupPanel({
  api,
  isDesktop,
  version,
  busy,
  notify,
  onRestore
}: {
  api: DesktopApi
  isDesktop: boolean
  version: number
  busy: boolean
  notify(notice: Notice): void
  onRestore(entry: BackupEntry, bytes: Uint8Array): void
}) {
  const safety = useSafety()
  const { latest } = useLatestBackup()
  const [folder, setFolder] = useState('')
  const [entries, setEntries] = useState<BackupEntry[]>([])
  const [retention, setRetention] = useState<Record<keyof Retention, string> | null>(null)

  const refresh = useCallback(async () => {
    const list = await api.backup.list()
    if (!list.ok) return
    setFolder(list.value.folder)
    setEntries(list.value.entries)
    const r = list.value.retention
    setRetention({
      keepToday: String(r.keepToday),
      keepDays: String(r.keepDays),
      keepTotal: String(r.keepTotal)
    })
  }, [api])

  useEffect(() => {
    void refresh()
  }, [refresh, latest, version])

  async function choose(entry: BackupEntry) {
    const result = await api.backup.read({ name: entry.name })
    if (result.ok) onRestore(entry, result.value.bytes)
    else notify({ kind: 'error', text: result.error.message })
  }

  return (
    <section className="panel" aria-labelledby="auto-title">
      <h2 id="auto-title">Sao lưu tự động</h2>
      <p>
        Ứng dụng tự sao lưu khi mở, 15 phút một lần nếu có thay đổi và khi đóng; giữ 3 bản trong
        ngày, mỗi ngày trước đó 1 bản, tối đa 10 bản.
      </p>
      {isDesktop ? (
        <p>
          Thư mục: <code>{folder}</code>{' '}
          <button
            type="button"
            className="button small"
            onClick={async () => {
              const r = await api.backup.chooseFolder()
              if (r.ok) await refresh()
            }}
          >
            Đổi thư mục
          </button>
        </p>
      ) : (
        <p className="muted">
          Bản chạy trên trình duyệt giữ các bản sao lưu tự động trong trình duyệt.
        </p>
      )}
      {entries.length > 0 ? (
        <table className="table" aria-label="Các bản sao lưu tự động">
          <thead>
            <tr>
              <th scope="col">Thời điểm</th>
              <th scope="col">Lý do</th>
              <th scope="col">Dung lượng</th>
              <th scope="col">
                <span className="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.name}>
                <td>{backupTimeWords(entry.createdAt)}</td>
                <td>{backupReasonWords(entry.reason)}</td>
                <td>{sizeWords(entry.size)}</td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    disabled={busy}
                    onClick={() => choose(entry)}
                    aria-label={`Khôi phục bản ${backupTimeWords(entry.createdAt)}`}
                  >
                    Khôi phục
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Chưa có bản sao lưu tự động nào.</p>
      )}
      {retention ? (
        <form
          className="retention"
          aria-label="Số bản sao lưu giữ lại"
          onSubmit={async (event) => {
            event.preventDefault()
            const result = await api.backup.setRetention({
              keepToday: Number(retention.keepToday),
              keepDays: Number(retention.keepDays),
              keepTotal: Number(retention.keepTotal)
            })
            notify(
              result.ok
                ? { kind: 'ok', text: 'Đã lưu số bản sao lưu giữ lại.' }
                : { kind: 'error', text: result.error.message }
            )
          }}
        >
          {RETENTION_FIELDS.map(([key, label]) => (
            <div className="field" key={key}>
              <label htmlFor={`ret-${key}`}>{label}</label>
              <input
                id={`ret-${key}`}
                inputMode="numeric"
                value={retention[key]}
                onChange={(e) => setRetention({ ...retention, [key]: e.target.value })}
              />
            </div>
          ))}
          <button type="submit" className="button small">
            Lưu cách giữ bản sao lưu
          </button>
        </form>
      ) : null}
      {safety ? (
        <button
          type="button"
          className="button small"
          onClick={async () => (await safety.autoBackup.backupNow('interval'), refresh())}
        >
          Tạo bản sao lưu tự động ngay
        </button>
      ) : null}
    </section>
  )
}
