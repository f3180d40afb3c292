// The documentation's own example (api/seed-contacts-search.txt) against the default emulator over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { start, type Running } from './helpers.js'

describe('the seed request of the contacts search page', () => {
  let r: Running
  beforeAll(async () => {
    r = await start()
  })
  afterAll(() => r.close())

  it('answers { success: true, data } with at most 10 contacts of company 15 sorted by lastName', async () => {
    const answer = await r.post('/v1/contacts/search', {
      filter: { companyId: 15 },
      limit: 10,
      order: { lastName: 'asc' },
    })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
    expect(Object.keys(answer.json)).toEqual(['success', 'data'])
    expect(answer.json.success).toBe(true)
    const rows = answer.json.data as Array<Record<string, unknown>>
    expect(rows).toHaveLength(10)
    for (const row of rows) expect(row['companyId']).toBe(15)
    const lastNames = rows.map((row) => String(row['lastName']))
    expect(lastNames).toEqual([...lastNames].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))

    const expected = r.emulator
      .rows('contacts')
      .filter((c) => c['companyId'] === 15)
      .sort((a, b) =>
        String(a['lastName']) < String(b['lastName'])
          ? -1
          : String(a['lastName']) > String(b['lastName'])
            ? 1
            : Number(a['id']) - Number(b['id']),
      )
      .slice(0, 10)
    expect(rows).toEqual(expected)
  })

  it('returns contacts with the documented fields and types', async () => {
    const answer = await r.post('/v1/contacts/search', { filter: { companyId: 15 }, limit: 1 })
    const [row] = answer.json.data as Array<Record<string, unknown>>
    expect(row).toMatchObject({
      id: expect.any(Number),
      name: expect.any(String),
      lastName: expect.any(String),
      phone: expect.stringMatching(/^7\d{10}$/),
      companyId: 15,
      assignedById: expect.any(Number),
      typeId: expect.stringMatching(/^(CLIENT|PARTNER|SUPPLIER|OTHER)$/),
      createdTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/),
    })
    const documented = ['id', 'name', 'lastName', 'secondName', 'honorific', 'phone', 'email', 'companyId', 'post']
    expect(Object.keys(row ?? {})).toEqual(expect.arrayContaining(documented))
  })
})
