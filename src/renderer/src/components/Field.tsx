import type { ReactNode } from 'react'
import { FieldShell } from './FieldShell'

interface FieldProps {
  label: string
  value: string
  onChange(value: string): void
  error?: string
  hint?: ReactNode
  required?: boolean
  multiline?: boolean
  placeholder?: string
  name: string
  /** The repository's path of this field (`chair.name`), so its messages can take the user here. */
  field?: string
}

/**
 * A labelled text input with its hint and error message tied to it for screen readers
 * (`aria-describedby`, `aria-invalid`), so every control has a Vietnamese accessible name.
 */
export function Field(props: FieldProps) {
  const { label, value, onChange, required, multiline, placeholder, name } = props
  return (
    <FieldShell
      label={
        <>
          {label}
          {required ? <span aria-hidden="true"> *</span> : null}
        </>
      }
      field={props.field}
      error={props.error}
      hint={props.hint}
    >
      {(control) => {
        const common = {
          ...control,
          name,
          value,
          placeholder,
          required,
          onChange: (event: { target: { value: string } }) => onChange(event.target.value)
        }
        return multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />
      }}
    </FieldShell>
  )
}
