// include on get, list, search and batch: related records under _included; users' get as an array.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { start, type Running } from './helpers.js'

const COMPANIES = [{ id: 15, title: 'Volga Labs', industry: 'IT' }]
const CONTACTS = [
  { id: 71, name: 'Ivan', lastName: 'Petrov', companyId: 15 },
  { id: 85, name: 'Maria', lastName: 'Sidorova', companyId: null },
]
const DEALS = [
  { id: 741, title: 'Equipment supply', contactId: 71, contactIds: [85, 71], companyId: 15 },
  { id: 742, title: 'Support', contactId: null, contactIds: [], companyId: 0 },
]
const LEADS = [
  { id: 50, title: 'From the website', contactId: 71, companyId: null },
  { id: 51, title: 'Cold call', contactId: 0, companyId: 15 },
]

let r: Running
beforeAll(async () => {
  const many = Array.from({ length: 201 }, (_, i) => ({ id: 1000 + i, title: `d${i}`, companyId: 15 }))
  r = await start({
    data: {
      companies: COMPANIES,
      contacts: CONTACTS,
      deals: [...DEALS, ...many],
      leads: LEADS,
      users: [{ id: 1, name: 'Letta', departmentId: [2] }],
    },
  })
})
afterAll(() => r.close())

describe('get with include', () => {
  it('answers one-to-one relations as an object or null, under the relation name', async () => {
    const lead = (await r.get('/v1/leads/50?include=contact,company')).json.data
    expect(lead._included).toEqual({
      contact: expect.objectContaining({ id: 71, name: 'Ivan', lastName: 'Petrov' }),
      company: null,
    })
    expect((await r.get('/v1/leads/51?include=contact')).json.data._included).toEqual({ contact: null })
  })
  it('answers many-to-many relations as an array under the plural, with isPrimary, sort and roleId', async () => {
    const deal = (await r.get('/v1/deals/741?include=contact,company')).json.data
    expect(deal.title).toBe('Equipment supply')
    expect(deal._included.company).toMatchObject({ id: 15, title: 'Volga Labs' })
    expect(deal._included.contacts).toEqual([
      expect.objectContaining({ id: 85, isPrimary: false, sort: 10, roleId: 0 }),
      expect.objectContaining({ id: 71, isPrimary: true, sort: 20, roleId: 0 }),
    ])
    expect((await r.get('/v1/deals/742?include=contact,company')).json.data._included).toEqual({
      contacts: [],
      company: null,
    })
  })
  it('answers relations to entities the emulator does not hold as null', async () => {
    expect((await r.get('/v1/deals/741?include=quote')).json.data._included).toEqual({ quote: null })
  })
  it('refuses an unknown relation (400 INVALID_INCLUDE) and more than 3 (400 INCLUDE_LIMIT_EXCEEDED)', async () => {
    const unknown = await r.get('/v1/deals/741?include=manager')
    expect(unknown.status).toBe(400)
    expect(unknown.json.error).toEqual({
      code: 'INVALID_INCLUDE',
      message: "Unknown include 'manager'. Available: contact, company, quote",
    })
    const none = await r.get('/v1/users/1?include=company')
    expect(none.json.error).toEqual({ code: 'INVALID_INCLUDE', message: "Unknown include 'company'. Available: " })
    const four = await r.post('/v1/deals/search', { include: ['contact', 'company', 'quote', 'contact2'] })
    expect(four.json.error.code).toBe('INCLUDE_LIMIT_EXCEEDED')
  })
})

describe('list, search and batch with include', () => {
  it('adds _included to each record, also beside a select', async () => {
    const list = await r.get('/v1/deals?include=company&select=id,title&limit=2')
    expect(list.json.data).toEqual([
      { id: 741, title: 'Equipment supply', _included: { company: expect.objectContaining({ id: 15 }) } },
      { id: 742, title: 'Support', _included: { company: null } },
    ])
    const search = await r.post('/v1/deals/search', { filter: { id: 741 }, include: ['contact'], select: ['id'] })
    expect(search.json.data[0]._included.contacts).toHaveLength(2)
  })
  it('skips include above 200 records and says meta.includeSkipped: true', async () => {
    const list = await r.get('/v1/deals?include=company&limit=201')
    expect(list.json.data[0]._included).toBeUndefined()
    expect(list.json.meta).toEqual({ total: 203, hasMore: true, includeSkipped: true })
    const search = await r.post('/v1/deals/search', { include: ['company'], limit: 201 })
    expect(search.json.meta).toEqual({ includeSkipped: true })
    const small = await r.post('/v1/deals/search', { include: ['company'], limit: 200 })
    expect(small.json.meta).toBeUndefined()
    expect(small.json.data[199]._included).toEqual({ company: expect.objectContaining({ id: 15 }) })
  })
  it('reads include in batch get params', async () => {
    const answer = await r.post('/v1/batch', {
      calls: [{ id: 'd', entity: 'deals', action: 'get', entityId: 741, params: { include: ['company'] } }],
    })
    expect(answer.json.data.results.d._included.company).toMatchObject({ id: 15 })
  })
})

describe("users' get", () => {
  it('answers an array holding the user; in a batch with the upper-case names (2392)', async () => {
    const alone = (await r.get('/v1/users/1')).json.data
    expect(alone).toEqual([expect.objectContaining({ id: 1, name: 'Letta', lastName: null, departmentId: [2] })])
    const answer = await r.post('/v1/batch', { calls: [{ id: 'me', entity: 'users', action: 'get', entityId: 1 }] })
    const [me] = answer.json.data.results.me
    expect(me).toMatchObject({ ID: 1, NAME: 'Letta', LAST_NAME: null, UF_DEPARTMENT: [2], IS_ADMIN: null })
    expect(Object.keys(me)).toHaveLength(Object.keys(alone[0]).length)
    expect(Object.keys(me).every((key) => /^[A-Z][A-Z_]*$/.test(key))).toBe(true)
  })
})
