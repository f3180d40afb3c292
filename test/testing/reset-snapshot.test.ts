// emulator.snapshot(entity?): deep copies of the current rows; emulator.reset(): back to the data and
// state createEmulator left, with the same options.
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Deal } from '../../src/index.js'
import { createEmulator, generateSeedData, type EmulatorRow } from '../../src/testing/index.js'
import { CONTACTS, DEALS, KEY, read } from './helpers.js'

const SMALL = { contacts: 5, companies: 2, deals: 4, leads: 1, tasks: 2 }

const call = async (
  emulator: ReturnType<typeof createEmulator>,
  method: string,
  path: string,
  body?: unknown,
  key = KEY,
): Promise<{ status: number; json: any }> =>
  read(
    await emulator.fetch(path, {
      method,
      headers: { 'X-Api-Key': key, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  )

describe('snapshot', () => {
  it('copies one entity deeply: changing the copy changes nothing stored', async () => {
    const e = createEmulator({ data: { contacts: CONTACTS } })
    await call(e, 'PATCH', '/v1/contacts/1', { phone: [{ value: '+7 2', typeId: 'WORK' }] })
    const copy = e.snapshot('contacts')
    expect(copy.map((row) => row['id'])).toEqual([1, 2, 3, 4])
    const phones = copy[0]?.['phone'] as Array<unknown>
    expect(phones).toEqual(['74955553546', { value: '+7 2', typeId: 'WORK' }])
    phones.push('tampered')
    ;(phones[1] as { value: string }).value = 'tampered'
    copy[0]!['name'] = 'tampered'
    expect(e.snapshot('contacts')[0]).toMatchObject({
      name: 'Ivan',
      phone: ['74955553546', { value: '+7 2', typeId: 'WORK' }],
    })
  })
  it('without an entity, copies every entity the emulator holds, keyed by name', () => {
    const e = createEmulator({ seed: 3, counts: SMALL })
    const all = e.snapshot()
    expect(Object.keys(all)).toEqual(e.entities())
    for (const name of e.entities()) expect(all[name], name).toEqual(e.rows(name))
    expect(all['items/156']).toHaveLength(30)
    all['deals']?.splice(0)
    expect(e.count('deals')).toBe(4)
  })
  it('refuses an entity the emulator does not hold, so a typo does not read as empty', () => {
    const e = createEmulator({ data: { deals: DEALS } })
    expect(e.snapshot('contacts')).toEqual([])
    expect(() => e.snapshot('deal')).toThrow(RangeError)
    expect(() => e.snapshot('deal')).toThrow(/no such entity.*deals/)
  })
  it('is typed: rows of the type asked for, EmulatorRow by default, a record of them without an entity', () => {
    const e = createEmulator({ data: { deals: DEALS } })
    expectTypeOf(e.snapshot('deals')).toEqualTypeOf<EmulatorRow[]>()
    expectTypeOf(e.snapshot<Deal>('deals')).toEqualTypeOf<Deal[]>()
    expectTypeOf(e.snapshot()).toEqualTypeOf<Record<string, EmulatorRow[]>>()
    expect(e.snapshot<Deal>('deals')[1]?.amount).toBe(50000)
  })
})

describe('reset', () => {
  it('brings back the seeded rows after creates, updates, deletes, inserts and removals', async () => {
    const e = createEmulator({ seed: 5, counts: SMALL })
    const before = e.snapshot()
    expect(before['deals']).toEqual(generateSeedData(5, SMALL)['deals'])
    expect((await call(e, 'POST', '/v1/deals', { title: 'New' })).status).toBe(201)
    expect((await call(e, 'PATCH', '/v1/contacts/1', { name: 'Changed', phone: '+7 9' })).status).toBe(200)
    expect((await call(e, 'DELETE', '/v1/deals/1')).status).toBe(204)
    e.insert('widgets', [{ name: 'extra entity' }])
    e.remove('companies', [1])
    expect(e.snapshot()).not.toEqual(before)
    e.reset()
    expect(e.snapshot()).toEqual(before)
    expect(e.entities()).toEqual(Object.keys(before))
    expect((await call(e, 'POST', '/v1/deals', { title: 'New again' })).json.data.id).toBe(5)
  })
  it('brings back explicit data as given, even when the caller changed its objects since', async () => {
    const data = { deals: structuredClone(DEALS) as EmulatorRow[] }
    const e = createEmulator({ data })
    data.deals.push({ id: 99, title: 'added later' })
    data.deals[0]!['title'] = 'changed later'
    await call(e, 'PATCH', '/v1/deals/2', { title: 'x' })
    e.reset()
    expect(e.snapshot('deals').map((row) => row['title'])).toEqual(DEALS.map((deal) => deal.title))
  })
  it('forgets learnt custom fields and keeps declared ones', async () => {
    const e = createEmulator({
      data: { deals: DEALS },
      customFields: { deals: { ufCrm_Region: { type: 'string' } } },
    })
    await call(e, 'PATCH', '/v1/deals/1', { ufCrm_Region: 'EU', ufCrm_Learnt: 'yes' })
    const search = { filter: { ufCrm_Learnt: 'yes' }, select: ['id'] }
    expect((await call(e, 'POST', '/v1/deals/search', search)).json.data).toEqual([{ id: 1 }])
    e.reset()
    expect((await call(e, 'POST', '/v1/deals/search', search)).json.error.code).toBe('INVALID_FILTER_FIELD')
    const declared = await call(e, 'POST', '/v1/deals/search', { filter: { ufCrm_Region: 'EU' } })
    expect(declared.json.data).toEqual([])
  })
  it('empties the request log, the fault queue and the rate limiter', async () => {
    const e = createEmulator({ data: { deals: DEALS }, rateLimit: { burst: 1, perSecond: 0.001 } })
    expect((await call(e, 'GET', '/v1/deals/1')).status).toBe(200)
    expect((await call(e, 'GET', '/v1/deals/1')).status).toBe(429)
    e.failNext({ status: 503, times: 5 })
    e.reset()
    expect(e.requests).toEqual([])
    expect((await call(e, 'GET', '/v1/deals/1')).status).toBe(200)
    expect(e.requests.map((q) => [q.status, q.fault])).toEqual([[200, undefined]])
  })
  it('lifts an error-loop block', async () => {
    const e = createEmulator({ data: { deals: DEALS }, errorLoop: { after: 1 } })
    expect((await call(e, 'GET', '/v1/deals/999')).status).toBe(404)
    const blocked = await call(e, 'GET', '/v1/deals/999')
    expect([blocked.status, blocked.json.error.code]).toEqual([429, 'ERROR_LOOP_DETECTED'])
    e.reset()
    expect((await call(e, 'GET', '/v1/deals/999')).status).toBe(404)
  })
  it('sets the latency back to latencyMs and keeps the keys', { timeout: 5_000 }, async () => {
    const e = createEmulator({ data: { deals: DEALS }, keys: { vibe_api_mine: { scopes: ['crm'] } } })
    e.setLatency(60_000)
    e.reset()
    expect((await call(e, 'GET', '/v1/deals/1', undefined, 'vibe_api_mine')).status).toBe(200)
    expect((await call(e, 'GET', '/v1/deals/1')).status).toBe(401)
  })
  it('keeps a running server serving the restored data', async () => {
    const e = createEmulator({ data: { deals: DEALS } })
    const server = await e.listen()
    try {
      await call(e, 'DELETE', '/v1/deals/6')
      e.reset()
      const res = await fetch(`${server.url}/v1/deals/6`, { headers: { 'X-Api-Key': KEY } })
      expect((await read(res)).json.data.title).toBe('Security audit')
    } finally {
      await server.close()
    }
  })
})
