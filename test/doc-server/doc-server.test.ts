// The doc server answers as the docs show (checked with the validators of shapes.ts), records every
// request, and each misbehaviour switch really misbehaves (and only when switched on).
import { describe, expect, it } from 'vitest'
import { startDocServer, type DocServer, type DocServerOptions, type Row } from './doc-server.js'
import {
  checkAggregate,
  checkBatch,
  checkBatchRejected,
  checkCreate,
  checkDelete,
  checkError,
  checkFields,
  checkRecord,
  checkSearch,
  checkUsersGet,
  type BatchCall,
} from './shapes.js'

const KEY = { 'X-Api-Key': 'vibe_api_test' }

interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  readonly json: any
}

// Every error answer seen, checked at the end against the documented codes.
const errorAnswers: Array<{ answer: Answer; what: string }> = []

async function call(
  server: DocServer,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = KEY,
): Promise<Answer> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    signal: AbortSignal.timeout(5_000),
  })
  const text = await res.text()
  const answer = { status: res.status, headers: res.headers, text, json: text === '' ? undefined : JSON.parse(text) }
  if (res.status >= 400) errorAnswers.push({ answer, what: `${method} ${path}` })
  return answer
}

const search = (server: DocServer, entity: string, body: unknown): Promise<Answer> =>
  call(server, 'POST', `/v1/${entity}/search`, body)

async function withServer(options: DocServerOptions, test: (server: DocServer) => Promise<void>): Promise<void> {
  const server = await startDocServer(options)
  try {
    await test(server)
  } finally {
    await server.close()
  }
}

const ids = (answer: Answer): number[] => (answer.json.data as Array<{ id: number }>).map((row) => row.id)

function manyDeals(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({ id: i + 1, title: `Deal ${i + 1}`, amount: 1, stageId: 'NEW' }))
}

describe('lifecycle and the request log', () => {
  it('listens on 127.0.0.1, records method, path, query, headers and body, and stops on close', async () => {
    const server = await startDocServer()
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    await search(server, 'deals', { filter: { stageId: 'NEW' }, limit: 2 })
    await call(server, 'GET', '/v1/deals/3?include=company')
    expect(server.requests).toMatchObject([
      {
        method: 'POST',
        path: '/v1/deals/search',
        query: '',
        body: { filter: { stageId: 'NEW' }, limit: 2 },
        status: 200,
      },
      { method: 'GET', path: '/v1/deals/3', query: '?include=company', body: undefined, status: 400 },
    ])
    expect(server.requests[0]?.headers['x-api-key']).toBe('vibe_api_test')
    expect(server.requests[0]?.headers['content-type']).toBe('application/json')
    await server.close()
    await expect(fetch(`${server.url}/v1/deals/1`, { headers: KEY })).rejects.toThrow()
  })

  it('refuses rows without a numeric id', async () => {
    await expect(startDocServer({ rows: { deals: [{ title: 'x' } as unknown as Row] } })).rejects.toThrow(TypeError)
  })
})

