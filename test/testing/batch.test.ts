// POST /v1/batch in the documented shape: data.{ results, totals, errors, summary, meta } keyed by
// call id; partial failure; every call invalid; the per-call codes; smart-process items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTACTS, DEALS, start, type Answer, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  r = await start({
    data: { deals: DEALS, contacts: CONTACTS, 'items/1058': [{ id: 7, title: 'Pilot' }] },
    keys: { vibe_api_demo: { scopes: ['crm'] }, vibe_api_tasksonly: { scopes: ['task'] } },
  })
})
afterAll(() => r.close())

const batch = (calls: unknown, key = 'vibe_api_demo'): Promise<Answer> =>
  r.post('/v1/batch', { calls }, { 'X-Api-Key': key })
const codes = (answer: Answer): Record<string, string> =>
  Object.fromEntries(
    Object.entries(answer.json.data.errors as Record<string, { code: string }>).map(([id, e]) => [id, e.code]),
  )

describe('every call succeeds', () => {
  it('answers results, totals, errors, summary and meta keyed by call id', async () => {
    const answer = await batch([
      { id: 'won', entity: 'deals', action: 'search', params: { filter: { stageId: 'WON' }, select: ['id'] } },
      { id: 'page', entity: 'deals', action: 'list', params: { limit: 2, select: ['id', 'title'] } },
      { id: 'ivan', entity: 'contacts', action: 'get', entityId: 1 },
    ])
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.json)).toEqual(['success', 'data'])
    expect(answer.json.success).toBe(true)
    expect(Object.keys(answer.json.data)).toEqual(['results', 'totals', 'errors', 'summary', 'meta'])
    const { results, totals, errors, summary, meta } = answer.json.data
    expect(results.won).toEqual([{ id: 2 }, { id: 4 }])
    expect(results.page).toEqual([
      { id: 1, title: 'Office furniture' },
      { id: 2, title: 'CRM implementation' },
    ])
    expect(results.ivan).toMatchObject({ id: 1, name: 'Ivan', lastName: 'Petrov' })
    expect(totals).toEqual({ won: 2, page: 6 })
    expect(errors).toEqual({})
    expect(summary).toEqual({ total: 3, succeeded: 3, failed: 0 })
    expect(meta).toEqual({
      won: { total: 2, returned: 2, hasMore: false, truncated: false },
      page: { total: 6, returned: 2, hasMore: true, truncated: false },
    })
  })
  it('numbers calls without an id "0", "1", … by position', async () => {
    const answer = await batch([
      { entity: 'deals', action: 'list', params: { limit: 1, select: ['id'] } },
      { id: 'x', entity: 'deals', action: 'fields' },
      { entity: 'contacts', action: 'get', entityId: '2' },
    ])
    expect(Object.keys(answer.json.data.results).sort()).toEqual(['0', '2', 'x'])
    expect(answer.json.data.results['0']).toEqual([{ id: 1 }])
    expect(answer.json.data.results['2']).toMatchObject({ id: 2, name: 'Anna' })
  })
  it('answers fields with the schema the single endpoint gives', async () => {
    const answer = await batch([{ id: 'f', entity: 'deals', action: 'fields' }])
    const single = await r.get('/v1/deals/fields')
    expect(answer.json.data.results.f).toEqual(single.json.data)
    expect(answer.json.data.totals).toEqual({})
    expect(answer.json.data.meta).toEqual({})
  })
  it('accepts 50 calls', async () => {
    const answer = await batch(
      Array.from({ length: 50 }, () => ({ entity: 'deals', action: 'search', params: { limit: 1, select: ['id'] } })),
    )
    expect(answer.status).toBe(200)
    expect(answer.json.data.summary).toEqual({ total: 50, succeeded: 50, failed: 0 })
  })
})

