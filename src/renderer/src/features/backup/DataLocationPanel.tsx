import type { AppInfo } from '@shared/ipc/contract'

/** Where the data lives on this PC, and the app's version. */
export function DataLocationPanel({ info }: { info: AppInfo | null }) {
  return (
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
          Đây là bản chạy trên trình duyệt: dữ liệu nằm trong bộ nhớ của trình duyệt trên máy này và
          chỉ dùng để thử nghiệm.
        </p>
      )}
      <p className="muted">Phiên bản {info?.version ?? '…'}</p>
    </section>
  )
}
