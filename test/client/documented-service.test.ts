// The client against a server written from the vendor docs alone (test/doc-server/), apart from
// the emulator: batch answers, every documented error code, meta that must not be trusted, and a
// server that ignores the sort key or the id condition. Loopback only; each server is closed.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  ApiError,
  batch,
  batchSettled,
  BatchError,
  contacts,
  createClient,
  deals,
  entity,
  isApiError,
  isRateLimitError,
  ResponseError,
  stream,
  type FetchLike,
} from '../../src/index.js'
import type { DocServer, Row } from '../doc-server/doc-server.js'
import { serveDocs } from './documented.js'
import { caught } from './leak-check.js'

const errorCodes: { code: string; status: number | null }[] = JSON.parse(
  readFileSync(new URL('../fixtures/docs/error-codes.json', import.meta.url), 'utf8'),
)

const serve = serveDocs

const numbered = (count: number): Row[] => Array.from({ length: count }, (_, i) => ({ id: i + 1, name: `n${i + 1}` }))
const searches = (s: DocServer) => s.requests.filter((r) => r.path.endsWith('/search'))

describe('batch, as the batch page documents it', () => {
  it('reads results and totals keyed by call id, typed per key', async () => {
    const { client, server } = await serve()
    const { people, top } = await batch(client, {
      people: contacts().select('id').limit(2),
      top: deals().select('id', 'title').limit(1),
    })
    expect(people).toEqual(
      server.tables
        .get('contacts')
        ?.slice(0, 2)
        .map(({ id }) => ({ id })),
    )
    expect(top).toHaveLength(1)
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/batch'])
  })

  it('keeps the other results on a partial failure, and gives the failed call its own code', async () => {
    const { client } = await serve()
    const error = await caught(batch(client, { good: contacts().limit(1), bad: entity<{ id: number }>('foobar') }))
    expect(error).toBeInstanceOf(BatchError)
    const { results, errors } = error as BatchError
    expect(results.good).toHaveLength(1)
    expect(errors.bad).toBeInstanceOf(ApiError)
    expect(errors.bad).toMatchObject({ code: 'UNKNOWN_ENTITY', status: 200, path: '/v1/batch "bad"' })
  })

  it('gives every call its own error when the service refuses a batch whose calls are all invalid (400 INVALID_REQUEST)', async () => {
    const { client, server } = await serve()
    const settled = await batchSettled(client, {
      a: entity<{ id: number }>('foobar'),
      b: entity<{ id: number }>('nothing'),
    })
    expect(server.requests.map((r) => r.status)).toEqual([400])
    for (const outcome of [settled.a, settled.b]) {
      expect(outcome.status).toBe('rejected')
      if (outcome.status === 'rejected')
        expect(outcome.error).toMatchObject({ name: 'ApiError', code: 'UNKNOWN_ENTITY', status: 400 })
    }
  })

  it('sends a batch of 120 calls as 50 + 50 + 20, in order', async () => {
    const { client, server } = await serve({ rows: { contacts: numbered(200) } })
    const calls = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [
        `k${i}`,
        contacts()
          .where('id', i + 1)
          .select('id'),
      ]),
    )
    const results = await batch(client, calls)
    expect(server.requests.map((r) => (r.body as { calls: unknown[] }).calls.length)).toEqual([50, 50, 20])
    for (let i = 0; i < 120; i++) expect(results[`k${i}`]).toEqual([{ id: i + 1 }])
  })
})

describe('stream against meta that is not to be trusted', () => {
  it('gets every row when meta.total says 0 while rows come back', async () => {
    const { client, server } = await serve({ rows: { contacts: numbered(12_345) }, misbehave: { metaTotalZero: true } })
    const ids: number[] = []
    for await (const row of stream(client, contacts().select('id'))) ids.push(row.id)
    expect(ids).toEqual(numbered(12_345).map((r) => r.id))
    expect(searches(server)).toHaveLength(3)
  })

  it('stops on the short last page although hasMore stays true', async () => {
    const { client, server } = await serve({ rows: { contacts: numbered(7_000) }, misbehave: { hasMoreStuck: true } })
    let count = 0
    for await (const _ of stream(client, contacts())) count++
    expect(count).toBe(7_000)
    expect(searches(server)).toHaveLength(2)
  })

  it('stops after a full last page when meta.hasMore says false, so ⌈N/5000⌉ requests', async () => {
    const { client, server } = await serve({ rows: { contacts: numbered(10_000) } })
    let count = 0
    for await (const _ of stream(client, contacts().select('id'))) count++
    expect(count).toBe(10_000)
    expect(searches(server)).toHaveLength(2)
  })
})

