// The client core: sends any compiled request through the rate limiter, hooks, a timeout that
// covers the whole answer, retries for what is safe to repeat, and redaction of every secret.
import { fetch as defaultFetch } from '#default-fetch'
import type { ClientOptions, ExecuteOptions } from './client-options.js'
import { NetworkError } from '../errors/network-error.js'
import { isResponseError } from '../errors/response-error.js'
import { TimeoutError } from '../errors/timeout-error.js'
import { VibeCodeError } from '../errors/vibecode-error.js'
import type { CompiledRequest } from '../operations/operation.js'
import { withQuery } from '../wire/paths.js'
import { readAnswer, type ReadContext } from '../wire/read-answer.js'
import { requestHeaders } from '../wire/request-headers.js'
import { runHooks, type RequestState } from './hooks.js'
import { createRateLimiter } from './rate-limiter.js'
import { createRedactor, redactCause, redactHeaders } from './redact.js'
import { resolveRetry, retryDelay, shouldRetry } from './retry.js'
import { sleep } from './sleep.js'
import { createTimeout } from './timeout.js'
import { readText, refuseRedirect, shownResponse } from './response.js'
import type { FetchLike, ResponseLike } from './transport.js'

/**
 * Sends one compiled request and returns its decoded answer.
 *
 * @internal
 */
export type Send = <T>(request: CompiledRequest<T>, options?: ExecuteOptions) => Promise<T>

const maxTimeoutMs = 2_000_000_000
const redirect = 'manual' as const
// The test preset's retries: at once, in effect, whatever the answer asks for.
const testRetry = { delayMs: 1, backoffLimitMs: 10, maxRetryAfterMs: 10, jitter: false }
// 64 MiB: several times the largest page the service sends (5000 rows of a wide entity).
const defaultMaxResponseBytes = 64 * 1024 * 1024

const notRepeated = '; not repeated, since it may have reached the service: the write may or may not have been applied'

// The origin and path prefix requests go to, without trailing slashes. The platform fetch refuses a
// URL with credentials, and its error would quote them: refused here, without quoting the URL.
function checkedBaseUrl(baseUrl: unknown): string {
  let url: URL | undefined
  try {
    url = new URL(baseUrl as string)
  } catch {
    // refused below
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
    throw new VibeCodeError(
      'createClient(): baseUrl must be an http(s) URL without a user name or password, e.g. https://vibecode.bitrix24.tech',
    )
  }
  return (baseUrl as string).replace(/\/+$/, '')
}

/**
 * Makes the send function of a client from its (already checked) options.
 *
 * @internal
 */
