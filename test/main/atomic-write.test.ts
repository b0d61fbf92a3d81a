import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../src/main/services/atomic-write'

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temp file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-atomic-'))
    const target = join(dir, 'Giao ước 2024.docx')
    await writeFileAtomic(target, new TextEncoder().encode('mới'))
    expect(await readFile(target, 'utf8')).toBe('mới')
    expect(await readdir(dir)).toEqual(['Giao ước 2024.docx'])
  })

  it('replaces an existing file whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-atomic-'))
    const target = join(dir, 'a.json')
    await writeFile(target, 'cũ cũ cũ cũ cũ cũ')
    await writeFileAtomic(target, new TextEncoder().encode('mới'))
    expect(await readFile(target, 'utf8')).toBe('mới')
  })

  it('leaves the previous file and no temp file behind when the final rename fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-atomic-'))
    const target = join(dir, 'thu-muc')
    await mkdir(target)
    await writeFile(join(target, 'giu-nguyen.txt'), 'cũ')
    await expect(writeFileAtomic(target, new TextEncoder().encode('mới'))).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['thu-muc'])
    expect(await readFile(join(target, 'giu-nguyen.txt'), 'utf8')).toBe('cũ')
  })

  it('fails cleanly when the folder does not exist', async () => {
    await expect(
      writeFileAtomic('/khong/ton/tai/a.docx', new Uint8Array([1]))
    ).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
