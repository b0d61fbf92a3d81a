import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupName, backupsToKeep, parseBackupName } from '@core/backup/rotation'
import { buildBackup, serializeBackup } from '@core/backup/format'
import { BackupStore, LowDiskError, NotRemovableError } from '../../src/main/services/backup-store'

const at = (iso: string) => new Date(iso)
const bytes = (s: string) => new TextEncoder().encode(s)

describe('backup names', () => {
  it('sort by time and carry the reason', () => {
    const name = backupName(at('2026-11-26T14:30:05.123'), 'before-restore')
    expect(name).toBe('ctd-sao-luu-20261126-143005123-before-restore.json')
    expect(parseBackupName(name)).toEqual({
      day: '20261126',
      createdAt: '2026-11-26T14:30:05.123',
      reason: 'before-restore'
    })
    expect(parseBackupName('../../etc/passwd')).toBeNull()
  })
})

describe('retention (3 today, 1 per earlier day, at most 10)', () => {
  it('keeps the newest three of today and the newest of each earlier day', () => {
    const names = [
      ...['080000000', '100000000', '120000000', '140000000'].map(
        (t) => `ctd-sao-luu-20261126-${t}-interval.json`
      ),
      'ctd-sao-luu-20261125-090000000-start.json',
      'ctd-sao-luu-20261125-170000000-quit.json',
      'ctd-sao-luu-20261120-170000000-quit.json'
    ]
    expect([...backupsToKeep(names, '20261126')].sort()).toEqual([
      'ctd-sao-luu-20261120-170000000-quit.json',
      'ctd-sao-luu-20261125-170000000-quit.json',
      'ctd-sao-luu-20261126-100000000-interval.json',
      'ctd-sao-luu-20261126-120000000-interval.json',
      'ctd-sao-luu-20261126-140000000-interval.json'
    ])
  })

  it('never keeps more than ten, but always the last one taken before a restore', () => {
    const names = Array.from(
      { length: 30 },
      (_, i) => `ctd-sao-luu-202610${String(i + 1).padStart(2, '0')}-120000000-quit.json`
    )
    names.push('ctd-sao-luu-20260901-120000000-before-restore.json')
    const keep = backupsToKeep(names, '20261126', { keepToday: 3, keepDays: 30, keepTotal: 10 })
    expect(keep.size).toBe(11)
    expect(keep.has('ctd-sao-luu-20260901-120000000-before-restore.json')).toBe(true)
    expect(keep.has('ctd-sao-luu-20261030-120000000-quit.json')).toBe(true)
    expect(keep.has('ctd-sao-luu-20261001-120000000-quit.json')).toBe(false)
  })
})

describe('backups taken before a restore', () => {
  const safety = (day: string, time = '120000000') =>
    `ctd-sao-luu-${day}-${time}-before-restore.json`

  it('are all kept 30 days, whatever follows them, and the newest one always', () => {
    const names = [
      safety('20261020'),
      safety('20261027'),
      safety('20261101', '090000000'),
      safety('20261101', '093000000'),
      ...Array.from({ length: 38 }, (_, i) => {
        const d = new Date(2026, 9, 20 + i)
        return `ctd-sao-luu-${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}-170000000-quit.json`
      })
    ]
    const keep = backupsToKeep(names, '20261126')
    expect([...keep].filter((n) => n.includes('before-restore')).sort()).toEqual([
      safety('20261027'),
      safety('20261101', '090000000'),
      safety('20261101', '093000000')
    ])
    // They take none of the ordinary places: today's and one for each of the 7 earlier days.
    expect([...keep].filter((n) => !n.includes('before-restore'))).toHaveLength(8)
    // Older than 30 days, the newest is still kept: it is the way back from the last restore.
    expect([...backupsToKeep([safety('20260101')], '20261126')]).toEqual([safety('20260101')])
  })
})

describe('BackupStore', () => {
  it('says what each backup holds, and removes only the ones taken before a restore', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-bk-'))
    let clock = at('2026-11-26T08:00:00.000')
    const store = new BackupStore(
      () => dir,
      undefined,
      () => clock
    )
    const file = serializeBackup(
      await buildBackup(
        {
          clusters: [{ id: 'c1', name: 'Cụm thi đua số 1' }],
          memberUnits: [{ id: 'u1' }, { id: 'u2' }]
        },
        { appVersion: '0.1.0', schemaVersion: 6, reason: 'x', createdAt: clock.toISOString() }
      )
    )
    const safety = await store.save(file, 'before-restore')
    clock = at('2026-11-26T08:05:00.000')
    const ordinary = await store.save(file, 'interval')
    expect((await store.list()).map((e) => e.contents)).toEqual([
      { clusters: ['Cụm thi đua số 1'], counts: { clusters: 1, memberUnits: 2 } },
      { clusters: ['Cụm thi đua số 1'], counts: { clusters: 1, memberUnits: 2 } }
    ])
    await expect(store.remove(ordinary.name)).rejects.toBeInstanceOf(NotRemovableError)
    await expect(store.remove('../../etc/passwd')).rejects.toBeInstanceOf(NotRemovableError)
    await store.remove(safety.name)
    expect((await store.list()).map((e) => e.name)).toEqual([ordinary.name])
  })

  it('writes into the folder (creating it), lists newest first and prunes', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'ctd-bk-')), 'Sao lưu')
    let clock = at('2026-11-26T08:00:00.000')
    const store = new BackupStore(
      () => dir,
      undefined,
      () => clock
    )
    for (let i = 0; i < 5; i++) {
      clock = new Date(clock.getTime() + 60_000)
      await store.save(bytes(`{"n":${i}}`), 'interval')
    }
    const list = await store.list()
    expect(list).toHaveLength(3)
    expect(list[0]!.createdAt).toBe('2026-11-26T08:05:00.000')
    expect(new TextDecoder().decode(await store.read(list[0]!.name))).toBe('{"n":4}')
  })

  it('reads only its own file names, never a path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-bk-'))
    await writeFile(join(dir, 'secret.json'), 'x')
    const store = new BackupStore(() => dir)
    await expect(store.read('../secret.json')).rejects.toThrow()
    await expect(store.read('secret.json')).rejects.toThrow()
    expect(await store.list()).toEqual([])
  })

  it('refuses to write when the disk is nearly full', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-bk-'))
    const store = new BackupStore(
      () => dir,
      undefined,
      () => new Date(),
      async () => 10 * 1024 * 1024
    )
    await expect(store.save(bytes('{}'), 'start')).rejects.toBeInstanceOf(LowDiskError)
    expect(await readdir(dir)).toEqual([])
  })

  it('keeps the previous backup readable when the writer is killed between write and rename', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ctd-bk-'))
    const target = join(dir, 'ctd-sao-luu-20261126-080000000-interval.json')
    await writeFile(target, '{"version":"cũ"}')
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'helpers/kill-before-rename.mts'),
        target,
        '{"version":"mới"}'
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit']
      }
    )
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve())
      child.on('exit', (code) => reject(new Error(`child exited early: ${code}`)))
    })
    child.kill('SIGKILL')
    await new Promise((r) => child.on('exit', r))
    expect(await readFile(target, 'utf8')).toBe('{"version":"cũ"}')
    const store = new BackupStore(() => dir)
    expect((await store.list()).map((e) => e.name)).toEqual([
      'ctd-sao-luu-20261126-080000000-interval.json'
    ])
  }, 30_000)
})
