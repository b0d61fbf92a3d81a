import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

interface Props {
  title: string
  /** What needs the reason, in a sentence (the cells, the scores before and after). */
  text: string
  label: string
  onConfirm(reason: string): void
  onCancel(): void
}

/**
 * Asks for the reason a change requires (a reviewed score that differs from the self-score) before
 * it is saved. The reason is required: "Lưu" stays unavailable while it is empty; Escape cancels
 * and the change is taken back.
 */
export function ReasonDialog({ title, text, label, onConfirm, onCancel }: Props) {
  const id = useId()
  const [reason, setReason] = useState('')
  const field = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    field.current?.focus()
    return () => previous?.focus?.()
  }, [])
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    } else if (event.key === 'Enter' && !event.shiftKey && reason.trim()) {
      event.preventDefault()
      onConfirm(reason.trim())
    }
  }
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-text`}>{text}</p>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{label}</label>
          <textarea
            ref={field}
            id={`${id}-reason`}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            disabled={!reason.trim()}
            onClick={() => onConfirm(reason.trim())}
          >
            Lưu
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Hủy thay đổi
          </button>
        </div>
      </div>
    </div>
  )
}
