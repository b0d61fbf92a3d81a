import { mkdtemp, readdir, readFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  distinctFileNames,
  distinctNames,
  FolderSaveService
} from '../../src/main/services/save-folder'

const bytes = (text: string) => new TextEncoder().encode(text)
const chooser = (folder: string | null) => ({
  showOpenDialog: async () =>
    folder ? { canceled: false, filePaths: [folder] } : { canceled: true, filePaths: [] }
})
const files = [
  { name: 'Phiếu chấm - Đống Đa.xlsx', bytes: bytes('a') },
  { name: 'Phiếu chấm: Ba Đình', bytes: bytes('b') },
  { name: 'Phiếu chấm - Đống Đa.xlsx', bytes: bytes('c') }
]

describe('saving a folder of files', () => {
  it('writes every file, with safe distinct names, into a new folder where the user chose', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ctd-folder-'))
    const service = new FolderSaveService(chooser(parent), () => parent)
    const result = await service.save({ folderName: 'Phiếu chấm 2024', kind: 'xlsx', files })
    expect(result).toEqual({
      ok: true,
      value: { path: join(parent, 'Phiếu chấm 2024'), count: 3, method: 'dialog' }
    })
    const written = (await readdir(join(parent, 'Phiếu chấm 2024'))).sort()
    expect(written).toEqual([
      'Phiếu chấm - Đống Đa (2).xlsx',
      'Phiếu chấm - Đống Đa.xlsx',
      'Phiếu chấm Ba Đình.xlsx'
    ])
    expect(
      await readFile(join(parent, 'Phiếu chấm 2024', 'Phiếu chấm - Đống Đa (2).xlsx'), 'utf8')
    ).toBe('c')
    expect(await readdir(parent)).toEqual(['Phiếu chấm 2024'])
  })

  it('never touches an existing folder of the same name', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ctd-folder-'))
    await mkdir(join(parent, 'Phiếu chấm 2024'))
    const result = await new FolderSaveService(chooser(parent), () => parent).save({
      folderName: 'Phiếu chấm 2024',
      kind: 'xlsx',
      files
    })
    expect(result.ok && result.value.path).toBe(join(parent, 'Phiếu chấm 2024 (2)'))
    expect(await readdir(join(parent, 'Phiếu chấm 2024'))).toEqual([])
  })

  it('leaves nothing behind when the write fails before the folder is in place', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ctd-folder-'))
    const service = new FolderSaveService(chooser(parent), () => parent, {
      beforeRename: async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
      }
    })
    const result = await service.save({ folderName: 'Phiếu chấm 2024', kind: 'xlsx', files })
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } })
    expect(!result.ok && result.error.message).toContain('ổ đĩa đã đầy.')
    expect(await readdir(parent)).toEqual([])
  })

  it('is cancelled with the dialog', async () => {
    const result = await new FolderSaveService(chooser(null), () => '/tmp').save({
      folderName: 'x',
      kind: 'xlsx',
      files
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'canceled' } })
  })

  it('names files so that none overwrites another, whatever their case', () => {
    expect(distinctNames(['A.xlsx', 'a', 'A'], 'xlsx')).toEqual([
      'A.xlsx',
      'a (2).xlsx',
      'A (3).xlsx'
    ])
  })
})

