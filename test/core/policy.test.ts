// Unit tests of the client's pure parts: retry policy, Retry-After parsing, the leaky bucket,
// abortable sleep, per-attempt timeout, decoding and redaction. Fake timers where time matters.
import { spawn } from 'node:child_process'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createRateLimiter } from '../../src/core/rate-limiter.js'
import { createRedactor, redactHeaders } from '../../src/core/redact.js'
import { resolveRetry, retryDelay, shouldRetry } from '../../src/core/retry.js'
import { sleep } from '../../src/core/sleep.js'
import { createTimeout } from '../../src/core/timeout.js'
import { readAnswer, retryAfterMs } from '../../src/wire/read-answer.js'
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
import { API_KEY, caught, collect, expectNoSecrets, findLeaks, SESSION_TOKEN } from '../client/leak-check.js'

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
    expect(shouldRetry(resolveRetry({ retryOnTimeout: false }), new TimeoutError({ ...where, timeoutMs: 1 }), 1)).toBe(
      false,
    )
  })

  it('never repeats a request the service refused as repeated (429 ERROR_LOOP_DETECTED)', () => {
    const loop = new RateLimitError(
      { code: 'ERROR_LOOP_DETECTED', message: 'x', retryAfter: 1 },
      { ...where, status: 429 },
    )
    expect(shouldRetry(policy, loop, 1)).toBe(false)
    expect(
      shouldRetry(policy, new RateLimitError({ code: 'RATE_LIMITED', message: 'x' }, { ...where, status: 429 }), 1),
    ).toBe(true)
  })

  it('retries a non-idempotent request whose connection was refused before sending', () => {
    const refused = new NetworkError('x', where, {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    })
    expect(shouldRetry(policy, refused, 1, false)).toBe(true)
    const reset = new NetworkError('x', where, {
      cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    })
    expect(shouldRetry(policy, reset, 1, false)).toBe(false)
    const undici = new NetworkError('x', where, {
      cause: new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }),
    })
    expect(shouldRetry(policy, undici, 1, false)).toBe(true)
  })

  it('retries non-idempotent requests on 429 only', () => {
    expect(shouldRetry(policy, apiError(429), 1, false)).toBe(true)
    expect(shouldRetry(policy, apiError(504), 1, false)).toBe(false)
    expect(shouldRetry(policy, new NetworkError('x', where), 1, false)).toBe(false)
    expect(shouldRetry(policy, new TimeoutError({ ...where, timeoutMs: 1 }), 1, false)).toBe(false)
  })

  it("waits exactly the error's retryAfter (seconds), which the answer's reader has capped", () => {
    expect(retryDelay(policy, 1, 2)).toBe(2000)
    expect(retryDelay(policy, 1, 0)).toBe(0)
    expect(retryDelay(policy, 1, 7.5)).toBe(7500)
  })

  it('refuses numbers that would silently switch retries off', () => {
    for (const bad of [-1, Number.NaN, Infinity]) {
      expect(() => resolveRetry({ limit: bad })).toThrowError(
        /createClient\(\): retry.limit must be a finite number >= 0/,
      )
      expect(() => resolveRetry({ delayMs: bad })).toThrowError(/retry.delayMs/)
    }
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

describe('retryAfterMs: one rule for the header and the body', () => {
  const cap = 30_000

  it('reads delay-seconds and HTTP dates from the header', () => {
    expect(retryAfterMs('2', undefined, cap)).toBe(2000)
    expect(retryAfterMs('0', undefined, cap)).toBe(0)
    expect(retryAfterMs(' 15 ', undefined, cap)).toBe(15_000)
    // HTTP's delay-seconds are whole; anything else is unreadable, never parsed as a date.
    for (const value of ['1.5', '1.5.3', 'a 1', '-1', '1e3'])
      expect(retryAfterMs(value, undefined, cap), value).toBeUndefined()
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:05 GMT', undefined, cap, now)).toBe(5000)
    expect(retryAfterMs('Wed, 21 Oct 2026 07:27:00 GMT', undefined, cap, now)).toBe(0)
  })

  it('takes the later of header and body, capped', () => {
    expect(retryAfterMs('0', 7, cap)).toBe(7000)
    expect(retryAfterMs('9', 7, cap)).toBe(9000)
    expect(retryAfterMs(null, 3, cap)).toBe(3000)
    expect(retryAfterMs('3600', undefined, cap)).toBe(30_000)
    expect(retryAfterMs(null, 3600, 500)).toBe(500)
  })

  it('ignores what is absent or unreadable', () => {
    for (const header of [null, '', 'soon', '-3']) expect(retryAfterMs(header, undefined, cap)).toBeUndefined()
    for (const body of ['7', -1, Number.NaN, null]) expect(retryAfterMs(null, body, cap)).toBeUndefined()
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

describe('sleep and timeouts', () => {
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

  const timeoutError = () => new TimeoutError({ ...where, timeoutMs: 1000 })
  const never = (signal: AbortSignal | undefined, onAbort?: () => void) => {
    signal?.addEventListener('abort', () => onAbort?.())
    return new Promise<never>(() => {})
  }

  it('a timeout settles on time even if the work ignores its signal, and aborts that signal', async () => {
    vi.useFakeTimers()
    let aborted = false
    const result = createTimeout(1000)((signal) => never(signal, () => (aborted = true)), undefined, timeoutError)
    let settled = false
    void result.catch(() => (settled = true))
    await vi.advanceTimersByTimeAsync(999)
    expect(settled).toBe(false) // never before the timeout
    await vi.advanceTimersByTimeAsync(11) // at most 1% after it
    await expect(result).rejects.toBeInstanceOf(TimeoutError)
    expect(aborted).toBe(true)
  })

  it('gives an attempt that joins a window late its full time too', async () => {
    vi.useFakeTimers()
    const withTimeout = createTimeout(1000)
    const first = withTimeout((signal) => never(signal), undefined, timeoutError)
    void first.catch(() => {})
    await vi.advanceTimersByTimeAsync(9) // the window is 10 ms wide
    let late = false
    const second = withTimeout((signal) => never(signal), undefined, timeoutError)
    void second.catch(() => (late = true))
    await vi.advanceTimersByTimeAsync(999) // t = 1008: the second has had 999 ms
    expect(late).toBe(false)
    await vi.advanceTimersByTimeAsync(2)
    await expect(second).rejects.toBeInstanceOf(TimeoutError)
  })

  it('shares one signal and one timer among attempts of one window', async () => {
    vi.useFakeTimers()
    const withTimeout = createTimeout(30_000)
    const signals: (AbortSignal | undefined)[] = []
    for (let i = 0; i < 3; i++) await withTimeout(async (signal) => void signals.push(signal), undefined, timeoutError)
    expect(signals[0]).toBeInstanceOf(AbortSignal)
    expect(new Set(signals).size).toBe(1)
    expect(vi.getTimerCount()).toBe(1)
    await vi.advanceTimersByTimeAsync(301) // past the 300 ms window: a new one
    await withTimeout(async (signal) => void signals.push(signal), undefined, timeoutError)
    expect(signals[3]).not.toBe(signals[0])
    expect(vi.getTimerCount()).toBe(2)
    // A window's timer that fires with no attempt in flight aborts nothing.
    await vi.advanceTimersByTimeAsync(30_300)
    expect(vi.getTimerCount()).toBe(0)
    expect(signals.map((signal) => signal?.aborted)).toEqual([false, false, false, false])
  })

  it('holds the process open while an attempt is in flight, and not once the client is idle', async () => {
    // A child process: Node exits when nothing holds its event loop, so how soon it exits shows
    // whether the timeout's timer holds the loop.
    const script = (work: string) => `
      import { createTimeout } from ${JSON.stringify(new URL('../../src/core/timeout.ts', import.meta.url).href)}
      const started = Date.now()
      const withTimeout = createTimeout(${work === 'quick' ? 60_000 : 1000})
      await withTimeout(async () => 1, undefined, () => new Error('timed out'))
      ${work === 'quick' ? '' : 'await withTimeout(() => new Promise(() => {}), undefined, () => new Error("timed out")).catch((error) => console.log(error.message))'}
      process.on('exit', () => console.log('exit after', Date.now() - started))`
    const run = (work: 'quick' | 'hanging') =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(work)])
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
        })
        const limit = setTimeout(() => child.kill('SIGKILL'), 20_000)
        child.once('exit', () => {
          clearTimeout(limit)
          resolve(out)
        })
        child.once('error', reject)
      })
    const [quick, hanging] = await Promise.all([run('quick'), run('hanging')])
    // Idle after one quick attempt: the 60 s timer does not keep it alive.
    expect(Number(/exit after (\d+)/.exec(quick)?.[1])).toBeLessThan(10_000)
    // A hanging attempt after a quick one, in the same window, with nothing else in the loop: the
    // timer holds the loop again until the attempt times out.
    expect(hanging).toMatch(/^timed out\nexit after \d+\n$/)
    expect(Number(/exit after (\d+)/.exec(hanging)?.[1])).toBeGreaterThanOrEqual(1000)
  }, 30_000)

  it('sets nothing up, and passes no signal, with neither a timeout nor a caller signal', async () => {
    let given: unknown = 'unset'
    expect(
      await createTimeout(false)(
        async (signal) => ((given = signal), 7),
        undefined,
        () => new Error('timeout'),
      ),
    ).toBe(7)
    expect(given).toBeUndefined()
  })

  it("rejects with the caller's reason, not a timeout", async () => {
    for (const timeoutMs of [false, 60_000] as const) {
      const controller = new AbortController()
      let aborted = false
      const result = createTimeout(timeoutMs)(
        (signal) => never(signal, () => (aborted = true)),
        controller.signal,
        () => new Error('timeout'),
      )
      controller.abort('caller')
      await expect(result).rejects.toBe('caller')
      expect(aborted).toBe(true)
    }
  })

  it('times out an attempt that has a caller signal too', async () => {
    vi.useFakeTimers()
    let aborted = false
    const result = createTimeout(1000)(
      (signal) => never(signal, () => (aborted = true)),
      new AbortController().signal,
      timeoutError,
    )
    const assertion = expect(result).rejects.toBeInstanceOf(TimeoutError)
    await vi.advanceTimersByTimeAsync(1010)
    await assertion
    expect(aborted).toBe(true)
  })
})

