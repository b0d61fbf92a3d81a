import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { FolderSaveService } from '../../src/main/services/save-folder'
import { FileDialogService, type DialogPort } from '../../src/main/services/file-dialogs'
import { registerHandlers } from '../../src/main/ipc/register-handlers'
import { createIpcRegistrar, type IpcEventLike } from '../../src/main/ipc/register'
import { CH } from '@shared/ipc/channels'
import { BackupStore } from '../../src/main/services/backup-store'

const bytes = new TextEncoder().encode('nội dung')

function dialogs(
  save: Partial<{ canceled: boolean; filePath: string }>,
  open?: string[]
): DialogPort {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, ...save })),
    showOpenDialog: vi.fn(async () => ({ canceled: !open, filePaths: open ?? [] }))
  }
}

describe('FileDialogService.save', () => {
  it('proposes a safe Vietnamese name in the default folder and writes where the user chose', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-save-'))
    const port = dialogs({ filePath: join(dir, 'Biên bản') })
    const service = new FileDialogService(port, () => '/home/thu-ky/Tài liệu')
    const result = await service.save({ kind: 'docx', suggestedName: 'Biên bản: 05/BB', bytes })
    expect(port.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/home/thu-ky/Tài liệu', 'Biên bản 05-BB.docx') })
    )
    expect(result).toEqual({
      ok: true,
      value: { path: join(dir, 'Biên bản.docx'), method: 'dialog' }
    })
    expect(await readFile(join(dir, 'Biên bản.docx'), 'utf8')).toBe('nội dung')
    expect(service.lastSaved).toBe(join(dir, 'Biên bản.docx'))
  })

  it('reports a cancelled dialog and writes nothing', async () => {
    const write = vi.fn()
    const service = new FileDialogService(dialogs({ canceled: true }), () => '/tmp', write)
    const result = await service.save({ kind: 'docx', suggestedName: 'x', bytes })
    expect(result).toMatchObject({ ok: false, error: { code: 'canceled' } })
    expect(write).not.toHaveBeenCalled()
  })

  it('explains a failed write in Vietnamese and does not remember the path', async () => {
    const write = vi.fn(async () => {
      throw Object.assign(new Error('busy'), { code: 'EBUSY' })
    })
    const service = new FileDialogService(dialogs({ filePath: '/tmp/a.docx' }), () => '/tmp', write)
    const result = await service.save({ kind: 'docx', suggestedName: 'x', bytes })
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
    if (!result.ok) expect(result.error.message).toContain('đang được mở bởi chương trình khác')
    expect(service.lastSaved).toBeNull()
  })
})

describe('the name main proposes, whatever the page sent', () => {
  it.each([
    ['CON .txt', '_CON .txt.docx'],
    ['conin$', '_conin$.docx'],
    ['COM¹.docx', '_COM¹.docx'],
    ['Báo cáo\uD800 ..', 'Báo cáo.docx'],
    ['../../Windows/System32/x', '-..-Windows-System32-x.docx']
  ])('re-checks %j over IPC before showing the dialog', async (sent, proposed) => {
    const port = dialogs({ canceled: true })
    const { handlers } = registerAll(port)
    await handlers.get(CH.fileSave)!(
      { sender: { id: 1 } },
      { kind: 'docx', suggestedName: sent, bytes }
    )
    expect(port.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join('/tmp', proposed) })
    )
  })
})

describe('FileDialogService.open', () => {
  it('reads the chosen file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-open-'))
    const path = join(dir, 'sao-lưu.json')
    await writeFile(path, '{"a":1}')
    const service = new FileDialogService(dialogs({}, [path]), () => dir)
    const result = await service.open({ kind: 'backup' })
    expect(result.ok && new TextDecoder().decode(result.value.bytes)).toBe('{"a":1}')
    expect(result.ok && result.value.name).toBe('sao-lưu.json')
  })

  it('reports a missing file', async () => {
    const service = new FileDialogService(dialogs({}, ['/khong/co/tep.json']), () => '/tmp')
    await expect(service.open({ kind: 'backup' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'io' }
    })
  })
})

/** Registers every channel on a fake ipcMain that trusts every sender. */
function registerAll(port: DialogPort) {
  const handlers = new Map<string, (e: IpcEventLike, p?: unknown) => unknown>()
  const handle = createIpcRegistrar({ handle: (c, fn) => handlers.set(c, fn) }, () => true)
  const showItemInFolder = vi.fn()
  registerHandlers(handle, {
    files: new FileDialogService(port, () => '/tmp'),
    pdf: { export: vi.fn() },
    folders: new FolderSaveService(
      { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
      () => '/tmp'
    ),
    appInfo: () => ({
      name: 'x',
      version: '1',
      platform: 'linux',
      dataPath: '/d',
      isDesktop: true
    }),
    showItemInFolder,
    openPath: vi.fn(async () => ''),
    backups: new BackupStore(() => '/tmp/ctd-test-backups'),
    diskStatus: async () => ({ freeBytes: 1e12, isLow: false }),
    chooseBackupFolder: async () => null,
    quitReady: () => {},
    closeAnswer: () => {},
    retention: () => ({ keepToday: 3, keepDays: 7, keepTotal: 10 }),
    setRetention: async (r) => r
  })
  return { handlers, showItemInFolder }
}

describe('registered file channels', () => {
  it('refuses to reveal a file before anything was saved, and takes no path from the page', async () => {
    const { handlers, showItemInFolder } = registerAll(dialogs({}))
    const event = { sender: { id: 1 } }
    await expect(handlers.get(CH.fileRevealLastSaved)!(event)).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    await expect(
      handlers.get(CH.fileRevealLastSaved)!(event, '/etc/passwd')
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    expect(showItemInFolder).not.toHaveBeenCalled()
    const requestChannels = Object.values(CH).filter(
      (c) => c !== CH.appBeforeQuit && c !== CH.appCloseRequested
    )
    expect(requestChannels.every((channel) => handlers.has(channel))).toBe(true)
  })

  it('refuses to save an empty file or a wrong kind', async () => {
    const port = dialogs({ filePath: '/tmp/x.docx' })
    const { handlers } = registerAll(port)
    const save = handlers.get(CH.fileSave)!
    const event = { sender: { id: 1 } }
    await expect(
      save(event, { kind: 'docx', suggestedName: 'a', bytes: new Uint8Array() })
    ).resolves.toMatchObject({
      ok: false,
      error: { message: 'Dữ liệu gửi tới không hợp lệ: Tệp rỗng, không có gì để lưu.' }
    })
    await expect(save(event, { kind: 'exe', suggestedName: 'a', bytes })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    await expect(
      save(event, { kind: 'docx', suggestedName: 'a', bytes: 'not bytes' })
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    expect(port.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('backup retention channel', () => {
  it('accepts whole numbers in range and refuses anything else with a message', async () => {
    const { handlers } = registerAll(dialogs({}))
    const set = handlers.get(CH.backupSetRetention)!
    const event = { sender: { id: 1 } }
    await expect(set(event, { keepToday: 5, keepDays: 14, keepTotal: 30 })).resolves.toEqual({
      ok: true,
      value: { keepToday: 5, keepDays: 14, keepTotal: 30 }
    })
    await expect(set(event, { keepToday: 0, keepDays: 14, keepTotal: 1.5 })).resolves.toMatchObject(
      {
        ok: false,
        error: {
          message:
            'Dữ liệu gửi tới không hợp lệ: Số bản giữ trong ngày: ít nhất 1.; Tổng số bản giữ lại: phải là số nguyên.'
        }
      }
    )
  })
})
