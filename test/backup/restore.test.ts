import 'fake-indexeddb/auto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { BackupError, parseBackup, sha256Hex } from '@core/backup/format'
import { clusterRulesSchema, memberUnitSchema, TABLES } from '@core/model/entities'
import {
  createBackupBytes,
  isKeptByRestore,
  readAllTables,
  restoreBackup
} from '../../src/renderer/src/db/backup'
import { loadSampleCluster } from '../../src/renderer/src/db/repositories/sample-repo'
import { CURRENT_SCHEMA_VERSION } from '../../src/renderer/src/db/migrations'
import { makeTestDb } from '../helpers/test-db'
import { checkIntegrity } from '@core/backup/integrity'
import { IssueList } from '@core/backup/issues'
import { validateRows } from '@core/backup/rows'
import { hasForbiddenCharacters } from '@core/text/normalize'
import { MAX_BACKUP_BYTES } from '@core/backup/format'
import { checkAndRepair } from '../../src/renderer/src/db/safe-mode'
import { getActiveCluster } from '../../src/renderer/src/db/repositories/clusters-repo'

const corpus = join(import.meta.dirname, '../fixtures/backups')
const files = (sub: string) => readdirSync(join(corpus, sub)).sort()
const read = (sub: string, name: string) => new Uint8Array(readFileSync(join(corpus, sub, name)))

/** A fingerprint of everything in the database: equal fingerprints mean nothing changed. */
async function fingerprint(db: ReturnType<typeof makeTestDb>): Promise<string> {
  return sha256Hex(JSON.stringify(await readAllTables(db)))
}

/** Every table, without what a restore writes of itself (its audit entry, the data generation). */
async function restoredData(db: ReturnType<typeof makeTestDb>) {
  const tables = await readAllTables(db)
  for (const [table, rows] of Object.entries(tables))
    tables[table] = rows.filter((row) => !isKeptByRestore(table, row))
  return tables
}

async function liveWithSample() {
  const db = makeTestDb()
  await loadSampleCluster(db)
  return db
}

/** Files whose refusal must come from one particular check, so that check is proven on its own. */
const REASONS: Record<string, string> = {
  'key-proto.json': 'khóa không được phép (“__proto__”)',
  'key-constructor.json': 'khóa không được phép (“constructor”)',
  'key-prototype.json': 'khóa không được phép (“prototype”)',
  'checksum-mismatch.json': 'SHA-256',
  'duplicate-keys.json': 'trùng mã',
  'huge-name.json': 'Tên đơn vị: dài quá 200 ký tự.',
  'newer-schema.json': 'phiên bản mới hơn',
  'deep-nesting.json': 'lồng nhau quá sâu',
  'counts-mismatch.json': 'phần đầu ghi 5',
  'utf16le-bom.json': 'UTF-16',
  'negative-score.json': 'Điểm tự chấm: không được âm.',
  'unknown-table.json': 'bảng lạ',
  // Issue 12: each of these passes the format and row checks; one whole-database check refuses it.
  'empty-data.json': 'thiếu bảng',
  'only-clusters-and-units.json': 'thiếu bảng',
  'no-cluster.json': 'không có cụm thi đua nào',
  'orphan-units.json': 'cụm thi đua (mã v1-001) không có trong bản sao lưu',
  'clusters-twice.json': 'bảng “Cụm thi đua” được ghi hai lần',
  'key-twice-in-row.json': 'Bảng “Cụm thi đua”, dòng 1: trường “name” được ghi hai lần',
  'meeting-unknown-year.json': 'năm thi đua (mã nam-khong-co) không có trong bản sao lưu',
  'leader-not-member.json': 'Cụm trưởng: phải là đơn vị tham gia năm đó.',
  'signatory-outsider.json': 'người ký của đơn vị (mã don-vi-ngoai), không thuộc cụm',
  'attendance-unknown-unit.json': 'đơn vị (mã don-vi-ma) không thuộc cụm',
  'score-unknown-unit.json': 'đơn vị (mã don-vi-ma) không thuộc cụm',
  'score-above-maximum.json': 'điểm 50 vượt điểm chuẩn 10',
  'commitment-cycle.json': 'vòng lặp cha–con',
  'year-members-twice.json': 'được ghi hai lần trong danh sách tham gia',
  'vote-figures.json': 'vượt quá số phiếu hợp lệ (5)',
  'active-cluster-true.json': 'cài đặt “activeClusterId” có giá trị không hợp lệ',
  'active-cluster-object.json': 'cài đặt “activeClusterId” có giá trị không hợp lệ',
  'active-cluster-missing.json': 'cụm đang dùng (mã cum-khong-co) không có',
  'unknown-setting.json': 'cài đặt “cheDoQuanTri” không có trong ứng dụng này',
  'register-equal-after-cleaning.json': 'số 1/BB năm 2024 đã được cấp cho một văn bản khác',
  'ids-equal-after-cleaning.json': 'trùng mã',
  'boolean-as-text.json': 'Cụm mẫu: phải là đúng hoặc sai (true/false).',
  'impossible-timestamp.json': 'Thời điểm không hợp lệ.',
  'finalised-at-not-a-time.json': 'Thời điểm hoàn tất: không hợp lệ.',
  'counts-null.json': 'số dòng của các bảng',
  'created-at-number.json': 'thời điểm tạo',
  'created-at-impossible.json': 'thời điểm tạo'
}

