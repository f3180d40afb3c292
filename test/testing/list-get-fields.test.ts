// GET /v1/{entity} with the bracket query string, GET /v1/{entity}/{id}, GET /v1/{entity}/fields,
// smart-process items under /v1/items/{entityTypeId}, and the paths no route serves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTACTS, DEALS, ids, read, start, type Running } from './helpers.js'

const ITEMS = [
  { id: 7, title: 'Pilot', opportunity: 1200, stageId: 'DT1058_1:NEW' },
  { id: 9, title: 'Rollout', opportunity: 5400.5, stageId: 'DT1058_1:SUCCESS' },
]

let r: Running
beforeAll(async () => {
  r = await start({
    data: {
      deals: DEALS,
      contacts: [...CONTACTS, { id: 5, name: 'Petr', lastName: 'Ivanov', ufCrm_1742556744977: 'P-17' }],
      'items/1058': ITEMS,
    },
    customFields: {
      deals: {
        ufCrm_Priority: {
          type: 'enumeration',
          title: 'Priority',
          items: [
            { ID: '45', VALUE: 'High' },
            { ID: '46', VALUE: 'Low' },
          ],
        },
      },
    },
  })
})
afterAll(() => r.close())

describe('GET /v1/{entity}', () => {
  it('answers data with meta { total, hasMore }', async () => {
    const page = await r.get('/v1/deals?limit=2&offset=1')
    expect(page.status).toBe(200)
    expect(ids(page)).toEqual([2, 3])
    expect(page.json.meta).toEqual({ total: 6, hasMore: true })
    const last = await r.get('/v1/deals?limit=2&offset=4')
    expect(last.json.meta).toEqual({ total: 6, hasMore: false })
  })
  it('coerces query-string values to the field type (filter[companyId]=15 is the number 15)', async () => {
    const page = await r.get('/v1/deals?filter[companyId]=15')
    expect(ids(page)).toEqual([1, 2, 6])
    expect(page.json.meta.total).toBe(3)
    expect(ids(await r.get('/v1/contacts?filter[opened]=false'))).toEqual([2])
    expect(ids(await r.get('/v1/deals?filter[createdAt][$gte]=2026-01-01'))).toEqual([1, 2, 4, 5])
  })
  it('reads $ operators, operator keys, encoded and unencoded prefixes, lists and $or', async () => {
    expect(ids(await r.get('/v1/deals?filter[amount][$gte]=75000'))).toEqual([3, 4, 6])
    expect(ids(await r.get('/v1/deals?filter[$gte][amount]=75000'))).toEqual([3, 4, 6])
    expect(ids(await r.get(`/v1/deals?filter[amount][${encodeURIComponent('>=')}]=75000`))).toEqual([3, 4, 6])
    expect(ids(await r.get('/v1/deals?filter[amount][>=]=75000&filter[stageId][!]=LOST'))).toEqual([4, 6])
    expect(ids(await r.get(`/v1/deals?${encodeURIComponent('filter[>=amount]')}=75000`))).toEqual([3, 4, 6])
    expect(ids(await r.get('/v1/deals?filter[>=amount]=75000&filter[!stageId]=LOST'))).toEqual([4, 6])
    expect(ids(await r.get('/v1/deals?filter[stageId][$in][]=NEW&filter[stageId][$in][]=LOST'))).toEqual([1, 3, 6])
    expect(ids(await r.get('/v1/deals?filter[stageId][$nin][0]=NEW&filter[stageId][$nin][1]=LOST'))).toEqual([2, 4, 5])
    expect(ids(await r.get('/v1/deals?filter[$or][0][stageId]=LOST&filter[$or][1][amount][$lt]=5000'))).toEqual([1, 3])
    expect(ids(await r.get(`/v1/deals?filter[${encodeURIComponent('%')}title]=audit`))).toEqual([6])
  })
  it('reads order, sort, select and limit', async () => {
    const page = await r.get('/v1/deals?order[stageId]=desc&order[id]=desc&select=id,stageId&limit=3')
    expect(page.json.data).toEqual([
      { id: 4, stageId: 'WON' },
      { id: 2, stageId: 'WON' },
      { id: 6, stageId: 'NEW' },
    ])
    expect(page.json.meta).toEqual({ total: 6, hasMore: true })
    expect(ids(await r.get('/v1/deals?sort=-amount,id&limit=3'))).toEqual([6, 3, 4])
    expect((await r.get('/v1/deals?select[]=title&filter[id]=1')).json.data).toEqual([{ title: 'Office furniture' }])
  })
  it('answers the documented codes for a bad value, an unknown field, an unknown operator, a bad sort', async () => {
    const wrong = await r.get('/v1/deals?filter[companyId]=fifteen')
    expect(wrong.status).toBe(400)
    expect(wrong.json.error).toEqual({
      code: 'INVALID_FILTER',
      message: 'Field \'companyId\' expects a number, got "fifteen"',
    })
    expect((await r.get('/v1/deals?filter[company]=15')).json.error.code).toBe('INVALID_FILTER_FIELD')
    expect((await r.get('/v1/deals?filter[@id][]=1')).json.error.code).toBe('INVALID_FILTER_OPERATOR')
    expect((await r.get('/v1/deals?order[stage]=asc')).json.error.code).toBe('UNKNOWN_SORT_FIELD')
  })
  it('answers 400 VALIDATION_ERROR for a repeated key or a limit that is not a number', async () => {
    for (const query of ['filter[id]=1&filter[id]=2', 'limit=abc', 'limit=6000', 'page=2']) {
      const answer = await r.get(`/v1/deals?${query}`)
      expect(answer.status, query).toBe(400)
      expect(answer.json.error.code, query).toBe('VALIDATION_ERROR')
    }
  })
  it('matches custom ufCrm fields present in the data', async () => {
    expect(ids(await r.get('/v1/contacts?filter[ufCrm_1742556744977]=P-17'))).toEqual([5])
  })
})

