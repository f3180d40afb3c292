// Integration tests of the client against a real HTTP server on 127.0.0.1. Every error these
// tests produce is collected, and the last test checks that none shows the key or the token.
import { inspect } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ApiError,
  contacts,
  createClient,
  deals,
  isApiError,
  isNetworkError,
  isRateLimitError,
  isResponseError,
  isTimeoutError,
  NetworkError,
  NoResultError,
  QueryError,
  RateLimitError,
  ResponseError,
  TimeoutError,
  VibeCodeError,
  type ClientOptions,
  type Hooks,
} from '../../src/index.js'
import { API_KEY, APP_KEY, caught, collect, expectNoSecrets, SESSION_TOKEN } from './leak-check.js'
import { closedPortUrl, fail, ok, startServer, type Reply, type TestServer } from './test-server.js'

const rows = [
  { id: 1, name: 'Ann', lastName: 'Lee' },
  { id: 2, name: 'Bob', lastName: 'Ray' },
]

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

/** Starts a server answering with `replies` in turn (the last one repeats). */
async function serve(...replies: Reply[]): Promise<TestServer> {
  server = await startServer((_, index) => replies[Math.min(index, replies.length - 1)] ?? ok([]))
  return server
}

/** A client for `target`, fast retries, no rate limiter; every hook payload is collected. */
function clientFor(target: TestServer | string, options: Partial<ClientOptions> = {}) {
  const record = (state: object) => void collect(state)
  const hooks: Hooks = { beforeRequest: [record], afterResponse: [record], beforeRetry: [record], onError: [record] }
  return createClient({
    apiKey: API_KEY,
    baseUrl: typeof target === 'string' ? target : target.url,
    retry: { delayMs: 1, backoffLimitMs: 5 },
    rateLimit: false,
    hooks,
    ...options,
  })
}

describe('requests', () => {
  it('sends POST {baseUrl}/v1/{entity}/search with the personal key, JSON headers and the compiled body', async () => {
    const s = await serve(ok(rows))
    const q = contacts().where('companyId', 15).orderBy('lastName').select('id', 'name', 'lastName').limit(10)
    const result = await clientFor(s).execute(q)
    expect(result).toEqual(rows)
    expect(s.requests).toHaveLength(1)
    const [request] = s.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/v1/contacts/search')
    expect(request?.headers['x-api-key']).toBe(API_KEY)
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.headers.accept).toBe('application/json')
    expect(request?.headers.authorization).toBeUndefined()
    expect(JSON.parse(request?.body ?? '')).toEqual(q.toBody())
    expect(request?.body).toBe(JSON.stringify(q.compile().body))
  })

  it('sends an app key with the session token as a Bearer header', async () => {
    const s = await serve(ok(rows))
    await clientFor(s, { apiKey: APP_KEY, sessionToken: SESSION_TOKEN }).execute(deals())
    expect(s.requests[0]?.url).toBe('/v1/deals/search')
    expect(s.requests[0]?.headers['x-api-key']).toBe(APP_KEY)
    expect(s.requests[0]?.headers.authorization).toBe(`Bearer ${SESSION_TOKEN}`)
  })

  it('accepts a base URL with or without a trailing slash', async () => {
    const s = await serve(ok([]))
    await clientFor(`${s.url}/`).execute(contacts())
    await clientFor(`${s.url}//`).execute(contacts())
    await clientFor(s.url).execute(contacts())
    expect(s.requests.map((r) => r.url)).toEqual(Array(3).fill('/v1/contacts/search'))
  })

  it('sends an empty query as an empty body', async () => {
    const s = await serve(ok([]))
    expect(await clientFor(s).execute(contacts())).toEqual([])
    expect(s.requests[0]?.body).toBe('{}')
  })

  it('rejects with QueryError before sending anything when the query cannot compile', async () => {
    const s = await serve(ok([]))
    const broken = { compile: () => { throw new QueryError('compile(): broken') } } as never
    expect(await caught(clientFor(s).execute(broken))).toBeInstanceOf(QueryError)
    expect(s.requests).toHaveLength(0)
  })

  it('executeTakeFirst sends limit 1 when the query has no limit, and returns the first row or undefined', async () => {
    const s = await serve(ok(rows.slice(0, 1)), ok([]), ok(rows))
    const client = clientFor(s)
    expect(await client.executeTakeFirst(contacts().select('id', 'name'))).toEqual(rows[0])
    expect(await client.executeTakeFirst(contacts().where('id', 99))).toBeUndefined()
    expect(await client.executeTakeFirst(contacts().limit(5))).toEqual(rows[0])
    expect(s.requests.map((r) => JSON.parse(r.body))).toEqual([
      { select: ['id', 'name'], limit: 1 },
      { filter: { id: 99 }, limit: 1 },
      { limit: 5 },
    ])
  })

  it('executeTakeFirstOrThrow returns the row, or rejects with NoResultError', async () => {
    const s = await serve(ok(rows), ok([]))
    const client = clientFor(s)
    expect(await client.executeTakeFirstOrThrow(contacts())).toEqual(rows[0])
    const error = await caught(client.executeTakeFirstOrThrow(contacts().where('id', 99)))
    expect(error).toBeInstanceOf(NoResultError)
    expect(error).toBeInstanceOf(VibeCodeError)
    expect(error).toMatchObject({ name: 'NoResultError', entity: 'contacts', path: '/v1/contacts/search' })
  })

  it('uses an injected fetch instead of the default transport', async () => {
    const calls: string[] = []
    const client = createClient({
      apiKey: API_KEY,
      baseUrl: 'http://example.invalid',
      rateLimit: false,
      fetch: async (url, init) => {
        calls.push(`${init.method} ${url}`)
        return new Response(JSON.stringify({ success: true, data: rows }), { status: 200 })
      },
    })
    expect(await client.execute(contacts())).toEqual(rows)
    expect(calls).toEqual(['POST http://example.invalid/v1/contacts/search'])
  })
})