describe('the corpus of broken and hostile backups', () => {
  it('has at least 30 refused files', () => {
    expect(files('refused').length).toBeGreaterThanOrEqual(30)
  })

  it.each(files('refused'))(
    '%s is refused with a Vietnamese message and the live data unchanged',
    async (name) => {
      const db = await liveWithSample()
      const before = await fingerprint(db)
      const saveSafetyBackup = vi.fn(async () => 'x')
      const error = await restoreBackup(db, read('refused', name), { saveSafetyBackup }).catch(
        (e) => e
      )
      expect(error).toBeInstanceOf(BackupError)
      expect((error as Error).message).toMatch(
        /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/
      )
      if (REASONS[name]) expect((error as Error).message).toContain(REASONS[name])
      expect(await fingerprint(db)).toBe(before)
      expect(saveSafetyBackup).not.toHaveBeenCalled()
    },
    60_000
  )
})

describe('odd but legitimate backups', () => {
  it.each(files('accepted'))(
    '%s restores, with every text NFC and without invisible characters',
    async (name) => {
      const db = makeTestDb()
      const outcome = await restoreBackup(db, read('accepted', name), {
        saveSafetyBackup: async () => 'safety'
      })
      expect(outcome.counts['memberUnits']).toBe(6)
      const units = await db.memberUnits.toArray()
      for (const unit of units) {
        expect(unit.name).toBe(unit.name.normalize('NFC'))
        expect(unit.shortName).not.toMatch(/[\u200B-\u200D]/)
        expect(() => memberUnitSchema.parse(unit)).not.toThrow()
      }
      expect((await db.clusters.toArray())[0]!.rotationOrder).toHaveLength(6)
      // The app starts on it: nothing for safe mode to repair, an active cluster, every row as
      // the repositories would write it, and no character a .docx cannot hold.
      expect(await checkAndRepair(db)).toEqual({ repairs: [], problems: [] })
      expect(await getActiveCluster(db)).toBeDefined()
      const stored = await readAllTables(db)
      const issues = new IssueList()
      checkIntegrity(validateRows(stored, issues), issues)
      expect(issues.items).toEqual([])
      const strings: string[] = []
      JSON.stringify(stored, (_k, v: unknown) => (typeof v === 'string' && strings.push(v), v))
      expect(strings.filter(hasForbiddenCharacters)).toEqual([])
    }
  )
})

