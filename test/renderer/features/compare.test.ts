import { describe, expect, it } from 'vitest'
import {
  compareForms,
  compareLines,
  plainText
} from '../../../src/renderer/src/components/concurrency/compare'
import {
  toForm,
  UNIT_COMPARE
} from '../../../src/renderer/src/features/member-units/member-unit-form'
import type { MemberUnit, UnitPerson } from '@core/model/entities'

const unit = {
  id: 'u1',
  clusterId: 'c1',
  name: 'Ủy ban MTTQ Việt Nam quận Đống Đa',
  shortName: 'Đống Đa',
  headerLines: [],
  placeName: 'Đống Đa',
  address: '1 Tôn Đức Thắng',
  phone: '',
  email: '',
  displayOrder: 1,
  activeFrom: '',
  activeTo: '',
  note: '',
  sampleKey: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
} as MemberUnit
const person = (id: string, fullName: string): UnitPerson =>
  ({
    id,
    unitId: 'u1',
    fullName,
    position: 'Chủ tịch',
    role: 'chair',
    phone: '',
    email: '',
    activeFrom: '',
    activeTo: '',
    createdAt: '',
    updatedAt: ''
  }) as UnitPerson

describe('So sánh: the unit form against the unit as stored now', () => {
  it('names each differing field with its label on the screen, and each person by name', () => {
    const mine = toForm({ ...unit, address: '' }, [person('p1', 'Nguyễn Văn An')])
    const theirs = toForm({ ...unit, phone: '024 3851 0000' }, [
      person('p1', 'Nguyễn Văn Ân'),
      person('p2', 'Lê Thị Mới')
    ])
    expect(compareForms(mine, theirs, UNIT_COMPARE)).toEqual([
      { label: 'Địa chỉ', mine: '(để trống)', theirs: '1 Tôn Đức Thắng' },
      { label: 'Điện thoại', mine: '(để trống)', theirs: '024 3851 0000' },
      {
        label: 'Người: Nguyễn Văn An',
        mine: 'Nguyễn Văn An · Chủ tịch · Chủ tịch',
        theirs: 'Nguyễn Văn Ân · Chủ tịch · Chủ tịch'
      },
      { label: 'Người: Lê Thị Mới', mine: '(không có)', theirs: 'Lê Thị Mới · Chủ tịch · Chủ tịch' }
    ])
  })

  it('finds nothing when the form holds what is stored', () => {
    const form = toForm(unit, [person('p1', 'Nguyễn Văn An')])
    expect(compareForms(form, toForm(unit, [person('p1', 'Nguyễn Văn An')]), UNIT_COMPARE)).toEqual(
      []
    )
  })

  it('words plain values in Vietnamese', () => {
    expect(plainText(true)).toBe('Có')
    expect(plainText(['a', '', 'b'])).toBe('a; b')
    expect(plainText('dòng 1\ndòng 2')).toBe('dòng 1 / dòng 2')
    expect(plainText('')).toBe('(để trống)')
  })
})

describe('a long text compared line by line (the minutes)', () => {
  it('names only the runs of lines that differ, by their line in the form', () => {
    const theirs = [
      'BIÊN BẢN',
      'Thời gian: 8 giờ',
      'Địa điểm: Hội trường A',
      'Kết luận',
      'Hết'
    ].join('\n')
    const mine = ['BIÊN BẢN', 'Thời gian: 8 giờ', 'Địa điểm: Hội trường B', 'Kết luận', 'Hết'].join(
      '\n'
    )
    expect(compareLines('Nội dung', mine, theirs)).toEqual([
      {
        label: 'Nội dung, dòng 3',
        mine: 'Địa điểm: Hội trường B',
        theirs: 'Địa điểm: Hội trường A'
      }
    ])
  })

  it('does not count the lines below one added near the top as changed', () => {
    const theirs = ['Một', 'Hai', 'Ba', 'Bốn'].join('\n')
    const mine = ['Một', 'Thêm 1', 'Thêm 2', 'Hai', 'Ba', 'Bốn'].join('\n')
    expect(compareLines('Nội dung', mine, theirs)).toEqual([
      { label: 'Nội dung, dòng 2–3', mine: 'Thêm 1\nThêm 2', theirs: '(không có)' }
    ])
    expect(compareLines('Nội dung', theirs, mine)).toEqual([
      { label: 'Nội dung, dòng 2 (chèn vào)', mine: '(không có)', theirs: 'Thêm 1\nThêm 2' }
    ])
    expect(compareLines('Nội dung', mine, mine)).toEqual([])
  })
})
