import { useEffect, useState } from 'react'
import type { BackupEntry } from '@shared/ipc/contract'
import { messageFrom } from '@core/model/validation'
import { getDesktopApi } from '../../lib/desktop-api'
import { restoreBackup } from '../../db/backup'
import { backupReasonWords, backupTimeWords } from '../backup/backup-words'
import { Database, FilePlus2 } from 'lucide-react'
import { useDatabase } from '../../db/DatabaseContext'
import { createCluster } from '../../db/repositories/clusters-repo'
import { loadSampleCluster } from '../../db/repositories/sample-repo'
import { ClusterForm } from '../settings/ClusterForm'

/**
 * Shown while the database is empty: load the sample cluster to explore the app, or start with
 * the user's own cluster.
 */
export function FirstRunPanel() {
  const db = useDatabase()
  const [mode, setMode] = useState<'choose' | 'blank'>('choose')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [newest, setNewest] = useState<BackupEntry | null>(null)

  // An empty database while backups exist usually means the data was lost (a reinstall, a new PC
  // profile): offer the newest backup before anything else.
  useEffect(() => {
    void getDesktopApi()
      .backup.list()
      .then((r) => r.ok && setNewest(r.value.entries[0] ?? null))
  }, [])

  async function restoreNewest() {
    if (!newest) return
    setBusy(true)
    setError('')
    try {
      const api = getDesktopApi()
      const file = await api.backup.read({ name: newest.name })
      if (!file.ok) throw new Error(file.error.message)
      await restoreBackup(db, file.value.bytes, {
        saveSafetyBackup: async (bytes) => {
          const saved = await api.backup.save({ bytes, reason: 'before-restore' })
          if (!saved.ok) throw new Error(saved.error.message)
          return saved.value.name
        },
        discardSafetyBackup: async (name) => void (await api.backup.remove({ name })),
        source: { name: newest.name }
      })
    } catch (e) {
      setError('Không khôi phục được. ' + messageFrom(e))
    } finally {
      setBusy(false)
    }
  }

  async function loadSample() {
    setBusy(true)
    setError('')
    try {
      await loadSampleCluster(db)
    } catch (e) {
      setError('Không nạp được dữ liệu mẫu. ' + messageFrom(e))
    } finally {
      setBusy(false)
    }
  }

  if (mode === 'blank') {
    return (
      <section aria-labelledby="page-title" className="first-run">
        <h1 id="page-title">Tạo cụm thi đua của bạn</h1>
        <p className="lead">
          Nhập thông tin cụm như sẽ in trên tiêu đề văn bản. Có thể sửa lại bất cứ lúc nào trong Cài
          đặt.
        </p>
        <ClusterForm
          submitLabel="Tạo cụm"
          onSubmit={async (input) => void (await createCluster(db, input))}
        />
        <button type="button" className="button link" onClick={() => setMode('choose')}>
          Quay lại
        </button>
      </section>
    )
  }

  return (
    <section aria-labelledby="page-title" className="first-run">
      <h1 id="page-title">Chào mừng đến với Thư ký Cụm thi đua</h1>
      <p className="lead">
        Ứng dụng giúp thư ký cụm quản lý đơn vị thành viên, giao ước thi đua, hội nghị và biên bản,
        và xuất văn bản Word đúng thể thức. Mọi dữ liệu được lưu trên máy này, không cần Internet.
      </p>
      {newest ? (
        <div className="choice restore-choice" role="group" aria-label="Khôi phục dữ liệu">
          <h2>Có bản sao lưu trên máy này</h2>
          <p>
            Dữ liệu đang trống nhưng có bản sao lưu lúc {backupTimeWords(newest.createdAt)} (
            {backupReasonWords(newest.reason)}). Nếu trước đây đã dùng ứng dụng trên máy này, hãy
            khôi phục bản sao lưu.
          </p>
          <button type="button" className="button primary" onClick={restoreNewest} disabled={busy}>
            Khôi phục bản sao lưu gần nhất
          </button>
        </div>
      ) : null}
      <div className="choice-grid">
        <div className="choice">
          <Database aria-hidden="true" size={28} />
          <h2>Dùng thử với dữ liệu mẫu</h2>
          <p>
            Cụm thi đua số 1 của Ủy ban MTTQ Việt Nam thành phố Hà Nội: sáu quận thành viên, năm
            2020 và 2024, giao ước năm 2020. Có thể xóa dữ liệu mẫu sau trong Cài đặt.
          </p>
          <button type="button" className="button primary" onClick={loadSample} disabled={busy}>
            {busy ? 'Đang nạp…' : 'Nạp dữ liệu mẫu'}
          </button>
        </div>
        <div className="choice">
          <FilePlus2 aria-hidden="true" size={28} />
          <h2>Bắt đầu với cụm của bạn</h2>
          <p>Nhập tên cụm, địa danh và ký hiệu văn bản, rồi thêm các đơn vị thành viên.</p>
          <button type="button" className="button" onClick={() => setMode('blank')} disabled={busy}>
            Bắt đầu với dữ liệu trống
          </button>
        </div>
      </div>
      {error ? (
        <p role="alert" className="alert error">
          {error}
        </p>
      ) : null}
    </section>
  )
}
