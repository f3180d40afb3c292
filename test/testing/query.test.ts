// order, select, limit and offset of search, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTACTS, DEALS, ids, start, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  const many = Array.from({ length: 5200 }, (_, i) => ({ id: i + 1, title: `Item ${i + 1}`, rank: (i * 7) % 13 }))
  r = await start({ data: { deals: DEALS, contacts: CONTACTS, items: many } })
})
afterAll(() => r.close())

describe('order', () => {
  it('sorts by several keys in object order', async () => {
    const answer = await r.post('/v1/deals/search', { order: { stageId: 'asc', amount: 'desc' } })
    expect(ids(answer)).toEqual([5, 3, 6, 1, 4, 2])
  })
  it('descending first key, ascending second', async () => {
    const answer = await r.post('/v1/deals/search', { order: { amount: 'desc', id: 'asc' } })
    expect(ids(answer)).toEqual([6, 3, 4, 2, 5, 1])
  })
  it('sorts dates as instants and empty values first', async () => {
    expect(ids(await r.post('/v1/deals/search', { order: { createdAt: 'asc' } }))).toEqual([6, 3, 1, 2, 4, 5])
    expect(ids(await r.post('/v1/deals/search', { order: { companyId: 'asc' } }))).toEqual([4, 3, 5, 1, 2, 6])
    expect(ids(await r.post('/v1/deals/search', { order: { companyId: 'desc' } }))).toEqual([1, 2, 6, 3, 5, 4])
  })
  it('defaults to ascending id', async () => {
    expect(ids(await r.post('/v1/deals/search', {}))).toEqual([1, 2, 3, 4, 5, 6])
  })
  it('rejects unknown fields and directions', async () => {
    const unknown = await r.post('/v1/deals/search', { order: { stage: 'asc' } })
    expect(unknown.status).toBe(400)
    expect(unknown.json.error).toMatchObject({ code: 'UNKNOWN_FIELD', message: "Unknown field 'stage' in order for deals" })
    const direction = await r.post('/v1/deals/search', { order: { amount: 'up' } })
    expect(direction.status).toBe(400)
    expect(direction.json.error.code).toBe('INVALID_PARAMS')
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
  it('rejects an unknown selected field', async () => {
    const answer = await r.post('/v1/contacts/search', { select: ['id', 'nmae'] })
    expect(answer.status).toBe(400)
    expect(answer.json.error).toMatchObject({ code: 'UNKNOWN_FIELD', message: "Unknown field 'nmae' in select for contacts" })
  })
})

describe('limit and offset', () => {
  it('limit defaults to 50', async () => {
    const answer = await r.post('/v1/items/search', {})
    expect(ids(answer)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  })
  it('offset skips rows', async () => {
    expect(ids(await r.post('/v1/deals/search', { offset: 2, limit: 3 }))).toEqual([3, 4, 5])
    expect(ids(await r.post('/v1/deals/search', { offset: 10 }))).toEqual([])
  })
  it('clamps a limit above 5000 to 5000', async () => {
    const answer = await r.post('/v1/items/search', { limit: 10000, select: ['id'] })
    expect(answer.status).toBe(200)
    expect(answer.json.data).toHaveLength(5000)
    expect(answer.json.data.at(-1)).toEqual({ id: 5000 })
  })
  it('rejects limits below 1 and non-integers, and negative offsets', async () => {
    for (const body of [{ limit: 0 }, { limit: 2.5 }, { limit: 'many' }, { offset: -1 }]) {
      const answer = await r.post('/v1/deals/search', body)
      expect(answer.status).toBe(400)
      expect(answer.json.error.code).toBe('INVALID_PARAMS')
    }
  })
  it('rejects parameters the emulator does not read', async () => {
    const answer = await r.post('/v1/deals/search', { filter: {}, sort: 'id' })
    expect(answer.status).toBe(400)
    expect(answer.json.error).toMatchObject({ code: 'INVALID_PARAMS', message: "Unknown parameter 'sort'" })
  })
})

describe('search meta', () => {
  it('is absent by default (the docs do not promise it on search)', async () => {
    const answer = await r.post('/v1/deals/search', { limit: 2 })
    expect(answer.json).toEqual({ success: true, data: expect.any(Array) })
  })
  it('is present with searchMeta: true, with truncated when the 5000 ceiling cut the result', async () => {
    const metaful = await start({ searchMeta: true, data: { items: Array.from({ length: 5001 }, (_, i) => ({ id: i + 1 })) } })
    try {
      expect((await metaful.post('/v1/items/search', { limit: 2 })).json.meta).toEqual({ total: 5001, hasMore: true })
      expect((await metaful.post('/v1/items/search', { limit: 9000 })).json.meta).toEqual({ total: 5001, hasMore: true, truncated: true })
      expect((await metaful.post('/v1/items/search', { limit: 9000, offset: 1 })).json.meta).toEqual({ total: 5001, hasMore: false })
    } finally {
      await metaful.close()
    }
  })
})
