import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { dialog } from 'electron'
import { CH } from '@shared/ipc/channels'
import { FileDialogService } from '../../src/main/services/file-dialogs'
import { registerHandlers } from '../../src/main/ipc/register-handlers'
import { createIpcRegistrar, type IpcEventLike } from '../../src/main/ipc/register'
import { BackupStore } from '../../src/main/services/backup-store'
import { FolderSaveService } from '../../src/main/services/save-folder'

vi.mock('electron', () => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() }
}))

/** Main's file channel wired as `src/main/index.ts` wires it: Electron's dialogs behind the port. */
function fileChannel() {
  const handlers = new Map<string, (e: IpcEventLike, p?: unknown) => unknown>()
  const handle = createIpcRegistrar({ handle: (c, fn) => handlers.set(c, fn) }, () => true)
  registerHandlers(handle, {
    files: new FileDialogService(
      {
        showSaveDialog: (options) => dialog.showSaveDialog(options),
        showOpenDialog: (options) => dialog.showOpenDialog(options)
      },
      () => '/home/thu-ky/Tài liệu'
    ),
    appInfo: () => ({
      name: 'x',
      version: '1',
      platform: 'linux',
      dataPath: '/d',
      isDesktop: true
    }),
    showItemInFolder: vi.fn(),
    openPath: vi.fn(async () => ''),
    backups: new BackupStore(() => '/tmp/ctd-test-backups'),
    diskStatus: async () => ({ freeBytes: 1e12, isLow: false }),
    chooseBackupFolder: async () => null,
    quitReady: () => {},
    pdf: { export: vi.fn() },
    folders: new FolderSaveService(
      { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
      () => '/tmp'
    ),
    closeAnswer: () => {},
    retention: () => ({ keepToday: 3, keepDays: 7, keepTotal: 10 }),
    setRetention: async (r) => r
  })
  return handlers.get(CH.fileSave)!
}

const csv = new TextEncoder().encode('\uFEFFSố, ký hiệu văn bản,Ngày tháng văn bản\r\n')

describe('saving the register as CSV (the csv file kind)', () => {
  it('offers a spreadsheet dialog, forces .csv and writes the bytes as given, BOM included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-csv-'))
    vi.mocked(dialog.showSaveDialog).mockResolvedValueOnce({
      canceled: false,
      filePath: join(dir, 'Sổ đăng ký')
    })
    const save = fileChannel()
    const result = await save(
      { sender: { id: 1 } },
      { kind: 'csv', suggestedName: 'Sổ đăng ký văn bản đi năm 2026', bytes: csv }
    )
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Xuất bảng tính CSV',
      defaultPath: join('/home/thu-ky/Tài liệu', 'Sổ đăng ký văn bản đi năm 2026.csv'),
      filters: [{ name: 'Bảng tính CSV (Excel)', extensions: ['csv'] }]
    })
    expect(result).toEqual({
      ok: true,
      value: { path: join(dir, 'Sổ đăng ký.csv'), method: 'dialog' }
    })
    const written = new Uint8Array(await readFile(join(dir, 'Sổ đăng ký.csv')))
    expect([...written.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(written).toEqual(csv)
  })

  it('refuses a kind it does not know before any dialog opens', async () => {
    vi.mocked(dialog.showSaveDialog).mockClear()
    const save = fileChannel()
    await expect(
      save({ sender: { id: 1 } }, { kind: 'exe', suggestedName: 'a', bytes: csv })
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})
