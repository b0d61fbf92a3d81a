import type { MemberUnit, UnitPerson } from '@core/model/entities'
import { parseWholeNumber } from '@core/text/numbers'
import type { MemberUnitInput, UnitPersonInput } from '../../db/repositories/member-units-repo'
import { sameValue } from '../../lib/same-value'
import { itemLine, type CompareSpec } from '../../components/concurrency/compare'

/** The roles a unit's person can have, with their Vietnamese names, in the order offered. */
export const ROLES: Array<[UnitPerson['role'], string]> = [
  ['chair', 'Chủ tịch'],
  ['vice-chair', 'Phó Chủ tịch'],
  ['emulation-officer', 'Cán bộ phụ trách thi đua'],
  ['other', 'Khác']
]

/** A member unit and its people as the secretary types them: text everywhere. */
export interface MemberUnitForm {
  name: string
  shortName: string
  /** One header line per line of text. */
  headerLines: string
  placeName: string
  address: string
  phone: string
  email: string
  /** Empty: the unit goes to the end of the list. */
  displayOrder: string
  activeFrom: string
  activeTo: string
  note: string
  people: UnitPersonInput[]
}

export type UnitField = Exclude<keyof MemberUnitForm, 'people'>

/** The form of a stored unit and its people, or of a new unit. */
export function toForm(unit: MemberUnit | null, people: UnitPerson[]): MemberUnitForm {
  return {
    name: unit?.name ?? '',
    shortName: unit?.shortName ?? '',
    headerLines: unit?.headerLines.join('\n') ?? '',
    placeName: unit?.placeName ?? '',
    address: unit?.address ?? '',
    phone: unit?.phone ?? '',
    email: unit?.email ?? '',
    displayOrder: unit ? String(unit.displayOrder) : '',
    activeFrom: unit?.activeFrom ?? '',
    activeTo: unit?.activeTo ?? '',
    note: unit?.note ?? '',
    people: people.map(({ id, fullName, position, role, phone, email, activeFrom, activeTo }) => ({
      id,
      fullName,
      position,
      role,
      phone,
      email,
      activeFrom,
      activeTo
    }))
  }
}

export function emptyPerson(): UnitPersonInput {
  return {
    fullName: '',
    position: '',
    role: 'chair',
    phone: '',
    email: '',
    activeFrom: '',
    activeTo: ''
  }
}

/** One field of one person changed. */
export function withPerson(
  form: MemberUnitForm,
  index: number,
  key: keyof UnitPersonInput,
  value: string
): MemberUnitForm {
  return {
    ...form,
    people: form.people.map((p, i) => (i === index ? { ...p, [key]: value } : p))
  }
}

/**
 * The form as the repository's input; the repository validates it. A blank order means "last";
 * an order that is not a number is passed on as such, so the repository refuses it by name.
 */
export function toSaveInput(form: MemberUnitForm): {
  unit: MemberUnitInput
  people: UnitPersonInput[]
} {
  const { people, ...fields } = form
  return {
    unit: {
      ...fields,
      headerLines: fields.headerLines.split('\n'),
      displayOrder:
        fields.displayOrder.trim() === '' ? undefined : parseWholeNumber(fields.displayOrder)
    },
    people
  }
}

/** The shape of the unit form's drafts; bump when `MemberUnitForm` changes. */
export const UNIT_DRAFT_VERSION = 1

/** Whether the form holds something not saved yet. */
export function isDirty(form: MemberUnitForm, saved: MemberUnitForm): boolean {
  return !sameValue(form, saved)
}

const roleName = (role: string) => ROLES.find(([value]) => value === role)?.[1] ?? role

/** How "So sánh" names the unit form's fields (the labels of the screen). */
export const UNIT_COMPARE: CompareSpec<MemberUnitForm> = {
  name: 'Tên đầy đủ',
  shortName: 'Tên ngắn',
  placeName: 'Địa danh ghi ở dòng ngày tháng',
  headerLines: 'Dòng tiêu đề trên văn bản',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  displayOrder: 'Thứ tự',
  activeFrom: 'Ngày tham gia',
  activeTo: 'Ngày kết thúc tham gia',
  note: 'Ghi chú',
  people: {
    label: 'Người',
    items: (people) =>
      people.map((p, i) => ({
        key: p.id ?? `new-${i}`,
        name: p.fullName || `người ${i + 1}`,
        text: itemLine(p.fullName, p.position, roleName(p.role), p.phone, p.email)
      }))
  }
}
