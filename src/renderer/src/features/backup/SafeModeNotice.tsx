import { dismissSafeMode, useSafeModeReport } from '../../db/safe-mode'
import './backup.css'

/**
 * Chế độ an toàn: what the start-up check repaired and what it found, in the secretary's words,
 * with the way to Sao lưu (where a good backup can be restored). Renders nothing when all is well.
 */
export function SafeModeNotice({ withLink = true }: { withLink?: boolean }) {
  const report = useSafeModeReport()
  if (report.repairs.length === 0 && report.problems.length === 0) return null
  return (
    <div className="alert warning banner safe-mode" role="alert" aria-label="Chế độ an toàn">
      <p>
        <strong>Chế độ an toàn.</strong> Khi mở, ứng dụng thấy dữ liệu cài đặt không hợp lệ
        {report.repairs.length ? ' và đã tự sửa' : ''}; các dữ liệu khác không bị thay đổi.
      </p>
      <ul>
        {report.repairs.map((line) => (
          <li key={line}>Đã sửa: {line}</li>
        ))}
        {report.problems.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        Mỗi chỗ sửa được ghi vào nhật ký thay đổi (kèm giá trị cũ). Nếu dữ liệu vẫn không đúng, hãy
        khôi phục một bản sao lưu còn tốt ở mục Sao lưu.
      </p>
      <div className="actions">
        {withLink ? (
          <a className="button small" href="#/sao-luu">
            Mở Sao lưu
          </a>
        ) : null}
        <button type="button" className="button small" onClick={dismissSafeMode}>
          Đã hiểu
        </button>
      </div>
    </div>
  )
}