describe('the file:save-folder payload', () => {
  it('is refused when empty, not bytes, or larger than 200 MB in all', async () => {
    const { saveFolderRequestSchema } = await import('../../src/main/ipc/schemas')
    const base = { folderName: 'x', kind: 'xlsx' }
    expect(saveFolderRequestSchema.safeParse({ ...base, files: [] }).success).toBe(false)
    expect(
      saveFolderRequestSchema.safeParse({ ...base, files: [{ name: 'a', bytes: 'abc' }] }).success
    ).toBe(false)
    const result = saveFolderRequestSchema.safeParse({
      ...base,
      files: [
        { name: 'a', bytes: new Uint8Array(1) },
        { name: 'b', bytes: new Uint8Array(120 * 1024 * 1024) },
        { name: 'c', bytes: new Uint8Array(90 * 1024 * 1024) }
      ]
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Các tệp quá lớn (tổng cộng tối đa 200 MB).')
    expect(
      saveFolderRequestSchema.safeParse({
        ...base,
        files: [{ name: 'a', bytes: new Uint8Array(1) }]
      }).success
    ).toBe(true)
  })
})

const page = (title: string) => `<!DOCTYPE html><html><body><p>${title}</p></body></html>`
/** A printer that answers a PDF naming the page it printed. */
const printer = () => vi.fn(async (html: string) => bytes(`%PDF-1.7 ${html.length}`))

describe('a folder with a PDF of each document beside its .docx ("Xuất hồ sơ")', () => {
  const dossier = [
    { name: '00 Danh mục hồ sơ', kind: 'docx' as const, bytes: bytes('checklist') },
    { name: '01 Tờ trình', kind: 'docx' as const, bytes: bytes('ttr') },
    { name: '01 Tờ trình', kind: 'pdf' as const, html: page('Tờ trình') },
    { name: '02 Biên bản kiểm phiếu', kind: 'pdf' as const, html: page('Biên bản') }
  ]

  it('prints each page in main and writes every file with its own kind, side by side', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ctd-folder-'))
    const print = printer()
    const service = new FolderSaveService(chooser(parent), () => parent, { print })
    const result = await service.save({ folderName: 'Hồ sơ 2024', kind: 'docx', files: dossier })
    expect(result).toMatchObject({ ok: true, value: { count: 4 } })
    expect(print.mock.calls.map(([html]) => html)).toEqual([page('Tờ trình'), page('Biên bản')])
    const folder = join(parent, 'Hồ sơ 2024')
    expect((await readdir(folder)).sort()).toEqual([
      '00 Danh mục hồ sơ.docx',
      '01 Tờ trình.docx',
      '01 Tờ trình.pdf',
      '02 Biên bản kiểm phiếu.pdf'
    ])
    expect(await readFile(join(folder, '01 Tờ trình.pdf'), 'utf8')).toBe(
      `%PDF-1.7 ${page('Tờ trình').length}`
    )
    expect(await readFile(join(folder, '01 Tờ trình.docx'), 'utf8')).toBe('ttr')
  })

  it('writes nothing at all when one page cannot be printed', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ctd-folder-'))
    const print = vi.fn(async (html: string) => {
      if (html.includes('Biên bản')) throw new Error('renderer gone')
      return bytes('%PDF')
    })
    const log = vi.fn()
    const result = await new FolderSaveService(chooser(parent), () => parent, { print, log }).save({
      folderName: 'Hồ sơ 2024',
      kind: 'docx',
      files: dossier
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(!result.ok && result.error.message).toContain('02 Biên bản kiểm phiếu.pdf')
    expect(await readdir(parent)).toEqual([])
    expect(log).toHaveBeenCalled()
  })

  it('refuses a page to print where nothing can print it', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ctd-folder-'))
    const result = await new FolderSaveService(chooser(parent), () => parent).save({
      folderName: 'Hồ sơ 2024',
      kind: 'docx',
      files: dossier
    })
    expect(result.ok).toBe(false)
    expect(await readdir(parent)).toEqual([])
  })

  it('keeps every file inside the new folder, whatever its name says', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'ctd-folder-'))
    const result = await new FolderSaveService(chooser(parent), () => parent, {
      print: printer()
    }).save({
      folderName: '../Hồ sơ',
      kind: 'docx',
      files: [
        { name: '../../ngoài', bytes: bytes('a') },
        { name: '..\\ngoài', kind: 'pdf', html: page('x') }
      ]
    })
    expect(result.ok).toBe(true)
    const [folder] = await readdir(parent)
    expect(folder).not.toContain('/')
    expect(folder!.startsWith('.')).toBe(false)
    const inside = await readdir(join(parent, folder!))
    expect(inside).toHaveLength(2)
    expect(inside.every((n) => !n.includes('/') && !n.includes('\\') && !n.startsWith('.'))).toBe(
      true
    )
  })

  it('gives a .docx and a .pdf of the same name distinct files, never one over the other', () => {
    expect(
      distinctFileNames([
        { name: 'Tờ trình', extension: 'docx' },
        { name: 'Tờ trình', extension: 'pdf' },
        { name: 'TỜ TRÌNH', extension: 'pdf' }
      ])
    ).toEqual(['Tờ trình.docx', 'Tờ trình.pdf', 'TỜ TRÌNH (2).pdf'])
  })
})