describe('error envelopes', () => {
  const cases = [
    [401, 'MISSING_API_KEY'],
    [401, 'INVALID_API_KEY'],
    [401, 'INVALID_APP_KEY'],
    [401, 'TOKEN_MISSING'],
    [403, 'SCOPE_DENIED'],
    [403, 'ACCESS_DENIED'],
    [404, 'ENTITY_NOT_FOUND'],
    [400, 'SOMETHING_UNDOCUMENTED'],
  ] as const

  it.each(cases)('%i %s becomes an ApiError with its fields, sent once', async (status, code) => {
    const s = await serve(fail(status, { code, message: `message of ${code}`, hint: 'a hint', userMessage: 'для людей' }))
    const error = await caught(clientFor(s).execute(contacts()))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).not.toBeInstanceOf(RateLimitError)
    expect(isApiError(error)).toBe(true)
    expect(error).toMatchObject({
      name: 'ApiError',
      status,
      code,
      hint: 'a hint',
      userMessage: 'для людей',
      warning: undefined,
      retryAfter: undefined,
      method: 'POST',
      path: '/v1/contacts/search',
    })
    expect((error as Error).message).toBe(`${code}: message of ${code} (HTTP ${status}, POST /v1/contacts/search)`)
    expect(s.requests).toHaveLength(1)
  })

  it('429 RATE_LIMITED becomes a RateLimitError with retryAfter, hint and warning when retries are off', async () => {
    const s = await serve(
      fail(
        429,
        { code: 'RATE_LIMITED', message: 'QUERY_LIMIT_EXCEEDED', hint: 'wait 1–2 seconds', warning: 'your client probably has a bug', retryAfter: 2 },
        { 'Retry-After': '2' },
      ),
    )
    const error = await caught(clientFor(s, { retry: false }).execute(contacts()))
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error).toBeInstanceOf(ApiError)
    expect(isRateLimitError(error) && isApiError(error)).toBe(true)
    expect(error).toMatchObject({
      name: 'RateLimitError',
      status: 429,
      code: 'RATE_LIMITED',
      hint: 'wait 1–2 seconds',
      warning: 'your client probably has a bug',
      retryAfter: 2,
    })
    expect(s.requests).toHaveLength(1)
  })

  it('takes retryAfter from the Retry-After header when the body has none', async () => {
    const s = await serve(fail(429, { code: 'RATE_LIMITED', message: 'slow down' }, { 'Retry-After': '3' }))
    const error = await caught(clientFor(s, { retry: false }).execute(contacts()))
    expect(error).toMatchObject({ name: 'RateLimitError', retryAfter: 3 })
  })

  it('masks the key and token when the service echoes them in its error text', async () => {
    const s = await serve(
      fail(401, { code: 'INVALID_APP_KEY', message: `bad key ${APP_KEY}`, hint: `token ${SESSION_TOKEN} not accepted` }),
    )
    const error = await caught(clientFor(s, { apiKey: APP_KEY, sessionToken: SESSION_TOKEN }).execute(contacts()))
    expect(error).toMatchObject({ code: 'INVALID_APP_KEY', hint: 'token [REDACTED] not accepted' })
    expect((error as Error).message).toContain('bad key [REDACTED]')
  })
})