describe('readAnswer', () => {
  const none = new Headers()
  const header = (retryAfter: string) => new Headers({ 'Retry-After': retryAfter })
  const context = {
    method: 'POST',
    path: '/v1/contacts/search',
    redact: (text: string) => text,
    maxRetryAfterMs: 30_000,
  }

  it('returns data and meta of a success envelope, and nothing for 204', () => {
    expect(readAnswer(200, '{"success":true,"data":[1],"meta":{"total":1}}', none, context)).toMatchObject({
      status: 200,
      data: [1],
      meta: { total: 1 },
    })
    expect(readAnswer(201, '{"success":true,"data":{"id":1}}', none, context)).toMatchObject({
      status: 201,
      data: { id: 1 },
    })
    expect(readAnswer(204, '', none, context)).toMatchObject({ status: 204, data: undefined })
  })

  it('reads a refusal into an ApiError (RateLimitError on 429) that reports the wait it will take', () => {
    const body = (extra = {}) =>
      JSON.stringify({ success: false, error: { code: 'RATE_LIMITED', message: 'm', ...extra } })
    const a = readAnswer(429, body(), header('2'), context).error
    expect(a).toBeInstanceOf(RateLimitError)
    expect(a).toMatchObject({ retryAfter: 2, code: 'RATE_LIMITED' })
    // Body 7 s, header 0 s: the later wins, and the error says what the retry will wait.
    expect(readAnswer(429, body({ retryAfter: 7 }), header('0'), context).error).toMatchObject({ retryAfter: 7 })
    expect(
      readAnswer(429, body({ retryAfter: 7 }), header('0'), { ...context, maxRetryAfterMs: 2000 }).error,
    ).toMatchObject({ retryAfter: 2 })
    const c = readAnswer(404, '{"success":false,"error":{"code":"ENTITY_NOT_FOUND"}}', none, context).error
    expect(c).toMatchObject({
      name: 'ApiError',
      status: 404,
      code: 'ENTITY_NOT_FOUND',
      message: 'ENTITY_NOT_FOUND: ENTITY_NOT_FOUND (HTTP 404, POST /v1/contacts/search)',
    })
    expect(c?.retryAfter).toBeUndefined()
  })

  it('masks a secret the service echoes in a code, even where the code stands in for the message', () => {
    const masking = { ...context, redact: (text: string) => text.split('vibe_api_SECRET').join('[REDACTED]') }
    const error = readAnswer(400, '{"success":false,"error":{"code":"BAD vibe_api_SECRET"}}', none, masking).error
    expect(error?.message).not.toContain('vibe_api_SECRET')
    expect(error).toMatchObject({ code: 'BAD [REDACTED]' })
  })

  it("reads a proxy's Retry-After on a refusal that is not the service's envelope", () => {
    const error = collect(catchSync(() => readAnswer(503, '<html>busy</html>', header('2'), context)))
    expect(error).toMatchObject({ name: 'ResponseError', status: 503, retryAfter: 2 })
    expect(Object.keys(error as object).sort()).toEqual(['method', 'name', 'path', 'retryAfter', 'status'])
    expect(collect(catchSync(() => readAnswer(200, '<html>', header('2'), context)))).toMatchObject({
      retryAfter: undefined,
    })
  })

  it('keeps the data of a refusal (a batch lists its calls there)', () => {
    const text = JSON.stringify({
      success: false,
      error: { code: 'INVALID_REQUEST', message: 'm' },
      data: { errors: { x: { code: 'MISSING_ENTITY_ID' } } },
    })
    expect(readAnswer(400, text, none, context)).toMatchObject({
      data: { errors: { x: { code: 'MISSING_ENTITY_ID' } } },
      error: { code: 'INVALID_REQUEST' },
    })
  })

  it('treats success: true on an error status, non-JSON and an empty body as malformed answers', () => {
    const error = collect(catchSync(() => readAnswer(500, '{"success":true,"data":[]}', none, context)))
    expect(error).toMatchObject({ name: 'ResponseError', status: 500 })
    expect(collect(catchSync(() => readAnswer(200, '<html>', none, context)))).toMatchObject({
      name: 'ResponseError',
      message: /not JSON/,
    })
    expect(collect(catchSync(() => readAnswer(200, ' ', none, context)))).toMatchObject({
      name: 'ResponseError',
      message: /empty body/,
    })
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
      new NoResultError({ entity: 'contacts', method: 'POST', path: '/v1/contacts/search' }),
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
    expect(String(errors[4])).toBe(
      'ResponseError: POST /v1/contacts/search answered HTTP 503 with a body that is not JSON',
    )
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
