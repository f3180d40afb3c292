// Items 1–3 of the hostile-network review: no secret leaves for another origin, none reaches an
// error's cause or a hook payload. Each case runs on loopback servers written in hostile-server.ts.
import { afterEach, describe, expect, it } from 'vitest'
import {
  contacts,
  createClient,
  isNetworkError,
  isResponseError,
  type AfterResponseState,
  type FetchLike,
} from '../../src/index.js'
import { API_KEY, caught, collect, expectNoSecrets, SESSION_TOKEN } from '../client/leak-check.js'
import { answer, rowsWithIds } from './hostile-server.js'
import { transports, useServers } from './setup.js'

const start = useServers()
afterEach(() => void expectNoSecrets())

describe('redirects (item 1)', () => {
  for (const [name, fetch] of transports) {
    for (const status of [301, 302, 303, 307, 308]) {
      it(`refuses a ${status} to another origin with ${name}, sending nothing there`, async () => {
        const foreign = await start((_, res) => answer(res, rowsWithIds([666])))
        const service = await start((req, res) => {
          res.writeHead(status, { Location: `${foreign.url}${req.url}` })
          res.end()
        })
        const client = createClient({
          apiKey: API_KEY,
          sessionToken: SESSION_TOKEN,
          baseUrl: service.url,
          fetch,
          rateLimit: false,
          retry: false,
        })
        const error = await caught(client.execute(contacts().limit(5)))
        expect(isResponseError(error)).toBe(true)
        expect((error as Error).message).toContain(`redirect to ${foreign.url}`)
        expect((error as Error).message).toContain('not followed')
        expect(foreign.received).toEqual([])
        expect(service.received).toHaveLength(1)
      })
    }
  }

  it('refuses a redirect within the same origin as well (the service documents none)', async () => {
    const service = await start((req, res) => {
      if (req.url === '/elsewhere') return answer(res, rowsWithIds([1]))
      res.writeHead(307, { Location: '/elsewhere' })
      res.end()
    })
    const client = createClient({ apiKey: API_KEY, baseUrl: service.url, rateLimit: false, retry: false })
    const error = await caught(client.execute(contacts().limit(5)))
    expect((error as Error).message).toMatch(
      /answered HTTP 307 with a redirect to http:\/\/127\.0\.0\.1:\d+, not followed/,
    )
    expect(service.received.map((r) => r.url)).toEqual(['/v1/contacts/search'])
  })

  it('refuses an answer that a redirect-following transport fetched from elsewhere', async () => {
    const foreign = await start((_, res) => answer(res, rowsWithIds([666])))
    // A wrapper that ignores `redirect: "manual"`, as some do, and reports where it ended up.
    const following: FetchLike = async (url, init) => {
      const response = await globalThis.fetch(url, { ...init, redirect: 'follow' })
      return response
    }
    const service = await start((req, res) => {
      res.writeHead(307, { Location: `${foreign.url}${req.url}` })
      res.end()
    })
    const client = createClient({
      apiKey: API_KEY,
      baseUrl: service.url,
      fetch: following,
      rateLimit: false,
      retry: false,
    })
    const error = await caught(client.execute(contacts().limit(5)))
    expect((error as Error).message).toContain(`redirected to ${foreign.url}`)
    expect(isResponseError(error)).toBe(true)
  })
})

describe('errors of a custom transport (item 2)', () => {
  it('keeps no request, config or headers object of the transport error in NetworkError.cause', async () => {
    const wrapper: FetchLike = async (url, init) => {
      const inner = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', headers: init.headers })
      throw Object.assign(new Error(`request to ${url} failed`), {
        code: 'E_WRAPPED',
        request: { url, ...init },
        config: { headers: init.headers, auth: `Bearer ${SESSION_TOKEN}` },
        cause: inner,
        note: `key ${API_KEY}`,
      })
    }
    const client = createClient({
      apiKey: API_KEY,
      sessionToken: SESSION_TOKEN,
      baseUrl: 'http://127.0.0.1:9',
      fetch: wrapper,
      rateLimit: false,
      retry: false,
    })
    const error = await caught(client.execute(contacts().limit(1)))
    expect(isNetworkError(error)).toBe(true)
    const cause = (error as Error).cause as Error & Record<string, unknown>
    // What helps a reader stays: the message, the code, the inner cause's code; secrets are masked.
    expect(cause.message).toBe('request to http://127.0.0.1:9/v1/contacts/search failed')
    expect(cause.code).toBe('E_WRAPPED')
    expect((cause.cause as { code?: unknown }).code).toBe('ECONNRESET')
    expect(cause.note).toBe('key [REDACTED]')
    expect(cause.request).toBeUndefined()
    expect(cause.config).toBeUndefined()
  })

  it('survives a transport error whose properties throw or form a cycle', async () => {
    const wrapper: FetchLike = async () => {
      const error = new Error('odd') as Error & Record<string, unknown>
      Object.defineProperty(error, 'boom', {
        enumerable: true,
        get: () => {
          throw new Error(API_KEY)
        },
      })
      error.cause = error
      throw error
    }
    const client = createClient({
      apiKey: API_KEY,
      baseUrl: 'http://127.0.0.1:9',
      fetch: wrapper,
      rateLimit: false,
      retry: false,
    })
    const error = await caught(client.execute(contacts().limit(1)))
    expect(isNetworkError(error)).toBe(true)
    expect((error as Error).message).toContain('odd')
  })
})

describe('hook payloads (item 3)', () => {
  it('masks a key the server reflects in a response header or body', async () => {
    const service = await start((req, res) =>
      answer(res, [{ id: 1, echo: req.headers['x-api-key'] }], undefined, {
        'X-Echo': String(req.headers['x-api-key']),
      }),
    )
    const seen: string[] = []
    const hook = async (state: AfterResponseState) => {
      collect(state)
      seen.push(`${state.response.headers.get('x-echo')}`, await state.response.text())
    }
    const client = createClient({
      apiKey: API_KEY,
      baseUrl: service.url,
      rateLimit: false,
      retry: false,
      hooks: { afterResponse: [hook] },
    })
    const rows = await client.execute(contacts().limit(1))
    expect(rows).toHaveLength(1) // the rows are the caller's data and stay as the service sent them
    expect(seen[0]).toBe('[REDACTED]')
    expect(seen[1]).toContain('"echo":"[REDACTED]"')
  })
})

describe('base URLs', () => {
  it('refuses a base URL with credentials, or not http(s), without quoting it', () => {
    for (const baseUrl of [
      `https://user:${API_KEY}@vibecode.bitrix24.tech`,
      `https://${API_KEY}@x.test`,
      'ftp://x.test',
      'not a url',
      42,
    ]) {
      let thrown: unknown
      try {
        createClient({ apiKey: API_KEY, baseUrl: baseUrl as string })
      } catch (error) {
        thrown = collect(error)
      }
      expect((thrown as Error).message, String(baseUrl)).toBe(
        'createClient(): baseUrl must be an http(s) URL without a user name or password, e.g. https://vibecode.bitrix24.tech',
      )
    }
  })
})