describe('malformed answers', () => {
  const cases: [string, Reply][] = [
    ['a 200 that is not JSON', { status: 200, text: '<html><body>hello</body></html>' }],
    ['a 200 with truncated JSON', { status: 200, text: '{"success":true,"data":[{"id":1},' }],
    ['a 200 with an empty body', { status: 200, text: '' }],
    ['a 200 with success: false and no error object', { status: 200, json: { success: false } }],
    ['a 200 without success', { status: 200, json: { data: [] } }],
    ['a 200 whose data is not an array', { status: 200, json: { success: true, data: { id: 1 } } }],
    ['a 200 that is a JSON array', { status: 200, json: [1, 2] }],
    ['a 400 HTML page', { status: 400, text: '<html>Bad Request</html>' }],
  ]

  it.each(cases)('%s becomes a ResponseError naming the status and path, sent once', async (_, reply) => {
    const s = await serve(reply)
    const error = await caught(clientFor(s).execute(contacts()))
    expect(error).toBeInstanceOf(ResponseError)
    expect(isResponseError(error)).toBe(true)
    const status = typeof reply === 'object' ? reply.status : 0
    expect(error).toMatchObject({ name: 'ResponseError', status, method: 'POST', path: '/v1/contacts/search' })
    expect((error as Error).message).toContain(`HTTP ${status}`)
    expect((error as Error).message).toContain('/v1/contacts/search')
    expect(s.requests).toHaveLength(1)
  })

  it('keeps the parser error as the cause of a body that is not JSON', async () => {
    const s = await serve({ status: 200, text: 'nope' })
    const error = await caught(clientFor(s).execute(contacts()))
    expect((error as Error).cause).toBeInstanceOf(SyntaxError)
  })

  it('a 200 with the error envelope is an ApiError', async () => {
    const s = await serve({ status: 200, json: { success: false, error: { code: 'INVALID_PARAMS', message: 'bad' } } })
    expect(await caught(clientFor(s).execute(contacts()))).toMatchObject({ name: 'ApiError', status: 200, code: 'INVALID_PARAMS' })
  })
})

