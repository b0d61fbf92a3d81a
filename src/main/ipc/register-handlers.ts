import { CH } from '@shared/ipc/channels'
import { fail, ok } from '@shared/ipc/results'
import type { AppInfo } from '@shared/ipc/contract'
import type { FileDialogService } from '../services/file-dialogs'
import type { createIpcRegistrar } from './register'
import { noPayloadSchema, openFileRequestSchema, saveFileRequestSchema } from './schemas'

export interface HandlerDeps {
  files: FileDialogService
  appInfo: () => AppInfo
  showItemInFolder(path: string): void
  openPath(path: string): Promise<string>
}

/** Registers every channel of `CH`; the preload exposes exactly these. */
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
  handle(CH.fileOpenLastSaved, noPayloadSchema, async () => {
    const path = deps.files.lastSaved
    if (!path) return fail('not-found', 'Chưa có tệp nào được lưu trong phiên làm việc này.')
    const problem = await deps.openPath(path)
    return problem ? fail('io', `Không mở được tệp: ${problem}`) : ok(null)
  })
}
