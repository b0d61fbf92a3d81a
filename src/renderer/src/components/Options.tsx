import type { ClusterYear } from '@core/model/entities'

/** The `<option>`s of a year picker, one per cluster year, labelled by the year. */
export function YearOptions({ years }: { years: Array<Pick<ClusterYear, 'id' | 'year'>> }) {
  return (
    <>
      {years.map((y) => (
        <option key={y.id} value={y.id}>
          {y.year}
        </option>
      ))}
    </>
  )
}

/** The `<option>`s of a member-unit picker, named as the units were that year. */
export function UnitOptions({ ids, nameOf }: { ids: string[]; nameOf(id: string): string }) {
  return (
    <>
      {ids.map((id) => (
        <option key={id} value={id}>
          {nameOf(id)}
        </option>
      ))}
    </>
  )
}

/** Member units as the choices of a `LongSelect`, named as they were that year. */
export function unitChoices(ids: readonly string[], nameOf: (id: string) => string) {
  return ids.map((id) => ({ value: id, label: nameOf(id) }))
}
