// Integration tests of the client against the emulator over real HTTP on 127.0.0.1: each test
// starts its own emulator (explicit data, the test keys) and afterEach stops it. Auth errors, the
// 429 and its Retry-After come from the emulator's own auth and leaky bucket; fault injection
// (failNext / dropNext / delayNext) is used only for answers the emulator never gives by itself.
// Every error these tests produce is collected, and the last test checks that none shows the key
// or the token.
import { inspect } from 'node:util'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  ApiError,
  contacts,
  createClient,
  deals,
  entity,
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
  type FetchLike,
  type Hooks,
} from '../../src/index.js'
import {
  createEmulator,
  type Emulator,
  type EmulatorKey,
  type EmulatorOptions,
  type EmulatorServer,
  type FailOptions,
  type LoggedRequest,
} from '../../src/testing/index.js'
import { API_KEY, APP_KEY, caught, collect, expectNoSecrets, findLeaks, SESSION_TOKEN } from './leak-check.js'

const rows = [
  { id: 1, name: 'Ann', lastName: 'Lee' },
  { id: 2, name: 'Bob', lastName: 'Ray' },
]
/** Answers exactly `rows`: contacts 1 and 2 are in company 15, contact 3 is not. */
const fifteen = contacts().where('companyId', 15).select('id', 'name', 'lastName')
const SEARCH = '/v1/contacts/search'

/** The keys the test emulators accept: the personal key, and the app key with the session token. */
const KEYS: Record<string, EmulatorKey> = {
  [API_KEY]: { scopes: ['crm'] },
  [APP_KEY]: { scopes: ['crm'], tokens: [SESSION_TOKEN] },
}

const HTML = { 'Content-Type': 'text/html' }
const JSON_TYPE = { 'Content-Type': 'application/json' }
/** The service's error envelope, for `failNext`. */
const envelope = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  success: false,
  error: { code, message, ...extra },
})

interface Running {
  readonly emulator: Emulator
  readonly url: string
}

let servers: EmulatorServer[] = []
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()))
  servers = []
})

/** Starts an emulator over HTTP on 127.0.0.1 (a free port) with explicit data and the test keys. */
async function serve(options: EmulatorOptions = {}): Promise<Running> {
  const emulator = createEmulator({
    data: {
      contacts: [
        ...rows.map((row) => ({ ...row, companyId: 15 })),
        { id: 3, name: 'Cy', lastName: 'Abe', companyId: 7 },
      ],
      deals: [{ id: 1, title: 'Deal', stageId: 'NEW' }],
    },
    keys: KEYS,
    ...options,
  })
  const server = await emulator.listen({ port: 0 })
  servers.push(server)
  expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
  return { emulator, url: server.url }
}

/** A client for `url`, fast retries, no rate limiter; every hook payload is collected. */
function clientFor(url: string, options: Partial<ClientOptions> = {}) {
  const record = (state: object) => void collect(state)
  const hooks: Hooks = { beforeRequest: [record], afterResponse: [record], beforeRetry: [record], onError: [record] }
  return createClient({
    apiKey: API_KEY,
    baseUrl: url,
    retry: { delayMs: 1, backoffLimitMs: 5 },
    rateLimit: false,
    hooks,
    ...options,
  })
}

interface Sent {
  readonly url: string
  readonly method: string
  readonly headers: Headers
  readonly body: string | undefined
}

/**
 * A `fetch` for one client that records what the client hands to the transport and delegates to
 * the global fetch: the emulator's log redacts the key and token, so exact values are read here.
 */
function recordingFetch(): { sent: Sent[]; fetch: FetchLike } {
  const sent: Sent[] = []
  const fetch: FetchLike = (url, init) => {
    sent.push({ url, method: init.method, headers: new Headers(init.headers), body: init.body })
    return globalThis.fetch(url, init)
  }
  return { sent, fetch }
}

/** Fills the bucket of `apiKey` (burst 1) with one successful request. */
async function fillBucket(url: string, options: Partial<ClientOptions> = {}): Promise<void> {
  expect(await clientFor(url, { retry: false, ...options }).execute(fifteen)).toEqual(rows)
}

const statuses = (log: readonly LoggedRequest[]) => log.map((r) => r.status)

/** Waits until the emulator has logged `n` requests (a request the client gave up on is logged when its socket closes). */
async function logged(emulator: Emulator, n: number): Promise<readonly LoggedRequest[]> {
  await vi.waitFor(() => expect(emulator.requests).toHaveLength(n), { timeout: 2000, interval: 5 })
  return emulator.requests
}

