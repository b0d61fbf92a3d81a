import type { z } from 'zod'
// The app's Vietnamese error map comes with the validation helpers (see zod-vi.ts).
import './zod-vi'

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

/**
 * An error whose message was written for the secretary: Vietnamese, saying what happened and what
 * to do. Only these (and `ValidationError`) are shown as they are; any other error is replaced by
 * `UNEXPECTED_MESSAGE`.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}

/** What the secretary reads when something failed that the app did not foresee. */
export const UNEXPECTED_MESSAGE =
  'Chưa làm được việc này do một lỗi ngoài dự kiến của ứng dụng; dữ liệu đã lưu trước đó không bị ảnh hưởng. Hãy thử lại; nếu vẫn lỗi, hãy tạo một bản sao lưu ở mục Sao lưu và báo cho người hỗ trợ.'

/** Failures of the browser's database that have a cause the secretary can act on. */
const STORAGE_MESSAGES: Record<string, string> = {
  QuotaExceededError:
    'Ổ đĩa đã đầy nên chưa lưu được (dữ liệu đã lưu trước đó vẫn an toàn). Hãy xóa bớt tệp không cần thiết trên máy rồi thử lại.',
  ConstraintError:
    'Đã có một bản ghi trùng (cùng mã hoặc cùng số) nên chưa lưu gì. Hãy tải lại trang để xem dữ liệu mới nhất rồi thử lại.',
  DatabaseClosedError:
    'Cơ sở dữ liệu vừa được đóng (một cửa sổ khác của ứng dụng đã cập nhật hoặc khôi phục dữ liệu). Hãy tải lại trang rồi thử lại.',
  VersionError:
    'Dữ liệu trên máy đã được một phiên bản mới hơn của ứng dụng mở. Hãy dùng phiên bản mới đó.'
}

interface ErrorLike {
  name?: unknown
  message?: unknown
  issues?: unknown
  inner?: unknown
}

/** The error itself and the ones it wraps (Dexie keeps the original in `inner`). */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = []
  let current = error as ErrorLike | null | undefined
  while (current && typeof current === 'object' && out.length < 5) {
    out.push(current)
    current = current.inner as ErrorLike | null | undefined
  }
  return out
}

function isZodError(error: ErrorLike): error is ErrorLike & { issues: z.core.$ZodIssue[] } {
  return error.name === 'ZodError' && Array.isArray(error.issues)
}

/** Writes the details of an unforeseen error where a developer looks (the console). */
function logUnexpected(error: unknown): void {
  const host = globalThis as { console?: { error(...args: unknown[]): void } }
  host.console?.error('Lỗi ngoài dự kiến (chi tiết cho người hỗ trợ):', error)
}

/**
 * The issues to show for anything that failed: a refusal's own issues, a schema's issues (in
 * Vietnamese, by the app's error map), a message written for the secretary, a storage failure in
 * her words — and for anything else one plain Vietnamese sentence, with the details sent to the
 * console. No exception text (`TypeError: Cannot read properties…`) ever reaches a screen.
 */
export function issuesFrom(error: unknown): FieldIssue[] {
  const known = knownIssues(error)
  if (known) return known
  logUnexpected(error)
  return [{ field: '', message: UNEXPECTED_MESSAGE }]
}

/** The issues of an error the app foresaw (see `issuesFrom`), or null for any other. */
function knownIssues(error: unknown): FieldIssue[] | null {
  for (const link of chain(error)) {
    if (link instanceof ValidationError) return link.issues
    if (isZodError(link))
      return link.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }))
    if (link instanceof UserError) return [{ field: '', message: link.message }]
    const known = typeof link.name === 'string' ? STORAGE_MESSAGES[link.name] : undefined
    if (known) return [{ field: '', message: known }]
  }
  return null
}

/**
 * The sentence an error already carries for the secretary (a refusal, a storage failure in her
 * words), or null when it is an unforeseen one — for code that has its own wording for those.
 */
export function foreseenMessage(error: unknown): string | null {
  const known = knownIssues(error)
  return known ? known.map((issue) => issue.message).join(' ') : null
}

/** The same as one sentence, for a status line. */
export function messageFrom(error: unknown): string {
  return issuesFrom(error)
    .map((issue) => issue.message)
    .join(' ')
}
