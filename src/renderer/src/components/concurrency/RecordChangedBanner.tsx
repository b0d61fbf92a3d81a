import { useEffect, useRef, useState } from 'react'
import { RESTORED_UNDER_FORM } from '../../db/generation'
import { CHANGED_ELSEWHERE, DELETED_ELSEWHERE } from '../../db/concurrency'
import type { Difference } from './compare'
import type { SaveGuard } from './useSaveGuard'
import '../forms.css'

interface Props {
  guard: SaveGuard
  /** Whether the form holds edits not saved: reloading then asks first. */
  dirty: boolean
  /** What differs between the form and the record as stored now (computed when asked). */
  compare(): Difference[]
  /** Puts the record as stored now into the form, dropping what was typed. */
  onReload(): void | Promise<void>
  /** Saves the form over the other window's change (after comparing); absent: not offered. */
  onOverwrite?(): void | Promise<void>
  /** The headings of the two columns of "So sánh". */
  columns?: { mine: string; theirs: string }
  /** What to say of a change made elsewhere, when the form's words differ from the default. */
  wording?: BannerWording
}

const FORM_COLUMNS = { mine: 'Ở biểu mẫu này (chưa lưu)', theirs: 'Bản đang lưu' }

const CHANGED_LIVE =
  'Bản ghi này vừa được thay đổi ở cửa sổ khác. Những gì đang hiện ở đây là bản trước thay đổi đó, nên lưu lúc này sẽ không được. Hãy bấm “So sánh” để xem khác nhau ở đâu, hoặc “Tải lại” để làm việc trên bản mới nhất.'

const DRAFT_CHANGED =
  'Bản nháp vừa khôi phục được gõ trên một bản cũ: sau đó bản ghi đã được thay đổi (ở cửa sổ khác hoặc sau khi bản nháp được giữ), nên lưu bản nháp lúc này sẽ không được. Hãy bấm “So sánh” để xem khác nhau ở đâu, hoặc “Tải lại” để bỏ bản nháp và làm việc trên bản mới nhất.'

const DRAFT_RESTORED =
  'Bản nháp vừa khôi phục được gõ trước khi dữ liệu được khôi phục từ một bản sao lưu, nên lưu bản nháp lúc này sẽ không được. Hãy bấm “So sánh” để xem khác nhau ở đâu, hoặc “Tải lại” để làm việc trên dữ liệu hiện tại.'

/** A form's own words for a change made elsewhere, where "bản ghi… biểu mẫu" does not fit. */
export interface BannerWording {
  /** Said at once, while the form is open. */
  changed: string
  /** Said when the action was refused. */
  refused: string
}

function messageOf(state: NonNullable<SaveGuard['state']>, wording?: BannerWording): string {
  if (state.fromDraft && state.reason === 'restored')
    return state.refused ? `Chưa lưu. ${DRAFT_RESTORED}` : DRAFT_RESTORED
  if (state.fromDraft && state.reason === 'changed')
    return state.refused ? `Chưa lưu. ${DRAFT_CHANGED}` : DRAFT_CHANGED
  if (state.reason === 'changed' && wording)
    return state.refused ? wording.refused : wording.changed
  if (state.reason === 'restored')
    return state.refused ? `Chưa lưu. ${RESTORED_UNDER_FORM}` : RESTORED_UNDER_FORM
  if (state.reason === 'deleted') return DELETED_ELSEWHERE
  return state.refused ? CHANGED_ELSEWHERE : CHANGED_LIVE
}

/**
 * The banner of a form whose record changed under it (issue 16, point 2): in another window, or
 * by a restore. It offers "Tải lại" (asking first when there are unsaved edits) and "So sánh",
 * which lists field by field what the form holds and what is stored now; after comparing, the
 * secretary may still save their version over a change made in another window (never over a
 * restore).
 */
export function RecordChangedBanner({
  guard,
  dirty,
  compare,
  onReload,
  onOverwrite,
  columns = FORM_COLUMNS,
  wording
}: Props) {
  const { state } = guard
  const [comparing, setComparing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const first = useRef<HTMLButtonElement>(null)
  const refused = state?.refused ?? false
  useEffect(() => {
    if (refused) first.current?.focus()
  }, [refused])
  if (!state) return null
  const differences = comparing ? compare() : []
  const reload = () => {
    setConfirming(false)
    setComparing(false)
    void onReload()
  }
  return (
    <div className="alert warning record-changed no-print" role="alert">
      <p>
        <strong>{messageOf(state, wording)}</strong>
      </p>
      {confirming ? (
        <div className="form-actions">
          <span>Những gì bạn đã sửa ở đây mà chưa lưu sẽ bị bỏ. Vẫn tải lại?</span>
          <button type="button" className="button primary" onClick={reload}>
            Tải lại, bỏ phần đã sửa
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Thôi
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <button
            ref={first}
            type="button"
            className="button primary"
            onClick={() => (dirty ? setConfirming(true) : reload())}
          >
            Tải lại
          </button>
          {state.reason !== 'deleted' ? (
            <button
              type="button"
              className="button"
              aria-expanded={comparing}
              onClick={() => setComparing((c) => !c)}
            >
              {comparing ? 'Ẩn so sánh' : 'So sánh'}
            </button>
          ) : null}
        </div>
      )}
      {comparing ? (
        <DifferencesTable
          differences={differences}
          columns={columns}
          onOverwrite={state.reason === 'changed' ? onOverwrite : undefined}
        />
      ) : null}
    </div>
  )
}

function DifferencesTable({
  differences,
  columns,
  onOverwrite
}: {
  differences: Difference[]
  columns: { mine: string; theirs: string }
  onOverwrite?: () => void | Promise<void>
}) {
  if (differences.length === 0) return <p>Các ô ở đây giống hệt bản đang lưu.</p>
  return (
    <>
      <table className="differences">
        <caption>Khác nhau giữa biểu mẫu này và bản đang lưu</caption>
        <thead>
          <tr>
            <th scope="col">Mục</th>
            <th scope="col">{columns.mine}</th>
            <th scope="col">{columns.theirs}</th>
          </tr>
        </thead>
        <tbody>
          {differences.map((d, i) => (
            <tr key={i}>
              <th scope="row">{d.label}</th>
              <td>{d.mine}</td>
              <td>{d.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {onOverwrite ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void onOverwrite()}>
            Vẫn lưu bản của tôi
          </button>
          <span className="muted">
            Các ô khác nhau ở trên lấy theo biểu mẫu này; những gì cửa sổ kia thêm vào danh sách vẫn
            được giữ.
          </span>
        </div>
      ) : null}
    </>
  )
}
