import { hasErrorName, VibeCodeError } from './vibecode-error.js'

/**
 * An attempt got no complete answer within the client's `timeoutMs`, and the retries allowed
 * for timeouts ran out. It is not thrown when the caller's own `AbortSignal` fires (that rejects
 * with the signal's reason).
 *
 * @example
 * ```ts
 * import { TimeoutError } from 'vibecode-query'
 *
 * try {
 *   await client.execute(contacts())
 * } catch (error) {
 *   // TimeoutError: POST /v1/contacts/search timed out after 30000 ms
 *   if (error instanceof TimeoutError) console.error(error.timeoutMs)
 * }
 * ```
 * @category Errors
 */
export class TimeoutError extends VibeCodeError {
  /** Always `'TimeoutError'`; {@link isTimeoutError} checks it across realms. */
  override readonly name = 'TimeoutError'
  /** The HTTP method of the request. */
  declare readonly method: string
  /** The URL path of the request. */
  declare readonly path: string
  /** The per-attempt timeout that ran out, in milliseconds. */
  declare readonly timeoutMs: number

  /**
   * Creates the error.
   *
   * @param request - The method, the path and the timeout.
   */
  constructor(request: { method: string; path: string; timeoutMs: number }) {
    super(`${request.method} ${request.path} timed out after ${request.timeoutMs} ms`)
    Object.assign(this, request)
  }
}

/**
 * Tells whether a value is a {@link TimeoutError}, across realms and package copies.
 *
 * @param error - Any caught value.
 * @returns `true` for a `TimeoutError`.
 * @example
 * ```ts
 * import { isTimeoutError } from 'vibecode-query'
 *
 * if (isTimeoutError(error)) console.error(`no answer within ${error.timeoutMs} ms`)
 * ```
 * @category Errors
 */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return hasErrorName(error, 'TimeoutError')
}
