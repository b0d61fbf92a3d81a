import { SHEET_STATUSES, type SheetStatus } from '@core/scoring/model'
import { SHEET_STATUS_LABELS } from '@core/scoring/sheet-status'
import type { SheetStep } from '../../db/repositories/scoring-sheets-repo'

/** The moves offered from each status, in the words of the step taken. */
const MOVES: Record<SheetStatus, Array<{ to: SheetStep; label: string }>> = {
  draft: [{ to: 'submitted', label: 'Đơn vị đã nộp phiếu' }],
  submitted: [
    { to: 'reviewed', label: 'Chấm xong' },
    { to: 'draft', label: 'Trả lại đơn vị' }
  ],
  reviewed: [
    { to: 'explained', label: 'Đơn vị đã giải trình' },
    { to: 'submitted', label: 'Mở lại để chấm' }
  ],
  explained: [{ to: 'reviewed', label: 'Mở lại để chấm' }],
  adopted: [],
  locked: []
}

interface Props {
  status: SheetStatus
  hasSheet: boolean
  /** True while the form has unsaved changes: a step is taken on what is saved. */
  dirty: boolean
  onMove(to: SheetStep): void
}

/** The sheet's steps (draft → … → locked) with the current one marked, and the moves from it. */
export function SheetStatusBar({ status, hasSheet, dirty, onMove }: Props) {
  const at = SHEET_STATUSES.indexOf(status)
  return (
    <div className="sheet-status">
      <ol className="status-steps" aria-label="Các bước của phiếu chấm">
        {SHEET_STATUSES.map((s, i) => (
          <li
            key={s}
            className={i < at ? 'done' : i === at ? 'current' : ''}
            aria-current={i === at ? 'step' : undefined}
          >
            {SHEET_STATUS_LABELS[s]}
          </li>
        ))}
      </ol>
      {!hasSheet ? (
        <p className="muted">Đơn vị chưa có phiếu: phiếu được tạo khi lưu điểm đầu tiên.</p>
      ) : null}
      {status === 'adopted' || status === 'locked' ? (
        <p className="muted">
          Phiếu được thông qua và khóa cùng bảng xếp hạng (mục «Xếp hạng»). Muốn sửa, ghi lý do sửa
          ở cuối phiếu: nhật ký thay đổi giữ lại bản trước.
        </p>
      ) : (
        <div className="form-actions">
          {MOVES[status].map((move) => (
            <button
              key={move.to}
              type="button"
              className="button"
              disabled={dirty}
              title={dirty ? 'Hãy lưu phiếu trước' : undefined}
              onClick={() => onMove(move.to)}
            >
              {move.label}
            </button>
          ))}
          {dirty ? <span className="muted">Lưu phiếu trước khi chuyển bước.</span> : null}
        </div>
      )}
    </div>
  )
}