describe('search', () => {
  it('pages by key: id > last, ordered by id, with meta', async () => {
    await withServer({}, async (server) => {
      const first = await search(server, 'deals', { filter: { id: { $gt: 0 } }, order: { id: 'asc' }, limit: 5 })
      expect(checkSearch(first.json)).toEqual([])
      expect(ids(first)).toEqual([1, 2, 3, 4, 5])
      expect(first.json.meta).toEqual({ total: 12, hasMore: true })
      const last = await search(server, 'deals', { filter: { id: { $gt: 10 } }, order: { id: 'asc' }, limit: 5 })
      expect(ids(last)).toEqual([11, 12])
      expect(last.json.meta).toEqual({ total: 2, hasMore: false })
    })
  })

  it('reads the three filter syntaxes, order and sort, select and offset', async () => {
    await withServer({}, async (server) => {
      const dollar = await search(server, 'deals', { filter: { amount: { $gte: 5000, $lt: 8000 } } })
      const prefix = await search(server, 'deals', { filter: { '>=amount': 5000, '<amount': 8000 } })
      const keys = await search(server, 'deals', { filter: { amount: { '>=': 5000, '<': 8000 } } })
      expect(ids(dollar)).toEqual([5, 6, 7])
      expect(ids(prefix)).toEqual([5, 6, 7])
      expect(ids(keys)).toEqual([5, 6, 7])
      const stages = await search(server, 'deals', { filter: { stageId: { $in: ['WON', 'LOSE'] } } })
      expect(ids(stages)).toEqual([4, 5, 9, 10])
      expect(ids(await search(server, 'deals', { filter: { '!stageId': 'NEW', id: { $lte: 3 } } }))).toEqual([2, 3])
      expect(ids(await search(server, 'deals', { order: { amount: 'desc' }, limit: 3 }))).toEqual([12, 11, 10])
      expect(ids(await search(server, 'deals', { sort: '-amount', limit: 2, offset: 1 }))).toEqual([11, 10])
      const selected = await search(server, 'deals', { select: ['id', 'title'], limit: 1 })
      expect(selected.json.data).toEqual([{ id: 1, title: 'Deal 1' }])
    })
  })

  it('answers documented errors for a bad limit, field, operator, sort or include', async () => {
    await withServer({}, async (server) => {
      const cases: Array<[unknown, number, string]> = [
        [{ limit: 5001 }, 400, 'VALIDATION_ERROR'],
        [{ filter: { nope: 1 } }, 400, 'INVALID_FILTER_FIELD'],
        [{ filter: { id: { $regex: '1' } } }, 400, 'INVALID_FILTER'],
        [{ order: { nope: 'asc' } }, 400, 'UNKNOWN_SORT_FIELD'],
        [{ order: { id: 'up' } }, 400, 'INVALID_SORT_DIRECTION'],
        [{ sort: 5 }, 400, 'INVALID_SORT_TYPE'],
        [{ include: ['company'] }, 400, 'INVALID_INCLUDE'],
      ]
      for (const [body, status, code] of cases) {
        const answer = await search(server, 'deals', body)
        expect([answer.status, answer.json.error.code], JSON.stringify(body)).toEqual([status, code])
        expect(checkError(answer.status, answer.json)).toEqual([])
      }
    })
  })

  it('leaves meta out when told to, as the entity pages print search answers', async () => {
    await withServer({ searchMeta: false }, async (server) => {
      const answer = await search(server, 'deals', { limit: 1 })
      expect(checkSearch(answer.json)).toEqual([])
      expect(answer.json).not.toHaveProperty('meta')
    })
  })
})