describe('requests', () => {
  it('sends POST {baseUrl}/v1/{entity}/search with the personal key, JSON headers and the compiled body', async () => {
    const { emulator, url } = await serve()
    const q = contacts().where('companyId', 15).orderBy('lastName').select('id', 'name', 'lastName').limit(10)
    // The default transport: the emulator accepts only the exact key, and logs what arrived.
    expect(await clientFor(url).execute(q)).toEqual(rows)
    // The same through a recording fetch, for the exact values the log redacts.
    const { sent, fetch } = recordingFetch()
    expect(await clientFor(url, { fetch }).execute(q)).toEqual(rows)
    const arrived = {
      method: 'POST',
      path: SEARCH,
      search: '',
      headers: {
        'x-api-key': 'vibe_api_****',
        'content-type': 'application/json',
        accept: 'application/json',
        'user-agent': expect.any(String),
      },
      body: q.toBody(),
      status: 200,
    }
    expect(emulator.requests).toEqual([arrived, arrived])
    expect(sent).toHaveLength(1)
    const [request] = sent
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe(`${url}${SEARCH}`)
    expect(request?.headers.get('x-api-key')).toBe(API_KEY)
    expect(request?.headers.get('content-type')).toBe('application/json')
    expect(request?.headers.get('accept')).toBe('application/json')
    expect(request?.headers.has('authorization')).toBe(false)
    expect(JSON.parse(request?.body ?? '')).toEqual(q.toBody())
    expect(request?.body).toBe(JSON.stringify(q.compile().body))
  })

  it('sends an app key with the session token as a Bearer header', async () => {
    const { emulator, url } = await serve()
    const app = { apiKey: APP_KEY, sessionToken: SESSION_TOKEN }
    // The emulator answers 200 only to this app key with this token (else 401 INVALID_API_KEY / TOKEN_EXPIRED).
    expect(await clientFor(url, app).execute(deals())).toEqual(emulator.rows('deals'))
    const { sent, fetch } = recordingFetch()
    await clientFor(url, { ...app, fetch }).execute(deals())
    for (const entry of emulator.requests) {
      expect(entry).toMatchObject({ method: 'POST', path: '/v1/deals/search', status: 200 })
      expect(entry.headers).toMatchObject({ 'x-api-key': 'vibe_app_****', authorization: 'Bearer ****' })
    }
    expect(emulator.requests).toHaveLength(2)
    expect(sent[0]?.url).toBe(`${url}/v1/deals/search`)
    expect(sent[0]?.headers.get('x-api-key')).toBe(APP_KEY)
    expect(sent[0]?.headers.get('authorization')).toBe(`Bearer ${SESSION_TOKEN}`)
  })

  it('accepts a base URL with or without a trailing slash', async () => {
    const { emulator, url } = await serve()
    await clientFor(`${url}/`).execute(contacts())
    await clientFor(`${url}//`).execute(contacts())
    await clientFor(url).execute(contacts())
    expect(emulator.requests.map((r) => `${r.path}${r.search} ${r.status}`)).toEqual(Array(3).fill(`${SEARCH} 200`))
  })

  it('sends an empty query as an empty body', async () => {
    const { emulator, url } = await serve({ data: { contacts: [] } })
    const { sent, fetch } = recordingFetch()
    expect(await clientFor(url).execute(contacts())).toEqual([])
    expect(await clientFor(url, { fetch }).execute(contacts())).toEqual([])
    expect(emulator.requests.map((r) => r.body)).toEqual([{}, {}])
    expect(sent.map((s) => s.body)).toEqual(['{}'])
  })

  it('rejects with QueryError before sending anything when the query cannot compile', async () => {
    const { emulator, url } = await serve()
    const broken = {
      compile: () => {
        throw new QueryError('compile(): broken')
      },
    } as never
    expect(await caught(clientFor(url).execute(broken))).toBeInstanceOf(QueryError)
    expect(emulator.requests).toHaveLength(0)
  })

  it('executeTakeFirst sends limit 1 when the query has no limit, and returns the first row or undefined', async () => {
    const { emulator, url } = await serve()
    const client = clientFor(url)
    expect(await client.executeTakeFirst(contacts().select('id', 'name'))).toEqual({ id: 1, name: 'Ann' })
    expect(await client.executeTakeFirst(contacts().where('id', 99))).toBeUndefined()
    expect(await client.executeTakeFirst(contacts().limit(5))).toEqual(emulator.rows('contacts')[0])
    expect(emulator.requests.map((r) => r.body)).toEqual([
      { select: ['id', 'name'], limit: 1 },
      { filter: { id: 99 }, limit: 1 },
      { limit: 5 },
    ])
  })

  it('executeTakeFirstOrThrow returns the row, or rejects with NoResultError', async () => {
    const { emulator, url } = await serve()
    const client = clientFor(url)
    expect(await client.executeTakeFirstOrThrow(contacts())).toEqual(emulator.rows('contacts')[0])
    const error = await caught(client.executeTakeFirstOrThrow(contacts().where('id', 99)))
    expect(error).toBeInstanceOf(NoResultError)
    expect(error).toBeInstanceOf(VibeCodeError)
    expect(error).toMatchObject({ name: 'NoResultError', entity: 'contacts', path: SEARCH })
    expect(statuses(emulator.requests)).toEqual([200, 200])
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
  // The emulator's own auth: [code, status, emulator options, client options, message, hint].
  const auth: [string, number, EmulatorOptions, Partial<ClientOptions>, string, string | undefined][] = [
    // createClient refuses a blank key, so an injected fetch drops the header on its way out.
    [
      'MISSING_API_KEY',
      401,
      {},
      {
        fetch: (url, init) => {
          const { 'X-Api-Key': _dropped, ...headers } = init.headers as Record<string, string>
          return fetch(url, { ...init, headers })
        },
      },
      'X-Api-Key header is required',
      'Send your key as X-Api-Key: vibe_api_…',
    ],
    [
      'INVALID_API_KEY',
      401,
      { keys: { vibe_api_someone_else: { scopes: ['crm'] } } },
      {},
      'API key is invalid or unknown',
      undefined,
    ],
    [
      // An app key without the user's session token: the keys and batch pages say TOKEN_MISSING
      // (docs 141, 2375); the error table's INVALID_APP_KEY (1098) disagrees.
      'TOKEN_MISSING',
      401,
      {},
      { apiKey: APP_KEY },
      'An authorization key (vibe_app_) needs the user session token in Authorization: Bearer <token>',
      undefined,
    ],
    [
      'TOKEN_MISSING',
      401,
      { keys: { [APP_KEY]: { scopes: ['crm'], tokens: [] } } },
      { apiKey: APP_KEY, sessionToken: SESSION_TOKEN },
      'API key has no configured tokens',
      undefined,
    ],
    [
      'TOKEN_EXPIRED',
      401,
      { keys: { [APP_KEY]: { scopes: ['crm'], tokens: ['tok_another_session'] } } },
      { apiKey: APP_KEY, sessionToken: SESSION_TOKEN },
      'Session token is invalid or expired',
      undefined,
    ],
    [
      'SCOPE_DENIED',
      403,
      { keys: { [API_KEY]: { scopes: ['task'] } } },
      {},
      "This endpoint requires 'crm' scope",
      undefined,
    ],
  ]

  it.each(auth)(
    '%s (%i) from the emulator becomes an ApiError with its fields, sent once',
    async (code, status, emulatorOptions, clientOptions, message, hint) => {
      const { emulator, url } = await serve(emulatorOptions)
      const error = await caught(clientFor(url, clientOptions).execute(contacts()))
      expect(error).toBeInstanceOf(ApiError)
      expect(error).not.toBeInstanceOf(RateLimitError)
      expect(isApiError(error)).toBe(true)
      expect(error).toMatchObject({
        name: 'ApiError',
        status,
        code,
        hint,
        userMessage: undefined,
        warning: undefined,
        retryAfter: undefined,
        method: 'POST',
        path: SEARCH,
      })
      expect((error as Error).message).toBe(`${code}: ${message} (HTTP ${status}, POST ${SEARCH})`)
      expect(statuses(emulator.requests)).toEqual([status])
    },
  )

  // Codes the emulator never sends on a search, and the fields it never sets (userMessage, warning).
  const injected = [
    [403, 'ACCESS_DENIED'],
    [404, 'ENTITY_NOT_FOUND'],
    [400, 'SOMETHING_UNDOCUMENTED'],
  ] as const

  it.each(injected)(
    '%i %s (injected) becomes an ApiError with hint, userMessage and warning, sent once',
    async (status, code) => {
      const { emulator, url } = await serve()
      const extra = { hint: 'a hint', userMessage: 'для людей', warning: 'a warning' }
      emulator.failNext({ status, body: envelope(code, `message of ${code}`, extra) })
      const error = await caught(clientFor(url).execute(contacts()))
      expect(error).toBeInstanceOf(ApiError)
      expect(error).not.toBeInstanceOf(RateLimitError)
      expect(isApiError(error)).toBe(true)
      expect(error).toMatchObject({
        name: 'ApiError',
        status,
        code,
        ...extra,
        retryAfter: undefined,
        method: 'POST',
        path: SEARCH,
      })
      expect((error as Error).message).toBe(`${code}: message of ${code} (HTTP ${status}, POST ${SEARCH})`)
      expect(emulator.requests).toMatchObject([{ status, fault: 'fail' }])
      expect(emulator.requests).toHaveLength(1)
    },
  )

  it("the emulator's 429 RATE_LIMITED becomes a RateLimitError with retryAfter and hint when retries are off", async () => {
    // burst 1 draining 0.5/s on a stopped clock: the second request must wait 2 s.
    const { emulator, url } = await serve({ rateLimit: { burst: 1, perSecond: 0.5 }, now: () => 0 })
    await fillBucket(url)
    const retryAfterHeaders: (string | null)[] = []
    const client = clientFor(url, {
      retry: false,
      hooks: { afterResponse: [(state) => void retryAfterHeaders.push(state.response.headers.get('retry-after'))] },
    })
    const error = await caught(client.execute(contacts()))
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error).toBeInstanceOf(ApiError)
    expect(isRateLimitError(error) && isApiError(error)).toBe(true)
    expect(error).toMatchObject({
      name: 'RateLimitError',
      status: 429,
      code: 'RATE_LIMITED',
      hint: 'Too many requests: wait 1-2 seconds and retry; combine up to 50 calls with POST /v1/batch',
      warning: undefined,
      userMessage: undefined,
      retryAfter: 2,
      method: 'POST',
      path: SEARCH,
    })
    expect((error as Error).message).toBe(`RATE_LIMITED: QUERY_LIMIT_EXCEEDED (HTTP 429, POST ${SEARCH})`)
    expect(retryAfterHeaders).toEqual(['2'])
    expect(statuses(emulator.requests)).toEqual([200, 429])
  })

  it('a 429 with a warning (injected: the emulator sends none) keeps hint, warning and retryAfter', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({
      status: 429,
      headers: { 'Retry-After': '2' },
      body: envelope('RATE_LIMITED', 'QUERY_LIMIT_EXCEEDED', {
        hint: 'wait 1–2 seconds',
        warning: 'your client probably has a bug',
        retryAfter: 2,
      }),
    })
    const error = await caught(clientFor(url, { retry: false }).execute(contacts()))
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error).toMatchObject({
      name: 'RateLimitError',
      status: 429,
      code: 'RATE_LIMITED',
      hint: 'wait 1–2 seconds',
      warning: 'your client probably has a bug',
      retryAfter: 2,
    })
    expect(emulator.requests).toHaveLength(1)
  })

  it('takes retryAfter from the Retry-After header when the body has none (injected: the emulator sends both)', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 429, headers: { 'Retry-After': '3' }, body: envelope('RATE_LIMITED', 'slow down') })
    const error = await caught(clientFor(url, { retry: false }).execute(contacts()))
    expect(error).toMatchObject({ name: 'RateLimitError', retryAfter: 3 })
    expect(emulator.requests).toHaveLength(1)
  })

  it('masks the key and token when the service echoes them in its error text (injected)', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({
      status: 401,
      body: envelope('INVALID_APP_KEY', `bad key ${APP_KEY}`, { hint: `token ${SESSION_TOKEN} not accepted` }),
    })
    const error = await caught(clientFor(url, { apiKey: APP_KEY, sessionToken: SESSION_TOKEN }).execute(contacts()))
    expect(error).toMatchObject({ code: 'INVALID_APP_KEY', hint: 'token [REDACTED] not accepted' })
    expect((error as Error).message).toContain('bad key [REDACTED]')
  })
})