describe('GET /v1/{entity}/{id}', () => {
  it('answers one record with every field (empty known fields as null)', async () => {
    const answer = await r.get('/v1/deals/3')
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual({ success: true, data: expect.objectContaining(DEALS[2]) })
    expect(answer.json.data).toMatchObject({ currency: null, closedAt: null, ufCrm_Priority: null })
    const contact = await r.get('/v1/contacts/4')
    expect(contact.json.data).toMatchObject({
      id: 4,
      name: 'Olga',
      secondName: null,
      email: null,
      honorific: null,
      ufCrm_1742556744977: null,
    })
  })
  it('answers 404 ENTITY_NOT_FOUND for a missing id', async () => {
    const answer = await r.get('/v1/deals/999')
    expect(answer.status).toBe(404)
    expect(answer.json).toEqual({ success: false, error: { code: 'ENTITY_NOT_FOUND', message: 'Item not found' } })
  })
  it('answers 400 INVALID_PARAMS for an id that is not a positive integer', async () => {
    for (const id of ['abc', '0', '-1', '1.5']) {
      const answer = await r.get(`/v1/deals/${id}`)
      expect(answer.status, id).toBe(400)
      expect(answer.json.error.code, id).toBe('INVALID_PARAMS')
    }
  })
  it('answers 400 UNKNOWN_ENTITY for an entity the emulator does not hold', async () => {
    const answer = await r.get('/v1/timelines/1')
    expect(answer.status).toBe(400)
    expect(answer.json.error).toMatchObject({ code: 'UNKNOWN_ENTITY', message: expect.stringContaining('timelines') })
  })
  it('reads include (see include.test.ts); other parameters → 400 VALIDATION_ERROR', async () => {
    expect((await r.get('/v1/deals/1?include=company')).json.data._included).toEqual({ company: null })
    expect((await r.get('/v1/deals/1?select=id')).json.error.code).toBe('VALIDATION_ERROR')
  })
})

describe('GET /v1/{entity}/fields', () => {
  it('answers data.fields.<name> = { type, isRequired, isReadOnly, title }, and data.include', async () => {
    const answer = await r.get('/v1/deals/fields')
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.json.data)).toEqual(['fields', 'include'])
    const { fields } = answer.json.data
    expect(fields.id).toEqual({ type: 'integer', isRequired: false, isReadOnly: true, title: 'ID' })
    expect(fields.assignedById).toEqual({ type: 'integer', isRequired: false, isReadOnly: false, title: 'Responsible' })
    expect(fields.amount).toEqual({ type: 'double', isRequired: false, isReadOnly: false, title: 'Amount' })
    expect(fields.createdAt).toMatchObject({ type: 'datetime', isReadOnly: true })
    expect(answer.json.data.include).toEqual(['contact', 'company', 'quote'])
  })
  it("lists every field of the docs' deal table", async () => {
    const { fields } = (await r.get('/v1/deals/fields')).json.data
    const documented = [
      'id',
      'title',
      'amount',
      'currency',
      'stageId',
      'categoryId',
      'companyId',
      'contactId',
      'contactIds',
      'assignedById',
      'createdBy',
      'updatedBy',
      'createdAt',
      'updatedAt',
      'closedAt',
      'sourceId',
      'sourceDescription',
      'probability',
      'opened',
      'comments',
      'observers',
      'typeId',
      'isReturning',
    ]
    for (const name of documented) expect(Object.keys(fields)).toContain(name)
    for (const name of ['contactIds', 'createdBy', 'updatedBy', 'updatedAt'])
      expect(fields[name].isReadOnly, name).toBe(true)
  })
  it('lists an enumeration custom field with its items', async () => {
    const { fields } = (await r.get('/v1/deals/fields')).json.data
    expect(fields.ufCrm_Priority).toEqual({
      type: 'enumeration',
      isRequired: false,
      isReadOnly: false,
      title: 'Priority',
      items: [
        { ID: '45', VALUE: 'High' },
        { ID: '46', VALUE: 'Low' },
      ],
    })
  })
  it('lists the documented contact fields and the custom fields present in the data', async () => {
    const { fields, include } = (await r.get('/v1/contacts/fields')).json.data
    for (const name of [
      'id',
      'name',
      'lastName',
      'secondName',
      'phone',
      'email',
      'companyId',
      'post',
      'comments',
      'typeId',
      'sourceId',
      'sourceDescription',
      'assignedById',
      'createdBy',
      'updatedBy',
      'createdTime',
      'updatedTime',
      'opened',
      'export',
      'leadId',
      'honorific',
    ]) {
      expect(Object.keys(fields)).toContain(name)
    }
    expect(fields.opened.type).toBe('char')
    expect(fields.ufCrm_1742556744977).toEqual({
      type: 'string',
      isRequired: false,
      isReadOnly: false,
      title: 'ufCrm_1742556744977',
    })
    expect(include).toEqual(['company', 'requisite'])
  })
})

