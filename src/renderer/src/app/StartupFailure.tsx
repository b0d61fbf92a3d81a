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
      <p>
        Các bản sao lưu tự động vẫn nằm nguyên trong thư mục sao lưu. Khi ứng dụng mở được, mục Sao
        lưu cho phép khôi phục một bản còn tốt.
      </p>
      <pre className="error-detail">{detail}</pre>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Thử lại
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.hash = '#/sao-luu'
            window.location.reload()
          }}
        >
          Thử lại và mở Sao lưu
        </button>
      </div>
    </div>
  )
}