describe('malformed answers (injected)', () => {
  const cases: [string, FailOptions & { status: number }][] = [
    ['a 200 that is not JSON', { status: 200, body: '<html><body>hello</body></html>', headers: HTML }],
    ['a 200 with truncated JSON', { status: 200, body: '{"success":true,"data":[{"id":1},', headers: JSON_TYPE }],
    ['a 200 with an empty body', { status: 200, body: '' }],
    ['a 200 with success: false and no error object', { status: 200, body: { success: false } }],
    ['a 200 without success', { status: 200, body: { data: [] } }],
    ['a 200 whose data is not an array', { status: 200, body: { success: true, data: { id: 1 } } }],
    ['a 200 that is a JSON array', { status: 200, body: [1, 2] }],
    ['a 400 HTML page', { status: 400, body: '<html>Bad Request</html>', headers: HTML }],
  ]

  it.each(cases)('%s becomes a ResponseError naming the status and path, sent once', async (_, fault) => {
    const { emulator, url } = await serve()
    emulator.failNext(fault)
    const error = await caught(clientFor(url).execute(contacts()))
    expect(error).toBeInstanceOf(ResponseError)
    expect(isResponseError(error)).toBe(true)
    const { status } = fault
    expect(error).toMatchObject({ name: 'ResponseError', status, method: 'POST', path: SEARCH })
    expect((error as Error).message).toContain(`HTTP ${status}`)
    expect((error as Error).message).toContain(SEARCH)
    expect(emulator.requests).toMatchObject([{ status, fault: 'fail' }])
    expect(emulator.requests).toHaveLength(1)
  })

  it('keeps the parser error as the cause of a body that is not JSON', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 200, body: 'nope' })
    const error = await caught(clientFor(url).execute(contacts()))
    expect((error as Error).cause).toBeInstanceOf(SyntaxError)
  })

  it('a 200 with the error envelope is an ApiError', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 200, body: envelope('INVALID_PARAMS', 'bad') })
    expect(await caught(clientFor(url).execute(contacts()))).toMatchObject({
      name: 'ApiError',
      status: 200,
      code: 'INVALID_PARAMS',
    })
  })
})

