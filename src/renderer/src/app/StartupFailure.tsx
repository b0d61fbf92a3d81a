/**
 * Shown when the database cannot be opened. Says what happened and what to do; nothing has been
 * changed or deleted.
 */
export function StartupFailure({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return (
    <div role="alert" className="error-screen">
      <h1>Không mở được dữ liệu</h1>
      <p>
        Dữ liệu của bạn không bị xóa hay thay đổi. Nguyên nhân thường gặp: ứng dụng đang mở ở một
        cửa sổ khác, hoặc ổ đĩa đã đầy.
      </p>
      <ol>
        <li>Đóng mọi cửa sổ khác của ứng dụng, rồi bấm “Thử lại”.</li>
        <li>Kiểm tra ổ đĩa còn chỗ trống.</li>
        <li>Nếu vẫn lỗi, hãy liên hệ người hỗ trợ kỹ thuật và gửi kèm nội dung lỗi dưới đây.</li>
      </ol>
      <pre className="error-detail">{detail}</pre>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        Thử lại
      </button>
    </div>
  )
}
