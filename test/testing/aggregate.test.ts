// POST /v1/{entity}/aggregate: count, sum/avg/min/max, groupBy, the 5000-row ceiling, custom fields
// and the documented INVALID_PARAMS errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTACTS, DEALS, start, type Running } from './helpers.js'

const MANY = Array.from({ length: 5200 }, (_, i) => ({ id: i + 1, kind: i % 2 === 0 ? 'even' : 'odd', size: 1 }))

let r: Running
beforeAll(async () => {
  r = await start({
    data: {
      deals: DEALS.map((deal, i) => ({ ...deal, ufCrm_Budget: `${(i + 1) * 100}.50|RUB`, ufCrm_Note: 'n' })),
      contacts: CONTACTS,
      things: MANY,
      'items/1058': [
        { id: 1, stageId: 'A', opportunity: 10 },
        { id: 2, stageId: 'A', opportunity: 30 },
        { id: 3, stageId: 'B', opportunity: 5 },
      ],
    },
    customFields: { deals: { ufCrm_Budget: { type: 'money' } } },
    keys: { vibe_api_demo: { scopes: ['crm'] }, vibe_api_tasksonly: { scopes: ['task'] } },
  })
})
afterAll(() => r.close())

const aggregate = async (entity: string, body: unknown): Promise<any> => {
  const answer = await r.post(`/v1/${entity}/aggregate`, body)
  expect(answer.status, answer.text).toBe(200)
  expect(answer.json.success).toBe(true)
  return answer.json.data
}
const errorOf = async (entity: string, body: unknown): Promise<{ status: number; code: string; message: string }> => {
  const answer = await r.post(`/v1/${entity}/aggregate`, body)
  expect(answer.json.success).toBe(false)
  return { status: answer.status, code: answer.json.error.code, message: answer.json.error.message }
}

describe('count', () => {
  it('without aggregate: { count, aggregates: {}, meta } and no groups, reading no rows', async () => {
    expect(await aggregate('deals', { filter: { companyId: 15 } })).toEqual({
      count: 3,
      aggregates: {},
      meta: { totalRecords: 3, recordsProcessed: 0, truncated: false },
    })
    expect((await aggregate('deals', {})).count).toBe(6)
    expect(
      (await aggregate('deals', { aggregate: [{ field: '*', function: 'count' }], filter: { '>amount': 60000 } }))
        .count,
    ).toBe(3)
  })
  it('counts every matching row past 5000, and is not truncated', async () => {
    expect(await aggregate('things', {})).toEqual({
      count: 5200,
      aggregates: {},
      meta: { totalRecords: 5200, recordsProcessed: 0, truncated: false },
    })
  })
})

describe('sum, avg, min, max', () => {
  it('computes each function asked for, under aggregates.<field>.<function>', async () => {
    const data = await aggregate('deals', {
      aggregate: [
        { field: 'amount', function: 'sum' },
        { field: 'amount', function: 'avg' },
        { field: 'amount', function: 'min' },
        { field: 'amount', function: 'max' },
      ],
      filter: { companyId: 15 },
    })
    expect(data).toEqual({
      count: 3,
      aggregates: { amount: { sum: 351000, avg: 117000, min: 1000, max: 300000 } },
      meta: { totalRecords: 3, recordsProcessed: 3, truncated: false },
    })
  })
  it('over no rows: sum 0, the others null', async () => {
    const data = await aggregate('deals', {
      aggregate: ['sum', 'avg', 'min', 'max'].map((fn) => ({ field: 'amount', function: fn })),
      filter: { id: 99 },
    })
    expect(data.aggregates).toEqual({ amount: { sum: 0, avg: null, min: null, max: null } })
  })
  it('reads money custom fields by their amount ("100.50|RUB")', async () => {
    const data = await aggregate('deals', {
      aggregate: [
        { field: 'ufCrm_Budget', function: 'sum' },
        { field: 'ufCrm_Budget', function: 'max' },
      ],
    })
    expect(data.aggregates).toEqual({ ufCrm_Budget: { sum: 2103, max: 600.5 } })
  })
  it('reads only the first 5000 matching rows, and says so with truncated and recordsProcessed', async () => {
    const data = await aggregate('things', {
      aggregate: [
        { field: 'size', function: 'sum' },
        { field: 'id', function: 'max' },
      ],
    })
    expect(data).toEqual({
      count: 5200,
      aggregates: { size: { sum: 5000 }, id: { max: 5000 } },
      meta: { totalRecords: 5200, recordsProcessed: 5000, truncated: true },
    })
  })
})

