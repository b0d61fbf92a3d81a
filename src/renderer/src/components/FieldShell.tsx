import { useId, type ReactNode } from 'react'

/** What the control inside a `FieldShell` must carry to be named and described. */
export interface ControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

interface Props {
  label: ReactNode
  /** The repository's path of the field, so its messages take the secretary here. */
  field?: string
  error?: string
  hint?: ReactNode
  className?: string
  /** The control (input, select, textarea), given its id and its aria attributes. */
  children(control: ControlProps): ReactNode
}

/**
 * A labelled field around any control, with its hint and, beside it, its error: the control is
 * marked `aria-invalid` (so `focusFirstError` finds it) and described by both, so a screen reader
 * reads the message with the field.
 */
export function FieldShell({ label, field, error, hint, className = '', children }: Props) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy =
    [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
  return (
    <div
      className={`field${className ? ` ${className}` : ''}${error ? ' has-error' : ''}`}
      data-field={field}
    >
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
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
