import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { toSafeFileName } from '@core/text/file-name'
import { fail, ok, type Result } from '@shared/ipc/results'
import type { SaveFolderRequest, SaveFolderResult } from '@shared/ipc/contract'
import { describeIoError, KINDS } from './file-dialogs'

/** The folder dialog, injected so tests can answer it without Electron. */
export interface FolderDialogPort {
  showOpenDialog(options: {
    title: string
    defaultPath: string
    properties: ['openDirectory', 'createDirectory']
  }): Promise<{ canceled: boolean; filePaths: string[] }>
}

/** File names made safe and distinct: `a.xlsx`, `a (2).xlsx`. */
export function distinctNames(names: string[], extension: string): string[] {
  const seen = new Set<string>()
  return names.map((name) => {
    const safe = toSafeFileName(name, extension)
    const stem = safe.slice(0, -(extension.length + 1))
    let candidate = safe
    for (let n = 2; seen.has(candidate.toLocaleLowerCase('vi')); n++)
      candidate = `${stem} (${n}).${extension}`
    seen.add(candidate.toLocaleLowerCase('vi'))
    return candidate
  })
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is already durable enough there.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Writes several files as one new folder inside a folder the user chooses ("Xuất phiếu chấm"
 * for every unit), all or nothing: the files are written and flushed into a hidden temporary
 * folder beside the target, which is then renamed to its final name in one step. A failure at
 * any point removes the temporary folder, so the user finds either the whole folder or nothing.
 * An existing folder of the same name is never touched: the new one is called `… (2)`.
 */
export class FolderSaveService {
  constructor(
    private readonly dialogs: FolderDialogPort,
    private readonly defaultFolder: () => string,
    private readonly hooks: { beforeRename?: () => Promise<void> } = {}
  ) {}

  async save(request: SaveFolderRequest): Promise<Result<SaveFolderResult>> {
    const kind = KINDS[request.kind]
    const choice = await this.dialogs.showOpenDialog({
      title: 'Chọn nơi lưu thư mục',
      defaultPath: this.defaultFolder(),
      properties: ['openDirectory', 'createDirectory']
    })
    const parent = choice.filePaths[0]
    if (choice.canceled || !parent) return fail('canceled', 'Đã hủy chọn thư mục.')
    const folderName = toSafeFileName(request.folderName, 'x').replace(/\.x$/, '')
    let target = join(parent, folderName)
    for (let n = 2; await exists(target); n++) target = join(parent, `${folderName} (${n})`)
    const temp = join(parent, `.${folderName}.${randomBytes(6).toString('hex')}.tmp`)
    const names = distinctNames(
      request.files.map((f) => f.name),
      kind.extension
    )
    let renamed = false
    try {
      await mkdir(temp)
      for (const [i, file] of request.files.entries()) {
        const handle = await open(join(temp, names[i]!), 'wx')
        try {
          await handle.writeFile(file.bytes)
          await handle.sync()
        } finally {
          await handle.close()
        }
      }
      await syncDirectory(temp)
      await this.hooks.beforeRename?.()
      await rename(temp, target)
      renamed = true
      await syncDirectory(parent)
    } catch (error) {
      return fail('io', `Không ghi được thư mục "${target}": ${describeIoError(error)}`)
    } finally {
      if (!renamed) await rm(temp, { recursive: true, force: true })
    }
    return ok({ path: target, count: request.files.length, method: 'dialog' })
  }
}
