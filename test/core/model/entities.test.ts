import { describe, expect, it } from 'vitest'
import {
  clusterSchema,
  memberUnitSchema,
  meetingSchema,
  TABLE_NAMES,
  TABLES
} from '@core/model/entities'
import { parseOrThrow, ValidationError } from '@core/model/validation'
import { isIsoDate } from '@core/model/fields'

const now = '2026-01-05T08:00:00.000Z'
const base = { id: 'c1', createdAt: now, updatedAt: now }

function issuesOf(fn: () => unknown) {
  try {
    fn()
  } catch (error) {
    if (error instanceof ValidationError) return error.issues
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('cluster schema', () => {
  const valid = { ...base, name: 'Cụm thi đua số 1', placeName: 'Hà Nội', symbol: 'ctđ1' }

  it('normalises names to NFC and uppercases the symbol with Vietnamese rules', () => {
    const row = parseOrThrow(clusterSchema, { ...valid, name: 'Cu\u0323m thi đua  số 1' })
    expect(row.name).toBe('Cụm thi đua số 1')
    expect(row.symbol).toBe('CTĐ1')
    expect(row.rules).toEqual({
      voteThresholdPercent: 50,
      voteThresholdStrict: true,
      voteDenominator: 'members',
      tieRule: 'revote',
      scoreScale: 100,
      voteRules: {},
      register: { series: 'per-type', pactNumbering: 'unnumbered', pactTypeCode: 'GƯTĐ' }
    })
  })

  it('refuses an empty name with a Vietnamese message naming the field', () => {
    const issues = issuesOf(() => parseOrThrow(clusterSchema, { ...valid, name: '   \u200B ' }))
    expect(issues).toEqual([{ field: 'name', message: 'Tên cụm: không được để trống.' }])
  })

  it('refuses a 10,000-character name and a symbol with spaces', () => {
    const issues = issuesOf(() =>
      parseOrThrow(clusterSchema, { ...valid, name: 'A'.repeat(10_000), symbol: 'CTĐ 1' })
    )
    expect(issues.map((i) => i.field).sort()).toEqual(['name', 'symbol'])
    expect(issues.find((i) => i.field === 'name')?.message).toBe('Tên cụm: dài quá 200 ký tự.')
  })
})

describe('member unit schema', () => {
  const valid = { ...base, clusterId: 'c1', name: 'Ủy ban MTTQ Việt Nam quận Ba Đình' }

  it('accepts office phone numbers and e-mail addresses', () => {
    const row = parseOrThrow(memberUnitSchema, {
      ...valid,
      phone: '024 3825 1234',
      email: 'vp@mttq.vn'
    })
    expect(row.phone).toBe('024 3825 1234')
  })

  it('refuses an invalid phone, e-mail and date, each with its own message', () => {
    const issues = issuesOf(() =>
      parseOrThrow(memberUnitSchema, {
        ...valid,
        phone: '12ab',
        email: 'khong-hop-le',
        activeTo: '2025-02-30'
      })
    )
    expect(issues.map((i) => i.message)).toEqual([
      'Số điện thoại không hợp lệ (8–15 chữ số, ví dụ 024 3825 1234).',
      'Thư điện tử không hợp lệ (ví dụ vanphong@mttq.hanoi.gov.vn).',
      'Ngày kết thúc: ngày 30/02/2025 không có thật.'
    ])
  })
})

describe('meeting schema', () => {
  it('needs a date and refuses a malformed time', () => {
    const issues = issuesOf(() =>
      parseOrThrow(meetingSchema, {
        ...base,
        clusterYearId: 'y1',
        title: 'Hội nghị',
        date: '',
        startTime: '25:00'
      })
    )
    expect(issues.map((i) => i.message)).toEqual([
      'Ngày họp: chưa nhập ngày.',
      'Giờ bắt đầu: giờ 25:00 không có thật (giờ từ 00:00 đến 23:59).'
    ])
  })
})

describe('model catalogue', () => {
  it('covers every entity of the mission', () => {
    expect(TABLE_NAMES).toEqual(Object.keys(TABLES))
    for (const name of [
      'clusters',
      'memberUnits',
      'unitPeople',
      'clusterYears',
      'pacts',
      'pactCommitments',
      'criteria',
      'scoringRules',
      'scoreSheets',
      'scoreEntries',
      'scoreAdjustments',
      'rankingSnapshots',
      'meetings',
      'attendances',
      'guests',
      'remarks',
      'votes',
      'minutes',
      'documents',
      'settings',
      'auditLog'
    ]) {
      expect(TABLE_NAMES).toContain(name)
    }
  })

  it('knows real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('05/02/2020')).toBe(false)
  })
})
