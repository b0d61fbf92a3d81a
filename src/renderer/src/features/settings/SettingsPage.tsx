import { useState } from 'react'
import { useDatabase } from '../../db/DatabaseContext'
import { useSettingsScreen } from '../../db/queries/settings-screen'
import { deleteClusterCascade } from '../../db/repositories/sample-repo'
import { ClusterSettings } from './ClusterSettings'

/** Cài đặt: the cluster's identity on documents, and removal of the sample data. */
export function SettingsPage() {
  const db = useDatabase()
  const screen = useSettingsScreen()
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState('')

  if (screen === undefined) return <p role="status">Đang tải dữ liệu…</p>
  const { cluster } = screen

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Cài đặt</h1>
      {cluster === null ? (
        <p>Chưa có cụm thi đua. Hãy tạo cụm hoặc nạp dữ liệu mẫu ở màn hình Tổng quan.</p>
      ) : (
        <>
          <ClusterSettings
            key={cluster.id}
            cluster={cluster}
            units={screen.units}
            profile={screen.profile}
            profileStamp={screen.profileStamp}
          />
          {cluster.isSample ? (
            <section className="panel" aria-labelledby="sample-title">
              <h2 id="sample-title">Dữ liệu mẫu</h2>
              <p>
                Cụm đang hiển thị là dữ liệu mẫu. Khi đã sẵn sàng nhập dữ liệu thật, hãy xóa dữ liệu
                mẫu: toàn bộ đơn vị, năm thi đua, giao ước và hội nghị của cụm mẫu sẽ bị xóa.
              </p>
              {confirming ? (
                <div className="confirm" role="group" aria-label="Xác nhận xóa dữ liệu mẫu">
                  <p>
                    <strong>Xóa toàn bộ dữ liệu của “{cluster.name}”?</strong> Không thể hoàn tác.
                  </p>
                  <button
                    type="button"
                    className="button danger"
                    onClick={async () => {
                      await deleteClusterCascade(db, cluster.id)
                      setConfirming(false)
                      setMessage('Đã xóa dữ liệu mẫu.')
                    }}
                  >
                    Xác nhận xóa
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(false)}>
                    Hủy
                  </button>
                </div>
              ) : (
                <button type="button" className="button danger" onClick={() => setConfirming(true)}>
                  Xóa dữ liệu mẫu
                </button>
              )}
            </section>
          ) : null}
        </>
      )}
      <p role="status">{message}</p>
    </section>
  )
}
