import type { FieldIssue } from '@core/model/validation'
import { Field } from '../../components/Field'

/**
 * The text fields of a form whose state is an object of strings: `text('electors', 'Số …')` is the
 * labelled input bound to `form.electors`, with the refused save's message for that field beside it.
 */
export function textFields<F extends object>(
  form: F,
  set: (patch: Partial<F>) => void,
  issues: FieldIssue[],
  prefix: string
) {
  return function text(key: keyof F & string, label: string, placeholder?: string) {
    return (
      <Field
        name={`${prefix}-${key}`}
        field={key}
        label={label}
        value={String(form[key] ?? '')}
        placeholder={placeholder}
        error={issues.find((i) => i.field === key)?.message}
        onChange={(value) => set({ [key]: value } as Partial<F>)}
      />
    )
  }
}

/** Warnings that do not stop the save (a candidate on the board, a unit flagged vướng mắc). */
export function WarningNote({ warnings }: { warnings: FieldIssue[] }) {
  if (warnings.length === 0) return null
  return (
    <div className="alert warning" role="note">
      <ul>
        {warnings.map((w) => (
          <li key={w.message}>{w.message}</li>
        ))}
      </ul>
    </div>
  )
}
