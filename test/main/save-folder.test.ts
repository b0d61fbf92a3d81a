import { mkdtemp, readdir, readFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { distinctNames, FolderSaveService } from '../../src/main/services/save-folder'

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
