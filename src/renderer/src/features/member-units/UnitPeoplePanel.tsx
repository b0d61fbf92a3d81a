import type { UnitPersonInput } from '../../db/repositories/member-units-repo'
import { emptyPerson, ROLES } from './member-unit-form'

interface Props {
  people: UnitPersonInput[]
  onChange(people: UnitPersonInput[]): void
  onField(index: number, key: keyof UnitPersonInput, value: string): void
  errorOf(field: string): string
}

/** "Lãnh đạo và cán bộ của đơn vị": one row per person, each field named for screen readers. */
export function UnitPeoplePanel({ people, onChange, onField, errorOf }: Props) {
  return (
    <fieldset className="people" data-field="people">
      <legend>Lãnh đạo và cán bộ của đơn vị</legend>
      {people.map((person, i) => (
        <div
          className="person-row"
          key={person.id ?? `new-${i}`}
          role="group"
          aria-label={`Người ${i + 1}`}
          data-field={`people.${i}`}
        >
          <input
            aria-label={`Người ${i + 1}: họ và tên`}
            placeholder="Họ và tên"
            value={person.fullName}
            onChange={(e) => onField(i, 'fullName', e.target.value)}
            aria-invalid={errorOf(`people.${i}.fullName`) ? true : undefined}
          />
          <input
            aria-label={`Người ${i + 1}: chức vụ`}
            placeholder="Chức vụ"
            value={person.position}
            onChange={(e) => onField(i, 'position', e.target.value)}
          />
          <select
            aria-label={`Người ${i + 1}: vai trò`}
            value={person.role}
            onChange={(e) => onField(i, 'role', e.target.value)}
          >
            {ROLES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <input
            aria-label={`Người ${i + 1}: điện thoại`}
            placeholder="Điện thoại"
            value={person.phone}
            onChange={(e) => onField(i, 'phone', e.target.value)}
            aria-invalid={errorOf(`people.${i}.phone`) ? true : undefined}
          />
          <input
            aria-label={`Người ${i + 1}: thư điện tử`}
            placeholder="Thư điện tử"
            value={person.email}
            onChange={(e) => onField(i, 'email', e.target.value)}
            aria-invalid={errorOf(`people.${i}.email`) ? true : undefined}
          />
          <button
            type="button"
            className="button small"
            aria-label={`Bỏ người ${i + 1}`}
            onClick={() => onChange(people.filter((_, k) => k !== i))}
          >
            Bỏ
          </button>
          {errorOf(`people.${i}`) ? (
            <p className="field-error row-error">{errorOf(`people.${i}`)}</p>
          ) : null}
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...people, emptyPerson()])}
      >
        Thêm người
      </button>
    </fieldset>
  )
}
