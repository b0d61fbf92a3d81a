import type { FinaliseIssue } from '@core/rules/meetings'
import { IssueLinks } from '../../components/IssueLinks'

interface Props {
  issues: FinaliseIssue[]
  /** Takes the secretary to the field of the meeting, or to the line of the minutes text. */
  onGo(issue: FinaliseIssue): void
  onClose(): void
}

/**
 * What keeps the minutes from being finalised (and numbered): every fact still blank and every
 * placeholder left in the text, each a link to the field or the line. It follows the record as it
 * is corrected, and says so when nothing is left.
 */
export function FinaliseChecklist({ issues, onGo, onClose }: Props) {
  return (
    <div
      className={`alert ${issues.length ? 'error' : 'success'} no-print`}
      role="alert"
      aria-label="Kiểm tra trước khi hoàn tất"
    >
      {issues.length ? (
        <>
          <p>
            <strong>Chưa hoàn tất được biên bản: còn {issues.length} mục phải điền.</strong> Bấm vào
            từng mục để đến chỗ cần sửa; mục của hội nghị sửa xong thì bấm “Lưu hội nghị”.
          </p>
          <IssueLinks issues={issues} onGo={(issue) => onGo(issue as FinaliseIssue)} />
        </>
      ) : (
        <p>
          <strong>Đã đủ thông tin.</strong> Có thể bấm “Hoàn tất biên bản và cấp số”.
        </p>
      )}
      <button type="button" className="button small" onClick={onClose}>
        Đóng danh sách
      </button>
    </div>
  )
}
