// Unit tests of the client's pure parts: retry policy, Retry-After parsing, the leaky bucket,
// abortable sleep, per-attempt timeout, decoding and redaction. Fake timers where time matters.
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { decode } from '../../src/executor/decode.js'
import { createRateLimiter } from '../../src/executor/rate-limiter.js'
import { createRedactor, redactHeaders } from '../../src/executor/redact.js'
import { parseRetryAfter, resolveRetry, retryDelay, shouldRetry } from '../../src/executor/retry.js'
import { sleep } from '../../src/executor/sleep.js'
import { withTimeout } from '../../src/executor/timeout.js'
import {
  ApiError,
  isApiError,
  isNetworkError,
  isNoResultError,
  isRateLimitError,
  isResponseError,
  isTimeoutError,
  isVibeCodeError,
  NetworkError,
  NoResultError,
  RateLimitError,
  ResponseError,
  TimeoutError,
  VibeCodeError,
} from '../../src/index.js'
import { API_KEY, caught, collect, expectNoSecrets, findLeaks, SESSION_TOKEN } from './leak-check.js'

afterEach(() => {
  vi.useRealTimers()
})

const where = { status: 503, method: 'POST', path: '/v1/contacts/search' }
const apiError = (status: number, retryAfter?: number) =>
  new ApiError({ code: 'X', message: 'x', retryAfter }, { ...where, status })

describe('retry policy', () => {
  const policy = resolveRetry(undefined)

  it('has the documented defaults', () => {
    expect(policy).toEqual({
      limit: 3,
      statusCodes: [429, 502, 503, 504],
      retryOnTimeout: true,
      maxRetryAfterMs: 30_000,
      delayMs: 1000,
      backoffLimitMs: 30_000,
      jitter: true,
    })
    expect(resolveRetry(false).limit).toBe(0)
    expect(resolveRetry({ limit: 7 }).limit).toBe(7)
  })

  it('retries 429, 502, 503, 504, network errors and timeouts, while attempts remain', () => {
    for (const status of [429, 502, 503, 504]) expect(shouldRetry(policy, apiError(status), 1)).toBe(true)
    expect(shouldRetry(policy, new ResponseError('x', { ...where, status: 502 }), 1)).toBe(true)
    expect(shouldRetry(policy, new NetworkError('x', where), 3)).toBe(true)
    expect(shouldRetry(policy, new TimeoutError({ ...where, timeoutMs: 1 }), 1)).toBe(true)
    expect(shouldRetry(policy, apiError(429), 4)).toBe(false)
    expect(shouldRetry(resolveRetry(false), apiError(429), 1)).toBe(false)
  })

  it('never retries other 4xx, 500, 200 or foreign errors', () => {
    for (const status of [400, 401, 403, 404, 409, 500]) expect(shouldRetry(policy, apiError(status), 1)).toBe(false)
    expect(shouldRetry(policy, new ResponseError('x', { ...where, status: 200 }), 1)).toBe(false)
    expect(shouldRetry(policy, new Error('hook'), 1)).toBe(false)
    expect(shouldRetry(policy, new DOMException('aborted', 'AbortError'), 1)).toBe(false)
    expect(shouldRetry(resolveRetry({ retryOnTimeout: false }), new TimeoutError({ ...where, timeoutMs: 1 }), 1)).toBe(false)
  })

  it('retries non-idempotent requests on 429 only', () => {
    expect(shouldRetry(policy, apiError(429), 1, false)).toBe(true)
    expect(shouldRetry(policy, apiError(504), 1, false)).toBe(false)
    expect(shouldRetry(policy, new NetworkError('x', where), 1, false)).toBe(false)
    expect(shouldRetry(policy, new TimeoutError({ ...where, timeoutMs: 1 }), 1, false)).toBe(false)
  })

  it('waits the Retry-After, capped', () => {
    expect(retryDelay(policy, 1, 2000)).toBe(2000)
    expect(retryDelay(policy, 1, 0)).toBe(0)
    expect(retryDelay(policy, 1, 3_600_000)).toBe(30_000)
    expect(retryDelay(resolveRetry({ maxRetryAfterMs: 500 }), 1, 2000)).toBe(500)
  })

  it('backs off exponentially, capped, with jitter between half and all of the delay', () => {
    const exact = resolveRetry({ jitter: false, delayMs: 100, backoffLimitMs: 1000 })
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelay(exact, n, undefined))).toEqual([100, 200, 400, 800, 1000, 1000])
    const jittered = resolveRetry({ delayMs: 100 })
    expect(retryDelay(jittered, 2, undefined, () => 0)).toBe(100)
    expect(retryDelay(jittered, 2, undefined, () => 0.999999)).toBeCloseTo(200)
    for (let i = 0; i < 100; i++) {
      const delay = retryDelay(jittered, 3, undefined)
      expect(delay).toBeGreaterThanOrEqual(200)
      expect(delay).toBeLessThanOrEqual(400)
    }
  })
})

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('2')).toBe(2000)
    expect(parseRetryAfter('0')).toBe(0)
    expect(parseRetryAfter(' 1.5 ')).toBe(1500)
  })

  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0)
  })

  it('ignores what is absent or unreadable', () => {
    expect(parseRetryAfter(null)).toBeUndefined()
    expect(parseRetryAfter('')).toBeUndefined()
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter('-3')).toBeUndefined()
  })
})