describe('smart-process items: /v1/items/{entityTypeId}', () => {
  it('lists, searches, gets and describes the items of one type', async () => {
    expect(ids(await r.get('/v1/items/1058'))).toEqual([7, 9])
    expect(ids(await r.post('/v1/items/1058/search', { filter: { opportunity: { $gt: 2000 } } }))).toEqual([9])
    expect((await r.get('/v1/items/1058/9')).json.data).toEqual(expect.objectContaining(ITEMS[1]))
    expect((await r.get('/v1/items/1058/9')).json.data).toMatchObject({ contactIds: null, movedTime: null })
    const fields = (await r.get('/v1/items/1058/fields')).json.data
    expect(fields.fields).toBeUndefined()
    expect(fields.include).toBeUndefined()
    expect(fields.opportunity).toEqual({ type: 'double', isRequired: false, isReadOnly: false, title: 'Amount' })
    expect(fields.movedTime).toEqual({ type: 'datetime', isRequired: false, isReadOnly: true, title: 'Stage changed' })
  })
  it('a missing item → 404 NOT_FOUND, as the items pages say', async () => {
    const answer = await r.get('/v1/items/1058/8')
    expect(answer.status).toBe(404)
    expect(answer.json.error.code).toBe('NOT_FOUND')
  })
  it('a reserved type → 400 RESERVED_ENTITY_TYPE; on aggregate, or a bad type: INVALID_DYNAMIC_PARAM', async () => {
    expect((await r.get('/v1/items/2')).json.error.code).toBe('RESERVED_ENTITY_TYPE')
    expect((await r.get('/v1/items/31/fields')).json.error.code).toBe('RESERVED_ENTITY_TYPE')
    expect((await r.post('/v1/items/2/aggregate', {})).json.error.code).toBe('INVALID_DYNAMIC_PARAM')
    expect((await r.get('/v1/items/abc')).json.error.code).toBe('INVALID_DYNAMIC_PARAM')
  })
  it('a type the emulator does not hold → 404 SMART_PROCESS_NOT_FOUND', async () => {
    const answer = await r.get('/v1/items/1060')
    expect(answer.status).toBe(404)
    expect(answer.json.error.code).toBe('SMART_PROCESS_NOT_FOUND')
  })
})

describe('other routes', () => {
  it('GET / answers a status JSON without a key', async () => {
    const answer = await r.get('/', {})
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({
      success: true,
      data: { service: 'vibecode-query emulator', entities: { deals: 6, contacts: 5, 'items/1058': 2 } },
    })
  })
  it('unknown paths and methods answer 404 NOT_FOUND', async () => {
    const put = await fetch(`${r.url}/v1/deals/1`, {
      method: 'PUT',
      headers: { 'X-Api-Key': 'vibe_api_demo' },
      body: '{}',
    })
    for (const answer of [
      await r.get('/v2/deals'),
      await r.get('/v1/deals/1/extra'),
      await r.get('/v1/deals/search'),
      await r.post('/v1/deals/fields', {}),
      await read(put),
    ]) {
      expect(answer.status).toBe(404)
      expect(answer.json.error.code).toBe('NOT_FOUND')
    }
  })
  it('a body that is not JSON answers 400 VALIDATION_ERROR', async () => {
    const answer = await r.post('/v1/deals/search', '{"filter":')
    expect(answer.status).toBe(400)
    expect(answer.json.error.code).toBe('VALIDATION_ERROR')
  })
})
