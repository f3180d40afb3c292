// batch / batchSettled / count against the emulator over real HTTP on 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  ApiError,
  batch,
  BatchError,
  batchSettled,
  companies,
  contacts,
  createClient,
  deals,
  entity,
  isBatchError,
  leads,
  QueryError,
  ResponseError,
  type AnyQuery,
  type Client,
} from '../../src/index.js'
import { createEmulator, type EmulatorServer } from '../../src/testing/index.js'

const emulator = createEmulator({ seed: 11, rateLimit: false })
let server: EmulatorServer
let client: Client
beforeAll(async () => {
  server = await emulator.listen({ port: 0 })
  client = createClient({ apiKey: 'vibe_api_demo', baseUrl: server.url, rateLimit: false, retry: false })
})
afterAll(() => server.close())
beforeEach(() => {
  emulator.clearRequests()
  emulator.clearFaults()
})

const batchRequests = () => emulator.requests.filter((r) => r.path === '/v1/batch')

describe('batch', () => {
  it('runs 120 searches across entities in 3 requests, each result under its key', async () => {
    const queries: Record<string, AnyQuery> = {}
    for (let i = 0; i < 120; i++) {
      queries[`q${i}`] = [
        contacts()
          .where('companyId', (i % 40) + 1)
          .select('id', 'companyId'),
        deals()
          .where('amount', '>=', i * 1000)
          .select('id', 'amount')
          .limit(5),
        companies()
          .where('id', 'in', [i + 1, i + 2])
          .select('id', 'title'),
        leads().orderBy('id', 'desc').limit(3),
      ][i % 4] as AnyQuery
    }
    const results = await batch(client, queries)
    expect(batchRequests().map((r) => (r.body as { calls: unknown[] }).calls.length)).toEqual([50, 50, 20])
    expect(Object.keys(results)).toHaveLength(120)
    for (const key of ['q0', 'q1', 'q2', 'q3', 'q57', 'q119']) {
      expect(results[key]).toEqual(await client.execute(queries[key] as AnyQuery))
    }
    expect(results.q0?.length).toBeGreaterThan(0)
  })

  it('sends each query’s compiled body as a search call keyed by its key', async () => {
    await batch(client, {
      clients: contacts().where('typeId', 'CLIENT').limit(2),
      won: deals().where('stageId', 'WON').select('id'),
    })
    expect(batchRequests()[0]?.body).toEqual({
      calls: [
        { id: 'clients', entity: 'contacts', action: 'search', params: { filter: { typeId: 'CLIENT' }, limit: 2 } },
        { id: 'won', entity: 'deals', action: 'search', params: { filter: { stageId: 'WON' }, select: ['id'] } },
      ],
    })
  })

  it('sends a smart process’s items as entity "items" with entityTypeId in params', async () => {
    let sent: unknown
    const recording = createClient({
      apiKey: 'vibe_api_demo',
      baseUrl: 'http://example.invalid',
      rateLimit: false,
      fetch: async (_url, init) => {
        sent = JSON.parse(String(init.body))
        const data = {
          results: { a: [{ id: 1 }] },
          totals: { a: 1 },
          errors: {},
          summary: { total: 1, succeeded: 1, failed: 0 },
        }
        return new Response(JSON.stringify({ success: true, data }), { status: 200 })
      },
    })
    const { a } = await batch(recording, {
      a: entity<{ id: number; stageId: string }>('items/128').where('stageId', 'DT128_1:NEW'),
    })
    expect(a).toEqual([{ id: 1 }])
    expect(sent).toEqual({
      calls: [
        {
          id: 'a',
          entity: 'items',
          action: 'search',
          params: { filter: { stageId: 'DT128_1:NEW' }, entityTypeId: 128 },
        },
      ],
    })
  })

  it('keeps the other results when one call fails', async () => {
    const failing = entity<{ id: number; nope: string }>('contacts').where('nope', 'x')
    const queries = { good: contacts().where('companyId', 15).select('id'), bad: failing, alsoGood: leads().limit(2) }
    const error = await batch(client, queries).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(BatchError)
    expect(isBatchError(error)).toBe(true)
    const batchError = error as BatchError
    expect(batchError.results.good).toEqual(await client.execute(contacts().where('companyId', 15).select('id')))
    expect(batchError.results.alsoGood).toHaveLength(2)
    expect(batchError.results.bad).toBeUndefined()
    expect(batchError.errors.bad).toBeInstanceOf(ApiError)
    expect((batchError.errors.bad as ApiError).code).toBe('INVALID_FILTER_FIELD')
    expect(batchError.message).toMatch(/^batch: 1 of 3 calls failed \(bad\); "bad": INVALID_FILTER_FIELD/)
  })

  it('settles each key without throwing', async () => {
    const settled = await batchSettled(client, {
      ok: contacts().select('id').limit(1),
      missing: entity<{ id: number }>('nosuchentity'),
    })
    expect(settled.ok).toEqual({ status: 'fulfilled', value: [expect.objectContaining({ id: expect.any(Number) })] })
    expect(settled.missing.status).toBe('rejected')
    if (settled.missing.status === 'rejected') expect(settled.missing.error).toBeInstanceOf(ApiError)
  })

  it('keeps other requests’ results when one whole request fails', async () => {
    const queries: Record<string, AnyQuery> = {}
    for (let i = 0; i < 60; i++)
      queries[`k${i}`] = contacts()
        .where('id', i + 1)
        .select('id')
    emulator.failNext({
      status: 503,
      body: { success: false, error: { code: 'UNAVAILABLE', message: 'down' } },
      match: { path: '/v1/batch' },
    })
    const settled = await batchSettled(client, queries)
    for (let i = 0; i < 50; i++) expect(settled[`k${i}`]?.status).toBe('rejected')
    for (let i = 50; i < 60; i++) expect(settled[`k${i}`]).toEqual({ status: 'fulfilled', value: [{ id: i + 1 }] })
    const first = settled.k0
    expect(first?.status === 'rejected' && first.error instanceof ApiError && first.error.status).toBe(503)
  })

  it('reports a missing per-call result as a ResponseError for that key', async () => {
    const body = { success: true, data: { results: { a: [] }, errors: {} } }
    emulator.failNext({ status: 200, body, match: { path: '/v1/batch' } })
    const settled = await batchSettled(client, { a: contacts().limit(1), b: leads().limit(1) })
    expect(settled.a).toEqual({ status: 'fulfilled', value: [] })
    expect(settled.b.status).toBe('rejected')
    if (settled.b.status === 'rejected') {
      expect(settled.b.error).toBeInstanceOf(ResponseError)
      expect(settled.b.error.message).toMatch(
        /\/v1\/batch "b" answered HTTP 200 with neither a result nor an error for this call/,
      )
    }
  })

  it('rejects every call of an answer with neither results nor errors', async () => {
    emulator.failNext({ status: 200, body: { success: true, data: {} }, match: { path: '/v1/batch' } })
    const settled = await batchSettled(client, { a: contacts().limit(1) })
    expect(settled.a.status).toBe('rejected')
    if (settled.a.status === 'rejected') expect(settled.a.error).toBeInstanceOf(ResponseError)
  })

  it('refuses bad keys and non-queries before sending anything', async () => {
    await expect(batch(client, {})).rejects.toThrow(QueryError)
    await expect(batch(client, { ['x'.repeat(65)]: contacts() })).rejects.toThrow(
      /the key "x+" must have 1 to 64 characters/,
    )
    await expect(batch(client, { a: { filter: {} } } as never)).rejects.toThrow(
      /batch\(\): "a" must be an operation that has a batch form/,
    )
    await expect(batch(client, { n: contacts().count() } as never)).rejects.toThrow(
      /"n" must be an operation that has a batch form/,
    )
    await expect(batch(client, [contacts()] as never)).rejects.toThrow(/takes an object of operations/)
    await expect(batch(client, JSON.parse('{"__proto__": 1}') as never)).rejects.toThrow(
      /the key "__proto__" must have 1 to 64 characters/,
    )
    await expect(batch({} as never, { a: contacts() })).rejects.toThrow(/takes a client from createClient\(\) first/)
    const proto: Record<string, AnyQuery> = {}
    Object.defineProperty(proto, '__proto__', { value: contacts(), enumerable: true })
    await expect(batchSettled(client, proto)).rejects.toThrow(/the key "__proto__" must have 1 to 64 characters/)
    expect(batchRequests()).toHaveLength(0)
  })
})

describe('count', () => {
  it('counts the rows a filter matches with POST /v1/{entity}/aggregate', async () => {
    const expected = emulator.rows('contacts').filter((r) => r.companyId === 15).length
    expect(expected).toBeGreaterThan(0)
    expect(await client.execute(contacts().where('companyId', 15).orderBy('id').limit(1).count())).toBe(expected)
    expect(await client.execute(contacts().count())).toBe(emulator.count('contacts'))
    const sent = emulator.requests.filter((r) => r.path === '/v1/contacts/aggregate').map((r) => r.body)
    expect(sent).toEqual([{ filter: { companyId: 15 } }, {}])
  })

  it('rejects an answer without a numeric count', async () => {
    emulator.failNext({ status: 200, body: { success: true, data: { groups: [] } } })
    await expect(client.execute(contacts().count())).rejects.toThrow(
      /POST \/v1\/contacts\/aggregate answered HTTP 200 with `data.count` that is not a whole number from 0/,
    )
  })
})