describe('retries', () => {
  it("retries the emulator's 429 after its Retry-After and returns the rows", async () => {
    // The bucket's clock moves only when the client waits: the retry fits exactly after Retry-After.
    let clock = 0
    const { emulator, url } = await serve({ rateLimit: { burst: 1, perSecond: 1 }, now: () => clock })
    await fillBucket(url)
    const delays: number[] = []
    const client = clientFor(url, {
      hooks: { beforeRetry: [(state) => void ((clock += state.delayMs), delays.push(state.delayMs))] },
    })
    expect(await client.execute(fifteen)).toEqual(rows)
    expect(delays).toEqual([1000])
    expect(statuses(emulator.requests)).toEqual([200, 429, 200])
  })

  it("waits the body's retryAfter when there is no header (injected: the emulator's are whole seconds, with a header)", async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 429, body: envelope('RATE_LIMITED', 'slow down', { retryAfter: 0.05 }) })
    const delays: number[] = []
    const client = clientFor(url, { hooks: { beforeRetry: [(state) => void delays.push(state.delayMs)] } })
    expect(await client.execute(fifteen)).toEqual(rows)
    expect(delays).toEqual([50])
    expect(statuses(emulator.requests)).toEqual([429, 200])
  })

  it('caps a long Retry-After at maxRetryAfterMs', async () => {
    // Draining 1/1024 per second: the emulator asks for Retry-After 1024.
    let clock = 0
    const { emulator, url } = await serve({ rateLimit: { burst: 1, perSecond: 1 / 1024 }, now: () => clock })
    await fillBucket(url)
    const delays: number[] = []
    const retryAfter: (string | null)[] = []
    const client = clientFor(url, {
      retry: { maxRetryAfterMs: 20 },
      hooks: {
        afterResponse: [(state) => void retryAfter.push(state.response.headers.get('retry-after'))],
        // The service's clock jumps past the wait it asked for; the client waited only 20 ms.
        beforeRetry: [(state) => void ((clock += 1024_000), delays.push(state.delayMs))],
      },
    })
    expect(await client.execute(fifteen)).toEqual(rows)
    expect(retryAfter).toEqual(['1024', null])
    expect(delays).toEqual([20])
    expect(statuses(emulator.requests)).toEqual([200, 429, 200])
  })

  it('retries a 502 HTML page (injected), then returns the rows', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 502, body: '<html><h1>502 Bad Gateway</h1></html>', headers: HTML })
    expect(await clientFor(url).execute(fifteen)).toEqual(rows)
    expect(statuses(emulator.requests)).toEqual([502, 200])
  })

  it('retries 503 and 504 (injected), then returns the rows', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 503, body: envelope('UNAVAILABLE', 'down') })
    emulator.failNext({ status: 504, body: envelope('QUEUE_TIMEOUT', 'queue', { retryAfter: 0 }) })
    expect(await clientFor(url).execute(fifteen)).toEqual(rows)
    expect(statuses(emulator.requests)).toEqual([503, 504, 200])
  })

  it("gives up on the emulator's 429 forever after the default 3 retries (4 requests)", async () => {
    // A stopped clock never drains the bucket; maxRetryAfterMs keeps the 1 s waits short.
    const { emulator, url } = await serve({ rateLimit: { burst: 1, perSecond: 1 }, now: () => 0 })
    await fillBucket(url)
    const error = await caught(clientFor(url, { retry: { maxRetryAfterMs: 1 } }).execute(contacts()))
    expect(error).toBeInstanceOf(RateLimitError)
    // The error reports the wait the client took: the service's 1 s, capped at maxRetryAfterMs.
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 0.001 })
    expect(statuses(emulator.requests)).toEqual([200, 429, 429, 429, 429])
  })

  it('gives up after a configured limit', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 502, body: 'bad gateway', times: 5 })
    const error = await caught(clientFor(url, { retry: { limit: 1, delayMs: 1 } }).execute(contacts()))
    expect(error).toMatchObject({ name: 'ResponseError', status: 502 })
    expect(statuses(emulator.requests)).toEqual([502, 502])
  })

  it("never retries other 4xx (the emulator's 400 INVALID_FILTER_FIELD)", async () => {
    const { emulator, url } = await serve()
    const typo = entity<{ id: number; nickname: string }>('contacts').where('nickname', 'Ann')
    const error = await caught(clientFor(url).execute(typo))
    expect(error).toMatchObject({ name: 'ApiError', status: 400, code: 'INVALID_FILTER_FIELD', path: SEARCH })
    expect((error as Error).message).toContain('nickname')
    expect(statuses(emulator.requests)).toEqual([400])
  })

  it('sends once with retry: false', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 503, body: 'down', times: 5 })
    await caught(clientFor(url, { retry: false }).execute(contacts()))
    expect(statuses(emulator.requests)).toEqual([503])
  })

  it('retries only the configured statusCodes', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 500, body: envelope('INTERNAL', 'oops') })
    expect(await clientFor(url, { retry: { statusCodes: [500] } }).execute(fifteen)).toEqual(rows)
    expect(statuses(emulator.requests)).toEqual([500, 200])
  })
})

