// order and sort, select, limit and offset of search, and search meta, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTACTS, DEALS, ids, start, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  const many = Array.from({ length: 5200 }, (_, i) => ({ id: i + 1, title: `Item ${i + 1}`, rank: (i * 7) % 13 }))
  r = await start({ data: { deals: DEALS, contacts: CONTACTS, things: many } })
})
afterAll(() => r.close())

const errorOf = async (body: unknown, path = '/v1/deals/search'): Promise<{ status: number; code: string }> => {
  const answer = await r.post(path, body)
  expect(answer.json.success).toBe(false)
  return { status: answer.status, code: answer.json.error.code }
}

describe('order (the entity pages: an object)', () => {
  it('sorts by several keys in object order', async () => {
    expect(ids(await r.post('/v1/deals/search', { order: { stageId: 'asc', amount: 'desc' } }))).toEqual([
      5, 3, 6, 1, 4, 2,
    ])
  })
  it('descending first key, ascending second', async () => {
    expect(ids(await r.post('/v1/deals/search', { order: { amount: 'desc', id: 'asc' } }))).toEqual([6, 3, 4, 2, 5, 1])
  })
  it('sorts dates as instants and empty values first', async () => {
    expect(ids(await r.post('/v1/deals/search', { order: { createdAt: 'asc' } }))).toEqual([6, 3, 1, 2, 4, 5])
    expect(ids(await r.post('/v1/deals/search', { order: { companyId: 'asc' } }))).toEqual([4, 3, 5, 1, 2, 6])
    expect(ids(await r.post('/v1/deals/search', { order: { companyId: 'desc' } }))).toEqual([1, 2, 6, 3, 5, 4])
  })
  it('reads 1 and -1 as directions, and ASC/DESC in any case', async () => {
    expect(ids(await r.post('/v1/deals/search', { order: { amount: -1, id: 1 } }))).toEqual([6, 3, 4, 2, 5, 1])
    expect(ids(await r.post('/v1/deals/search', { order: { amount: 'DESC', id: 'Asc' } }))).toEqual([6, 3, 4, 2, 5, 1])
  })
  it('defaults to ascending id', async () => {
    expect(ids(await r.post('/v1/deals/search', {}))).toEqual([1, 2, 3, 4, 5, 6])
  })
})

describe('sort (the generic pages: a string, an object or an array)', () => {
  it('a string: "field", "-field", and a comma list', async () => {
    expect(ids(await r.post('/v1/deals/search', { sort: '-amount' })).slice(0, 2)).toEqual([6, 3])
    expect(ids(await r.post('/v1/deals/search', { sort: 'stageId,-amount' }))).toEqual([5, 3, 6, 1, 4, 2])
  })
  it('an array of the same strings, and an object with asc/desc or 1/-1', async () => {
    expect(ids(await r.post('/v1/deals/search', { sort: ['stageId', '-amount'] }))).toEqual([5, 3, 6, 1, 4, 2])
    expect(ids(await r.post('/v1/deals/search', { sort: { stageId: 1, amount: 'desc' } }))).toEqual([5, 3, 6, 1, 4, 2])
  })
})

describe('sort errors', () => {
  it('a field the entity does not have → 400 UNKNOWN_SORT_FIELD, in order or sort', async () => {
    expect(await errorOf({ order: { stage: 'asc' } })).toEqual({ status: 400, code: 'UNKNOWN_SORT_FIELD' })
    expect(await errorOf({ sort: '-stage' })).toEqual({ status: 400, code: 'UNKNOWN_SORT_FIELD' })
    const answer = await r.post('/v1/deals/search', { sort: ['id', 'stage'] })
    expect(answer.json.error.message).toContain("'stage'")
  })
  it('a sort of another type → 400 INVALID_SORT_TYPE', async () => {
    for (const body of [{ sort: 5 }, { sort: true }, { sort: ['id', 1] }, { order: 'id' }, { order: ['id'] }]) {
      expect(await errorOf(body), JSON.stringify(body)).toEqual({ status: 400, code: 'INVALID_SORT_TYPE' })
    }
  })
  it('an unknown direction → 400 INVALID_SORT_DIRECTION', async () => {
    expect(await errorOf({ order: { amount: 'up' } })).toEqual({ status: 400, code: 'INVALID_SORT_DIRECTION' })
    expect(await errorOf({ sort: { amount: 2 } })).toEqual({ status: 400, code: 'INVALID_SORT_DIRECTION' })
  })
  it('order and sort together → 400 INVALID_PARAMS', async () => {
    expect(await errorOf({ order: { id: 'asc' }, sort: 'id' })).toEqual({ status: 400, code: 'INVALID_PARAMS' })
  })
})

