import { fetch as crossFetch } from 'cross-fetch'
import { ApiError } from '../errors/api-error.js'
import { NetworkError } from '../errors/network-error.js'
import { TimeoutError } from '../errors/timeout-error.js'
import type { ClientOptions, FetchLike, ResponseLike } from './client-options.js'
import { requestHeaders } from '../compile/request-headers.js'
import type { Envelope } from '../compile/decode-envelope.js'
import { decode } from './decode.js'
import { runHooks, type RequestState } from './hooks.js'
import { createRateLimiter } from './rate-limiter.js'
import { createRedactor, redactCause, redactHeaders } from './redact.js'
import { parseRetryAfter, resolveRetry, retryDelay, shouldRetry } from './retry.js'
import { sleep } from './sleep.js'
import { withTimeout } from './timeout.js'

/**
 * One request for {@link Send}.
 *
 * @internal
 */
export interface SendRequest {
  /** The HTTP method. */
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** The path after the base URL, e.g. `/v1/contacts/search` (query string included, if any). */
  readonly path: string
  /** The JSON body as a value; sent as `JSON.stringify(body)`. */
  readonly body?: unknown
  /** The caller's signal. */
  readonly signal?: AbortSignal | undefined
  /**
   * Whether repeating the request is harmless. When `false`, only 429 answers (refused before
   * running) are retried. Searches, aggregates and read batches are idempotent.
   *
   * @defaultValue `true`
   */
  readonly idempotent?: boolean | undefined
}

/**
 * Sends one request through the client's rate limiter, timeout, retries and hooks, and decodes
 * the answer: resolves with the success envelope, rejects with a typed error (or the signal's
 * reason). The building block of `execute` and of paging, batch and aggregate calls.
 *
 * @internal
 */
export interface Send {
  (request: SendRequest): Promise<Envelope>
  /** Masks the client's key and token in text from the service (for results read later, as in a batch). */
  readonly redact: (text: string) => string
}

/**
 * Creates the `send` function of one client. The credentials live only in this closure.
 *
 * @internal
 */
export function createSend(options: ClientOptions): Send {
  const { apiKey, sessionToken, hooks = {}, timeoutMs = 30_000 } = options
  const fetch: FetchLike = options.fetch ?? crossFetch
  const baseUrl = (options.baseUrl ?? 'https://vibecode.bitrix24.tech').replace(/\/+$/, '')
  const policy = resolveRetry(options.retry)
  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit)
  const headers = requestHeaders(apiKey, sessionToken)
  const shownHeaders = redactHeaders(headers)
  const redact = createRedactor([apiKey, sessionToken])

  const send = async (request: SendRequest): Promise<Envelope> => {
    const { method, path, body, signal } = request
    const where = { method, path }
    const url = baseUrl + path
    const json = body === undefined ? undefined : JSON.stringify(body)
    let state: RequestState = { method, path, url, body, headers: shownHeaders, attempt: 0 }
    // The Retry-After of the last answer, in milliseconds.
    let retryAfterMs: number | undefined

    const attemptOnce = async (attemptSignal: AbortSignal): Promise<Envelope> => {
      const init = { method, headers, signal: attemptSignal }
      const started = Date.now()
      let response: ResponseLike
      let text: string
      try {
        response = await fetch(url, json === undefined ? init : { ...init, body: json })
        text = await response.text()
      } catch (cause) {
        const reason = (cause as Error | undefined)?.message ?? cause
        throw new NetworkError(redact(`${method} ${path} failed: ${reason}`), where, { cause: redactCause(cause, redact) })
      }
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'))
      const durationMs = Date.now() - started
      await runHooks(hooks.afterResponse, { ...state, status: response.status, response, durationMs })
      return decode(response.status, text, where, retryAfterMs, redact)
    }
    const onTimeout = (): Error => new TimeoutError({ ...where, timeoutMs: timeoutMs || 0 })

    try {
      for (let attempt = 1; ; attempt++) {
        await limiter?.(signal)
        state = { ...state, attempt }
        await runHooks(hooks.beforeRequest, state)
        retryAfterMs = undefined
        try {
          return await withTimeout(attemptOnce, timeoutMs, signal, onTimeout)
        } catch (error) {
          if (signal?.aborted || !shouldRetry(policy, error, attempt, request.idempotent)) throw error
          const fromBody = error instanceof ApiError && error.retryAfter !== undefined ? error.retryAfter * 1000 : undefined
          const delayMs = retryDelay(policy, attempt, retryAfterMs ?? fromBody)
          await runHooks(hooks.beforeRetry, { ...state, error: error as Error, delayMs })
          await sleep(delayMs, signal)
        }
      }
    } catch (error) {
      await runHooks(hooks.onError, { ...state, error })
      throw error
    }
  }
  return Object.assign(send, { redact })
}