describe('network failures and timeouts', () => {
  it('a refused connection becomes a NetworkError with the cause, after the retries', async () => {
    // A port the emulator listened on, then released.
    const server = await createEmulator({ data: {} }).listen({ port: 0 })
    await server.close()
    const attempts: number[] = []
    const client = clientFor(server.url, {
      retry: { limit: 2, delayMs: 1 },
      hooks: { beforeRequest: [(s) => void attempts.push(s.attempt)] },
    })
    const error = await caught(client.execute(contacts()))
    expect(error).toBeInstanceOf(NetworkError)
    expect(isNetworkError(error)).toBe(true)
    expect(error).toMatchObject({ method: 'POST', path: SEARCH })
    expect((error as Error).cause).toBeInstanceOf(Error)
    expect((error as Error).message).toContain(`POST ${SEARCH}`)
    expect(attempts).toEqual([1, 2, 3])
  })

  it('a dropped connection (injected) is retried like a network error', async () => {
    const { emulator, url } = await serve()
    emulator.dropNext()
    expect(await clientFor(url).execute(fifteen)).toEqual(rows)
    expect(emulator.requests).toMatchObject([
      { status: null, fault: 'drop' },
      { status: 200, body: fifteen.toBody() },
    ])
    expect(emulator.requests).toHaveLength(2)
  })

  it('a server that never answers (an injected delay far past the timeout) ends in a TimeoutError', async () => {
    const { emulator, url } = await serve()
    emulator.delayNext(600_000)
    const error = await caught(clientFor(url, { timeoutMs: 50, retry: false }).execute(contacts()))
    expect(error).toBeInstanceOf(TimeoutError)
    expect(isTimeoutError(error)).toBe(true)
    expect(error).toMatchObject({ method: 'POST', path: SEARCH, timeoutMs: 50 })
    // The emulator logs the request when the client's socket closes: it was never answered.
    expect(await logged(emulator, 1)).toMatchObject([{ path: SEARCH, status: null, fault: 'delay' }])
  })

  it('retries timeouts by default, and not with retryOnTimeout: false', async () => {
    const { emulator, url } = await serve()
    emulator.delayNext(600_000)
    expect(await clientFor(url, { timeoutMs: 300 }).execute(fifteen)).toEqual(rows)
    const log = await logged(emulator, 2)
    expect(log.filter((r) => r.status === null && r.fault === 'delay')).toHaveLength(1)
    expect(log.filter((r) => r.status === 200 && r.fault === undefined)).toHaveLength(1)

    const other = await serve()
    other.emulator.delayNext(600_000)
    const error = await caught(
      clientFor(other.url, { timeoutMs: 50, retry: { retryOnTimeout: false } }).execute(contacts()),
    )
    expect(error).toBeInstanceOf(TimeoutError)
    expect(await logged(other.emulator, 1)).toMatchObject([{ status: null, fault: 'delay' }])
  })
})

