// Custom fields declared read-only or multiple: what `/fields` says of them, how create, update,
// bulk and batch writes check them, and how a filter matches a multiple field's values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator, type CustomField } from '../../src/testing/index.js'
import { start, type Running } from './helpers.js'

const deals: Record<string, CustomField> = {
  ufCrm_Code: { type: 'string', title: 'External code', isReadOnly: true },
  ufCrm_Tags: { type: 'string', title: 'Tags', isMultiple: true },
  ufCrm_Scores: { type: 'integer', isMultiple: true },
  ufCrm_Regions: {
    type: 'enumeration',
    isMultiple: true,
    items: [
      { ID: '45', VALUE: 'EU' },
      { ID: '46', VALUE: 'US' },
    ],
  },
  ufCrm_Plain: { type: 'string' },
}

let r: Running
beforeAll(async () => {
  r = await start({
    data: {
      deals: [
        { id: 1, title: 'a', ufCrm_Code: 'X-1', ufCrm_Tags: ['vip', 'eu'], ufCrm_Scores: [3, 9] },
        { id: 2, title: 'b', ufCrm_Tags: ['eu'], ufCrm_Scores: [5] },
        { id: 3, title: 'c', ufCrm_Tags: null },
      ],
      'items/1058': [{ id: 1, title: 'Pilot' }],
    },
    customFields: {
      deals,
      'items/1058': { ufCrm_Lock: { type: 'date', isReadOnly: true }, ufCrm_Days: { type: 'date', isMultiple: true } },
    },
  })
})
afterAll(() => r.close())

const code = (answer: { json: { error?: { code?: string } } }): string | undefined => answer.json.error?.code

describe('/fields', () => {
  it('reports isReadOnly as the built-in fields do, and isMultiple: true only when set', async () => {
    const { fields } = (await r.get('/v1/deals/fields')).json.data
    expect(fields.ufCrm_Code).toEqual({ type: 'string', isRequired: false, isReadOnly: true, title: 'External code' })
    expect(fields.ufCrm_Tags).toEqual({
      type: 'string',
      isRequired: false,
      isReadOnly: false,
      isMultiple: true,
      title: 'Tags',
    })
    expect(fields.ufCrm_Regions).toMatchObject({ isMultiple: true, items: [{ ID: '45' }, { ID: '46' }] })
    expect(fields.ufCrm_Plain).toEqual({ type: 'string', isRequired: false, isReadOnly: false, title: 'ufCrm_Plain' })
    expect('isMultiple' in fields.ufCrm_Code).toBe(false)
    expect(fields.id.isMultiple).toBeUndefined()
  })
  it('says the same in the flat shape of items', async () => {
    const data = (await r.get('/v1/items/1058/fields')).json.data
    expect(data.ufCrm_Lock).toMatchObject({ type: 'date', isReadOnly: true })
    expect(data.ufCrm_Days).toMatchObject({ type: 'date', isReadOnly: false, isMultiple: true })
  })
  it('refuses a flag that is not a boolean', () => {
    const bad = { type: 'string', isMultiple: 'Y' } as unknown as CustomField
    expect(() => createEmulator({ customFields: { deals: { ufCrm_Bad: bad } } })).toThrow(
      /isMultiple must be a boolean/,
    )
  })
})

describe('a read-only custom field', () => {
  it('is refused with 400 READONLY_FIELD on create and update, and nothing changes', async () => {
    const before = r.emulator.count('deals')
    const created = await r.post('/v1/deals', { title: 'n', ufCrm_Code: 'X-2' })
    expect([created.status, code(created)]).toEqual([400, 'READONLY_FIELD'])
    expect(r.emulator.count('deals')).toBe(before)
    const updated = await r.emulator.fetch('/v1/deals/1', {
      method: 'PATCH',
      headers: { 'X-Api-Key': 'vibe_api_demo', 'Content-Type': 'application/json' },
      body: JSON.stringify({ ufCrm_Code: null }),
    })
    expect(updated.status).toBe(400)
    expect(((await updated.json()) as { error: { code: string } }).error.code).toBe('READONLY_FIELD')
    expect((await r.get('/v1/deals/1')).json.data.ufCrm_Code).toBe('X-1')
    expect(code(await r.post('/v1/items/1058', { title: 't', ufCrm_Lock: '2026-01-01' }))).toBe('READONLY_FIELD')
  })
  it('is refused per item in bulk writes and per call in batch', async () => {
    const bulk = await r.post('/v1/deals/batch', { action: 'create', items: [{ title: 'ok' }, { ufCrm_Code: 'Z' }] })
    expect(bulk.json.data[1]).toEqual({
      success: false,
      error: { code: 'READONLY_FIELD', message: expect.any(String) },
    })
    const bulkUpdate = await r.post('/v1/deals/batch', { action: 'update', items: [{ id: 2, ufCrm_Code: 'Z' }] })
    expect(bulkUpdate.json.data[0].error.code).toBe('READONLY_FIELD')
    const calls = [{ entity: 'deals', action: 'update', entityId: 2, params: { ufCrm_Code: 'Z' } }]
    const batch = await r.post('/v1/batch', { calls })
    expect(batch.json.data.summary.failed).toBe(1)
    expect(JSON.stringify(batch.json.data)).toContain('READONLY_FIELD')
    expect((await r.get('/v1/deals/2')).json.data.ufCrm_Code).toBeNull()
  })
})

