import { useEffect, useId, useRef, type KeyboardEvent } from 'react'

interface Props {
  /** The window is being closed (desktop), rather than another screen opened. */
  closingWindow: boolean
  onStay(): void
  onLeave(): void
}

/**
 * "Có thay đổi chưa lưu": the question asked before typed work would be dropped. "Ở lại" is the
 * default (focused, and what Escape does), so a stray Enter never loses anything.
 */
export function LeaveDialog({ closingWindow, onStay, onLeave }: Props) {
  const id = useId()
  const stay = useRef<HTMLButtonElement>(null)
  const leave = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    stay.current?.focus()
    return () => previous?.focus?.()
  }, [])
  // A modal keeps the keyboard inside it: Tab moves between its two buttons only.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      onStay()
    } else if (event.key === 'Tab') {
      event.preventDefault()
      const next = document.activeElement === stay.current ? leave.current : stay.current
      next?.focus()
    }
  }
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>Có thay đổi chưa lưu</h2>
        <p id={`${id}-text`}>
          {closingWindow
            ? 'Bạn đã sửa nội dung trên màn hình này nhưng chưa lưu. Nếu đóng ứng dụng bây giờ, những thay đổi đó sẽ mất.'
            : 'Bạn đã sửa nội dung trên màn hình này nhưng chưa lưu. Nếu rời đi bây giờ, những thay đổi đó sẽ mất.'}
        </p>
        <div className="form-actions">
          <button ref={stay} type="button" className="button primary" onClick={onStay}>
            Ở lại
          </button>
          <button ref={leave} type="button" className="button danger" onClick={onLeave}>
            Rời đi không lưu
          </button>
        </div>
      </div>
    </div>
  )
}
