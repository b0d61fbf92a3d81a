import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { toSafeFileName } from '@core/text/file-name'
import { fail, ok, type Result } from '@shared/ipc/results'
import type { SaveFolderRequest, SaveFolderResult } from '@shared/ipc/contract'
import { describeIoError, KINDS } from './file-dialogs'
import { NOT_PRINTED } from './pdf-export'

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
  return distinctFileNames(names.map((name) => ({ name, extension })))
}

/**
 * File names made safe and distinct, each with its own extension (`a.docx` and `a.pdf` live side
 * by side); compared without case, as Windows and macOS do.
 */
export function distinctFileNames(files: Array<{ name: string; extension: string }>): string[] {
  const seen = new Set<string>()
  return files.map(({ name, extension }) => {
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
 * A file given as a printable page ("Xuất hồ sơ" puts a PDF beside each .docx) is printed first,
 * in the same hidden window as "Xuất PDF"; if one cannot be printed, nothing is written.
 */
export class FolderSaveService {
  constructor(
    private readonly dialogs: FolderDialogPort,
    private readonly defaultFolder: () => string,
    private readonly options: {
      /** Prints a printable page to PDF bytes (the desktop's hidden print window). */
      print?: (html: string) => Promise<Uint8Array>
      beforeRename?: () => Promise<void>
      log?: (message: string, error?: unknown) => void
    } = {}
  ) {}

  async save(request: SaveFolderRequest): Promise<Result<SaveFolderResult>> {
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
    const names = distinctFileNames(
      request.files.map((f) => ({
        name: f.name,
        extension: KINDS[f.kind ?? request.kind].extension
      }))
    )
    // Every page is printed before anything is written: a print that fails leaves no trace.
    const contents: Uint8Array[] = []
    for (const [i, file] of request.files.entries()) {
      if ('bytes' in file) {
        contents.push(file.bytes)
        continue
      }
      const printed = await this.printPage(file.html)
      if (!printed) return fail('internal', `${NOT_PRINTED} (${names[i]})`)
      contents.push(printed)
    }
    let renamed = false
    try {
      await mkdir(temp)
      for (const [i, name] of names.entries()) {
        const handle = await open(join(temp, name), 'wx')
        try {
          await handle.writeFile(contents[i]!)
          await handle.sync()
        } finally {
          await handle.close()
        }
      }
      await syncDirectory(temp)
      await this.options.beforeRename?.()
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

  private async printPage(html: string): Promise<Uint8Array | null> {
    if (!this.options.print) return null
    try {
      return await this.options.print(html)
    } catch (error) {
      this.options.log?.('printToPDF failed in a folder', error)
      return null
    }
  }
}
