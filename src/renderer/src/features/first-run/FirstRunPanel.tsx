import { useState } from 'react'
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

  async function loadSample() {
    setBusy(true)
    setError('')
    try {
      await loadSampleCluster(db)
    } catch (e) {
      setError('Không nạp được dữ liệu mẫu: ' + String((e as Error)?.message ?? e))
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
