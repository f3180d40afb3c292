import { ApiError } from './api-error.js'
import { hasErrorName } from './vibecode-error.js'

/**
 * The service answered 429 (`RATE_LIMITED`) and the retries allowed by the client's `retry`
 * option ran out (or retries are off). `retryAfter` holds the seconds the service asked to wait,
 * `hint` its advice.
 *
 * It is an {@link ApiError}, so `instanceof ApiError` and `isApiError` also catch it.
 *
 * @example
 * ```ts
 * import { RateLimitError } from 'vibecode-query'
 *
 * try {
 *   await client.execute(contacts())
 * } catch (error) {
 *   if (error instanceof RateLimitError) console.error(`retry in ${error.retryAfter ?? 2} s`)
 * }
 * ```
 * @category Errors
 */
export class RateLimitError extends ApiError {
  /** Always `'RateLimitError'`; {@link isRateLimitError} checks it across realms. */
  override readonly name = 'RateLimitError'
}

/**
 * Tells whether a value is a {@link RateLimitError}, across realms and package copies.
 *
 * @param error - Any caught value.
 * @returns `true` for a `RateLimitError`.
 * @example
 * ```ts
 * import { isRateLimitError } from 'vibecode-query'
 *
 * if (isRateLimitError(error)) console.warn(`rate limited; the service asks to wait ${error.retryAfter ?? '?'} s`)
 * ```
 * @category Errors
 */
export function isRateLimitError(error: unknown): error is RateLimitError {
  return hasErrorName(error, 'RateLimitError')
}
