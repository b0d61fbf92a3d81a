import { describe, expect, it } from 'vitest'
import { toneKey } from '@core/text/tone-key'
import {
  checkUnitAgainstOthers,
  isActiveInYear,
  isActiveOn,
  periodsOverlap,
  referencesTo
} from '@core/rules/member-units'
import { memberUnitSchema, type MemberUnit } from '@core/model/entities'

const now = '2026-01-01T00:00:00.000Z'
const unit = (over: Partial<MemberUnit>): MemberUnit =>
  memberUnitSchema.parse({
    id: over.id ?? 'u',
    createdAt: now,
    updatedAt: now,
    clusterId: 'c',
    name: 'x',
    ...over
  })

describe('toneKey', () => {
  it('treats tone placement variants and NFD input as the same name', () => {
    expect(toneKey('Phường Hòa Bình')).toBe(toneKey('phường hoà bình'))
    expect(toneKey('Thủy')).toBe(toneKey('Thuỷ'))
    expect(toneKey('Nguye\u0302\u0303n')).toBe(toneKey('Nguyễn'))
  })

  it('keeps different tones and different vowels apart', () => {
    expect(toneKey('Hòa')).not.toBe(toneKey('Hóa'))
    expect(toneKey('Hoàn Kiếm')).not.toBe(toneKey('Hoàng Mai'))
    expect(toneKey('Đống Đa')).not.toBe(toneKey('Dong Da'))
  })
})

describe('active periods', () => {
  it('overlap on shared days and treat empty ends as open', () => {
    expect(
      periodsOverlap(
        { activeFrom: '', activeTo: '2025-06-30' },
        { activeFrom: '2025-07-01', activeTo: '' }
      )
    ).toBe(false)
    expect(
      periodsOverlap(
        { activeFrom: '', activeTo: '2025-06-30' },
        { activeFrom: '2025-06-30', activeTo: '' }
      )
    ).toBe(true)
    expect(isActiveOn({ activeFrom: '', activeTo: '2025-06-30' }, '2025-07-01')).toBe(false)
    expect(isActiveInYear({ activeFrom: '', activeTo: '2025-06-30' }, 2025)).toBe(true)
    expect(isActiveInYear({ activeFrom: '', activeTo: '2025-06-30' }, 2026)).toBe(false)
  })
})

describe('checkUnitAgainstOthers', () => {
  const hoaBinh = unit({
    id: 'a',
    name: 'Ủy ban MTTQ Việt Nam phường Hòa Bình',
    shortName: 'Hòa Bình'
  })

  it('refuses a duplicate name typed with the tone elsewhere, naming the existing unit', () => {
    const issues = checkUnitAgainstOthers(
      unit({ id: 'b', name: 'Ủy ban MTTQ Việt Nam phường Hoà Bình', shortName: 'Hoà Bình' }),
      [hoaBinh]
    )
    expect(issues).toEqual([
      {
        field: 'name',
        message: 'Tên đơn vị: trùng với đơn vị đã có “Ủy ban MTTQ Việt Nam phường Hòa Bình”.'
      },
      {
        field: 'shortName',
        message: 'Tên ngắn: trùng với đơn vị đã có “Ủy ban MTTQ Việt Nam phường Hòa Bình”.'
      }
    ])
  })

  it('allows the same name again once the earlier unit has ended (a re-formed unit)', () => {
    const ended = { ...hoaBinh, activeTo: '2025-06-30' }
    expect(
      checkUnitAgainstOthers(unit({ id: 'b', name: hoaBinh.name, activeFrom: '2025-07-01' }), [
        ended
      ])
    ).toEqual([])
  })

  it('refuses an end date before the start date', () => {
    expect(
      checkUnitAgainstOthers(unit({ activeFrom: '2025-07-01', activeTo: '2025-06-30' }), [])
    ).toEqual([{ field: 'activeTo', message: 'Ngày kết thúc: phải sau ngày tham gia.' }])
  })

  it('does not compare a unit with itself', () => {
    expect(checkUnitAgainstOthers(hoaBinh, [hoaBinh])).toEqual([])
  })
})

describe('referencesTo', () => {
  it('lists what still names a unit', () => {
    const years = [
      { year: 2024, memberUnitIds: ['u'], leaderUnitId: '', deputyUnitId: '' }
    ] as never
    expect(
      referencesTo('u', {
        years,
        attendanceCount: 2,
        meetingHostCount: 0,
        scoreCount: 0,
        progressCount: 0
      })
    ).toEqual(['thành viên các năm 2024', '2 lượt dự họp'])
    expect(
      referencesTo('v', {
        years,
        attendanceCount: 0,
        meetingHostCount: 0,
        scoreCount: 0,
        progressCount: 0
      })
    ).toEqual([])
  })
})

describe('deriveHeaderLines', () => {
  it('splits the Front committee from the place, in Vietnamese uppercase', async () => {
    const { deriveHeaderLines, unitHeaderLines } = await import('@core/rules/member-units')
    expect(deriveHeaderLines('Ủy ban MTTQ Việt Nam quận Đống Đa')).toEqual([
      'ỦY BAN MTTQ VIỆT NAM',
      'QUẬN ĐỐNG ĐA'
    ])
    expect(deriveHeaderLines('Ủy ban Mặt trận Tổ quốc Việt Nam phường Hoàn Kiếm')).toEqual([
      'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM',
      'PHƯỜNG HOÀN KIẾM'
    ])
    expect(deriveHeaderLines('Hội Liên hiệp Phụ nữ quận')).toEqual(['HỘI LIÊN HIỆP PHỤ NỮ QUẬN'])
    expect(unitHeaderLines({ name: 'x', headerLines: ['RIÊNG'] })).toEqual(['RIÊNG'])
  })
})
