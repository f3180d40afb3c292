/**
 * The one error the emulator's request handling throws internally; the router turns it into the
 * service's error envelope (`{ success: false, error: { code, message, hint?, retryAfter? } }`).
 *
 * @module
 */

/**
 * A request-level failure with the HTTP status and the service-style `code` to answer with.
 *
 * @example
 * ```ts
 * throw new EmulatorError(404, 'ENTITY_NOT_FOUND', 'Item not found')
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

  /**
   * Creates the error.
   *
   * @param status - the HTTP status
   * @param code - the `error.code`
   * @param message - the `error.message`
   * @param extra - optional `hint` and `retryAfter` (seconds)
   */
  constructor(status: number, code: string, message: string, extra: { hint?: string; retryAfter?: number } = {}) {
    super(message)
    this.status = status
    this.code = code
    this.hint = extra.hint
    this.retryAfter = extra.retryAfter
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