describe('retries', () => {
  it('retries a 429 after its Retry-After and returns the rows', async () => {
    const s = await serve(fail(429, { code: 'RATE_LIMITED', message: 'slow down' }, { 'Retry-After': '0' }), ok(rows))
    const delays: number[] = []
    const result = await clientFor(s, { hooks: { beforeRetry: [(state) => void delays.push(state.delayMs)] } }).execute(
      contacts(),
    )
    expect(result).toEqual(rows)
    expect(s.requests).toHaveLength(2)
    expect(delays).toEqual([0])
  })

  it("waits the body's retryAfter when there is no header", async () => {
    const s = await serve(fail(429, { code: 'RATE_LIMITED', message: 'slow down', retryAfter: 0.05 }), ok(rows))
    const delays: number[] = []
    const client = clientFor(s, { hooks: { beforeRetry: [(state) => void delays.push(state.delayMs)] } })
    expect(await client.execute(contacts())).toEqual(rows)
    expect(delays).toEqual([50])
  })

  it('caps a long Retry-After at maxRetryAfterMs', async () => {
    const s = await serve(fail(503, { code: 'BUSY', message: 'busy' }, { 'Retry-After': '3600' }), ok(rows))
    const delays: number[] = []
    const client = clientFor(s, {
      retry: { maxRetryAfterMs: 20 },
      hooks: { beforeRetry: [(state) => void delays.push(state.delayMs)] },
    })
    expect(await client.execute(contacts())).toEqual(rows)
    expect(delays).toEqual([20])
  })

  it('retries a 502 HTML page, then returns the rows', async () => {
    const s = await serve({ status: 502, text: '<html><h1>502 Bad Gateway</h1></html>' }, ok(rows))
    expect(await clientFor(s).execute(contacts())).toEqual(rows)
    expect(s.requests).toHaveLength(2)
  })

  it('retries 503 and 504, then returns the rows', async () => {
    const s = await serve(
      fail(503, { code: 'UNAVAILABLE', message: 'down' }),
      fail(504, { code: 'QUEUE_TIMEOUT', message: 'queue', retryAfter: 0 }),
      ok(rows),
    )
    expect(await clientFor(s).execute(contacts())).toEqual(rows)
    expect(s.requests).toHaveLength(3)
  })

  it('gives up on 429 forever after the default 3 retries (4 requests)', async () => {
    const s = await serve(fail(429, { code: 'RATE_LIMITED', message: 'slow down', retryAfter: 0 }, { 'Retry-After': '0' }))
    const error = await caught(clientFor(s).execute(contacts()))
    expect(error).toBeInstanceOf(RateLimitError)
    expect(s.requests).toHaveLength(4)
  })

  it('gives up after a configured limit', async () => {
    const s = await serve({ status: 502, text: 'bad gateway' })
    const error = await caught(clientFor(s, { retry: { limit: 1, delayMs: 1 } }).execute(contacts()))
    expect(error).toMatchObject({ name: 'ResponseError', status: 502 })
    expect(s.requests).toHaveLength(2)
  })

  it('never retries other 4xx', async () => {
    const s = await serve(fail(400, { code: 'INVALID_PARAMS', message: 'bad filter' }))
    const error = await caught(clientFor(s).execute(contacts()))
    expect(error).toMatchObject({ name: 'ApiError', status: 400 })
    expect(s.requests).toHaveLength(1)
  })

  it('sends once with retry: false', async () => {
    const s = await serve({ status: 503, text: 'down' })
    await caught(clientFor(s, { retry: false }).execute(contacts()))
    expect(s.requests).toHaveLength(1)
  })

  it('retries only the configured statusCodes', async () => {
    const s = await serve(fail(500, { code: 'INTERNAL', message: 'oops' }), ok(rows))
    expect(await clientFor(s, { retry: { statusCodes: [500] } }).execute(contacts())).toEqual(rows)
    expect(s.requests).toHaveLength(2)
  })
})

describe('network failures and timeouts', () => {
  it('a refused connection becomes a NetworkError with the cause, after the retries', async () => {
    const url = await closedPortUrl()
    const attempts: number[] = []
    const client = clientFor(url, { retry: { limit: 2, delayMs: 1 }, hooks: { beforeRequest: [(s) => void attempts.push(s.attempt)] } })
    const error = await caught(client.execute(contacts()))
    expect(error).toBeInstanceOf(NetworkError)
    expect(isNetworkError(error)).toBe(true)
    expect(error).toMatchObject({ method: 'POST', path: '/v1/contacts/search' })
    expect((error as Error).cause).toBeInstanceOf(Error)
    expect((error as Error).message).toContain('POST /v1/contacts/search')
    expect(attempts).toEqual([1, 2, 3])
  })

  it('a dropped connection is retried like a network error', async () => {
    const s = await serve('drop', ok(rows))
    expect(await clientFor(s).execute(contacts())).toEqual(rows)
    expect(s.requests).toHaveLength(2)
  })

  it('a server that never answers ends in a TimeoutError', async () => {
    const s = await serve('hang')
    const error = await caught(clientFor(s, { timeoutMs: 50, retry: false }).execute(contacts()))
    expect(error).toBeInstanceOf(TimeoutError)
    expect(isTimeoutError(error)).toBe(true)
    expect(error).toMatchObject({ method: 'POST', path: '/v1/contacts/search', timeoutMs: 50 })
    expect(s.requests).toHaveLength(1)
  })

  it('retries timeouts by default, and not with retryOnTimeout: false', async () => {
    const s = await serve('hang', ok(rows))
    expect(await clientFor(s, { timeoutMs: 300 }).execute(contacts())).toEqual(rows)
    expect(s.requests).toHaveLength(2)
    await s.close()
    const t = await serve('hang', ok(rows))
    const error = await caught(clientFor(t, { timeoutMs: 50, retry: { retryOnTimeout: false } }).execute(contacts()))
    expect(error).toBeInstanceOf(TimeoutError)
    expect(t.requests).toHaveLength(1)
  })
})

