// GET /v1/{entity} with the bracket query string, GET /v1/{entity}/{id}, GET /v1/{entity}/fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTACTS, DEALS, ids, start, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  r = await start({ data: { deals: DEALS, contacts: [...CONTACTS, { id: 5, name: 'Petr', lastName: 'Ivanov', ufCrm_1742556744977: 'P-17' }] } })
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
  it('reads $ operators, encoded and unencoded prefixes, lists and $or', async () => {
    expect(ids(await r.get('/v1/deals?filter[amount][$gte]=75000'))).toEqual([3, 4, 6])
    expect(ids(await r.get(`/v1/deals?${encodeURIComponent('filter[>=amount]')}=75000`))).toEqual([3, 4, 6])
    expect(ids(await r.get('/v1/deals?filter[>=amount]=75000&filter[!stageId]=LOST'))).toEqual([4, 6])
    expect(ids(await r.get('/v1/deals?filter[stageId][$in][]=NEW&filter[stageId][$in][]=LOST'))).toEqual([1, 3, 6])
    expect(ids(await r.get('/v1/deals?filter[stageId][$in][0]=NEW&filter[stageId][$in][1]=LOST'))).toEqual([1, 3, 6])
    expect(ids(await r.get('/v1/deals?filter[@id][]=2&filter[@id][]=5'))).toEqual([2, 5])
    expect(ids(await r.get('/v1/deals?filter[$or][0][stageId]=LOST&filter[$or][1][amount][$lt]=5000'))).toEqual([1, 3])
    expect(ids(await r.get(`/v1/deals?filter[${encodeURIComponent('%')}title]=audit`))).toEqual([6])
  })
  it('reads order, select and limit', async () => {
    const page = await r.get('/v1/deals?order[stageId]=desc&order[id]=desc&select=id,stageId&limit=3')
    expect(page.json.data).toEqual([
      { id: 4, stageId: 'WON' },
      { id: 2, stageId: 'WON' },
      { id: 6, stageId: 'NEW' },
    ])
    expect(page.json.meta).toEqual({ total: 6, hasMore: true })
    expect((await r.get('/v1/deals?select[]=title&filter[id]=1')).json.data).toEqual([{ title: 'Office furniture' }])
  })
  it('answers 400 for a value of the wrong type, an unknown field or a repeated key', async () => {
    const wrong = await r.get('/v1/deals?filter[companyId]=fifteen')
    expect(wrong.status).toBe(400)
    expect(wrong.json.error).toEqual({ code: 'INVALID_FILTER', message: 'Field \'companyId\' expects a number, got "fifteen"' })
    expect((await r.get('/v1/deals?filter[company]=15')).json.error.code).toBe('UNKNOWN_FIELD')
    expect((await r.get('/v1/deals?filter[id]=1&filter[id]=2')).json.error.code).toBe('INVALID_PARAMS')
    expect((await r.get('/v1/deals?limit=abc')).json.error.code).toBe('INVALID_PARAMS')
  })
  it('matches custom ufCrm fields present in the data', async () => {
    expect(ids(await r.get('/v1/contacts?filter[ufCrm_1742556744977]=P-17'))).toEqual([5])
  })
})

describe('GET /v1/{entity}/{id}', () => {
  it('answers one record with every field (empty known fields as null)', async () => {
    const answer = await r.get('/v1/deals/3')
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual({ success: true, data: DEALS[2] })
    const contact = await r.get('/v1/contacts/4')
    expect(contact.json.data).toMatchObject({ id: 4, name: 'Olga', secondName: null, email: null, fm: null, ufCrm_1742556744977: null })
  })
  it('answers 404 ENTITY_NOT_FOUND for a missing id', async () => {
    const answer = await r.get('/v1/deals/999')
    expect(answer.status).toBe(404)
    expect(answer.json).toEqual({ success: false, error: { code: 'ENTITY_NOT_FOUND', message: 'Item not found' } })
  })
  it('answers 404 UNKNOWN_ENTITY for an entity the emulator does not hold', async () => {
    const answer = await r.get('/v1/tasks/1')
    expect(answer.status).toBe(404)
    expect(answer.json.error.code).toBe('UNKNOWN_ENTITY')
  })
})

describe('GET /v1/{entity}/fields', () => {
  it('maps each field name to { type, title, readOnly, multiple }', async () => {
    const answer = await r.get('/v1/deals/fields')
    expect(answer.status).toBe(200)
    expect(Object.keys(answer.json.data)).toEqual(['id', 'title', 'stageId', 'amount', 'createdAt', 'contactId', 'companyId'])
    expect(answer.json.data.amount).toEqual({ type: 'number', title: 'Amount', readOnly: false, multiple: false })
    expect(answer.json.data.createdAt.type).toBe('datetime')
  })
  it('lists every documented contact field and the custom fields present in the data', async () => {
    const answer = await r.get('/v1/contacts/fields')
    const names = Object.keys(answer.json.data)
    for (const name of ['id', 'name', 'lastName', 'secondName', 'phone', 'email', 'companyId', 'post', 'comments', 'typeId', 'sourceId', 'sourceDescription', 'assignedById', 'opened', 'leadId', 'createdTime', 'updatedTime', 'phoneWork', 'phoneMobile', 'emailWork', 'emailHome', 'emailMailing', 'fm']) {
      expect(names).toContain(name)
    }
    expect(answer.json.data.phone).toMatchObject({ type: 'multifield', multiple: true })
    expect(answer.json.data.ufCrm_1742556744977).toMatchObject({ type: 'string' })
  })
})

describe('other routes', () => {
  it('GET / answers a status JSON without a key', async () => {
    const answer = await r.get('/', {})
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ success: true, data: { service: 'vibecode-query emulator', entities: { deals: 6, contacts: 5 } } })
  })
  it('writes answer 501 and unknown paths 404', async () => {
    const create = await r.post('/v1/deals', { title: 'x' })
    expect(create.status).toBe(501)
    expect(create.json.error.code).toBe('NOT_SUPPORTED_BY_EMULATOR')
    expect((await r.get('/v2/deals')).status).toBe(404)
    expect((await r.get('/v1/deals/1/extra')).status).toBe(404)
  })
  it('a body that is not JSON answers 400 INVALID_JSON', async () => {
    const answer = await r.post('/v1/deals/search', '{"filter":')
    expect(answer.status).toBe(400)
    expect(answer.json.error.code).toBe('INVALID_JSON')
  })
})
