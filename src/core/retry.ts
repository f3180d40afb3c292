import { ApiError } from '../errors/api-error.js'
import { VibeCodeError } from '../errors/vibecode-error.js'
import { NetworkError } from '../errors/network-error.js'
import { ResponseError } from '../errors/response-error.js'
import { TimeoutError } from '../errors/timeout-error.js'
import { isLoopRefusal } from '../wire/read-answer.js'

/**
 * When and how the client retries a failed attempt.
 *
 * A failure is retried when it is a network error, a timeout (see `retryOnTimeout`), or an answer
 * whose status is in `statusCodes`, and fewer than `limit` retries were made. Other 4xx answers
 * are never retried. The wait is the `Retry-After` header or the body's `error.retryAfter`
 * (capped at `maxRetryAfterMs`), else an exponential backoff: `delayMs`, doubled per retry,
 * capped at `backoffLimitMs`, with jitter. Requests marked non-idempotent are retried on 429 only.
 *
 * @example
 * ```ts
 * createClient({ apiKey, retry: { limit: 5, backoffLimitMs: 10_000 } })
 * createClient({ apiKey, retry: false }) // one attempt per call
 * ```
 * @category Client
 */
export interface RetryOptions {
  /**
   * The most retries per call (attempts = `limit + 1`).
   *
   * @defaultValue `3`
   */
  readonly limit?: number | undefined
  /**
   * The HTTP statuses that are retried.
   *
   * @defaultValue `[429, 502, 503, 504]`
   */
  readonly statusCodes?: readonly number[] | undefined
  /**
   * Whether an attempt that ran out of `timeoutMs` is retried. Searches are reads, so it is safe.
   *
   * @defaultValue `true`
   */
  readonly retryOnTimeout?: boolean | undefined
  /**
   * The longest wait a `Retry-After` (header or body) may impose, in milliseconds; longer values
   * are cut to it.
   *
   * @defaultValue `30_000`
   */
  readonly maxRetryAfterMs?: number | undefined
  /**
   * The first backoff delay, in milliseconds, when the answer names no `Retry-After`.
   *
   * @defaultValue `1000`
   */
  readonly delayMs?: number | undefined
  /**
   * The longest backoff delay, in milliseconds.
   *
   * @defaultValue `30_000`
   */
  readonly backoffLimitMs?: number | undefined
  /**
   * Whether backoff delays are randomised (between half and all of the computed delay), so that
   * many clients do not retry in step.
   *
   * @defaultValue `true`
   */
  readonly jitter?: boolean | undefined
}

/** The resolved policy. @internal */
export type RetryPolicy = { readonly [K in keyof RetryOptions]-?: Exclude<RetryOptions[K], undefined> }

/**
 * Fills in the defaults; `false` gives a policy with no retries.
 *
 * @internal
 */
export function resolveRetry(options: RetryOptions | false | undefined): RetryPolicy {
  const o = options || {}
  // Numbers that would silently switch retries or backoff off: negative, NaN, Infinity.
  for (const name of ['limit', 'delayMs', 'backoffLimitMs', 'maxRetryAfterMs'] as const) {
    const value = o[name]
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      throw new VibeCodeError(`createClient(): retry.${name} must be a finite number >= 0`)
    }
  }
  const codes = o.statusCodes
  if (codes !== undefined && !(Array.isArray(codes) && codes.every((code) => Number.isInteger(code)))) {
    throw new VibeCodeError('createClient(): retry.statusCodes must be an array of HTTP statuses')
  }
  return {
    limit: options === false ? 0 : (o.limit ?? 3),
    statusCodes: o.statusCodes ?? [429, 502, 503, 504],
    retryOnTimeout: o.retryOnTimeout ?? true,
    maxRetryAfterMs: o.maxRetryAfterMs ?? 30_000,
    delayMs: o.delayMs ?? 1000,
    backoffLimitMs: o.backoffLimitMs ?? 30_000,
    jitter: o.jitter ?? true,
  }
}

/**
 * Tells whether the failure of attempt number `attempt` (from 1) is retried. Only this library's
 * own errors qualify; anything else (a throwing hook, the caller's abort) is final. A request that
 * is not idempotent is retried only when the service refused it before acting on it: a 429 (never
 * `ERROR_LOOP_DETECTED`), or a connection refused before anything was sent.
 *
 * @internal
 */
export function shouldRetry(policy: RetryPolicy, error: unknown, attempt: number, idempotent = true): boolean {
  if (attempt > policy.limit) return false
  if (error instanceof NetworkError) return idempotent || refusedBeforeSending(error)
  if (error instanceof TimeoutError) return idempotent && policy.retryOnTimeout
  if (error instanceof ApiError && isLoopRefusal(error)) return false
  const status = error instanceof ApiError || error instanceof ResponseError ? error.status : 0
  return policy.statusCodes.includes(status) && (idempotent || status === 429)
}

// A connection the server refused: the request never left, so even a create may be sent again.
const refusedBeforeSending = (error: NetworkError): boolean => {
  const cause = error.cause as { code?: unknown; cause?: { code?: unknown } } | undefined
  return cause?.code === 'ECONNREFUSED' || cause?.cause?.code === 'ECONNREFUSED'
}

/**
 * The wait before the retry that follows attempt number `attempt`: the error's `retryAfter`
 * (seconds, already capped by the answer's reader) when the answer named one, else the capped
 * exponential backoff, with jitter if enabled.
 *
 * @internal
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfter: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfter !== undefined) return retryAfter * 1000
  const backoff = Math.min(policy.backoffLimitMs, policy.delayMs * 2 ** (attempt - 1))
  return policy.jitter ? backoff / 2 + (random() * backoff) / 2 : backoff
}
