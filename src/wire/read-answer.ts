// How the service's answers are shaped: `{ success: true, data, meta? }`, or
// `{ success: false, error: { code, message, hint?, retryAfter?, … }, data? }`, or 204 with no body.
// The only place in the client that reads an envelope, and the one rule for Retry-After.
import { ApiError, isApiError } from '../errors/api-error.js'
import { RateLimitError } from '../errors/rate-limit-error.js'
import { ResponseError } from '../errors/response-error.js'
import { retryAfterHeader } from './request-headers.js'
import { isJsonObject } from './json.js'

/**
 * A successful answer as a decoder receives it: the request it answers, and the envelope's `data`
 * and `meta` (both `undefined` for a 204).
 *
 * @example
 * ```ts
 * const answer: Answer = { status: 200, method: 'POST', path: '/v1/contacts/search', data: [], meta: undefined, redact: (text) => text }
 * ```
 * @category Operations
 */
export interface Answer {
  /** The HTTP status. */
  readonly status: number
  /** The request's method. */
  readonly method: string
  /** The request's path. */
  readonly path: string
  /** The envelope's `data`. */
  readonly data: unknown
  /** The envelope's `meta`, when it has one. */
  readonly meta: unknown
  /** Masks the client's secrets in service text that a decoder puts into an error. */
  readonly redact: (text: string) => string
}

/**
 * What reading an answer needs besides the answer: the request it answers, the secrets' mask and
 * the longest wait a `Retry-After` may ask for.
 *
 * @internal
 */
export interface ReadContext {
  readonly method: string
  readonly path: string
  readonly redact: (text: string) => string
  readonly maxRetryAfterMs: number
}

// The two forms HTTP gives Retry-After: delay-seconds (digits), or an HTTP date in any of its three
// forms (IMF-fixdate, RFC 850, asctime). Anything else is unreadable, never guessed as a date.
const delaySeconds = /^\d+$/
const httpDate =
  /^(?:\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT|\w{6,9}, \d\d-\w{3}-\d\d \d\d:\d\d:\d\d GMT|\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4})$/

/**
 * The wait an answer asks for, in milliseconds: the later of the `Retry-After` header
 * (delay-seconds or an HTTP date) and the body's `error.retryAfter` (seconds, a number from 0),
 * capped; `undefined` when neither is readable. The error reports this number and the retry waits
 * exactly this long.
 *
 * @internal
 */
export function retryAfterMs(header: string | null, body: unknown, cap: number, now = Date.now()): number | undefined {
  let ms: number | undefined
  const value = header?.trim() ?? ''
  if (delaySeconds.test(value)) ms = Number(value) * 1000
  else if (httpDate.test(value)) {
    // asctime has no zone: it is GMT too.
    const date = Date.parse(value.endsWith('GMT') ? value : `${value} GMT`)
    if (!Number.isNaN(date)) ms = Math.max(0, date - now)
  }
  if (typeof body === 'number' && Number.isFinite(body) && body >= 0) ms = Math.max(ms ?? 0, body * 1000)
  return ms === undefined ? undefined : Math.min(ms, cap)
}

/**
 * Reads one HTTP answer (its headers only when it is a refusal). A success gives its `data` and
 * `meta`; a refusal gives them too, with the
 * `ApiError` (a `RateLimitError` on 429) that the core throws unless the operation reads refusals.
 * Anything else throws `ResponseError`. Service text in errors passes through `redact`.
 *
 * @internal
 */
export function readAnswer(
  status: number,
  text: string,
  headers: { get(name: string): string | null },
  context: ReadContext,
): Answer & { readonly error?: ApiError } {
  const { method, path, redact } = context
  const where = { status, method, path }
  // Answers are written out, not spread from `where`: a spread measured half as long as parsing a
  // page of ten rows.
  const answer = (data: unknown, meta: unknown): Answer => ({ status, method, path, data, meta, redact })
  if (status === 204) return answer(undefined, undefined)
  // A refusal that is not the service's envelope (a proxy's 503 page) still says how long to wait.
  const headerWait = (): number | undefined => {
    if (status < 300) return undefined
    const ms = retryAfterMs(headers.get(retryAfterHeader), undefined, context.maxRetryAfterMs)
    return ms === undefined ? undefined : ms / 1000
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    // The parser quotes the text it choked on, which may hold a secret the server echoed.
    const cause = new SyntaxError(redact((error as Error).message))
    const problem = text.trim() ? 'with a body that is not JSON' : 'with an empty body'
    throw new ResponseError(problem, where, { cause, retryAfter: headerWait() })
  }
  if (isJsonObject(json)) {
    const { success, data, meta, error } = json
    if (success === true && status >= 200 && status < 300) return answer(data, meta)
    if (success !== true && isJsonObject(error) && typeof error.code === 'string') {
      const text = (value: unknown): string | undefined => (typeof value === 'string' ? redact(value) : undefined)
      const waitMs = retryAfterMs(headers.get(retryAfterHeader), error.retryAfter, context.maxRetryAfterMs)
      const code = redact(error.code)
      const detail = {
        code,
        message: text(error.message) ?? code,
        hint: text(error.hint),
        userMessage: text(error.userMessage),
        warning: text(error.warning),
        retryAfter: waitMs === undefined ? undefined : waitMs / 1000,
      }
      const refusal = status === 429 ? new RateLimitError(detail, where) : new ApiError(detail, where)
      return { ...answer(data, meta), error: refusal }
    }
  }
  throw new ResponseError("with JSON that is not the service's envelope", where, { retryAfter: headerWait() })
}

/**
 * Whether a refusal must never be sent again: the service answers a failing request repeated
 * unchanged with `429 ERROR_LOOP_DETECTED`, and repeating it further only prolongs the block.
 *
 * @internal
 */
export const isLoopRefusal = (error: ApiError): boolean => error.code === 'ERROR_LOOP_DETECTED'

/**
 * Tells whether an error says the record does not exist: an {@link ApiError} with the code
 * `ENTITY_NOT_FOUND` (or `NOT_FOUND`, which some entities answer), status 404.
 *
 * @param error - Any caught value.
 * @returns `true` for a missing record.
 * @example
 * ```ts
 * import { deals, isNotFound } from 'vibecode-query'
 *
 * const deal = await client.execute(deals.get(42)).catch((error: unknown) => {
 *   if (isNotFound(error)) return undefined
 *   throw error
 * })
 * ```
 * @category Errors
 */
export const isNotFound = (error: unknown): error is ApiError =>
  isApiError(error) && (error.code === 'ENTITY_NOT_FOUND' || error.code === 'NOT_FOUND')
