import { useState } from 'react'

/**
 * The export button of a document the register numbers on its first export (a giấy mời, a biên
 * bản kiểm phiếu, a thông báo). While the document has no number, the first click asks, in place,
 * before taking one: a number given cannot be taken back, only voided with a reason, so a stray
 * click must not spend one. Once numbered, it exports at once (the number is kept).
 */
export function IssueButton({
  label,
  noun,
  numbered,
  onIssue,
  primary = false,
  disabled = false
}: {
  label: string
  /** What the question calls the document: "giấy mời", "thông báo". */
  noun: string
  /** Whether it has a live number already; unknown (still loading) is asked about. */
  numbered: boolean | undefined
  onIssue(): void
  primary?: boolean
  disabled?: boolean
}) {
  const [asking, setAsking] = useState(false)
  const style = primary ? 'button primary' : 'button small'
  if (!asking)
    return (
      <button
        type="button"
        className={style}
        disabled={disabled}
        onClick={() => (numbered === true ? onIssue() : setAsking(true))}
      >
        {label}
      </button>
    )
  return (
    <span role="group" aria-label={`Cấp số: ${noun}`} className="issue-confirm">
      <span className="muted">
        {`Xuất lần này sẽ cấp cho ${noun} số tiếp theo trong sổ văn bản. Số đã cấp không lấy lại được, chỉ hủy được (ghi lý do).`}
      </span>{' '}
      <button
        type="button"
        className={style}
        disabled={disabled}
        onClick={() => {
          setAsking(false)
          onIssue()
        }}
      >
        Cấp số và xuất
      </button>{' '}
      <button
        type="button"
        className={primary ? 'button' : 'button small'}
        onClick={() => setAsking(false)}
      >
        Thôi
      </button>
    </span>
  )
}