describe('abort', () => {
  it('rejects with the reason before sending when the signal has already aborted', async () => {
    const { emulator, url } = await serve()
    const controller = new AbortController()
    controller.abort()
    const error = await caught(clientFor(url).execute(contacts(), { signal: controller.signal }))
    expect((error as Error).name).toBe('AbortError')
    expect(error).toBe(controller.signal.reason)
    expect(emulator.requests).toHaveLength(0)
  })

  it('ends a backoff at once and sends nothing more', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 503, body: envelope('UNAVAILABLE', 'down'), times: 5 })
    const controller = new AbortController()
    const reason = new Error('user left')
    const client = clientFor(url, {
      // A backoff far longer than the test timeout: only an immediate abort lets the test pass.
      retry: { delayMs: 600_000, backoffLimitMs: 600_000, jitter: false },
      hooks: { beforeRetry: [() => void setTimeout(() => controller.abort(reason), 5)] },
    })
    const error = await caught(client.execute(contacts(), { signal: controller.signal }))
    expect(error).toBe(reason)
    expect(statuses(emulator.requests)).toEqual([503])
  })

  it('ends a request in flight with the reason, not a TimeoutError', async () => {
    const { emulator, url } = await serve()
    emulator.delayNext(600_000)
    const controller = new AbortController()
    const client = clientFor(url, { hooks: { beforeRequest: [() => void setTimeout(() => controller.abort(), 20)] } })
    const error = await caught(client.execute(contacts(), { signal: controller.signal }))
    expect((error as Error).name).toBe('AbortError')
    expect(error).not.toBeInstanceOf(TimeoutError)
    expect(await logged(emulator, 1)).toMatchObject([{ status: null, fault: 'delay' }])
  })
})

