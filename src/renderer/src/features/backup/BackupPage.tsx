import { useCallback, useEffect, useState } from 'react'
import { todayIso } from '@core/text/dates'
import { BackupError, parseBackup, tableLabel, type BackupHeader } from '@core/backup/format'
import { TABLES } from '@core/model/entities'
import type { AppInfo, BackupEntry, Retention } from '@shared/ipc/contract'
import { createBackupBytes, restoreBackup } from '../../db/backup'
import { useDatabase } from '../../db/DatabaseContext'
import { CURRENT_SCHEMA_VERSION } from '../../db/migrations'
import { useLatestBackup, useSafety } from '../../db/SafetyContext'
import { getDesktopApi } from '../../lib/desktop-api'
import { backupReasonWords, backupTimeWords, sizeWords } from './backup-words'

/**
 * The backup taken just before the last restore of this session, for "Hoàn tác khôi phục". Kept
 * outside the component so it survives moving between screens; after a restart the same backup
 * is still in the list of automatic backups ("trước khi khôi phục").
 */
let lastSafetyBackup: string | null = null

interface Pending {
  source: string
  bytes: Uint8Array
  header: BackupHeader
}

/**
 * Sao lưu: back up now to a file of the user's choice, restore from a file or from one of the
 * automatic backups (checked first, shown, confirmed), and undo the last restore.
 */
