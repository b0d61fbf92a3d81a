import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { formatDateVi, parseDateVi } from '@core/text/dates'

interface DateFieldProps {
  label: string
  /** The stored date `YYYY-MM-DD`, `''` for none, or the raw text of an invalid entry. */
  value: string
  /**
   * Called as the secretary types: with the stored form `YYYY-MM-DD` when the text is a real date
   * (or `''` when emptied), otherwise with the text as typed, which the record's schema refuses
   * on save — so an invalid date is never silently dropped or replaced.
   */
  onChange(value: string): void
  error?: string
  hint?: ReactNode
  required?: boolean
  name: string
  /** The repository's path of this field (`chair.name`), so its messages can take the user here. */
  field?: string
}

const shown = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateVi(value) : value)

/**
 * A date typed as dd/mm/yyyy whatever the PC's locale (a browser date input follows the system
 * locale and shows mm/dd/yyyy on an English Windows). What is wrong is said beside the field as
 * the secretary types ("ngày 31/02/2020 không có thật"), and again by the save if left.
 */
export function DateField({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  name,
  field
}: DateFieldProps) {
  const id = useId()
  const [text, setText] = useState(() => shown(value))
  const focused = useRef(false)
  // A value changed from outside (a reload, a default filled in) shows unless the field is in use.
  useEffect(() => {
    if (!focused.current) setText(shown(value))
  }, [value])
  const parsed = parseDateVi(text)
  const ownError = parsed.ok ? '' : `${label}: ${parsed.message}.`
  const message = ownError || error || ''
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy =
    [hint ? hintId : '', message ? errorId : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field date-field${message ? ' has-error' : ''}`} data-field={field}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        value={text}
        required={required}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false
          const result = parseDateVi(text)
          if (result.ok) setText(shown(result.iso))
        }}
        onChange={(event) => {
          const next = event.target.value
          setText(next)
          const result = parseDateVi(next)
          onChange(result.ok ? result.iso : next.trim())
        }}
      />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={errorId} className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  )
}
