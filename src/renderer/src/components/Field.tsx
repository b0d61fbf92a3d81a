import { useId, type ReactNode } from 'react'

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
}

/**
 * A labelled text input with its hint and error message tied to it for screen readers
 * (`aria-describedby`, `aria-invalid`), so every control has a Vietnamese accessible name.
 */
export function Field({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  multiline,
  placeholder,
  name
}: FieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy =
    [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    name,
    value,
    placeholder,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value)
  }
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
