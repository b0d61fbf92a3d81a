import type { Cluster, ClusterYear, MemberUnit } from '@core/model/entities'
import { isActiveInYear } from '@core/rules/member-units'
import {
  suggestRotationForYear,
  type RotationInput,
  type RotationPlanRow
} from '@core/rules/rotation'
import type { ClusterYearInput } from '../../db/repositories/cluster-years-repo'
import { EMPTY, type CompareSpec } from '../../components/concurrency/compare'

/** What the rotation reads for the year planner: the real order, the units and the years. */
export function rotationInputOf(
  cluster: Pick<Cluster, 'rotationOrder'>,
  units: MemberUnit[],
  years: ClusterYear[]
): RotationInput {
  return { rotationOrder: cluster.rotationOrder ?? units.map((u) => u.id), units, years }
}

/**
 * The rotation's pair for the year being edited, among the members ticked: the pair after the
 * year before it (recorded, or planned through a gap) — the year typed, not the last recorded one.
 */
export function proposeForYear(
  form: ClusterYearInput,
  year: number,
  input: RotationInput
): {
  proposal: Pick<ClusterYearInput, 'leaderUnitId' | 'deputyUnitId'>
  after: RotationPlanRow | null
} {
  const others = { ...input, years: input.years.filter((y) => y.year !== year) }
  const { leaderUnitId, deputyUnitId, after } = suggestRotationForYear(
    others,
    year,
    form.memberUnitIds
  )
  return { proposal: { leaderUnitId, deputyUnitId }, after }
}

/** The rotation's pair applied to the form; the signers are chosen again for the new units. */
export function applyProposal(form: ClusterYearInput, input: RotationInput, year: number) {
  const { proposal } = proposeForYear(form, year, input)
  return { ...form, ...proposal, leaderSignerId: '', deputySignerId: '' }
}

/**
 * A new year's number typed: its members become the units active during it and its leader and
 * deputy the rotation's pair for it. An existing year, or text that is not a year, changes nothing.
 */
export function changeNewYear(
  form: ClusterYearInput,
  text: string,
  input: RotationInput,
  isNew: boolean
): ClusterYearInput {
  if (!isNew || !/^\d{4}$/.test(text)) return form
  const year = Number(text)
  const members = input.units.filter((u) => isActiveInYear(u, year)).map((u) => u.id)
  return applyProposal({ ...form, memberUnitIds: members }, input, year)
}

/** A member ticked or unticked. */
export function toggleMember(form: ClusterYearInput, unitId: string): ClusterYearInput {
  return {
    ...form,
    memberUnitIds: form.memberUnitIds.includes(unitId)
      ? form.memberUnitIds.filter((u) => u !== unitId)
      : [...form.memberUnitIds, unitId]
  }
}

/** How "So sánh" names the year form's fields: units and signers by their names. */
export function yearCompareSpec(
  unitName: (unitId: string) => string,
  personName: (personId: string) => string
): CompareSpec<ClusterYearInput> {
  const unit = (label: string) => ({ label, text: (id: string) => unitName(id) || EMPTY })
  const person = (label: string) => ({ label, text: (id: string) => personName(id) || EMPTY })
  return {
    year: 'Năm',
    memberUnitIds: {
      label: 'Đơn vị tham gia',
      items: (ids) => ids.map((id) => ({ key: id, name: unitName(id), text: 'tham gia' }))
    },
    leaderUnitId: unit('Cụm trưởng'),
    deputyUnitId: unit('Cụm phó'),
    leaderSignerId: person('Người ký cho cụm trưởng'),
    deputySignerId: person('Người ký cho cụm phó'),
    note: 'Ghi chú'
  }
}
