import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { toSafeFileName } from '@core/text/file-name'
import { fail, ok, type Result } from '@shared/ipc/results'
import type {
  FileKind,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult
} from '@shared/ipc/contract'
import { MAX_FILE_BYTES } from '../ipc/schemas'
import { writeFileAtomic } from './atomic-write'

interface FileFilter {
  name: string
  extensions: string[]
}

/** The dialogs main needs, injected so tests can answer them without Electron. */
export interface DialogPort {
  showSaveDialog(options: {
    title: string
    defaultPath: string
    filters: FileFilter[]
  }): Promise<{ canceled: boolean; filePath?: string }>
  showOpenDialog(options: {
    title: string
    filters: FileFilter[]
    properties: ['openFile']
  }): Promise<{ canceled: boolean; filePaths: string[] }>
}

/** Per kind of file: its extension, its dialog filter and titles (also for folders of files). */
export const KINDS: Record<
  FileKind,
  { extension: string; filter: FileFilter; saveTitle: string; openTitle: string }
> = {
  docx: {
    extension: 'docx',
    filter: { name: 'Tài liệu Word', extensions: ['docx'] },
    saveTitle: 'Xuất tệp Word',
    openTitle: 'Chọn tệp Word'
  },
  backup: {
    extension: 'json',
    filter: { name: 'Bản sao lưu', extensions: ['json'] },
    saveTitle: 'Lưu bản sao lưu',
    openTitle: 'Chọn bản sao lưu để khôi phục'
  },
  csv: {
    extension: 'csv',
    filter: { name: 'Bảng tính CSV (Excel)', extensions: ['csv'] },
    saveTitle: 'Xuất bảng tính CSV',
    openTitle: 'Chọn tệp CSV'
  },
  pdf: {
    extension: 'pdf',
    filter: { name: 'Tài liệu PDF', extensions: ['pdf'] },
    saveTitle: 'Xuất tệp PDF',
    openTitle: 'Chọn tệp PDF'
  },
  xlsx: {
    extension: 'xlsx',
    filter: { name: 'Bảng tính Excel', extensions: ['xlsx'] },
    saveTitle: 'Lưu tệp Excel',
    openTitle: 'Chọn tệp Excel'
  }
}

/**
 * Saves and opens files only where the user chose in a native dialog.
 *
 * Remembers the last saved path so "Mở thư mục chứa" / "Mở tệp" need no path from the page.
 */
export class FileDialogService {
  private lastSavedPath: string | null = null

  constructor(
    private readonly dialogs: DialogPort,
    private readonly defaultFolder: () => string,
    private readonly write: (path: string, bytes: Uint8Array) => Promise<void> = writeFileAtomic
  ) {}

  /** Shows the save dialog, then writes atomically and resolves only once the file is on disk. */
  async save(request: SaveFileRequest): Promise<Result<SaveFileResult>> {
    const kind = KINDS[request.kind]
    const fileName = toSafeFileName(request.suggestedName, kind.extension)
    const choice = await this.dialogs.showSaveDialog({
      title: kind.saveTitle,
      defaultPath: join(this.defaultFolder(), fileName),
      filters: [kind.filter]
    })
    if (choice.canceled || !choice.filePath) return fail('canceled', 'Đã hủy lưu tệp.')
    const target = choice.filePath.toLowerCase().endsWith('.' + kind.extension)
      ? choice.filePath
      : `${choice.filePath}.${kind.extension}`
    try {
      await this.write(target, request.bytes)
    } catch (error) {
      return fail('io', `Không ghi được tệp "${target}": ${describeIoError(error)}`)
    }
    this.lastSavedPath = target
    return ok({ path: target, method: 'dialog' })
  }

  /** Shows the open dialog and reads the chosen file, refusing anything too large. */
  async open(request: OpenFileRequest): Promise<Result<OpenFileResult>> {
    const kind = KINDS[request.kind]
    const choice = await this.dialogs.showOpenDialog({
      title: kind.openTitle,
      filters: [kind.filter],
      properties: ['openFile']
    })
    const path = choice.filePaths[0]
    if (choice.canceled || !path) return fail('canceled', 'Đã hủy chọn tệp.')
    try {
      const info = await stat(path)
      if (info.size > MAX_FILE_BYTES) return fail('too-large', 'Tệp quá lớn (tối đa 200 MB).')
      const bytes = new Uint8Array(await readFile(path))
      return ok({ name: path.split(/[\\/]/).pop() ?? path, bytes })
    } catch (error) {
      return fail('io', `Không đọc được tệp "${path}": ${describeIoError(error)}`)
    }
  }

  /** The path of the last file this session saved, if any. */
  get lastSaved(): string | null {
    return this.lastSavedPath
  }
}

/** A short Vietnamese explanation of a file-system error code. */
export function describeIoError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền ghi hoặc đọc ở thư mục này.'
    case 'ENOSPC':
      return 'ổ đĩa đã đầy.'
    case 'ENOENT':
      return 'không tìm thấy tệp hoặc thư mục.'
    case 'EBUSY':
      return 'tệp đang được mở bởi chương trình khác (ví dụ Word). Hãy đóng tệp rồi thử lại.'
    case 'EROFS':
      return 'ổ đĩa chỉ cho phép đọc.'
    default:
      return 'lỗi hệ thống tệp.'
  }
}
