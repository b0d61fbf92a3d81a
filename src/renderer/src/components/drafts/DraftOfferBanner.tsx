import { useEffect, useRef } from 'react'
import { formatTimestampVi } from '@core/text/dates'
import type { useFormDraft } from './useFormDraft'
import '../forms.css'

type Draft = ReturnType<typeof useFormDraft>

interface Props {
  draft: Draft
  /** What the draft is of: "hội nghị này", "nội dung biên bản"… */
  what: string
}

/**
 * "Có bản nháp chưa lưu lúc 30/11/2026 14:05 — Khôi phục / Bỏ bản nháp": work typed and not
 * saved before a crash, a reload or a closed window, offered back when its form opens. The form
 * waits for the answer, so the draft is never written over by accident.
 */
export function DraftOfferBanner({ draft, what }: Props) {
  const { offer } = draft
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (offer) first.current?.focus()
  }, [offer])
  if (!offer) return null
  return (
    <div className="alert draft-offer no-print" role="alert">
      <p>
        <strong>
          Có bản nháp chưa lưu của {what} lúc {formatTimestampVi(offer.savedAt)}.
        </strong>{' '}
        {offer.restorable
          ? 'Khôi phục để tiếp tục từ những gì đã gõ, hoặc bỏ bản nháp để dùng nội dung đã lưu.'
          : 'Bản nháp này do phiên bản khác của ứng dụng ghi nên không khôi phục được.'}
      </p>
      <div className="form-actions">
        {offer.restorable ? (
          <button ref={first} type="button" className="button primary" onClick={draft.restore}>
            Khôi phục
          </button>
        ) : null}
        <button
          ref={offer.restorable ? undefined : first}
          type="button"
          className="button"
          onClick={() => void draft.discard()}
        >
          Bỏ bản nháp
        </button>
      </div>
    </div>
  )
}

/** "Đã tự giữ bản nháp lúc 14:05": shown beside the save button while the form is unsaved. */
export function DraftKeptNote({ draft, unsaved }: { draft: Draft; unsaved: boolean }) {
  if (!unsaved) return null
  if (draft.error) return <span className="field-error">{draft.error}</span>
  if (!draft.keptAt) return null
  return (
    <span className="muted draft-kept">
      Đã tự giữ bản nháp lúc {formatTimestampVi(draft.keptAt).slice(-5)}
    </span>
  )
}
