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