describe('some calls fail', () => {
  it('keeps success: true, the good results in results and the failures in errors under their ids', async () => {
    const answer = await batch([
      { id: 'deals', entity: 'deals', action: 'search', params: { select: ['id'], limit: 1 } },
      { id: 'unknown', entity: 'foobar', action: 'list' },
      { id: 'missing', entity: 'contacts', action: 'get', entityId: 99 },
      { id: 'typo', entity: 'deals', action: 'search', params: { filter: { stage: 'WON' } } },
      { id: 'token', entity: 'deals', action: 'search', params: { filter: { '@id': [1] } } },
    ])
    expect(answer.status).toBe(200)
    expect(answer.json.success).toBe(true)
    const { results, totals, errors, summary, meta } = answer.json.data
    expect(results).toEqual({ deals: [{ id: 1 }] })
    expect(totals).toEqual({ deals: 6 })
    expect(meta).toEqual({ deals: { total: 6, returned: 1, hasMore: true, truncated: false } })
    expect(summary).toEqual({ total: 5, succeeded: 1, failed: 4 })
    expect(errors.unknown).toMatchObject({ code: 'UNKNOWN_ENTITY', message: expect.stringContaining('foobar') })
    expect(errors.missing).toEqual({ code: 'ENTITY_NOT_FOUND', message: 'Item not found' })
    expect(codes(answer)).toEqual({
      unknown: 'UNKNOWN_ENTITY',
      missing: 'ENTITY_NOT_FOUND',
      typo: 'INVALID_FILTER_FIELD',
      token: 'INVALID_FILTER_OPERATOR',
    })
  })
  it('stays 200 when every call fails while running (none failed validation)', async () => {
    const answer = await batch([{ id: 'a', entity: 'deals', action: 'get', entityId: 99 }])
    expect(answer.status).toBe(200)
    expect(answer.json.data).toEqual({
      results: {},
      totals: {},
      errors: { a: { code: 'ENTITY_NOT_FOUND', message: 'Item not found' } },
      summary: { total: 1, succeeded: 0, failed: 1 },
      meta: {},
    })
  })
})

describe('every call fails validation', () => {
  it('answers 400 INVALID_REQUEST with the failures in data.errors', async () => {
    const answer = await batch([{ id: 'x', entity: 'deals', action: 'get' }])
    expect(answer.status).toBe(400)
    expect(answer.json).toEqual({
      success: false,
      error: { code: 'INVALID_REQUEST', message: 'All calls in the batch failed validation' },
      data: {
        errors: { x: { code: 'MISSING_ENTITY_ID', message: 'Action "get" needs entityId', hint: expect.any(String) } },
      },
    })
  })
  it('lists each call under its id with its own code', async () => {
    const answer = await batch([
      { id: 'noId', entity: 'deals', action: 'get', params: { id: 1 } },
      { id: 'noAction', entity: 'deals' },
      { id: 'what', entity: 'deals', action: 'explode' },
      { id: 'agg', entity: 'deals', action: 'aggregate' },
      { id: 'upd', entity: 'deals', action: 'update', params: { title: 'x' } },
      { id: 'where', entity: 'nowhere', action: 'list' },
      { id: 'extra', entity: 'deals', action: 'list', filter: {} },
      'not a call',
    ])
    expect(answer.status).toBe(400)
    expect(answer.json.error.code).toBe('INVALID_REQUEST')
    expect(codes(answer)).toEqual({
      noId: 'MISSING_ENTITY_ID',
      noAction: 'INVALID_CALL',
      what: 'ACTION_NOT_SUPPORTED',
      agg: 'ACTION_NOT_SUPPORTED',
      upd: 'MISSING_ENTITY_ID',
      where: 'UNKNOWN_ENTITY',
      extra: 'INVALID_CALL',
      '7': 'INVALID_CALL',
    })
    expect(r.emulator.count('deals')).toBe(6)
  })
  it('answers 403 SCOPE_NOT_ALLOWED when every failure is a missing scope', async () => {
    const answer = await batch(
      [
        { entity: 'deals', action: 'search' },
        { entity: 'contacts', action: 'fields' },
      ],
      'vibe_api_tasksonly',
    )
    expect(answer.status).toBe(403)
    expect(answer.json).toMatchObject({ success: false, error: { code: 'SCOPE_NOT_ALLOWED' } })
    expect(codes(answer)).toEqual({ '0': 'SCOPE_NOT_ALLOWED', '1': 'SCOPE_NOT_ALLOWED' })
  })
  it('lists a missing scope as SCOPE_NOT_ALLOWED among other failures (400 INVALID_REQUEST)', async () => {
    const answer = await batch(
      [
        { entity: 'deals', action: 'search' },
        { entity: 'nowhere', action: 'list' },
      ],
      'vibe_api_tasksonly',
    )
    expect(answer.status).toBe(400)
    expect(answer.json.error.code).toBe('INVALID_REQUEST')
    expect(codes(answer)).toEqual({ '0': 'SCOPE_NOT_ALLOWED', '1': 'UNKNOWN_ENTITY' })
  })
})

