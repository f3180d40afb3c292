import type { ApiErrorCode } from './api-error-code.js'
import { hasErrorName, VibeCodeError } from './vibecode-error.js'

export type { ApiErrorCode } from './api-error-code.js'

/**
 * The `error` object of the service's error envelope, `{ success: false, error: { … } }`.
 *
 * @example
 * ```ts
 * const detail: ApiErrorDetail = { code: 'ENTITY_NOT_FOUND', message: 'Item not found' }
 * ```
 * @category Errors
 */
export interface ApiErrorDetail {
  /** The machine-readable code: branch on this. */
  readonly code: ApiErrorCode
  /** The service's text, in the backend's language (Russian or English). */
  readonly message: string
  /** A hint for the developer (what to try, which limit applies). */
  readonly hint?: string | undefined
  /** A text for end users (billing, infrastructure and tariff errors). */
  readonly userMessage?: string | undefined
  /** Added when one key repeats the same error ("your client probably has a bug"). */
  readonly warning?: string | undefined
  /** Seconds to wait before retrying (on 429 and 504). */
  readonly retryAfter?: number | undefined
}

/**
 * The service answered with its error envelope: an authentication, permission, validation,
 * not-found or rate-limit failure. A 429 is the subclass {@link RateLimitError}.
 *
 * `message` reads `CODE: service message (HTTP status, METHOD /path)`; the service's own fields are
 * kept as they came. It is not thrown for answers that are not the service's envelope (an HTML
 * error page, truncated JSON): those are `ResponseError`.
 *
 * @example
 * ```ts
 * import { ApiError } from 'vibecode-query'
 *
 * try {
 *   await client.execute(contacts())
 * } catch (error) {
 *   // ApiError: SCOPE_DENIED: Scope crm required (HTTP 403, POST /v1/contacts/search)
 *   if (error instanceof ApiError && error.code === 'SCOPE_DENIED') console.error(error.hint)
 * }
 * ```
 * @category Errors
 */
export class ApiError extends VibeCodeError implements ApiErrorDetail {
  /** `'ApiError'`, or `'RateLimitError'` in the subclass; {@link isApiError} checks it. */
  override readonly name: 'ApiError' | 'RateLimitError' = 'ApiError'
  /** The HTTP status. */
  declare readonly status: number
  /** The service's error code, e.g. `'SCOPE_DENIED'`. */
  declare readonly code: ApiErrorCode
  /** A hint for the developer, when given. */
  declare readonly hint: string | undefined
  /** A text for end users, when given. */
  declare readonly userMessage: string | undefined
  /** The repeated-error warning, when given. */
  declare readonly warning: string | undefined
  /** Seconds to wait before retrying, from `error.retryAfter` or the `Retry-After` header. */
  declare readonly retryAfter: number | undefined
  /** The HTTP method of the request. */
  declare readonly method: string
  /** The URL path of the request, e.g. `/v1/contacts/search`. */
  declare readonly path: string

  /**
   * Creates the error.
   *
   * @param detail - The envelope's `error` object.
   * @param request - The HTTP status, method and path.
   */
  constructor(detail: ApiErrorDetail, request: { status: number; method: string; path: string }) {
    const { message, ...fields } = detail
    super(`${detail.code}: ${message} (HTTP ${request.status}, ${request.method} ${request.path})`)
    Object.assign(this, fields, request)
  }
}

/**
 * Tells whether a value is an {@link ApiError} (a `RateLimitError` included), across realms and
 * package copies.
 *
 * @param error - Any caught value.
 * @returns `true` for an `ApiError` or a `RateLimitError`.
 * @example
 * ```ts
 * import { isApiError } from 'vibecode-query'
 *
 * if (isApiError(error) && error.status === 401) console.error('check the API key')
 * ```
 * @category Errors
 */
export function isApiError(error: unknown): error is ApiError {
  return hasErrorName(error, 'ApiError', 'RateLimitError')
}
