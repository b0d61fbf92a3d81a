import { useEffect, useRef } from 'react'

interface Props {
  /** Lines of the current text that the generated text does not have. */
  lostLines: string[]
  /** Lines the generated text adds. */
  newLines: string[]
  onReplace(): void
  onKeep(): void
}

const shown = (lines: string[]) => (lines.length > 8 ? [...lines.slice(0, 8), '…'] : lines)

/**
 * "Tạo lại từ số liệu" over a text that differs from what the facts generate: says which lines
 * would be lost and which would come, and replaces only when asked to.
 */
export function RegenerateConfirm({ lostLines, newLines, onReplace, onKeep }: Props) {
  // The safe answer has the focus: Enter keeps the text.
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <div className="alert warning no-print" role="alertdialog" aria-label="Tạo lại từ số liệu">
      <p>
        <strong>Tạo lại sẽ thay toàn bộ nội dung đang có bằng nội dung tạo từ số liệu.</strong>
      </p>
      {lostLines.length > 0 ? (
        <>
          <p>Các dòng sau (đã sửa hoặc thêm) sẽ mất:</p>
          <ul className="line-list">
            {shown(lostLines).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {newLines.length > 0 ? (
        <>
          <p>Các dòng được đưa vào theo số liệu hiện tại:</p>
          <ul className="line-list">
            {shown(newLines).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button danger" onClick={onReplace}>
          Thay bằng nội dung tạo lại
        </button>
        <button ref={keep} type="button" className="button primary" onClick={onKeep}>
          Giữ nội dung đang có
        </button>
      </div>
    </div>
  )
}