describe('records, writes, fields and aggregate', () => {
  it('gets a record, users as an array, 404 for a missing id, 400 for a bad one', async () => {
    await withServer({}, async (server) => {
      expect(checkRecord((await call(server, 'GET', '/v1/deals/3')).json, 3)).toEqual([])
      expect(checkUsersGet((await call(server, 'GET', '/v1/users/1')).json)).toEqual([])
      const missing = await call(server, 'GET', '/v1/deals/999')
      expect([missing.status, missing.json.error.code]).toEqual([404, 'ENTITY_NOT_FOUND'])
      const bad = await call(server, 'GET', '/v1/deals/abc')
      expect([bad.status, bad.json.error.code]).toEqual([400, 'INVALID_PARAMS'])
    })
  })

  it('creates (201), updates and deletes (204, empty body)', async () => {
    await withServer({}, async (server) => {
      const created = await call(server, 'POST', '/v1/deals', { title: 'Big one', amount: 5000 })
      expect(checkCreate(created.status, created.json)).toEqual([])
      expect(created.json.data).toMatchObject({ id: 13, title: 'Big one', amount: 5000 })
      const updated = await call(server, 'PATCH', '/v1/deals/13', { stageId: 'WON' })
      expect(checkRecord(updated.json, 13)).toEqual([])
      expect(updated.json.data).toMatchObject({ title: 'Big one', stageId: 'WON' })
      const deleted = await call(server, 'DELETE', '/v1/deals/13')
      expect(checkDelete(deleted.status, deleted.text)).toEqual([])
      expect((await call(server, 'GET', '/v1/deals/13')).status).toBe(404)
    })
  })

  it('answers fields in the CRM shape', async () => {
    await withServer({}, async (server) => {
      const answer = await call(server, 'GET', '/v1/deals/fields')
      expect(checkFields(answer.json, true)).toEqual([])
      const amount = { type: 'integer', isRequired: false, isReadOnly: false, title: 'amount' }
      expect(answer.json.data.fields.amount).toEqual(amount)
    })
  })

  it('aggregates a count, groups, sums, and truncates numeric functions past 5000 rows', async () => {
    await withServer({}, async (server) => {
      const count = await call(server, 'POST', '/v1/deals/aggregate', { filter: { stageId: 'NEW' } })
      expect(checkAggregate(count.json)).toEqual([])
      const meta = { totalRecords: 3, recordsProcessed: 0, truncated: false }
      expect(count.json.data).toEqual({ count: 3, aggregates: {}, meta })
      const body = { aggregate: [{ field: 'amount', function: 'sum' }], groupBy: 'stageId' }
      const grouped = await call(server, 'POST', '/v1/deals/aggregate', body)
      expect(checkAggregate(grouped.json, ['stageId'])).toEqual([])
      const newStage = { stageId: 'NEW', count: 3, aggregates: { amount: { sum: 1000 + 6000 + 11000 } } }
      expect(grouped.json.data.groups[0]).toEqual(newStage)
    })
    await withServer({ rows: { deals: manyDeals(6000) } }, async (server) => {
      const body = { aggregate: [{ field: 'amount', function: 'sum' }] }
      const answer = await call(server, 'POST', '/v1/deals/aggregate', body)
      expect(checkAggregate(answer.json)).toEqual([])
      expect(answer.json.data).toMatchObject({
        count: 6000,
        aggregates: { amount: { sum: 5000 } },
        meta: { totalRecords: 6000, recordsProcessed: 5000, truncated: true },
      })
    })
  })
})

describe('batch', () => {
  const docsCalls: BatchCall[] = [
    {
      id: 'deals',
      entity: 'deals',
      action: 'list',
      params: { filter: { stageId: 'NEW' }, select: ['id', 'title'], limit: 2 },
    },
    { id: 'contacts', entity: 'contacts', action: 'search', params: { limit: 20 } },
    { id: 'user1', entity: 'users', action: 'get', entityId: 1 },
    { entity: 'deals', action: 'fields' },
  ]

  it('answers results, totals, errors, summary and meta keyed by call id', async () => {
    await withServer({}, async (server) => {
      const answer = await call(server, 'POST', '/v1/batch', { calls: docsCalls })
      expect(checkBatch(answer.json, docsCalls)).toEqual([])
      expect(answer.json.data.meta.deals).toEqual({ total: 3, returned: 2, hasMore: true, truncated: false })
      expect(answer.json.data.results.user1).toEqual([{ id: 1, name: 'User1', active: true }])
      expect(Object.keys(answer.json.data.results).sort()).toEqual(['3', 'contacts', 'deals', 'user1'])
    })
  })

  it('keeps success true when a call fails, and answers 400 INVALID_REQUEST when all are invalid', async () => {
    await withServer({}, async (server) => {
      const partial: BatchCall[] = [
        { id: 'deals', entity: 'deals', action: 'list', params: { limit: 1 } },
        { id: 'unknown', entity: 'foobar', action: 'list' },
        { id: 'gone', entity: 'deals', action: 'get', entityId: 999 },
      ]
      const answer = await call(server, 'POST', '/v1/batch', { calls: partial })
      expect(checkBatch(answer.json, partial)).toEqual([])
      expect(answer.json.data.errors.unknown.code).toBe('UNKNOWN_ENTITY')
      expect(answer.json.data.errors.gone.code).toBe('ENTITY_NOT_FOUND')
      const invalid = [
        { id: 'x', entity: 'deals', action: 'get' },
        { id: 'y', entity: 'deals' },
      ]
      const rejected = await call(server, 'POST', '/v1/batch', { calls: invalid })
      expect(checkBatchRejected(rejected.status, rejected.json, ['x', 'y'])).toEqual([])
      expect(rejected.json.data.errors).toMatchObject({ x: { code: 'MISSING_ENTITY_ID' }, y: { code: 'INVALID_CALL' } })
      const tooMany = Array.from({ length: 51 }, () => ({ entity: 'deals', action: 'fields' }))
      const over = await call(server, 'POST', '/v1/batch', { calls: tooMany })
      expect([over.status, over.json.error.code]).toEqual([400, 'INVALID_REQUEST'])
    })
  })
})