describe('the file itself', () => {
  it('states the size cap when a file exceeds it', async () => {
    const huge = { byteLength: MAX_BACKUP_BYTES + 5.5 * 1024 * 1024 } as Uint8Array
    await expect(parseBackup(huge, CURRENT_SCHEMA_VERSION, Object.keys(TABLES))).rejects.toThrow(
      'Tệp nặng 205,5 MB, quá giới hạn 200 MB của một bản sao lưu'
    )
  })
})

describe('restore', () => {
  it('backs the live data up first and replaces it whole', async () => {
    const source = await liveWithSample()
    const { bytes } = await createBackupBytes(source, 'manual')
    const live = makeTestDb()
    await live.memberUnits.add({
      ...(await source.memberUnits.toArray())[0]!,
      id: 'only-here',
      name: 'Đơn vị chỉ có ở máy này'
    })
    const saved: Uint8Array[] = []
    await restoreBackup(live, bytes, {
      saveSafetyBackup: async (b) => (saved.push(b), 'before-restore.json')
    })
    expect(await restoredData(live)).toEqual(await readAllTables(source))
    const safety = await parseBackup(saved[0]!, CURRENT_SCHEMA_VERSION, Object.keys(TABLES))
    expect((safety.data['memberUnits'] as Array<{ id: string }>).map((u) => u.id)).toEqual([
      'only-here'
    ])
    expect(safety.header.reason).toBe('before-restore')
  })

  it('stops without touching anything when the safety backup cannot be written', async () => {
    const source = await liveWithSample()
    const { bytes } = await createBackupBytes(source, 'manual')
    const live = await liveWithSample()
    const before = await fingerprint(live)
    const error = await restoreBackup(live, bytes, {
      saveSafetyBackup: async () => {
        throw new Error('ENOSPC')
      }
    }).catch((e) => e)
    expect((error as Error).message).toContain('chưa khôi phục gì')
    expect(await fingerprint(live)).toBe(before)
  })

  it('round-trips any database of Vietnamese text, NFC or NFD, exactly (property)', async () => {
    const syllables = [
      'Nguyễn',
      'Trần',
      'Lê',
      'Phạm',
      'Hoàng',
      'Đống',
      'Đa',
      'Hòa',
      'Hoà',
      'Thủy',
      'Thuỷ',
      'Ba',
      'Đình',
      'phường',
      'quận',
      'Ủy',
      'ban'
    ]
    const name = fc
      .array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 6 })
      .chain((words) =>
        fc.boolean().map((nfd) => (nfd ? words.join(' ').normalize('NFD') : words.join(' ')))
      )
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name, note: fc.string({ maxLength: 40 }), order: fc.nat(1000) }), {
          maxLength: 25
        }),
        async (units) => {
          const source = makeTestDb()
          const now = '2026-01-01T00:00:00.000Z'
          await source.clusters.add({
            id: 'c',
            createdAt: now,
            updatedAt: now,
            name: 'Cụm thi đua số 9',
            parentBody: '',
            headerLines: [],
            issuerLine: '',
            placeName: 'Huế',
            symbol: 'CTĐ9',
            higherBody: '',
            rules: clusterRulesSchema.parse({}),
            rotationOrder: [],
            isSample: false
          })
          await source.memberUnits.bulkAdd(
            units.map((u, i) =>
              memberUnitSchema.parse({
                id: `u${i}`,
                createdAt: now,
                updatedAt: now,
                clusterId: 'c',
                // Numbered: two units of a cluster may not share a name (the app refuses it).
                name: `${u.name} ${i + 1}`,
                note: u.note,
                displayOrder: u.order
              })
            )
          )
          const { bytes } = await createBackupBytes(source, 'manual')
          const target = makeTestDb()
          await restoreBackup(target, bytes, { saveSafetyBackup: async () => 'x' })
          expect(await restoredData(target)).toEqual(await readAllTables(source))
          source.close()
          target.close()
        }
      ),
      { numRuns: 25 }
    )
  }, 120_000)
})
