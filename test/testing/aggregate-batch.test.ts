// POST /v1/{entity}/aggregate and POST /v1/batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTACTS, DEALS, start, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  r = await start({
    data: { deals: DEALS, contacts: CONTACTS },
    keys: { vibe_api_demo: { scopes: ['crm'] }, vibe_api_tasksonly: { scopes: ['tasks'] } },
  })
})
afterAll(() => r.close())

describe('aggregate', () => {
  it('counts matching rows: data { count }', async () => {
    const answer = await r.post('/v1/deals/aggregate', { filter: { companyId: 15 } })
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual({ success: true, data: { count: 3 } })
    expect((await r.post('/v1/deals/aggregate', {})).json.data).toEqual({ count: 6 })
    expect((await r.post('/v1/deals/aggregate', { aggregate: [{ field: '*', function: 'count' }], filter: { '>amount': 60000 } })).json.data).toEqual({ count: 3 })
  })
  it('groups by a field: groups [{ field, count }] largest first', async () => {
    const answer = await r.post('/v1/contacts/aggregate', { groupBy: 'typeId' })
    expect(answer.json.data).toEqual({
      count: 4,
      groups: [
        { typeId: 'CLIENT', count: 2 },
        { typeId: 'PARTNER', count: 1 },
        { typeId: 'SUPPLIER', count: 1 },
      ],
    })
  })
  it('rejects contact fields the docs do not list as aggregatable, and unimplemented functions', async () => {
    const field = await r.post('/v1/contacts/aggregate', { groupBy: ['lastName'] })
    expect(field.status).toBe(400)
    expect(field.json.error.code).toBe('INVALID_PARAMS')
    const sum = await r.post('/v1/deals/aggregate', { aggregate: [{ field: 'amount', function: 'sum' }] })
    expect(sum.status).toBe(501)
    expect(sum.json.error.code).toBe('NOT_SUPPORTED_BY_EMULATOR')
    expect((await r.post('/v1/deals/aggregate', { filter: { nope: 1 } })).json.error.code).toBe('UNKNOWN_FIELD')
  })
})

describe('batch', () => {
  it('runs each call and keys results by id; failures are per call', async () => {
    const answer = await r.post('/v1/batch', {
      calls: [
        { id: 'won', entity: 'deals', action: 'search', params: { filter: { stageId: 'WON' }, select: ['id'] } },
        { id: 'page', entity: 'deals', action: 'list', params: { limit: 2, select: ['id'] } },
        { id: 'ivan', entity: 'contacts', action: 'get', entityId: 1 },
        { id: 'missing', entity: 'contacts', action: 'get', entityId: 99 },
        { id: 'typo', entity: 'deals', action: 'search', params: { filter: { stage: 'WON' } } },
        { id: 'nowhere', entity: 'tasks', action: 'search' },
        { entity: 'companies', action: 'fields' },
      ],
    })
    expect(answer.status).toBe(200)
    expect(answer.json.success).toBe(true)
    const data = answer.json.data
    expect(Object.keys(data).sort()).toEqual(['6', 'ivan', 'missing', 'nowhere', 'page', 'typo', 'won'])
    expect(data.won).toEqual({ success: true, data: [{ id: 2 }, { id: 4 }] })
    expect(data.page).toEqual({ success: true, data: [{ id: 1 }, { id: 2 }], meta: { total: 6, hasMore: true } })
    expect(data.ivan).toMatchObject({ success: true, data: { id: 1, name: 'Ivan', lastName: 'Petrov' } })
    expect(data.missing).toEqual({ success: false, error: { code: 'ENTITY_NOT_FOUND', message: 'Item not found' } })
    expect(data.typo).toMatchObject({ success: false, error: { code: 'UNKNOWN_FIELD' } })
    expect(data.nowhere).toMatchObject({ success: false, error: { code: 'UNKNOWN_ENTITY' } })
    expect(data['6']).toMatchObject({ success: true, data: { id: { type: 'number' }, title: { type: 'string' }, industry: { type: 'string' } } })
  })
  it('checks scope per call', async () => {
    const answer = await r.post('/v1/batch', { calls: [{ entity: 'deals', action: 'search' }] }, { 'X-Api-Key': 'vibe_api_tasksonly' })
    expect(answer.status).toBe(200)
    expect(answer.json.data['0']).toEqual({ success: false, error: { code: 'SCOPE_DENIED', message: "This endpoint requires 'crm' scope" } })
  })
  it('accepts 50 calls and fails the whole batch with 400 above 50', async () => {
    const call = { entity: 'deals', action: 'search', params: { limit: 1, select: ['id'] } }
    const fifty = await r.post('/v1/batch', { calls: Array.from({ length: 50 }, () => call) })
    expect(fifty.status).toBe(200)
    expect(Object.keys(fifty.json.data)).toHaveLength(50)
    const tooMany = await r.post('/v1/batch', { calls: Array.from({ length: 51 }, () => call) })
    expect(tooMany.status).toBe(400)
    expect(tooMany.json).toMatchObject({ success: false, error: { code: 'BATCH_LIMIT_EXCEEDED' } })
  })
  it('get without entityId fails the whole batch with 400 MISSING_ENTITY_ID (also when the id is in params.id)', async () => {
    for (const bad of [{ entity: 'deals', action: 'get' }, { entity: 'deals', action: 'get', params: { id: 1 } }]) {
      const answer = await r.post('/v1/batch', { calls: [{ entity: 'deals', action: 'search' }, bad] })
      expect(answer.status).toBe(400)
      expect(answer.json.error.code).toBe('MISSING_ENTITY_ID')
    }
  })
  it('rejects malformed batches as a whole', async () => {
    for (const body of [{}, { calls: 'x' }, { calls: [] }, { calls: [{ entity: 'deals', action: 'explode' }] }, { calls: [{ id: 'a', entity: 'deals', action: 'search' }, { id: 'a', entity: 'deals', action: 'search' }] }]) {
      const answer = await r.post('/v1/batch', body)
      expect(answer.status).toBe(400)
      expect(answer.json.error.code).toBe('INVALID_BATCH')
    }
  })
  it('answers writes per call with 501', async () => {
    const answer = await r.post('/v1/batch', { calls: [{ entity: 'deals', action: 'delete', entityId: 1 }] })
    expect(answer.json.data['0'].error.code).toBe('NOT_SUPPORTED_BY_EMULATOR')
    expect(r.emulator.count('deals')).toBe(6)
  })
})
