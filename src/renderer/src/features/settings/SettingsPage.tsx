import { useState } from 'react'
import { useDatabase } from '../../db/DatabaseContext'
import { useActiveCluster, useFormatProfile, useMemberUnits } from '../../db/hooks'
import { ClusterRulesForm } from './ClusterRulesForm'
import { saveFormatProfile } from '../../db/repositories/profile-repo'
import { FormatProfileForm } from './FormatProfileForm'
import { updateCluster } from '../../db/repositories/clusters-repo'
import { deleteClusterCascade } from '../../db/repositories/sample-repo'
import { ClusterForm } from './ClusterForm'

/** Cài đặt: the cluster's identity on documents, and removal of the sample data. */
export function SettingsPage() {
  const db = useDatabase()
  const cluster = useActiveCluster()
  const profile = useFormatProfile(cluster?.id ?? undefined)
  const units = useMemberUnits(cluster?.id ?? undefined)
  const [confirming, setConfirming] = useState(false)
  const [message, setMessage] = useState('')

  if (cluster === undefined) return <p role="status">Đang tải dữ liệu…</p>

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Cài đặt</h1>
      {cluster === null ? (
        <p>Chưa có cụm thi đua. Hãy tạo cụm hoặc nạp dữ liệu mẫu ở màn hình Tổng quan.</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="cluster-title">
            <h2 id="cluster-title">Thông tin cụm thi đua</h2>
            <ClusterForm
              key={cluster.id}
              initial={cluster}
              submitLabel="Lưu thay đổi"
              onSubmit={async (input) => void (await updateCluster(db, cluster.id, input))}
            />
          </section>
          <section className="panel" aria-labelledby="rules-title">
            <h2 id="rules-title">Quy định của cụm</h2>
            {units ? (
              <ClusterRulesForm
                key={cluster.id}
                cluster={cluster}
                units={units}
                onSubmit={async (rules, rotationOrder) =>
                  void (await updateCluster(db, cluster.id, { ...cluster, rules, rotationOrder }))
                }
              />
            ) : (
              <p role="status">Đang tải…</p>
            )}
          </section>
          <section className="panel" aria-labelledby="profile-title">
            <h2 id="profile-title">Thể thức văn bản</h2>
            <p className="muted">
              Mặc định theo Nghị định 30/2020/NĐ-CP: khổ A4, phông Times New Roman, lề trên và dưới
              20 mm, lề trái 30 mm, lề phải 15 mm.
            </p>
            {profile ? (
              <FormatProfileForm
                key={cluster.id}
                profile={profile}
                onSubmit={async (input) => void (await saveFormatProfile(db, cluster.id, input))}
              />
            ) : (
              <p role="status">Đang tải…</p>
            )}
          </section>
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
