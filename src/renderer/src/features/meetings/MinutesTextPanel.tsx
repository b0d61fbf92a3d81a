import type { RefObject } from 'react'
import type { FieldIssue } from '@core/model/validation'
import { IssueLinks } from '../../components/IssueLinks'

interface Props {
  body: string
  readOnly: boolean
  onChange(body: string): void
  boxRef: RefObject<HTMLTextAreaElement | null>
  /** Where the text disagrees with the facts recorded (`findContradictionIssues`). */
  warnings: FieldIssue[]
  /** The messages about the text that block finalising (placeholders, with their lines). */
  error: string
}

/**
 * The minutes text with, beside it, every place it disagrees with the meeting as recorded; each
 * warning leads to the field of the record it contradicts.
 */
export function MinutesTextPanel({ body, readOnly, onChange, boxRef, warnings, error }: Props) {
  return (
    <div className="minutes-text no-print">
      <div className={`field${error ? ' has-error' : ''}`} data-field="body">
        <label htmlFor="minutes-body">Nội dung biên bản</label>
        <textarea
          id="minutes-body"
          ref={boxRef}
          rows={18}
          value={body}
          readOnly={readOnly}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby="minutes-hint"
          aria-invalid={error ? true : undefined}
        />
        <p id="minutes-hint" className="field-hint">
          Được tạo từ số liệu đã nhập; có thể sửa câu chữ trước khi hoàn tất. Chỗ ghi “[chưa ghi …]”
          là thông tin còn thiếu. Dòng “[Bảng kết quả biểu quyết N]” là chỗ in bảng kết quả.
        </p>
        {error ? <p className="field-error">{error}</p> : null}
      </div>
      <aside className="minutes-aside" aria-label="Đối chiếu với số liệu">
        {warnings.length > 0 ? (
          <div className="alert warning" role="alert">
            <p>
              <strong>Nội dung biên bản khác với số liệu đã nhập:</strong>
            </p>
            <IssueLinks issues={warnings} />
          </div>
        ) : (
          <p className="muted">
            {readOnly
              ? 'Biên bản đã hoàn tất.'
              : 'Nội dung biên bản khớp với số liệu đã nhập (ngày, giờ, địa điểm, thành phần, chủ trì, thư ký, khách mời và kết quả biểu quyết).'}
          </p>
        )}
      </aside>
    </div>
  )
}