describe('a multiple custom field', () => {
  it('takes and stores an array of values of its type', async () => {
    const created = await r.post('/v1/deals', {
      title: 'm',
      ufCrm_Tags: ['x', 'y'],
      ufCrm_Scores: [1, 2],
      ufCrm_Regions: ['45', '46'],
    })
    expect(created.status).toBe(201)
    const id = created.json.data.id
    expect((await r.get(`/v1/deals/${id}`)).json.data).toMatchObject({
      ufCrm_Tags: ['x', 'y'],
      ufCrm_Scores: [1, 2],
      ufCrm_Regions: ['45', '46'],
    })
    const bulk = await r.post('/v1/deals/batch', { action: 'update', items: [{ id, ufCrm_Tags: [] }] })
    expect(bulk.json.data).toEqual([{ id, success: true }])
    const calls = [{ entity: 'deals', action: 'update', entityId: id, params: { ufCrm_Scores: null } }]
    expect((await r.post('/v1/batch', { calls })).json.data.summary.failed).toBe(0)
    expect((await r.get(`/v1/deals/${id}`)).json.data).toMatchObject({ ufCrm_Tags: [], ufCrm_Scores: null })
    await r.post('/v1/items/1058', { title: 'd', ufCrm_Days: ['2026-01-01', '2026-02-01T10:00:00+03:00'] })
  })
  it('refuses a single value or a wrongly typed item with 400 VALIDATION_ERROR, in every kind of write', async () => {
    for (const body of [
      { ufCrm_Tags: 'x' },
      { ufCrm_Tags: ['x', 1] },
      { ufCrm_Tags: ['x', null] },
      { ufCrm_Scores: [1, '2'] },
      { ufCrm_Regions: ['47'] },
      { ufCrm_Regions: '45' },
    ]) {
      const answer = await r.post('/v1/deals', { title: 'bad', ...body })
      expect([answer.status, code(answer)], JSON.stringify(body)).toEqual([400, 'VALIDATION_ERROR'])
    }
    const message = (await r.post('/v1/deals', { ufCrm_Scores: 3 })).json.error.message
    expect(message).toContain('fields.ufCrm_Scores: Expected array of number, received number 3')
    const bulk = await r.post('/v1/deals/batch', { action: 'update', items: [{ id: 1, ufCrm_Tags: 'vip' }] })
    expect(bulk.json.data[0].error.code).toBe('VALIDATION_ERROR')
    const calls = [{ entity: 'deals', action: 'create', params: { ufCrm_Scores: ['a'] } }]
    expect(JSON.stringify((await r.post('/v1/batch', { calls })).json.data)).toContain('VALIDATION_ERROR')
    expect(code(await r.post('/v1/items/1058', { ufCrm_Days: ['soon'] }))).toBe('VALIDATION_ERROR')
    expect((await r.get('/v1/deals/1')).json.data.ufCrm_Tags).toEqual(['vip', 'eu'])
  })
  it('a non-multiple field of the same type still refuses an array', async () => {
    expect(code(await r.post('/v1/deals', { ufCrm_Plain: ['x'] }))).toBe('VALIDATION_ERROR')
  })
  it('matches a filter when any of its values does', async () => {
    const found = async (filter: unknown): Promise<unknown[]> =>
      (
        (await r.post('/v1/deals/search', { filter, select: ['id'], order: { id: 'asc' } })).json.data as Array<{
          id: unknown
        }>
      )
        .map((row) => row.id)
        .filter((id) => Number(id) <= 3)
    expect(await found({ ufCrm_Tags: 'vip' })).toEqual([1])
    expect(await found({ ufCrm_Tags: 'eu' })).toEqual([1, 2])
    expect(await found({ ufCrm_Tags: { $in: ['vip', 'nope'] } })).toEqual([1])
    expect(await found({ '!ufCrm_Tags': 'vip' })).toEqual([2, 3])
    expect(await found({ ufCrm_Scores: { $gte: 9 } })).toEqual([1])
    expect(await found({ ufCrm_Scores: null })).toEqual([3])
    expect(await found({ ufCrm_Tags: { $contains: 'V' } })).toEqual([1])
  })
})
