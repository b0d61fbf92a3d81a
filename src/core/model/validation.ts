import type { z } from 'zod'

/** One problem with one field, in Vietnamese, ready to show next to the field. */
export interface FieldIssue {
  /** Dotted path of the field (`name`, `rules.scoreScale`); empty for the whole record. */
  field: string
  message: string
}

/**
 * Thrown by repositories when input is refused. Nothing has been written when it is thrown.
 */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => issue.message).join(' '))
    this.name = 'ValidationError'
  }
}

/** Parses with a schema or throws a `ValidationError` whose messages name the fields. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message
    }))
  )
}

/**
 * Validates one row of a list against a schema, adding its problems to `issues` with the field
 * path `prefix.index.field` and, when given, a label before the message (`Tiêu chí 2: …`).
 * Returns the parsed row, or null when it was refused — so a whole list is checked at once and
 * every problem is shown together.
 */
export function collectRowIssues<S extends z.ZodType>(
  schema: S,
  row: unknown,
  path: Array<string | number>,
  issues: FieldIssue[],
  label = ''
): z.infer<S> | null {
  const result = schema.safeParse(row)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    issues.push({
      field: [...path, ...issue.path.map(String)].filter((p) => p !== '').join('.'),
      message: label ? `${label}: ${issue.message}` : issue.message
    })
  }
  return null
}

/** The issues to show for a failed save: its own when refused, otherwise one plain message. */
export function issuesFrom(error: unknown): FieldIssue[] {
  if (error instanceof ValidationError) return error.issues
  return [{ field: '', message: 'Không lưu được: ' + String((error as Error)?.message ?? error) }]
}
