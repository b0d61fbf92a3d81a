import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc/contract'
import { getDesktopApi } from '../../lib/desktop-api'

/**
 * Sao lưu: where the data lives today. Backup and restore themselves are still to be built, and
 * the screen says so rather than pretending.
 */
export function BackupPage() {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let live = true
    void getDesktopApi()
      .app.getInfo()
      .then((result) => {
        if (live && result.ok) setInfo(result.value)
      })
    return () => {
      live = false
    }
  }, [])

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Sao lưu</h1>
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
      <div className="notice">
        <p>
          <strong>Sao lưu và khôi phục đang được xây dựng</strong> và sẽ có trong phiên bản tới:
        </p>
        <ul>
          <li>“Sao lưu ngay” ra một tệp do bạn chọn; tự động sao lưu định kỳ vào thư mục riêng.</li>
          <li>“Khôi phục từ tệp” có kiểm tra tệp trước khi thay dữ liệu, và có thể hoàn tác.</li>
        </ul>
      </div>
    </section>
  )
}