describe('rate limiter', () => {
  it('holds a request that overflows the bucket; an abort releases it without sending', async () => {
    const { emulator, url } = await serve()
    // burst 2, then one request per 100 s: the third waits far longer than the test runs.
    const client = clientFor(url, { rateLimit: { burst: 2, perSecond: 0.01 } })
    const firstTwo = Promise.all([client.execute(fifteen.limit(1)), client.execute(fifteen.limit(2))])
    const controller = new AbortController()
    const third = caught(client.execute(fifteen.limit(3), { signal: controller.signal }))
    expect(await firstTwo).toEqual([rows.slice(0, 1), rows])
    expect(emulator.requests.map((r) => (r.body as { limit: number }).limit)).toEqual([1, 2])
    controller.abort()
    expect(((await third) as Error).name).toBe('AbortError')
    expect(emulator.requests).toHaveLength(2)
  })

  it('lets requests through in order, one per tick, with a bucket of 1', async () => {
    const { emulator, url } = await serve()
    const client = clientFor(url, { rateLimit: { burst: 1, perSecond: 50 } })
    await Promise.all([1, 2, 3, 4].map((n) => client.execute(contacts().limit(n))))
    expect(emulator.requests.map((r) => (r.body as { limit: number }).limit)).toEqual([1, 2, 3, 4])
  })

  it('is shared by all calls of one client, not across clients', async () => {
    const { emulator, url } = await serve()
    const options = { rateLimit: { burst: 1, perSecond: 0.01 } }
    const a = clientFor(url, options)
    const b = clientFor(url, options)
    await a.execute(contacts())
    await b.execute(contacts())
    const controller = new AbortController()
    const waiting = caught(a.execute(contacts(), { signal: controller.signal }))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(emulator.requests).toHaveLength(2)
    controller.abort()
    await waiting
    expect(emulator.requests).toHaveLength(2)
  })

  it('switched off, sends concurrent requests at once', async () => {
    const { emulator, url } = await serve()
    // The transport lets a request go only once all five have been handed to it: a limiter would deadlock it.
    let release!: () => void
    const allFive = new Promise<void>((resolve) => (release = resolve))
    let handed = 0
    const fetch: FetchLike = async (target, init) => {
      if (++handed === 5) release()
      await allFive
      return globalThis.fetch(target, init)
    }
    const client = clientFor(url, { rateLimit: false, fetch })
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => client.execute(fifteen)))
    expect(results).toEqual(Array(5).fill(rows))
    expect(statuses(emulator.requests)).toEqual([200, 200, 200, 200, 200])
  })
})