describe('rate limiter', () => {
  it('lets a burst through, then one request per 1/perSecond seconds, in order', async () => {
    vi.useFakeTimers()
    const take = createRateLimiter({ burst: 2, perSecond: 1 })
    expect(take()).toBeUndefined()
    expect(take()).toBeUndefined()
    const order: number[] = []
    void take()?.then(() => order.push(3))
    void take()?.then(() => order.push(4))
    await vi.advanceTimersByTimeAsync(999)
    expect(order).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(order).toEqual([3])
    await vi.advanceTimersByTimeAsync(1000)
    expect(order).toEqual([3, 4])
  })

  it('drains over time, so a pause restores the burst', async () => {
    vi.useFakeTimers()
    const take = createRateLimiter({ burst: 1, perSecond: 2 })
    expect(take()).toBeUndefined()
    expect(take()).toBeInstanceOf(Promise)
    await vi.advanceTimersByTimeAsync(5000)
    expect(take()).toBeUndefined()
  })

  it('defaults to burst 50 and 2 per second', async () => {
    vi.useFakeTimers()
    const take = createRateLimiter()
    for (let i = 0; i < 50; i++) expect(take()).toBeUndefined()
    let done = false
    void take()?.then(() => (done = true))
    await vi.advanceTimersByTimeAsync(499)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
  })

  it('rejects a waiting request with the reason on abort, and gives its slot back', async () => {
    vi.useFakeTimers()
    const take = createRateLimiter({ burst: 1, perSecond: 1 })
    take()
    const controller = new AbortController()
    const waiting = take(controller.signal)
    controller.abort(new Error('stop'))
    await expect(waiting).rejects.toThrow('stop')
    let done = false
    void take()?.then(() => (done = true))
    await vi.advanceTimersByTimeAsync(1000)
    expect(done).toBe(true)
  })
})

describe('sleep and withTimeout', () => {
  it('sleep resolves after the delay, or rejects with the reason at once', async () => {
    vi.useFakeTimers()
    let slept = false
    void sleep(100).then(() => (slept = true))
    await vi.advanceTimersByTimeAsync(100)
    expect(slept).toBe(true)
    const controller = new AbortController()
    const waiting = sleep(60_000, controller.signal)
    controller.abort('bye')
    await expect(waiting).rejects.toBe('bye')
    await expect(sleep(1, controller.signal)).rejects.toBe('bye')
  })

  it('withTimeout settles on time even if the work ignores its signal', async () => {
    vi.useFakeTimers()
    let aborted = false
    const never = (signal: AbortSignal) => {
      signal.addEventListener('abort', () => (aborted = true))
      return new Promise<never>(() => {})
    }
    const result = withTimeout(never, 1000, undefined, () => new TimeoutError({ ...where, timeoutMs: 1000 }))
    const assertion = expect(result).rejects.toBeInstanceOf(TimeoutError)
    await vi.advanceTimersByTimeAsync(1000)
    await assertion
    expect(aborted).toBe(true)
  })

  it("withTimeout rejects with the caller's reason, not a timeout", async () => {
    const controller = new AbortController()
    const result = withTimeout(() => new Promise<never>(() => {}), false, controller.signal, () => new Error('timeout'))
    controller.abort('caller')
    await expect(result).rejects.toBe('caller')
  })
})

describe('decode', () => {
  const request = { method: 'POST', path: '/v1/contacts/search' }
  const keep = (text: string) => text

  it('returns data and meta of a success envelope, and nothing for 204', () => {
    expect(decode(200, '{"success":true,"data":[1],"meta":{"total":1}}', request, undefined, keep)).toEqual({
      status: 200,
      data: [1],
      meta: { total: 1 },
    })
    expect(decode(201, '{"success":true,"data":{"id":1}}', request, undefined, keep)).toEqual({ status: 201, data: { id: 1 } })
    expect(decode(204, '', request, undefined, keep)).toEqual({ status: 204, data: undefined })
  })

  it('maps the error envelope, 429 to RateLimitError, with the header retryAfter as a fallback', () => {
    const body = (extra = {}) => JSON.stringify({ success: false, error: { code: 'RATE_LIMITED', message: 'm', ...extra } })
    const a = collect(catchSync(() => decode(429, body(), request, 1500, keep)))
    expect(a).toBeInstanceOf(RateLimitError)
    expect(a).toMatchObject({ retryAfter: 1.5, code: 'RATE_LIMITED' })
    const b = collect(catchSync(() => decode(429, body({ retryAfter: 2 }), request, 1500, keep)))
    expect(b).toMatchObject({ retryAfter: 2 })
    const c = collect(catchSync(() => decode(404, '{"success":false,"error":{"code":"ENTITY_NOT_FOUND"}}', request, undefined, keep)))
    expect(c).toMatchObject({ name: 'ApiError', status: 404, code: 'ENTITY_NOT_FOUND', message: 'ENTITY_NOT_FOUND: ENTITY_NOT_FOUND (HTTP 404, POST /v1/contacts/search)' })
  })

  it('treats success: true on an error status as a malformed answer', () => {
    const error = collect(catchSync(() => decode(500, '{"success":true,"data":[]}', request, undefined, keep)))
    expect(error).toMatchObject({ name: 'ResponseError', status: 500 })
  })
})

