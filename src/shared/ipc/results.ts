/**
 * Outcome of an IPC call or any operation that can fail for a reason the user must see.
 *
 * Thrown errors lose their type when crossing IPC, so main returns this instead of throwing, and
 * `message` is already a Vietnamese sentence the renderer can show as it is.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Why something failed: a stable code for code paths, a Vietnamese message for people. */
export interface AppError {
  code: AppErrorCode
  message: string
}

export type AppErrorCode =
  | 'canceled'
  | 'forbidden'
  | 'invalid-input'
  | 'too-large'
  | 'not-found'
  | 'io'
  | 'unsupported'
  | 'internal'

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** Builds a failed result with a Vietnamese message. */
export function fail<T = never>(code: AppErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } }
}