export function createSend(options: ClientOptions): Send {
  const {
    apiKey,
    sessionToken,
    hooks = {},
    timeoutMs = 30_000,
    maxResponseBytes = defaultMaxResponseBytes,
  } = options ?? {}
  // Header values: visible ASCII only. Anything else would make the transport throw an error that
  // quotes the header, key included.
  const invalid = (value: unknown) => typeof value !== 'string' || !/^[\x21-\x7e]+$/.test(value)
  if (invalid(apiKey) || (sessionToken !== undefined && invalid(sessionToken))) {
    throw new VibeCodeError('createClient(): apiKey, and sessionToken when given, must be visible ASCII without spaces')
  }
  // A timer takes at most 2^31 - 1 ms; the timeout windows add up to 1% to it.
  if (timeoutMs !== false && !(typeof timeoutMs === 'number' && timeoutMs >= 1 && timeoutMs <= maxTimeoutMs)) {
    throw new VibeCodeError(`createClient(): timeoutMs must be a number from 1 to ${maxTimeoutMs} ms, or false`)
  }
  if (!(typeof maxResponseBytes === 'number' && maxResponseBytes >= 1)) {
    throw new VibeCodeError('createClient(): maxResponseBytes must be a number of bytes from 1 (Infinity for no cap)')
  }
  // Options of the wrong shape would fail deep inside a request later: refused now.
  const object = (value: unknown) =>
    value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))
  for (const [name, value] of [
    ['retry', options.retry],
    ['rateLimit', options.rateLimit],
  ] as const) {
    if (value !== false && !object(value))
      throw new VibeCodeError(`createClient(): ${name} must be an object of options, or false`)
  }
  if (
    !object(hooks) ||
    !Object.values(hooks).every(
      (list) => list === undefined || (Array.isArray(list) && list.every((hook) => typeof hook === 'function')),
    )
  ) {
    throw new VibeCodeError(
      'createClient(): hooks must be an object of arrays of functions, e.g. { beforeRequest: [log] }',
    )
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    throw new VibeCodeError('createClient(): fetch must be a function')
  const fetch: FetchLike = options.fetch ?? defaultFetch
  const baseUrl = checkedBaseUrl(options.baseUrl ?? 'https://vibecode.bitrix24.tech')
  const { origin } = new URL(baseUrl)
  if (options.preset !== undefined && options.preset !== 'test')
    throw new VibeCodeError("createClient(): preset must be 'test' or left out")
  const test = options.preset === 'test'
  const policy = resolveRetry(test && options.retry !== false ? { ...testRetry, ...options.retry } : options.retry)
  const rateLimit = options.rateLimit ?? (test ? false : undefined)
  const limiter = rateLimit === false ? undefined : createRateLimiter(rateLimit)
  const headers = requestHeaders(apiKey, sessionToken)
  const shownHeaders = redactHeaders(headers)
  const redact = createRedactor([apiKey, sessionToken])
  const hooked = Object.values(hooks).some((list) => list?.length)
  const withTimeout = createTimeout(timeoutMs)

  return async <T>(request: CompiledRequest<T>, options?: ExecuteOptions): Promise<T> => {
    const { method, path, body } = request
    const signal = options?.signal
    const idempotent = request.idempotent || options?.idempotent === true
    const url = baseUrl + withQuery(path, request.query)
    const init =
      body === undefined ? { method, headers, redirect } : { method, headers, redirect, body: JSON.stringify(body) }
    const context: ReadContext = { method, path, redact, maxRetryAfterMs: policy.maxRetryAfterMs }
    // What hooks see of each attempt; made only when the client has hooks.
    let state = (hooked ? { method, path, url, body, headers: shownHeaders, attempt: 0 } : undefined) as RequestState

    // One attempt: the request and its whole body, then the answer read and decoded.
    const attempt = async (attemptSignal: AbortSignal | undefined): Promise<T> => {
      const started = Date.now()
      let response: ResponseLike
      let text: string
      try {
        // Object.assign, not a spread: a spread measured about 1 µs, several times as long.
        response = await fetch(url, attemptSignal ? Object.assign({}, init, { signal: attemptSignal }) : init)
        const where = { status: response.status, method, path }
        refuseRedirect(response, url, origin, where)
        text = await readText(response, maxResponseBytes, where)
      } catch (error) {
        if (isResponseError(error)) throw error
        const cause = redactCause(error, redact)
        // The platform fetch says only "fetch failed"; the reason is its cause's (ECONNREFUSED, ENOTFOUND).
        const inner = cause instanceof Error && cause.cause instanceof Error ? ` (${cause.cause.message})` : ''
        const reason = cause instanceof Error ? cause.message + inner : String(cause)
        throw new NetworkError(`${method} ${path} failed: ${reason}`, { method, path }, { cause })
      }
      if (hooks.afterResponse) {
        const shown = shownResponse(response, text, redact)
        await runHooks(hooks.afterResponse, {
          ...state,
          status: response.status,
          response: shown,
          durationMs: Date.now() - started,
        })
      }
      const answer = readAnswer(response.status, text, response.headers, context)
      if (answer.error === undefined) return request.decode(answer)
      const value = request.decodeRefusal?.(answer.error, answer)
      if (value === undefined) throw answer.error
      return value
    }
    const onTimeout = (): Error => new TimeoutError({ method, path, timeoutMs: timeoutMs || 0 })

    try {
      for (let count = 1; ; count++) {
        if (limiter) await limiter(signal)
        if (hooked) state = { ...state, attempt: count }
        if (hooks.beforeRequest) await runHooks(hooks.beforeRequest, state)
        try {
          return await withTimeout(attempt, signal, onTimeout)
        } catch (error) {
          if (signal?.aborted || !shouldRetry(policy, error, count, idempotent)) {
            // A write that may have reached the service is not repeated: say so where it failed.
            if (!idempotent && shouldRetry(policy, error, count, true)) (error as Error).message += notRepeated
            throw error
          }
          const delayMs = retryDelay(policy, count, (error as { retryAfter?: number }).retryAfter)
          if (hooks.beforeRetry) await runHooks(hooks.beforeRetry, { ...state, error: error as Error, delayMs })
          await sleep(delayMs, signal)
        }
      }
    } catch (error) {
      if (hooks.onError) await runHooks(hooks.onError, { ...state, error })
      throw error
    }
  }
}