describe('keys and routes', () => {
  it('answers the documented key errors', async () => {
    await withServer({}, async (server) => {
      const cases: Array<[Record<string, string>, number, string]> = [
        [{}, 401, 'MISSING_API_KEY'],
        [{ 'X-Api-Key': 'sk-not-vibe' }, 401, 'INVALID_API_KEY'],
        [{ 'X-Api-Key': 'vibe_live_x' }, 403, 'MANAGEMENT_KEY_NO_ENTITY_ACCESS'],
        [{ 'X-Api-Key': 'vibe_app_x' }, 401, 'TOKEN_MISSING'],
      ]
      for (const [headers, status, code] of cases) {
        const answer = await call(server, 'GET', '/v1/deals/1', undefined, headers)
        expect([answer.status, answer.json.error.code]).toEqual([status, code])
      }
      const appKey = { 'X-Api-Key': 'vibe_app_x', Authorization: 'Bearer s' }
      const app = await call(server, 'GET', '/v1/deals/1', undefined, appKey)
      expect(app.status).toBe(200)
    })
  })

  it('answers an unknown entity, an unserved route and a body that is not JSON', async () => {
    await withServer({}, async (server) => {
      const unknown = await search(server, 'foobar', {})
      expect([unknown.status, unknown.json.error.code]).toEqual([400, 'UNKNOWN_ENTITY'])
      const route = await call(server, 'GET', '/v1/deals')
      expect([route.status, route.json.error.code]).toEqual([404, 'NOT_FOUND'])
      const json = await search(server, 'deals', '{"limit":')
      expect([json.status, json.json.error.code]).toEqual([400, 'VALIDATION_ERROR'])
    })
  })
})