describe('stream against a server that ignores what keyset paging relies on', () => {
  it('throws, naming the likely cause, when the sort key is ignored: no row is skipped silently', async () => {
    const { client, server } = await serve({ rows: { contacts: numbered(6_000) }, misbehave: { ignoreOrder: true } })
    const seen: number[] = []
    const error = await caught(
      (async () => {
        for await (const row of stream(client, contacts().select('id'))) seen.push(row.id)
      })(),
    )
    expect(error).toBeInstanceOf(ResponseError)
    expect((error as Error).message).toMatch(
      /paging by id needs them ascending, so the service seems to have ignored the sort key/,
    )
    expect(seen).toEqual([])
    expect(searches(server)).toHaveLength(1)
  })

  it('throws rather than repeat rows when the id condition is ignored', async () => {
    const { client } = await serve({ rows: { contacts: numbered(12_000) }, misbehave: { ignoreKeyFilter: true } })
    const seen = new Set<number>()
    let duplicates = 0
    const error = await caught(
      (async () => {
        for await (const row of stream(client, contacts().select('id'))) {
          if (seen.has(row.id)) duplicates++
          seen.add(row.id)
        }
      })(),
    )
    expect(error).toBeInstanceOf(ResponseError)
    expect((error as Error).message).toMatch(/id 1 after id 5000/)
    expect(duplicates).toBe(0)
    expect(seen.size).toBe(5_000)
  })
})

describe('every documented error code', () => {
  // One entry per code and status, as error-codes.json lists them from the docs (the few codes the
  // docs name without a status cannot be answered faithfully, so they are not among them).
  const cases = [
    ...new Map(
      errorCodes.filter((entry) => entry.status !== null).map((entry) => [`${entry.code} ${entry.status}`, entry]),
    ).values(),
  ]

  it.each(cases.map((entry) => [entry.code, entry.status as number] as const))(
    '%s (%i) becomes an ApiError with that status and code',
    async (code, status) => {
      const { client, server } = await serve({ misbehave: { failWith: { code, status } } }, { retry: false })
      const error = await caught(client.execute(contacts().limit(1)))
      expect(isApiError(error)).toBe(true)
      expect(error).toMatchObject({ code, status, method: 'POST', path: '/v1/contacts/search' })
      expect(isRateLimitError(error)).toBe(status === 429)
      expect(server.requests).toHaveLength(1)
    },
  )

  it('sends a non-429 4xx once, even with retries on', async () => {
    for (const [code, status] of [
      ['VALIDATION_ERROR', 400],
      ['INVALID_FILTER_FIELD', 400],
      ['ENTITY_NOT_FOUND', 404],
      ['SCOPE_DENIED', 403],
    ] as const) {
      const { client, server } = await serve({ misbehave: { failWith: { code, status } } })
      await caught(client.execute(contacts()))
      expect(server.requests, code).toHaveLength(1)
    }
  })

  it('sends a request refused as a loop (429 ERROR_LOOP_DETECTED) once', async () => {
    const { client, server } = await serve({
      misbehave: { failWith: { code: 'ERROR_LOOP_DETECTED', status: 429, retryAfter: 60 } },
    })
    const error = await caught(client.execute(contacts()))
    expect(error).toMatchObject({ code: 'ERROR_LOOP_DETECTED', retryAfter: 30 })
    expect(server.requests).toHaveLength(1)
  })

  it('retries 429 RATE_LIMITED, 502 and 504, and returns the rows', async () => {
    for (const [code, status] of [
      ['RATE_LIMITED', 429],
      ['BITRIX_UNAVAILABLE', 502],
      ['QUEUE_TIMEOUT', 504],
    ] as const) {
      const { client, server } = await serve({ misbehave: { failWith: { code, status, times: 2 } } })
      expect(await client.execute(contacts().select('id').limit(1)), code).toHaveLength(1)
      expect(server.requests.map((r) => r.status)).toEqual([status, status, 200])
    }
  })
})

describe('Retry-After: one rule, and the number reported is the number waited', () => {
  it("waits a proxy's Retry-After on a 503 whose body is not the service's envelope", async () => {
    let requests = 0
    const seen: number[] = []
    const fetch: FetchLike = async () =>
      ++requests === 1
        ? new Response('<html>busy</html>', { status: 503, headers: { 'Retry-After': '1' } })
        : new Response('{"success":true,"data":[]}', { status: 200 })
    const client = createClient({
      apiKey: 'vibe_api_documented',
      baseUrl: 'http://proxy.invalid',
      rateLimit: false,
      retry: { maxRetryAfterMs: 250 }, // the header's 1 s, capped to keep the test short
      fetch,
      hooks: { beforeRetry: [({ delayMs }) => void seen.push(delayMs)] },
    })
    expect(await client.execute(contacts().limit(1))).toEqual([])
    expect(seen).toEqual([250])
  })

  it('waits the later of the header and the body, and the error says so', async () => {
    const { server } = await serve()
    const seen: number[][] = []
    const client = createClient({
      apiKey: 'vibe_api_documented',
      baseUrl: server.url,
      rateLimit: false,
      retry: { maxRetryAfterMs: 400 }, // the header's whole seconds, capped to keep the test short
      hooks: {
        beforeRetry: [({ delayMs, error }) => void seen.push([delayMs, (error as ApiError).retryAfter as number])],
      },
    })
    for (const [retryAfter, retryAfterHeader] of [
      [0.3, '0'], // the body is later: the first edition reported 7 s here and waited 0 ms
      [0.05, '1'], // the header is later (1 s, capped to 0.4 s)
    ] as const) {
      server.misbehave.failWith = { code: 'RATE_LIMITED', status: 429, times: 1, retryAfter, retryAfterHeader }
      expect(await client.execute(contacts().limit(1))).toHaveLength(1)
    }
    expect(seen).toEqual([
      [300, 0.3],
      [400, 0.4],
    ])
  })
})