export function BackupPage() {
  const db = useDatabase()
  const safety = useSafety()
  const api = getDesktopApi()
  const { latest } = useLatestBackup()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [folder, setFolder] = useState('')
  const [entries, setEntries] = useState<BackupEntry[]>([])
  const [retention, setRetention] = useState<Record<keyof Retention, string> | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [undo, setUndoState] = useState<string | null>(lastSafetyBackup)
  const setUndo = (name: string | null) => {
    lastSafetyBackup = name
    setUndoState(name)
  }
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(async () => {
    const list = await api.backup.list()
    if (list.ok) {
      setFolder(list.value.folder)
      setEntries(list.value.entries)
      const r = list.value.retention
      setRetention({
        keepToday: String(r.keepToday),
        keepDays: String(r.keepDays),
        keepTotal: String(r.keepTotal)
      })
    }
  }, [api])

  useEffect(() => {
    void api.app.getInfo().then((r) => r.ok && setInfo(r.value))
    void refresh()
  }, [api, refresh, latest])

  async function backupNow() {
    setMessage(null)
    const { bytes } = await createBackupBytes(db, 'manual')
    const stamp = todayIso()
    const result = await api.file.save({
      kind: 'backup',
      suggestedName: `Sao lưu Cụm thi đua ${stamp}`,
      bytes
    })
    if (result.ok)
      setMessage({ kind: 'ok', text: `Đã sao lưu toàn bộ dữ liệu vào tệp: ${result.value.path}` })
    else if (result.error.code !== 'canceled')
      setMessage({ kind: 'error', text: result.error.message })
  }

  async function check(source: string, bytes: Uint8Array) {
    setMessage(null)
    try {
      const file = await parseBackup(bytes, CURRENT_SCHEMA_VERSION, Object.keys(TABLES))
      setPending({ source, bytes, header: file.header })
    } catch (error) {
      setPending(null)
      setMessage({
        kind: 'error',
        text: error instanceof BackupError ? error.message : 'Không đọc được tệp.'
      })
    }
  }

  async function chooseFile() {
    const result = await api.file.open({ kind: 'backup' })
    if (result.ok) await check(result.value.name, result.value.bytes)
    else if (result.error.code !== 'canceled')
      setMessage({ kind: 'error', text: result.error.message })
  }

  async function chooseEntry(entry: BackupEntry) {
    const result = await api.backup.read({ name: entry.name })
    if (result.ok)
      await check(`sao lưu tự động ${backupReasonWords(entry.reason)}`, result.value.bytes)
    else setMessage({ kind: 'error', text: result.error.message })
  }

  async function restore(bytes: Uint8Array, isUndo: boolean) {
    setBusy(true)
    setMessage(null)
    try {
      const outcome = await restoreBackup(db, bytes, {
        saveSafetyBackup: async (safetyBytes) => {
          const saved = await api.backup.save({ bytes: safetyBytes, reason: 'before-restore' })
          if (!saved.ok) throw new Error(saved.error.message)
          return saved.value.name
        }
      })
      setPending(null)
      setUndo(isUndo ? null : outcome.safetyBackup)
      const units = outcome.counts['memberUnits'] ?? 0
      setMessage({
        kind: 'ok',
        text: isUndo
          ? 'Đã hoàn tác: dữ liệu trở lại như trước khi khôi phục.'
          : `Đã khôi phục: ${outcome.counts['clusters'] ?? 0} cụm, ${units} đơn vị, ${outcome.counts['meetings'] ?? 0} hội nghị. Dữ liệu trước đó đã được sao lưu.`
      })
      await refresh()
    } catch (error) {
      setMessage({
        kind: 'error',
        text:
          (error instanceof BackupError ? error.message : 'Không khôi phục được.') +
          ' Dữ liệu hiện tại không thay đổi.'
      })
    } finally {
      setBusy(false)
    }
  }

  async function undoRestore() {
    if (!undo) return
    const result = await api.backup.read({ name: undo })
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message })
    await restore(result.value.bytes, true)
  }

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Sao lưu</h1>
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`alert ${message.kind === 'error' ? 'error' : 'success'}`}
        >
          {message.text}
        </p>
      ) : null}
      {undo ? (
        <p>
          <button type="button" className="button" onClick={undoRestore} disabled={busy}>
            Hoàn tác khôi phục
          </button>
        </p>
      ) : null}

      <section className="panel" aria-labelledby="now-title">
        <h2 id="now-title">Sao lưu ngay</h2>
        <p>Lưu toàn bộ dữ liệu ra một tệp (ví dụ vào USB) để cất giữ hoặc chuyển sang máy khác.</p>
        <button type="button" className="button primary" onClick={backupNow}>
          Sao lưu ngay
        </button>
      </section>

      <section className="panel" aria-labelledby="restore-title">
        <h2 id="restore-title">Khôi phục</h2>
        <p>
          Tệp được kiểm tra trước; dữ liệu hiện tại được tự động sao lưu trước khi thay, và có thể
          hoàn tác.
        </p>
        <button type="button" className="button" onClick={chooseFile}>
          Khôi phục từ tệp
        </button>
        {pending ? (
          <div className="confirm panel-inner" role="group" aria-label="Xác nhận khôi phục">
            <p>
              <strong>
                Bản sao lưu {backupTimeWords(pending.header.createdAt.replace('Z', ''))}
              </strong>{' '}
              ({pending.source}):{' '}
              {Object.entries(pending.header.counts)
                .filter(([, n]) => n > 0)
                .map(([t, n]) => `${tableLabel(t)} ${n}`)
                .join(', ')}
              .
            </p>
            <p>Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này.</p>
            <button
              type="button"
              className="button danger"
              onClick={() => restore(pending.bytes, false)}
              disabled={busy}
            >
              {busy ? 'Đang khôi phục…' : 'Khôi phục bản này'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setPending(null)}
              disabled={busy}
            >
              Hủy
            </button>
          </div>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="auto-title">
        <h2 id="auto-title">Sao lưu tự động</h2>
        <p>
          Ứng dụng tự sao lưu khi mở, 15 phút một lần nếu có thay đổi và khi đóng; giữ 3 bản trong
          ngày, mỗi ngày trước đó 1 bản, tối đa 10 bản.
        </p>
        {info?.isDesktop ? (
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
                      onClick={() => chooseEntry(entry)}
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
              setMessage(
                result.ok
                  ? { kind: 'ok', text: 'Đã lưu số bản sao lưu giữ lại.' }
                  : { kind: 'error', text: result.error.message }
              )
            }}
          >
            {(
              [
                ['keepToday', 'Số bản giữ trong ngày'],
                ['keepDays', 'Số ngày trước đó (mỗi ngày 1 bản)'],
                ['keepTotal', 'Tổng số bản tối đa']
              ] as const
            ).map(([key, label]) => (
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

      <section className="panel" aria-labelledby="where-title">
        <h2 id="where-title">Dữ liệu được lưu ở đâu</h2>
        {info === null ? (
          <p role="status">Đang tải…</p>
        ) : info.isDesktop ? (
          <p>
            Toàn bộ dữ liệu nằm trên máy này, trong thư mục: <code>{info.dataPath}</code>
          </p>
        ) : (
          <p>
            Đây là bản chạy trên trình duyệt: dữ liệu nằm trong bộ nhớ của trình duyệt trên máy này
            và chỉ dùng để thử nghiệm.
          </p>
        )}
        <p className="muted">Phiên bản {info?.version ?? '…'}</p>
      </section>
    </section>
  )
}
