import { CH } from '@shared/ipc/channels'
import { fail, ok } from '@shared/ipc/results'
import type { AppInfo, DiskStatus, Retention } from '@shared/ipc/contract'
import { LowDiskError, type BackupStore } from '../services/backup-store'
import { describeIoError, type FileDialogService } from '../services/file-dialogs'
import type { createIpcRegistrar } from './register'
import {
  backupReadSchema,
  backupSaveSchema,
  retentionSchema,
  noPayloadSchema,
  openFileRequestSchema,
  saveFileRequestSchema
} from './schemas'

export interface HandlerDeps {
  files: FileDialogService
  appInfo: () => AppInfo
  showItemInFolder(path: string): void
  openPath(path: string): Promise<string>
  backups: BackupStore
  diskStatus(): Promise<DiskStatus>
  /** Shows a folder dialog and makes the chosen folder the backup folder; null when cancelled. */
  chooseBackupFolder(): Promise<string | null>
  retention(): Retention
  setRetention(retention: Retention): Promise<Retention>
  quitReady(): void
}

const LOW_DISK_MESSAGE =
  'Ổ đĩa sắp đầy nên ứng dụng tạm dừng ghi để bảo vệ dữ liệu. Hãy xóa bớt tệp không cần thiết rồi thử lại.'

/** Registers every request channel of `CH`; the preload exposes exactly these. */
export function registerHandlers(
  handle: ReturnType<typeof createIpcRegistrar>,
  deps: HandlerDeps
): void {
  handle(CH.appGetInfo, noPayloadSchema, async () => ok(deps.appInfo()))
  handle(CH.fileSave, saveFileRequestSchema, (request) => deps.files.save(request))
  handle(CH.fileOpen, openFileRequestSchema, (request) => deps.files.open(request))
  handle(CH.fileRevealLastSaved, noPayloadSchema, async () => {
    const path = deps.files.lastSaved
    if (!path) return fail('not-found', 'Chưa có tệp nào được lưu trong phiên làm việc này.')
    deps.showItemInFolder(path)
    return ok(null)
  })
  handle(CH.appDiskStatus, noPayloadSchema, async () => ok(await deps.diskStatus()))
  handle(CH.appQuitReady, noPayloadSchema, async () => {
    deps.quitReady()
    return ok(null)
  })
  handle(CH.backupSave, backupSaveSchema, async ({ bytes, reason }) => {
    try {
      return ok(await deps.backups.save(bytes, reason))
    } catch (error) {
      if (error instanceof LowDiskError) return fail('io', LOW_DISK_MESSAGE)
      return fail(
        'io',
        `Không ghi được bản sao lưu vào “${deps.backups.path}”: ${describeIoError(error)}`
      )
    }
  })
  handle(CH.backupList, noPayloadSchema, async () =>
    ok({
      folder: deps.backups.path,
      entries: await deps.backups.list(),
      retention: deps.retention()
    })
  )
  handle(CH.backupSetRetention, retentionSchema, async (retention) =>
    ok(await deps.setRetention(retention))
  )
  handle(CH.backupRead, backupReadSchema, async ({ name }) => {
    try {
      return ok({ name, bytes: await deps.backups.read(name) })
    } catch (error) {
      return fail('io', `Không đọc được bản sao lưu “${name}”: ${describeIoError(error)}`)
    }
  })
  handle(CH.backupChooseFolder, noPayloadSchema, async () => {
    const folder = await deps.chooseBackupFolder()
    return folder ? ok({ folder }) : fail('canceled', 'Đã hủy chọn thư mục.')
  })
  handle(CH.fileOpenLastSaved, noPayloadSchema, async () => {
    const path = deps.files.lastSaved
    if (!path) return fail('not-found', 'Chưa có tệp nào được lưu trong phiên làm việc này.')
    const problem = await deps.openPath(path)
    return problem ? fail('io', `Không mở được tệp: ${problem}`) : ok(null)
  })
}