describe('hooks', () => {
  it('receive one state object per step, with the credentials masked', async () => {
    // The emulator's bucket answers the first attempt 429; its clock moves on before the retry.
    let clock = 0
    const { emulator, url } = await serve({ rateLimit: { burst: 1, perSecond: 1 }, now: () => clock })
    const app = { apiKey: APP_KEY, sessionToken: SESSION_TOKEN }
    await fillBucket(url, app)
    emulator.clearRequests()
    const events: string[] = []
    const states: object[] = []
    const client = clientFor(url, {
      ...app,
      retry: { maxRetryAfterMs: 0 },
      hooks: {
        beforeRequest: [(state) => void (events.push(`before ${state.attempt}`), states.push(state))],
        afterResponse: [(state) => void (events.push(`after ${state.attempt} ${state.status}`), states.push(state))],
        beforeRetry: [
          (state) =>
            void (events.push(`retry ${state.attempt} ${state.delayMs} ${state.error.name}`), states.push(state)),
          () => void (clock += 1000),
        ],
        onError: [() => void events.push('error')],
      },
    })
    await client.execute(contacts().select('id'))
    expect(events).toEqual(['before 1', 'after 1 429', 'retry 1 0 RateLimitError', 'before 2', 'after 2 200'])
    expect(states[0]).toEqual({
      method: 'POST',
      path: SEARCH,
      url: `${url}${SEARCH}`,
      body: { select: ['id'] },
      headers: {
        'X-Api-Key': '[REDACTED]',
        Authorization: '[REDACTED]',
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      attempt: 1,
    })
    expect(emulator.requests).toMatchObject([
      { status: 429, headers: { 'x-api-key': 'vibe_app_****', authorization: 'Bearer ****' } },
      { status: 200, headers: { 'x-api-key': 'vibe_app_****', authorization: 'Bearer ****' } },
    ])
    for (const state of states) collect(state)
  })

  it('onError runs once with the final error', async () => {
    const { emulator, url } = await serve()
    emulator.failNext({ status: 502, body: 'bad gateway', times: 5 })
    const errors: unknown[] = []
    const client = clientFor(url, {
      retry: { limit: 2, delayMs: 1 },
      hooks: { onError: [(state) => void errors.push(state.error)] },
    })
    const error = await caught(client.execute(contacts()))
    expect(errors).toEqual([error])
    expect(statuses(emulator.requests)).toEqual([502, 502, 502])
  })

  it('a throwing hook fails the call with its error, without retries', async () => {
    const { emulator, url } = await serve()
    const boom = new Error('hook failed')
    const client = clientFor(url, {
      hooks: {
        beforeRequest: [
          () => {
            throw boom
          },
        ],
      },
    })
    expect(await caught(client.execute(contacts()))).toBe(boom)
    expect(emulator.requests).toHaveLength(0)
  })
})

describe('createClient', () => {
  it.each([
    { apiKey: undefined },
    { apiKey: '' },
    { apiKey: ' \t' },
    { apiKey: 42 },
    { apiKey: API_KEY, sessionToken: '' },
    { apiKey: API_KEY, sessionToken: ' ' },
    { apiKey: `${API_KEY}\n` },
    { apiKey: API_KEY, sessionToken: `${SESSION_TOKEN} x` },
    { apiKey: 'vibe_api_ключ' },
  ])('rejects %j with a VibeCodeError', (options) => {
    let error: unknown
    try {
      createClient(options as never)
    } catch (e) {
      error = collect(e)
    }
    expect(error).toBeInstanceOf(VibeCodeError)
    expect((error as Error).message).toBe(
      'createClient(): apiKey, and sessionToken when given, must be visible ASCII without spaces',
    )
  })

  it('redacts a secret that a transport or parser error quotes, in the cause too', async () => {
    const quoting = new TypeError(`${API_KEY} is not a legal HTTP header value`, {
      cause: new Error(`token ${SESSION_TOKEN}`),
    })
    const client = createClient({
      apiKey: API_KEY,
      sessionToken: SESSION_TOKEN,
      baseUrl: 'http://example.invalid',
      rateLimit: false,
      retry: false,
      fetch: async () => {
        throw quoting
      },
    })
    const error = await caught(client.execute(contacts()))
    expect(error).toBeInstanceOf(NetworkError)
    const cause = (error as Error).cause as Error & { cause: Error }
    expect(cause.name).toBe('TypeError')
    expect(cause.message).toBe('[REDACTED] is not a legal HTTP header value')
    expect(cause.cause.message).toBe('token [REDACTED]')
    expect(findLeaks([error])).toEqual([])

    const echoing = createClient({
      apiKey: API_KEY,
      baseUrl: 'http://example.invalid',
      rateLimit: false,
      retry: false,
      fetch: async () => new Response(`{"key":"${API_KEY}"`, { status: 200 }),
    })
    const truncated = await caught(echoing.execute(contacts()))
    expect(truncated).toBeInstanceOf(ResponseError)
    expect(findLeaks([truncated])).toEqual([])
  })

  it.each([
    [{ rateLimit: { perSecond: 0 } }, 'rateLimit.perSecond must be a finite number > 0'],
    [{ rateLimit: { burst: -1 } }, 'rateLimit.burst must be a finite number > 0'],
    [{ rateLimit: { perSecond: Number.NaN } }, 'rateLimit.perSecond must be a finite number > 0'],
    [{ retry: { limit: -1 } }, 'retry.limit must be a finite number >= 0'],
    [{ retry: { limit: Number.NaN } }, 'retry.limit must be a finite number >= 0'],
    [{ retry: { delayMs: Infinity } }, 'retry.delayMs must be a finite number >= 0'],
    [{ retry: { maxRetryAfterMs: '5' } }, 'retry.maxRetryAfterMs must be a finite number >= 0'],
  ])('rejects %j, which would switch the limiter or the backoff off', (options, message) => {
    expect(() => collectThrow(() => createClient({ apiKey: API_KEY, ...(options as object) }))).toThrow(
      `createClient(): ${message}`,
    )
  })

  it('accepts the limiter and retry switched off', () => {
    expect(() => createClient({ apiKey: API_KEY, rateLimit: false, retry: false })).not.toThrow()
    expect(() =>
      createClient({ apiKey: API_KEY, retry: { limit: 0 }, rateLimit: { burst: 1, perSecond: 0.5 } }),
    ).not.toThrow()
  })

  it('rejects a bad timeout', () => {
    expect(() => collectThrow(() => createClient({ apiKey: API_KEY, timeoutMs: 0 }))).toThrow(VibeCodeError)
    expect(() => collectThrow(() => createClient({ apiKey: API_KEY, timeoutMs: -1 }))).toThrow(/timeoutMs/)
    expect(() => collectThrow(() => createClient({ apiKey: API_KEY, timeoutMs: 2 ** 40 }))).toThrow(/timeoutMs/)
    // A string (from an environment variable) would concatenate into a timer of 1 ms; near 2^31 the
    // windows' extra 1% would overflow the timer the same way.
    expect(() => collectThrow(() => createClient({ apiKey: API_KEY, timeoutMs: '5000' as never }))).toThrow(
      /timeoutMs must be a number/,
    )
    expect(() => collectThrow(() => createClient({ apiKey: API_KEY, timeoutMs: 2_147_000_000 }))).toThrow(/timeoutMs/)
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
