/** A unit the secretary may choose: its id and the name it shows. */
export interface UnitChoice {
  id: string
  name: string
}

/**
 * One member unit chosen from a list, with an empty first choice that says what leaving it empty
 * means ("ngoài Cụm", "chọn đơn vị"). Units already used elsewhere on the form can be listed but
 * not chosen again (`taken`), except the one this list already holds.
 */
export function UnitSelect({
  id,
  label,
  units,
  value,
  onChange,
  emptyLabel,
  taken
}: {
  /** Ties the list to a visible `<label htmlFor>`; without it, `label` names the list. */
  id?: string
  label?: string
  units: readonly UnitChoice[]
  value: string
  onChange: (unitId: string) => void
  emptyLabel: string
  taken?: ReadonlySet<string>
}) {
  return (
    <select
      id={id}
      aria-label={id ? undefined : label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{emptyLabel}</option>
      {units.map((u) => (
        <option key={u.id} value={u.id} disabled={u.id !== value && taken?.has(u.id)}>
          {u.name}
        </option>
      ))}
    </select>
  )
}