describe('groupBy', () => {
  it('groups by one field: [{ field, count }] largest first, no aggregates when none were asked', async () => {
    expect(await aggregate('contacts', { groupBy: 'typeId' })).toEqual({
      count: 4,
      aggregates: {},
      groups: [
        { typeId: 'CLIENT', count: 2 },
        { typeId: 'PARTNER', count: 1 },
        { typeId: 'SUPPLIER', count: 1 },
      ],
      meta: { totalRecords: 4, recordsProcessed: 4, truncated: false },
    })
  })
  it("the docs' deal example: sum and avg of amount, grouped by stageId, aggregates per group", async () => {
    const data = await aggregate('deals', {
      aggregate: [
        { field: 'amount', function: 'sum' },
        { field: 'amount', function: 'avg' },
      ],
      filter: { amount: { $gte: 50000 } },
      groupBy: 'stageId',
    })
    expect(data).toEqual({
      count: 5,
      aggregates: { amount: { sum: 675000, avg: 135000 } },
      groups: [
        { stageId: 'WON', count: 2, aggregates: { amount: { sum: 125000, avg: 62500 } } },
        { stageId: 'EXECUTING', count: 1, aggregates: { amount: { sum: 50000, avg: 50000 } } },
        { stageId: 'LOST', count: 1, aggregates: { amount: { sum: 200000, avg: 200000 } } },
        { stageId: 'NEW', count: 1, aggregates: { amount: { sum: 300000, avg: 300000 } } },
      ],
      meta: { totalRecords: 5, recordsProcessed: 5, truncated: false },
    })
  })
  it('groups by several fields (an array), empty values as null', async () => {
    const data = await aggregate('contacts', { groupBy: ['typeId', 'assignedById'] })
    expect(data.groups).toEqual([
      { typeId: 'CLIENT', assignedById: null, count: 2 },
      { typeId: 'PARTNER', assignedById: null, count: 1 },
      { typeId: 'SUPPLIER', assignedById: null, count: 1 },
    ])
  })
  it('groups only the first 5000 rows when more match (truncated: true)', async () => {
    const data = await aggregate('things', { groupBy: 'kind' })
    expect(data).toEqual({
      count: 5200,
      aggregates: {},
      groups: [
        { kind: 'even', count: 2500 },
        { kind: 'odd', count: 2500 },
      ],
      meta: { totalRecords: 5200, recordsProcessed: 5000, truncated: true },
    })
  })
  it('groups smart-process items by any field', async () => {
    const data = await aggregate('items/1058', {
      aggregate: [{ field: 'opportunity', function: 'sum' }],
      groupBy: 'stageId',
    })
    expect(data.groups).toEqual([
      { stageId: 'A', count: 2, aggregates: { opportunity: { sum: 40 } } },
      { stageId: 'B', count: 1, aggregates: { opportunity: { sum: 5 } } },
    ])
  })
})

describe('errors', () => {
  it('an unknown function → 400 INVALID_PARAMS listing the functions', async () => {
    const e = await errorOf('deals', { aggregate: [{ field: 'amount', function: 'median' }] })
    expect(e).toMatchObject({ status: 400, code: 'INVALID_PARAMS' })
    expect(e.message).toContain('count, sum, avg, min, max')
  })
  it('an unknown field → 400 INVALID_PARAMS listing the available ones', async () => {
    const e = await errorOf('deals', { aggregate: [{ field: 'foo', function: 'sum' }] })
    expect(e).toMatchObject({ status: 400, code: 'INVALID_PARAMS' })
    expect(e.message).toContain("'foo'")
    expect(e.message).toContain('amount')
    expect((await errorOf('deals', { groupBy: 'foo' })).code).toBe('INVALID_PARAMS')
  })
  it('a numeric function over text, or a custom field of another type → 400 INVALID_PARAMS', async () => {
    expect(await errorOf('deals', { aggregate: [{ field: 'stageId', function: 'sum' }] })).toMatchObject({
      status: 400,
      code: 'INVALID_PARAMS',
    })
    const e = await errorOf('deals', { aggregate: [{ field: 'ufCrm_Note', function: 'avg' }] })
    expect(e).toMatchObject({ status: 400, code: 'INVALID_PARAMS' })
    expect(e.message).toContain('string')
  })
  it('groupBy over a field the docs do not list as aggregatable → 400 INVALID_PARAMS', async () => {
    const e = await errorOf('contacts', { groupBy: ['lastName'] })
    expect(e).toMatchObject({ status: 400, code: 'INVALID_PARAMS' })
    expect(e.message).toContain('typeId, sourceId, assignedById')
    expect((await errorOf('deals', { aggregate: [{ field: 'probability', function: 'sum' }] })).code).toBe(
      'INVALID_PARAMS',
    )
  })
  it('more than 5 groupBy fields → 400 INVALID_PARAMS', async () => {
    const six = ['stageId', 'categoryId', 'assignedById', 'sourceId', 'stageSemanticId', 'ufCrm_Note']
    expect(await errorOf('deals', { groupBy: six })).toMatchObject({ status: 400, code: 'INVALID_PARAMS' })
    expect((await aggregate('deals', { groupBy: six.slice(0, 5) })).groups).toHaveLength(4)
  })
  it('an unknown filter field → 400 INVALID_FILTER_FIELD; malformed parts → 400 VALIDATION_ERROR', async () => {
    expect((await errorOf('deals', { filter: { nope: 1 } })).code).toBe('INVALID_FILTER_FIELD')
    for (const body of [
      { aggregate: { field: 'amount', function: 'sum' } },
      { aggregate: ['sum'] },
      { groupBy: 5 },
      { having: {} },
    ]) {
      expect(await errorOf('deals', body), JSON.stringify(body)).toMatchObject({
        status: 400,
        code: 'VALIDATION_ERROR',
      })
    }
  })
  it('a key without the crm scope → 403 SCOPE_DENIED', async () => {
    const answer = await r.post('/v1/deals/aggregate', {}, { 'X-Api-Key': 'vibe_api_tasksonly' })
    expect(answer.status).toBe(403)
    expect(answer.json.error.code).toBe('SCOPE_DENIED')
  })
})
