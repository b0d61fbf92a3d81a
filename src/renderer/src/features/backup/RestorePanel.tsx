import { MAX_BACKUP_BYTES } from '@core/backup/format'
import type { DesktopApi } from '@shared/ipc/contract'
import { RestoreConfirm } from './RestoreConfirm'
import { RestoreProgress } from './RestoreProgress'
import type { Notice, RestoreFlow } from './useRestoreFlow'

/**
 * Khôi phục: pick a file, watch it being checked (with a cancel button), read what it would
 * change, and confirm. Also shows the progress of an undo or of a restore chosen from the list of
 * automatic backups.
 */
export function RestorePanel({
  api,
  flow,
  notify
}: {
  api: DesktopApi
  flow: RestoreFlow
  notify(notice: Notice): void
}) {
  const { state } = flow
  const busy = state.kind === 'checking' || state.kind === 'writing'

  async function chooseFile() {
    const result = await api.file.open({ kind: 'backup' })
    if (result.ok)
      await flow.start(
        { label: `tệp ${result.value.name}`, fileName: result.value.name },
        result.value.bytes
      )
    else if (result.error.code !== 'canceled') notify({ kind: 'error', text: result.error.message })
  }

  return (
    <section className="panel" aria-labelledby="restore-title">
      <h2 id="restore-title">Khôi phục</h2>
      <p>
        Tệp được kiểm tra kỹ trước (từng dòng và liên kết giữa các bảng) và cho xem trước những gì
        sẽ thay đổi; dữ liệu hiện tại được tự động sao lưu trước khi thay, và có thể hoàn tác. Tệp
        tối đa {MAX_BACKUP_BYTES / 1024 / 1024} MB.
      </p>
      <button type="button" className="button" onClick={chooseFile} disabled={busy}>
        Khôi phục từ tệp
      </button>
      {state.kind === 'checking' ? (
        <RestoreProgress
          title={`Đang kiểm tra ${state.source}`}
          progress={state.progress}
          onCancel={flow.cancel}
          cancelLabel="Hủy kiểm tra"
        />
      ) : null}
      {state.kind === 'writing' ? (
        <RestoreProgress
          title={state.isUndo ? 'Đang hoàn tác khôi phục' : 'Đang khôi phục'}
          progress={state.progress}
          onCancel={flow.cancel}
          cancelLabel="Hủy khôi phục"
        />
      ) : null}
      {state.kind === 'confirm' ? (
        <RestoreConfirm
          source={state.source}
          checked={state.checked}
          onConfirm={flow.confirm}
          onCancel={flow.cancel}
        />
      ) : null}
    </section>
  )
}
