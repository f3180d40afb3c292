import { hasErrorName, VibeCodeError } from './vibecode-error.js'

/**
 * The request did not get an answer: the connection was refused or reset, DNS failed, or the
 * transport threw. The transport's own error is the `cause`.
 *
 * Thrown once the client's retries are spent (network errors are retried). It is not thrown for
 * timeouts (`TimeoutError`) nor for the caller's abort (which rejects with the signal's reason).
 *
 * @example
 * ```ts
 * import { NetworkError } from 'vibecode-query'
 *
 * try {
 *   await client.execute(contacts())
 * } catch (error) {
 *   // NetworkError: POST /v1/contacts/search failed: connect ECONNREFUSED 127.0.0.1:8080
 *   if (error instanceof NetworkError) console.error(error.message, error.cause)
 * }
 * ```
 * @category Errors
 */
export class NetworkError extends VibeCodeError {
  /** Always `'NetworkError'`; {@link isNetworkError} checks it across realms. */
  override readonly name = 'NetworkError'
  /** The HTTP method of the request. */
  declare readonly method: string
  /** The URL path of the request. */
  declare readonly path: string

  /**
   * Creates the error.
   *
   * @param message - The method, the path and what failed.
   * @param request - The method and path.
   * @param options - `cause`: the transport's error.
   */
  constructor(message: string, request: { method: string; path: string }, options?: { cause?: unknown }) {
    super(message, options)
    Object.assign(this, request)
  }
}

/**
 * Tells whether a value is a {@link NetworkError}, across realms and package copies.
 *
 * @param error - Any caught value.
 * @returns `true` for a `NetworkError`.
 * @example
 * ```ts
 * import { isNetworkError } from 'vibecode-query'
 *
 * if (isNetworkError(error)) console.error('the service is unreachable', error.cause)
 * ```
 * @category Errors
 */
export function isNetworkError(error: unknown): error is NetworkError {
  return hasErrorName(error, 'NetworkError')
}
