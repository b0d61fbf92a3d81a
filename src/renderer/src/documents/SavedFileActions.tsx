import type { SaveFileResult } from '@shared/ipc/contract'
import { getDesktopApi } from '../lib/desktop-api'

/**
 * "Mở tệp" and "Mở thư mục chứa" after a file was saved through the desktop's dialog. The
 * browser build saves to Tải xuống, where the app cannot reach, so nothing is shown there.
 */
export function SavedFileActions({ saved }: { saved: SaveFileResult | null }) {
  if (saved?.method !== 'dialog') return null
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void getDesktopApi().file.openLastSaved()}
      >
        Mở tệp
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void getDesktopApi().file.revealLastSaved()}
      >
        Mở thư mục chứa
      </button>
    </>
  )
}
