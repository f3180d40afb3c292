import { hasErrorName, VibeCodeError } from './vibecode-error.js'

/**
 * The answer was not what the service sends: a body that is not JSON (an HTML 502 page from a
 * proxy), truncated JSON, JSON of the wrong shape (no `success`, `success: false` without an
 * `error` object, `data` not an array for a search), or a body that could not be read.
 *
 * The message names the HTTP status and the URL path, never a header. When the body failed to
 * parse, the parser's error is the `cause`. Statuses the client retries (502, 503, 504, 429) are
 * retried before this is thrown, for what is safe to repeat, after the answer's `Retry-After` when it
 * has one. The service's own error envelope is an `ApiError`, not this.
 *
 * @example
 * ```ts
 * import { ResponseError } from 'vibecode-query'
 *
 * try {
 *   await client.execute(contacts())
 * } catch (error) {
 *   // ResponseError: POST /v1/contacts/search answered HTTP 502 with a body that is not JSON
 *   if (error instanceof ResponseError) console.error(error.status, error.path)
 * }
 * ```
 * @category Errors
 */
export class ResponseError extends VibeCodeError {
  /** Always `'ResponseError'`; {@link isResponseError} checks it across realms. */
  override readonly name = 'ResponseError'
  /** The HTTP status. */
  declare readonly status: number
  /** The HTTP method of the request. */
  declare readonly method: string
  /** The URL path of the request. */
  declare readonly path: string
  /** Seconds the answer's `Retry-After` header asked to wait (capped), when it had one. */
  declare readonly retryAfter: number | undefined

  /**
   * Creates the error.
   *
   * @param problem - What is wrong with the body, e.g. `with a body that is not JSON`.
   * @param request - The HTTP status, method and path.
   * @param options - `cause`: the parser's error, if any; `retryAfter`: the wait the answer asked for.
   */
  constructor(
    problem: string,
    request: { status: number; method: string; path: string },
    options?: { cause?: unknown; retryAfter?: number | undefined },
  ) {
    super(`${request.method} ${request.path} answered HTTP ${request.status} ${problem}`, options)
    const { status, method, path } = request
    Object.assign(this, { status, method, path, retryAfter: options?.retryAfter })
  }
}

/**
 * Tells whether a value is a {@link ResponseError}, across realms and package copies.
 *
 * @param error - Any caught value.
 * @returns `true` for a `ResponseError`.
 * @example
 * ```ts
 * import { isResponseError } from 'vibecode-query'
 *
 * if (isResponseError(error) && error.status >= 500) console.error('the gateway is down')
 * ```
 * @category Errors
 */
export function isResponseError(error: unknown): error is ResponseError {
  return hasErrorName(error, 'ResponseError')
}