describe('redaction', () => {
  it('masks the credential headers only, in a frozen copy', () => {
    const headers = { 'X-Api-Key': API_KEY, Authorization: `Bearer ${SESSION_TOKEN}`, Accept: 'application/json' }
    const shown = redactHeaders(headers)
    expect(shown).toEqual({ 'X-Api-Key': '[REDACTED]', Authorization: '[REDACTED]', Accept: 'application/json' })
    expect(Object.isFrozen(shown)).toBe(true)
    expect(headers['X-Api-Key']).toBe(API_KEY)
  })

  it('masks every occurrence of every secret in a text', () => {
    const redact = createRedactor([API_KEY, undefined, SESSION_TOKEN])
    expect(redact(`${API_KEY} and ${SESSION_TOKEN} and ${API_KEY}`)).toBe('[REDACTED] and [REDACTED] and [REDACTED]')
    expect(createRedactor([])('plain')).toBe('plain')
  })

  it('the leak check finds a secret in a message, a cause, or an own property', () => {
    expect(findLeaks([new Error(`key ${API_KEY}`)])).not.toEqual([])
    expect(findLeaks([new VibeCodeError('outer', { cause: new Error(SESSION_TOKEN) })])).not.toEqual([])
    expect(findLeaks([Object.assign(new Error('x'), { key: API_KEY })])).not.toEqual([])
    expect(findLeaks([new Error('clean')])).toEqual([])
  })
})

describe('error classes', () => {
  it('all extend VibeCodeError, carry literal names, and their guards work across realms', async () => {
    const errors = [
      apiError(403),
      new RateLimitError({ code: 'RATE_LIMITED', message: 'm' }, { ...where, status: 429 }),
      new NetworkError('n', where, { cause: new Error('econnrefused') }),
      new TimeoutError({ ...where, timeoutMs: 5 }),
      new ResponseError('with a body that is not JSON', where),
      new NoResultError({ entity: 'contacts', path: '/v1/contacts/search' }),
    ]
    for (const error of errors) {
      collect(error)
      expect(error).toBeInstanceOf(VibeCodeError)
      expect(isVibeCodeError(error)).toBe(true)
    }
    expect(errors.map((e) => e.name)).toEqual([
      'ApiError',
      'RateLimitError',
      'NetworkError',
      'TimeoutError',
      'ResponseError',
      'NoResultError',
    ])
    const guards = [isApiError, isRateLimitError, isNetworkError, isTimeoutError, isResponseError, isNoResultError]
    expect(guards.map((guard) => errors.filter((e) => guard(e)).length)).toEqual([2, 1, 1, 1, 1, 1])
    // An error from another copy of the package: not `instanceof`, still recognised by name and brand.
    const foreign = Object.assign(Object.create(Error.prototype) as Error, { name: 'TimeoutError' })
    Object.defineProperty(foreign, Symbol.for('vibecode-query.error'), { value: true })
    expect(foreign instanceof TimeoutError).toBe(false)
    expect(isTimeoutError(foreign)).toBe(true)
    // An error from another realm (a vm context, an iframe): not even `instanceof Object` here.
    const otherRealm = runInNewContext(
      "const e = new Error('late'); e.name = 'TimeoutError'; Object.defineProperty(e, Symbol.for('vibecode-query.error'), { value: true }); e",
    ) as unknown
    expect(otherRealm instanceof Object).toBe(false)
    expect(isVibeCodeError(otherRealm)).toBe(true)
    expect(isTimeoutError(otherRealm)).toBe(true)
    expect(isApiError(otherRealm)).toBe(false)
    expect(isApiError(new Error('ApiError'))).toBe(false)
    expect((errors[2] as Error).cause).toBeInstanceOf(Error)
    expect(String(errors[4])).toBe('ResponseError: POST /v1/contacts/search answered HTTP 503 with a body that is not JSON')
    await caught(Promise.reject(errors[0]))
  })
})

function catchSync(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

describe('secrets', () => {
  it('no error of this file shows the key or the token', () => {
    expect(expectNoSecrets()).toBeGreaterThan(5)
  })
})