describe('abort', () => {
  it('rejects with the reason before sending when the signal has already aborted', async () => {
    const s = await serve(ok(rows))
    const controller = new AbortController()
    controller.abort()
    const error = await caught(clientFor(s).execute(contacts(), { signal: controller.signal }))
    expect((error as Error).name).toBe('AbortError')
    expect(error).toBe(controller.signal.reason)
    expect(s.requests).toHaveLength(0)
  })

  it('ends a backoff at once and sends nothing more', async () => {
    const s = await serve(fail(503, { code: 'UNAVAILABLE', message: 'down' }))
    const controller = new AbortController()
    const reason = new Error('user left')
    const client = clientFor(s, {
      // A backoff far longer than the test timeout: only an immediate abort lets the test pass.
      retry: { delayMs: 600_000, backoffLimitMs: 600_000, jitter: false },
      hooks: { beforeRetry: [() => void setTimeout(() => controller.abort(reason), 5)] },
    })
    const error = await caught(client.execute(contacts(), { signal: controller.signal }))
    expect(error).toBe(reason)
    expect(s.requests).toHaveLength(1)
  })

  it('ends a request in flight with the reason, not a TimeoutError', async () => {
    const s = await serve('hang')
    const controller = new AbortController()
    const client = clientFor(s, { hooks: { beforeRequest: [() => void setTimeout(() => controller.abort(), 20)] } })
    const error = await caught(client.execute(contacts(), { signal: controller.signal }))
    expect((error as Error).name).toBe('AbortError')
    expect(error).not.toBeInstanceOf(TimeoutError)
    expect(s.requests).toHaveLength(1)
  })
})

describe('rate limiter', () => {
  it('holds a request that overflows the bucket; an abort releases it without sending', async () => {
    const s = await serve(ok(rows))
    // burst 2, then one request per 100 s: the third waits far longer than the test runs.
    const client = clientFor(s, { rateLimit: { burst: 2, perSecond: 0.01 } })
    const firstTwo = Promise.all([client.execute(contacts().limit(1)), client.execute(contacts().limit(2))])
    const controller = new AbortController()
    const third = caught(client.execute(contacts().limit(3), { signal: controller.signal }))
    expect(await firstTwo).toEqual([rows, rows])
    expect(s.requests.map((r) => JSON.parse(r.body).limit)).toEqual([1, 2])
    controller.abort()
    expect(((await third) as Error).name).toBe('AbortError')
    expect(s.requests).toHaveLength(2)
  })

  it('lets requests through in order, one per tick, with a bucket of 1', async () => {
    const s = await serve(ok(rows))
    const client = clientFor(s, { rateLimit: { burst: 1, perSecond: 50 } })
    await Promise.all([1, 2, 3, 4].map((n) => client.execute(contacts().limit(n))))
    expect(s.requests.map((r) => JSON.parse(r.body).limit)).toEqual([1, 2, 3, 4])
  })

  it('is shared by all calls of one client, not across clients', async () => {
    const s = await serve(ok(rows))
    const options = { rateLimit: { burst: 1, perSecond: 0.01 } }
    const a = clientFor(s, options)
    const b = clientFor(s, options)
    await a.execute(contacts())
    await b.execute(contacts())
    const controller = new AbortController()
    const waiting = caught(a.execute(contacts(), { signal: controller.signal }))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(s.requests).toHaveLength(2)
    controller.abort()
    await waiting
    expect(s.requests).toHaveLength(2)
  })

  it('switched off, sends concurrent requests at once', async () => {
    // The server answers only once all five requests have arrived: a limiter would deadlock it.
    const pending: (() => void)[] = []
    server = await startServer(
      () =>
        new Promise<Reply>((resolve) => {
          pending.push(() => resolve(ok(rows)))
          if (pending.length === 5) for (const release of pending) release()
        }),
    )
    const client = clientFor(server, { rateLimit: false })
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => client.execute(contacts())))
    expect(results).toHaveLength(5)
  })
})