describe('the request as a whole', () => {
  it('answers 400 INVALID_REQUEST for a body without 1 to 50 calls, or bad or repeated ids', async () => {
    const call = { entity: 'deals', action: 'search', params: { limit: 1 } }
    for (const body of [
      {},
      { calls: 'x' },
      { calls: [] },
      { calls: Array.from({ length: 51 }, () => call) },
      { calls: [call], extra: true },
      { calls: [{ ...call, id: 'a'.repeat(65) }] },
      { calls: [{ ...call, id: 5 }] },
      { calls: [{ ...call, id: '' }] },
      {
        calls: [
          { ...call, id: 'a' },
          { ...call, id: 'a' },
        ],
      },
      { calls: [{ ...call, id: '1' }, call] },
    ]) {
      const answer = await r.post('/v1/batch', body)
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(answer.json.error.code).toBe('INVALID_REQUEST')
    }
    expect((await batch([{ ...call, id: 'a'.repeat(64) }])).status).toBe(200)
  })
  it('answers 404 NOT_FOUND to another method', async () => {
    expect((await r.get('/v1/batch')).json.error.code).toBe('NOT_FOUND')
  })
})

describe('writes', () => {
  it('creates, updates and deletes: results hold the record, null for a delete', async () => {
    const answer = await batch([
      { id: 'new', entity: 'deals', action: 'create', params: { title: 'From a batch', amount: 10 } },
      { id: 'won', entity: 'deals', action: 'update', entityId: 1, params: { stageId: 'WON' } },
      { id: 'gone', entity: 'deals', action: 'delete', entityId: 6 },
      { id: 'bad', entity: 'deals', action: 'update', entityId: 2, params: { amount: 'lots' } },
    ])
    expect(answer.status).toBe(200)
    const { results, errors, summary } = answer.json.data
    expect(results.new).toMatchObject({ id: 7, title: 'From a batch', amount: 10 })
    expect(results.won).toMatchObject({ id: 1, stageId: 'WON', title: 'Office furniture' })
    expect(results.gone).toBeNull()
    expect(errors.bad.code).toBe('VALIDATION_ERROR')
    expect(summary).toEqual({ total: 4, succeeded: 3, failed: 1 })
    expect(r.emulator.rows('deals').map((d) => [d['id'], d['stageId']])).toEqual([
      [1, 'WON'],
      [2, 'WON'],
      [3, 'LOST'],
      [4, 'WON'],
      [5, 'EXECUTING'],
      [7, null],
    ])
  })
})

describe('smart-process items', () => {
  it('reads entityTypeId from params', async () => {
    const answer = await batch([
      { id: 'list', entity: 'items', action: 'list', params: { entityTypeId: 1058, select: ['id', 'title'] } },
      { id: 'one', entity: 'items', action: 'get', entityId: 7, params: { entityTypeId: '1058' } },
    ])
    expect(answer.json.data.results.list).toEqual([{ id: 7, title: 'Pilot' }])
    expect(answer.json.data.results.one).toMatchObject({ id: 7, title: 'Pilot', stageId: null })
  })
  it('answers MISSING_DYNAMIC_PARAM, INVALID_DYNAMIC_PARAM and USE_DEDICATED_ENTITY', async () => {
    const answer = await batch([
      { id: 'ok', entity: 'items', action: 'fields', params: { entityTypeId: 1058 } },
      { id: 'none', entity: 'items', action: 'list' },
      { id: 'zero', entity: 'items', action: 'list', params: { entityTypeId: 0 } },
      { id: 'text', entity: 'items', action: 'list', params: { entityTypeId: 'deals' } },
      { id: 'deal', entity: 'items', action: 'list', params: { entityTypeId: 2 } },
    ])
    expect(answer.status).toBe(200)
    expect(codes(answer)).toEqual({
      none: 'MISSING_DYNAMIC_PARAM',
      zero: 'INVALID_DYNAMIC_PARAM',
      text: 'INVALID_DYNAMIC_PARAM',
      deal: 'USE_DEDICATED_ENTITY',
    })
    expect(answer.json.data.errors.deal.message).toContain('deals')
  })
})