describe('misbehaviours', () => {
  it('metaTotalZero: meta.total and batch totals say 0 while rows come back', async () => {
    await withServer({ misbehave: { metaTotalZero: true } }, async (server) => {
      const answer = await search(server, 'deals', { limit: 3 })
      expect(ids(answer)).toEqual([1, 2, 3])
      expect(answer.json.meta.total).toBe(0)
      const batch = await call(server, 'POST', '/v1/batch', { calls: [{ id: 'd', entity: 'deals', action: 'list' }] })
      expect(batch.json.data.totals.d).toBe(0)
      expect(batch.json.data.results.d).toHaveLength(12)
      server.misbehave.metaTotalZero = false
      expect((await search(server, 'deals', { limit: 3 })).json.meta.total).toBe(12)
    })
  })

  it('hasMoreStuck: hasMore stays true on the last page', async () => {
    await withServer({ misbehave: { hasMoreStuck: true } }, async (server) => {
      const last = await search(server, 'deals', { filter: { id: { $gt: 10 } }, limit: 5 })
      expect(ids(last)).toEqual([11, 12])
      expect(last.json.meta.hasMore).toBe(true)
      server.misbehave.hasMoreStuck = false
      expect((await search(server, 'deals', { filter: { id: { $gt: 10 } }, limit: 5 })).json.meta.hasMore).toBe(false)
    })
  })

  it('ignoreOrder: rows come in a non-ascending id order whatever the order asked', async () => {
    await withServer({ misbehave: { ignoreOrder: true } }, async (server) => {
      const answer = await search(server, 'deals', { order: { id: 'asc' }, limit: 4 })
      expect(ids(answer)).toEqual([12, 11, 10, 9])
      server.misbehave.ignoreOrder = false
      expect(ids(await search(server, 'deals', { order: { id: 'asc' }, limit: 4 }))).toEqual([1, 2, 3, 4])
    })
  })

  it('ignoreKeyFilter: the id condition is dropped, other conditions kept', async () => {
    await withServer({ misbehave: { ignoreKeyFilter: true } }, async (server) => {
      const body = { filter: { id: { $gt: 10 }, stageId: 'NEW' }, order: { id: 'asc' } }
      expect(ids(await search(server, 'deals', body))).toEqual([1, 6, 11])
      server.misbehave.ignoreKeyFilter = false
      expect(ids(await search(server, 'deals', body))).toEqual([11])
    })
  })

  it('failWith: a documented envelope, retryAfter and Retry-After, for `times` requests', async () => {
    const failWith = { code: 'RATE_LIMITED', status: 429, times: 2, retryAfter: 2, retryAfterHeader: 2 }
    await withServer({ misbehave: { failWith } }, async (server) => {
      for (let i = 0; i < 2; i += 1) {
        const answer = await search(server, 'deals', { limit: 1 })
        expect(answer.status).toBe(429)
        expect(answer.json.error).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 2 })
        expect(checkError(answer.status, answer.json, answer.headers.get('retry-after'))).toEqual([])
        expect(answer.headers.get('retry-after')).toBe('2')
      }
      expect((await search(server, 'deals', { limit: 1 })).status).toBe(200)
      expect(server.requests.map((request) => request.status)).toEqual([429, 429, 200])
    })
  })

  it('failWith: every request without times, switchable while running, an HTTP-date header as given', async () => {
    await withServer({}, async (server) => {
      expect((await call(server, 'GET', '/v1/deals/1')).status).toBe(200)
      const date = 'Wed, 21 Oct 2026 07:28:00 GMT'
      server.misbehave.failWith = { code: 'QUEUE_TIMEOUT', status: 504, retryAfterHeader: date }
      for (let i = 0; i < 3; i += 1) {
        const answer = await call(server, 'GET', '/v1/deals/1')
        const seen = [answer.status, answer.json.error.code, answer.headers.get('retry-after')]
        expect(seen).toEqual([504, 'QUEUE_TIMEOUT', date])
      }
      server.misbehave.failWith = { code: 'BITRIX_UNAVAILABLE', status: 503 }
      const undocumented = await call(server, 'GET', '/v1/deals/1')
      expect([undocumented.status, undocumented.json.error.code]).toEqual([500, 'INTERNAL_ERROR'])
      server.misbehave.failWith = undefined
      expect((await call(server, 'GET', '/v1/deals/1')).status).toBe(200)
    })
  })

  it('failWith: refuses at start a code or status the docs do not give', async () => {
    const teapot = { code: 'TEAPOT', status: 418 }
    await expect(startDocServer({ misbehave: { failWith: teapot } })).rejects.toThrow(/not documented/)
    const wrongStatus = { code: 'RATE_LIMITED', status: 503 }
    await expect(startDocServer({ misbehave: { failWith: wrongStatus } })).rejects.toThrow(TypeError)
  })
})

// Runs last (tests in a file run in order): every error the doc server answered above.
it('answers every error with a documented code and status', () => {
  expect(errorAnswers.length).toBeGreaterThan(0)
  for (const { answer, what } of errorAnswers) {
    expect(checkError(answer.status, answer.json, answer.headers.get('retry-after')), what).toEqual([])
  }
})