describe('hooks', () => {
  it('receive one state object per step, with the credentials masked', async () => {
    const s = await serve(fail(429, { code: 'RATE_LIMITED', message: 'slow' }, { 'Retry-After': '0' }), ok(rows))
    const events: string[] = []
    const states: object[] = []
    const client = clientFor(s, {
      apiKey: APP_KEY,
      sessionToken: SESSION_TOKEN,
      hooks: {
        beforeRequest: [(state) => void (events.push(`before ${state.attempt}`), states.push(state))],
        afterResponse: [(state) => void (events.push(`after ${state.attempt} ${state.status}`), states.push(state))],
        beforeRetry: [(state) => void (events.push(`retry ${state.attempt} ${state.delayMs} ${state.error.name}`), states.push(state))],
        onError: [() => void events.push('error')],
      },
    })
    await client.execute(contacts().select('id'))
    expect(events).toEqual(['before 1', 'after 1 429', 'retry 1 0 RateLimitError', 'before 2', 'after 2 200'])
    expect(states[0]).toEqual({
      method: 'POST',
      path: '/v1/contacts/search',
      url: `${s.url}/v1/contacts/search`,
      body: { select: ['id'] },
      headers: {
        'X-Api-Key': '[REDACTED]',
        Authorization: '[REDACTED]',
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      attempt: 1,
    })
    for (const state of states) collect(state)
  })

  it('onError runs once with the final error', async () => {
    const s = await serve({ status: 502, text: 'bad gateway' })
    const errors: unknown[] = []
    const client = clientFor(s, { retry: { limit: 2, delayMs: 1 }, hooks: { onError: [(state) => void errors.push(state.error)] } })
    const error = await caught(client.execute(contacts()))
    expect(errors).toEqual([error])
  })

  it('a throwing hook fails the call with its error, without retries', async () => {
    const s = await serve(ok(rows))
    const boom = new Error('hook failed')
    const client = clientFor(s, { hooks: { beforeRequest: [() => { throw boom }] } })
    expect(await caught(client.execute(contacts()))).toBe(boom)
    expect(s.requests).toHaveLength(0)
  })
})

describe('createClient', () => {
  it.each([undefined, '', 42])('rejects apiKey %j with a VibeCodeError', (apiKey) => {
    let error: unknown
    try {
      createClient({ apiKey } as never)
    } catch (e) {
      error = collect(e)
    }
    expect(error).toBeInstanceOf(VibeCodeError)
    expect((error as Error).message).toContain('apiKey')
  })

  it('sends no Authorization header for an empty session token', async () => {
    const s = await serve(ok([]))
    await clientFor(s, { sessionToken: '' }).execute(contacts())
    expect(s.requests[0]?.headers.authorization).toBeUndefined()
  })

  it('rejects a bad timeout', () => {
    expect(() => collectThrow(() => createClient({ apiKey: API_KEY, timeoutMs: 0 }))).toThrow(VibeCodeError)
    expect(() => collectThrow(() => createClient({ apiKey: API_KEY, timeoutMs: -1 }))).toThrow(/timeoutMs/)
    expect(() => collectThrow(() => createClient({ apiKey: API_KEY, timeoutMs: 2 ** 40 }))).toThrow(/timeoutMs/)
  })

  it('shows no secret when the client itself is printed', () => {
    const client = createClient({ apiKey: API_KEY, sessionToken: SESSION_TOKEN })
    expect(inspect(client, { showHidden: true, depth: 10 })).not.toMatch(/SECRET/)
    expect(JSON.stringify(client)).not.toMatch(/SECRET/)
    expect(Object.values(client).every((value) => typeof value === 'function')).toBe(true)
  })
})

function collectThrow(fn: () => unknown): void {
  try {
    fn()
  } catch (error) {
    throw collect(error)
  }
}

describe('secrets', () => {
  it('no error or hook payload of this suite shows the key or the token', () => {
    // Runs last: checks everything `caught` and `collect` gathered above.
    expect(expectNoSecrets()).toBeGreaterThan(50)
  })
})