describe('the file:save-folder payload with per-file kinds', () => {
  it('accepts pages to print and kinds a folder may hold, and refuses the rest', async () => {
    const { saveFolderRequestSchema } = await import('../../src/main/ipc/schemas')
    const check = (request: unknown) => saveFolderRequestSchema.safeParse(request).success
    const base = { folderName: 'Hồ sơ', kind: 'docx' }
    const docx = { name: 'a', kind: 'docx', bytes: new Uint8Array(1) }
    expect(check({ ...base, files: [docx, { name: 'a', kind: 'pdf', html: page('a') }] })).toBe(
      true
    )
    // A backup is never written into a folder, as the folder's kind or a file's.
    expect(check({ ...base, kind: 'backup', files: [docx] })).toBe(false)
    expect(check({ ...base, files: [{ ...docx, kind: 'backup' }] })).toBe(false)
    expect(check({ ...base, files: [{ ...docx, kind: 'exe' }] })).toBe(false)
    // Only a PDF is printed, and only from a complete printable page.
    expect(check({ ...base, files: [{ name: 'a', kind: 'docx', html: page('a') }] })).toBe(false)
    expect(check({ ...base, files: [{ name: 'a', kind: 'pdf', html: '<script>' }] })).toBe(false)
    expect(check({ ...base, files: [{ name: 'a', kind: 'pdf' }] })).toBe(false)
    // Bytes and a page at once, or anything else besides, is not a file.
    expect(
      check({ ...base, files: [{ name: 'a', kind: 'pdf', html: page('a'), bytes: docx.bytes }] })
    ).toBe(false)
    expect(check({ ...base, files: [{ ...docx, path: '/etc/passwd' }] })).toBe(false)
    const many = Array.from({ length: 201 }, (_, i) => ({
      name: `${i}`,
      kind: 'pdf',
      html: page('x')
    }))
    expect(
      saveFolderRequestSchema.safeParse({ ...base, files: many }).error?.issues[0]?.message
    ).toBe('Quá nhiều tệp PDF trong một thư mục (tối đa 200).')
  })

  it('reaches the folder service only from a trusted sender with a valid payload', async () => {
    const { createIpcRegistrar } = await import('../../src/main/ipc/register')
    const { channelHandlers } = await import('../../src/main/ipc/register-handlers')
    const { CH } = await import('@shared/ipc/channels')
    const save = vi.fn(async () => ({
      ok: true as const,
      value: { path: '/x', count: 1, method: 'dialog' as const }
    }))
    const handlers = new Map<string, (e: unknown, p?: unknown) => unknown>()
    const handle = createIpcRegistrar(
      { handle: (c, fn) => handlers.set(c, fn as (e: unknown, p?: unknown) => unknown) },
      (event) => event.sender.id === 7
    )
    const all = channelHandlers({ folders: { save } } as never)
    handle(CH.fileSaveFolder, all[CH.fileSaveFolder])
    const call = handlers.get(CH.fileSaveFolder)!
    const request = {
      folderName: 'Hồ sơ',
      kind: 'docx',
      files: [{ name: 'a', kind: 'pdf', html: page('a') }]
    }
    await expect(call({ sender: { id: 8 } }, request)).resolves.toMatchObject({ ok: false })
    await expect(
      call({ sender: { id: 7 } }, { ...request, files: [{ name: 'a', kind: 'pdf', html: 'x' }] })
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(save).not.toHaveBeenCalled()
    await expect(call({ sender: { id: 7 } }, request)).resolves.toMatchObject({ ok: true })
    expect(save).toHaveBeenCalledWith(request)
  })
})
