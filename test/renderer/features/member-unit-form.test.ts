import { describe, expect, it } from 'vitest'
import { buildSampleDataset } from '@core/sample/sample-dataset'
import {
  emptyPerson,
  isDirty,
  toForm,
  toSaveInput,
  withPerson
} from '../../../src/renderer/src/features/member-units/member-unit-form'

const unit = buildSampleDataset('2026-01-01T00:00:00.000Z').memberUnits[0]!
const person = {
  id: 'p1',
  unitId: unit.id,
  fullName: 'Nguyễn Văn A',
  position: 'Chủ tịch',
  role: 'chair' as const,
  phone: '',
  email: '',
  activeFrom: '',
  activeTo: '',
  createdAt: '',
  updatedAt: ''
}

describe('the member unit form', () => {
  it('shows a stored unit and its people as text, and a new unit as blanks', () => {
    const form = toForm(unit, [person])
    expect(form.name).toBe(unit.name)
    expect(form.headerLines).toBe(unit.headerLines.join('\n'))
    expect(form.displayOrder).toBe(String(unit.displayOrder))
    expect(form.people).toEqual([
      {
        id: 'p1',
        fullName: 'Nguyễn Văn A',
        position: 'Chủ tịch',
        role: 'chair',
        phone: '',
        email: '',
        activeFrom: '',
        activeTo: ''
      }
    ])
    expect(toForm(null, [])).toMatchObject({ name: '', displayOrder: '', people: [] })
  })

  it('becomes the repository input: header lines split, a blank order means last', () => {
    const form = { ...toForm(null, []), name: 'Phường A', headerLines: 'ỦY BAN MTTQ\nPHƯỜNG A' }
    expect(toSaveInput(form).unit).toMatchObject({
      name: 'Phường A',
      headerLines: ['ỦY BAN MTTQ', 'PHƯỜNG A'],
      displayOrder: undefined
    })
    expect(toSaveInput({ ...form, displayOrder: '3' }).unit.displayOrder).toBe(3)
    // Not a number: passed on so the repository refuses it with its message.
    expect(toSaveInput({ ...form, displayOrder: 'ba' }).unit.displayOrder).toBeNaN()
    // What `Number` would have read as 16 and 10.
    expect(toSaveInput({ ...form, displayOrder: '0x10' }).unit.displayOrder).toBeNaN()
    expect(toSaveInput({ ...form, displayOrder: '1e1' }).unit.displayOrder).toBeNaN()
  })

  it('changes one field of one person only', () => {
    const form = { ...toForm(unit, [person]), people: [person, emptyPerson()] }
    const next = withPerson(form, 1, 'fullName', 'Trần Thị B')
    expect(next.people.map((p) => p.fullName)).toEqual(['Nguyễn Văn A', 'Trần Thị B'])
    expect(form.people[1]!.fullName).toBe('')
  })

  it('is dirty after an edit or a new person, and not when back to what was saved', () => {
    const saved = toForm(unit, [person])
    expect(isDirty(toForm(unit, [person]), saved)).toBe(false)
    expect(isDirty({ ...saved, phone: '024' }, saved)).toBe(true)
    expect(isDirty({ ...saved, people: [...saved.people, emptyPerson()] }, saved)).toBe(true)
    expect(isDirty(withPerson(saved, 0, 'email', 'a@b.vn'), saved)).toBe(true)
  })
})
