import { afterEach, describe, expect, it } from 'vitest'
import { summarizeRestore, type RestoreSummary } from '@core/backup/summary'
import type { DatabaseRows } from '@core/backup/rows'
import { TABLE_NAMES } from '@core/model/entities'
import {
  changeWords,
  clusterWords,
  headerWords,
  namedWords,
  percentWords
} from '../../src/renderer/src/features/backup/restore-words'

const empty = () => Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as DatabaseRows
const cluster = (id: string, name: string) => ({ id, name }) as DatabaseRows['clusters'][number]
const unit = (id: string, name: string, note = '') =>
  ({ id, name, note, clusterId: 'c' }) as unknown as DatabaseRows['memberUnits'][number]

const originalTz = process.env['TZ']
afterEach(() => {
  process.env['TZ'] = originalTz
})

describe('what the confirmation says', () => {
  it('gives the backup’s time on this PC’s clock', () => {
    process.env['TZ'] = 'Asia/Ho_Chi_Minh'
    expect(headerWords({ createdAt: '2026-11-29T23:30:00.000Z', reason: 'quit' })).toBe(
      'Bản sao lưu lúc 30/11/2026 06:30 (khi đóng ứng dụng)'
    )
  })

  it('warns when the file is another cluster, and names both', () => {
    const next = { ...empty(), clusters: [cluster('c2', 'Cụm thi đua số 2')] }
    const summary = summarizeRestore(next, { clusters: [cluster('c1', 'Cụm thi đua số 1')] })
    expect(summary.clusterMatch).toBe('other')
    const words = clusterWords(summary)
    expect(words.file).toBe('“Cụm thi đua số 2”')
    expect(words.current).toBe('“Cụm thi đua số 1”')
    expect(words.warning).toContain('Bản sao lưu này là của một cụm khác')
    expect(words.warning).toContain('xóa toàn bộ dữ liệu của “Cụm thi đua số 1”')
  })

  it('does not warn for the same cluster, and says when it was renamed', () => {
    const same = summarizeRestore(
      { ...empty(), clusters: [cluster('c1', 'Cụm 1')] },
      { clusters: [cluster('c1', 'Cụm 1')] }
    )
    expect(same.clusterMatch).toBe('same')
    expect(same.identical).toBe(true)
    expect(clusterWords(same).warning).toBe('')
    const renamed = summarizeRestore(
      { ...empty(), clusters: [cluster('c1', 'Cụm 1')] },
      { clusters: [cluster('c1', 'Cụm một')] }
    )
    expect(renamed.clusterMatch).toBe('renamed')
    expect(clusterWords(renamed).warning).toContain('tên hoặc số cụm đã thay đổi')
  })

  it('counts and names the units added, removed and changed', () => {
    const next = {
      ...empty(),
      memberUnits: [unit('a', 'Đống Đa'), unit('b', 'Ba Đình mới'), unit('d', 'Long Biên')]
    }
    const current = {
      memberUnits: [unit('a', 'Đống Đa'), unit('b', 'Ba Đình'), unit('c', 'Hoàn Kiếm')]
    }
    const summary: RestoreSummary = summarizeRestore(next, current)
    const change = summary.tables.find((t) => t.table === 'memberUnits')!
    expect(change).toMatchObject({ added: 1, removed: 1, changed: 1, total: 3 })
    expect(changeWords(change)).toBe('Thêm 1, bỏ 1, sửa 1')
    expect(namedWords(summary.units, change)).toEqual([
      'Thêm (1): Long Biên',
      'Bỏ (1): Hoàn Kiếm',
      'Sửa (1): Ba Đình → Ba Đình mới'
    ])
  })

  it('cuts a long list and says how many more', () => {
    const many = Array.from({ length: 45 }, (_, i) => unit(`u${i}`, `Đơn vị ${i}`))
    const summary = summarizeRestore({ ...empty(), memberUnits: many }, {})
    const change = summary.tables.find((t) => t.table === 'memberUnits')!
    expect(namedWords(summary.units, change)[0]).toMatch(/^Thêm \(45\): .* và 5 mục khác$/)
  })

  it('keeps the bar between 0 and 100', () => {
    expect(percentWords(0.354)).toBe('35%')
    expect(percentWords(1.2)).toBe('100%')
  })
})
