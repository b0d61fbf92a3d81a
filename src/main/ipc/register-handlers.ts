import { CH } from '@shared/ipc/channels'
import { fail, ok } from '@shared/ipc/results'
import type { AppInfo, CloseAnswer, DiskStatus, Retention } from '@shared/ipc/contract'
import { LowDiskError, NotRemovableError, type BackupStore } from '../services/backup-store'
import { describeIoError, type FileDialogService } from '../services/file-dialogs'
import type { PdfExportService } from '../services/pdf-export'
import { LOW_DISK_MESSAGE } from '@core/backup/space'
import type { FolderSaveService } from '../services/save-folder'
import type { ChannelHandlers, createIpcRegistrar } from './register'
import {
  backupReadSchema,
  backupSaveSchema,
  closeAnswerSchema,
  exportPdfRequestSchema,
  retentionSchema,
  noPayloadSchema,
  openFileRequestSchema,
  saveFileRequestSchema,
  saveFolderRequestSchema
} from './schemas'
import type { InvokeChannel } from '@shared/ipc/channel-map'

export interface HandlerDeps {
  files: FileDialogService
  pdf: Pick<PdfExportService, 'export'>
  folders: FolderSaveService
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
  /** The page's answer to a close request (see `close-guard.ts`). */
  closeAnswer(answer: CloseAnswer): void
}

const NOTHING_SAVED = 'Chưa có tệp nào được lưu trong phiên làm việc này.'

/** Every request channel's schema and handler, checked against the channel map by the compiler. */
export function channelHandlers(deps: HandlerDeps): ChannelHandlers {
  return {
    [CH.appGetInfo]: { schema: noPayloadSchema, run: async () => ok(deps.appInfo()) },
    [CH.appDiskStatus]: { schema: noPayloadSchema, run: async () => ok(await deps.diskStatus()) },
    [CH.appQuitReady]: {
      schema: noPayloadSchema,
      run: async () => {
        deps.quitReady()
        return ok(null)
      }
    },
    [CH.appCloseAnswer]: {
      schema: closeAnswerSchema,
      run: async (answer) => {
        deps.closeAnswer(answer)
        return ok(null)
      }
    },
    [CH.fileSave]: { schema: saveFileRequestSchema, run: (request) => deps.files.save(request) },
    [CH.fileSaveFolder]: {
      schema: saveFolderRequestSchema,
      run: (request) => deps.folders.save(request)
    },
    [CH.fileOpen]: { schema: openFileRequestSchema, run: (request) => deps.files.open(request) },
    [CH.fileExportPdf]: {
      schema: exportPdfRequestSchema,
      run: (request) => deps.pdf.export(request)
    },
    [CH.fileRevealLastSaved]: {
      schema: noPayloadSchema,
      run: async () => {
        const path = deps.files.lastSaved
        if (!path) return fail('not-found', NOTHING_SAVED)
        deps.showItemInFolder(path)
        return ok(null)
      }
    },
    [CH.fileOpenLastSaved]: {
      schema: noPayloadSchema,
      run: async () => {
        const path = deps.files.lastSaved
        if (!path) return fail('not-found', NOTHING_SAVED)
        const problem = await deps.openPath(path)
        return problem ? fail('io', `Không mở được tệp: ${problem}`) : ok(null)
      }
    },
    [CH.backupSave]: {
      schema: backupSaveSchema,
      run: async ({ bytes, reason }) => {
        try {
          return ok(await deps.backups.save(bytes, reason))
        } catch (error) {
          if (error instanceof LowDiskError) return fail('io', LOW_DISK_MESSAGE)
          return fail(
            'io',
            `Không ghi được bản sao lưu vào “${deps.backups.path}”: ${describeIoError(error)}`
          )
        }
      }
    },
    [CH.backupList]: {
      schema: noPayloadSchema,
      run: async () =>
        ok({
          folder: deps.backups.path,
          entries: await deps.backups.list(),
          retention: deps.retention()
        })
    },
    [CH.backupSetRetention]: {
      schema: retentionSchema,
      run: async (retention) => ok(await deps.setRetention(retention))
    },
    [CH.backupRead]: {
      schema: backupReadSchema,
      run: async ({ name }) => {
        try {
          return ok({ name, bytes: await deps.backups.read(name) })
        } catch (error) {
          return fail('io', `Không đọc được bản sao lưu “${name}”: ${describeIoError(error)}`)
        }
      }
    },
    [CH.backupRemove]: {
      schema: backupReadSchema,
      run: async ({ name }) => {
        try {
          await deps.backups.remove(name)
          return ok({ name })
        } catch (error) {
          if (error instanceof NotRemovableError)
            return fail(
              'forbidden',
              'Chỉ xóa được bản sao lưu trước khi khôi phục; các bản khác được ứng dụng tự dọn theo cách giữ bản sao lưu.'
            )
          return fail('io', `Không xóa được bản sao lưu “${name}”: ${describeIoError(error)}`)
        }
      }
    },
    [CH.backupChooseFolder]: {
      schema: noPayloadSchema,
      run: async () => {
        const folder = await deps.chooseBackupFolder()
        return folder ? ok({ folder }) : fail('canceled', 'Đã hủy chọn thư mục.')
      }
    }
  }
}

/** Registers every request channel of `CH`; the preload exposes exactly these. */
export function registerHandlers(
  handle: ReturnType<typeof createIpcRegistrar>,
  deps: HandlerDeps
): void {
  const handlers = channelHandlers(deps)
  const register = <C extends InvokeChannel>(channel: C, handler: ChannelHandlers[C]) =>
    handle(channel, handler)
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    register(channel, handlers[channel])
  }
}