describe('select', () => {
  it('returns exactly the selected keys, in select order, without forcing id', async () => {
    const answer = await r.post('/v1/deals/search', { select: ['title', 'amount'], filter: { id: 2 } })
    expect(answer.json.data).toEqual([{ title: 'CRM implementation', amount: 50000 }])
  })
  it('returns null for an empty selected field', async () => {
    const answer = await r.post('/v1/deals/search', { select: ['id', 'companyId'], filter: { id: 4 } })
    expect(answer.json.data).toEqual([{ id: 4, companyId: null }])
  })
  it('an unknown selected field → 400 INVALID_PARAMS naming it', async () => {
    const answer = await r.post('/v1/contacts/search', { select: ['id', 'nmae'] })
    expect(answer.status).toBe(400)
    expect(answer.json.error.code).toBe('INVALID_PARAMS')
    expect(answer.json.error.message).toContain("'nmae'")
  })
  it('a select that is not a list of names → 400 VALIDATION_ERROR', async () => {
    expect(await errorOf({ select: 'id' })).toEqual({ status: 400, code: 'VALIDATION_ERROR' })
  })
})

describe('limit and offset', () => {
  it('limit defaults to 50', async () => {
    expect(ids(await r.post('/v1/things/search', {}))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  })
  it('offset skips rows', async () => {
    expect(ids(await r.post('/v1/deals/search', { offset: 2, limit: 3 }))).toEqual([3, 4, 5])
    expect(ids(await r.post('/v1/deals/search', { offset: 10 }))).toEqual([])
  })
  it('answers up to 5000 rows', async () => {
    const answer = await r.post('/v1/things/search', { limit: 5000, select: ['id'] })
    expect(answer.json.data).toHaveLength(5000)
    expect(answer.json.data.at(-1)).toEqual({ id: 5000 })
  })
  it('a limit above 5000 or below 1, a non-integer, or a negative offset → 400 VALIDATION_ERROR', async () => {
    for (const body of [
      { limit: 5001 },
      { limit: 0 },
      { limit: 2.5 },
      { limit: 'many' },
      { offset: -1 },
      { offset: 1.5 },
    ]) {
      expect(await errorOf(body), JSON.stringify(body)).toEqual({ status: 400, code: 'VALIDATION_ERROR' })
    }
  })
  it('accepts autoWindow (it changes nothing here) and refuses parameters the docs do not list', async () => {
    expect((await r.post('/v1/deals/search', { autoWindow: false, limit: 1 })).status).toBe(200)
    expect(await errorOf({ autoWindow: 'no' })).toEqual({ status: 400, code: 'VALIDATION_ERROR' })
    const answer = await r.post('/v1/deals/search', { filter: {}, where: { id: 1 } })
    expect(answer.status).toBe(400)
    expect(answer.json.error).toMatchObject({ code: 'VALIDATION_ERROR', message: expect.stringContaining("'where'") })
  })
  it('reads include (see include.test.ts); an unknown relation → 400 INVALID_INCLUDE', async () => {
    expect(await errorOf({ include: ['manager'] })).toEqual({ status: 400, code: 'INVALID_INCLUDE' })
  })
  it('a body that is not an object → 400 VALIDATION_ERROR', async () => {
    expect(await errorOf([1])).toEqual({ status: 400, code: 'VALIDATION_ERROR' })
  })
})

describe('search meta', () => {
  it('is absent by default, as the entity pages show search answers', async () => {
    const answer = await r.post('/v1/deals/search', { limit: 2 })
    expect(answer.json).toEqual({ success: true, data: expect.any(Array) })
  })
  it('with searchMeta: true is the list meta, plus truncated: true when 5000 rows were cut', async () => {
    const metaful = await start({
      searchMeta: true,
      data: { things: Array.from({ length: 5001 }, (_, i) => ({ id: i + 1 })) },
    })
    try {
      expect((await metaful.post('/v1/things/search', { limit: 2 })).json.meta).toEqual({ total: 5001, hasMore: true })
      expect((await metaful.post('/v1/things/search', { limit: 5000 })).json.meta).toEqual({
        total: 5001,
        hasMore: true,
        truncated: true,
      })
      expect((await metaful.post('/v1/things/search', { limit: 5000, offset: 1 })).json.meta).toEqual({
        total: 5001,
        hasMore: false,
      })
    } finally {
      await metaful.close()
    }
  })
})
