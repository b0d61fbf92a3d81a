import { useState } from 'react'
import { isSafetyBackup } from '@core/backup/rotation'
import { parseWholeNumber } from '@core/text/numbers'
import type { BackupEntry, DesktopApi, Retention } from '@shared/ipc/contract'
import { useSafety } from '../../db/SafetyContext'
import { backupReasonWords, backupTimeWords, sizeWords } from './backup-words'
import type { BackupList } from './useBackupList'
import type { Notice } from './useRestoreFlow'

const RETENTION_FIELDS = [
  ['keepToday', 'Số bản giữ trong ngày'],
  ['keepDays', 'Số ngày trước đó (mỗi ngày 1 bản)'],
  ['keepTotal', 'Tổng số bản tối đa']
] as const

/**
 * Sao lưu tự động: the folder, the list of automatic backups (each can be restored), and how
 * many are kept. The backups taken before a restore have their own panel.
 */
export function AutoBackupPanel({
  api,
  isDesktop,
  list,
  busy,
  notify,
  onRestore
}: {
  api: DesktopApi
  isDesktop: boolean
  list: BackupList
  busy: boolean
  notify(notice: Notice): void
  onRestore(entry: BackupEntry): void
}) {
  const safety = useSafety()
  const { folder, refresh } = list
  const entries = list.entries.filter((entry) => !isSafetyBackup(entry.name))
  const [edited, setRetention] = useState<Record<keyof Retention, string> | null>(null)
  const stored = list.retention
  const retention =
    edited ??
    (stored
      ? {
          keepToday: String(stored.keepToday),
          keepDays: String(stored.keepDays),
          keepTotal: String(stored.keepTotal)
        }
      : null)

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
                    onClick={() => onRestore(entry)}
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
              keepToday: parseWholeNumber(retention.keepToday),
              keepDays: parseWholeNumber(retention.keepDays),
              keepTotal: parseWholeNumber(retention.keepTotal)
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
