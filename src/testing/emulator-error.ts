/**
 * The one error the emulator's request handling throws internally; the router turns it into the
 * service's error envelope (`{ success: false, error: { code, message, hint?, retryAfter? }, data? }`).
 * Build one with the factories of `error-codes.ts`, which hold every code the emulator answers with.
 *
 * @module
 */

/**
 * The optional members of an error answer besides `code` and `message`.
 *
 * @example
 * ```ts
 * const extra: ErrorExtra = { hint: 'Wait and retry', retryAfter: 2 }
 * ```
 * @category Testing
 */
export interface ErrorExtra {
  /** `error.hint`. */
  readonly hint?: string
  /** `error.retryAfter` in seconds, also sent as `Retry-After`. */
  readonly retryAfter?: number
  /** A `data` member beside `error`. */
  readonly data?: unknown
}

/**
 * A request-level failure with the HTTP status and the service-style `code` to answer with.
 *
 * @example
 * ```ts
 * throw fail('ENTITY_NOT_FOUND', 'Item not found') // fail() of error-codes.ts builds every EmulatorError
 * ```
 * @category Testing
 */
export class EmulatorError extends Error {
  override readonly name = 'EmulatorError'
  /** The HTTP status to answer with. */
  readonly status: number
  /** The machine-readable `error.code`. */
  readonly code: string
  /** The optional `error.hint`. */
  readonly hint: string | undefined
  /** The optional `error.retryAfter`, in seconds (also sent as `Retry-After`). */
  readonly retryAfter: number | undefined
  /** The optional `data` member beside `error` (a batch whose every call is invalid lists them there). */
  readonly data: unknown

  /**
   * Creates the error.
   *
   * @param status - the HTTP status
   * @param code - the `error.code`
   * @param message - the `error.message`
   * @param extra - optional `hint`, `retryAfter` (seconds) and `data`
   */
  constructor(status: number, code: string, message: string, extra: ErrorExtra = {}) {
    super(message)
    this.status = status
    this.code = code
    this.hint = extra.hint
    this.retryAfter = extra.retryAfter
    this.data = extra.data
  }
}

/**
 * Tells whether a value is an {@link EmulatorError} (also across module copies, by `name`).
 *
 * @param value - anything
 * @returns `true` for an emulator error
 * @example
 * ```ts
 * if (isEmulatorError(e)) console.log(e.code)
 * ```
 * @category Testing
 */
export function isEmulatorError(value: unknown): value is EmulatorError {
  return value instanceof EmulatorError || (value instanceof Error && value.name === 'EmulatorError' && 'code' in value)
}
