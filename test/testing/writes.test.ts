// Writes: create 201, update, delete 204 with no body, bulk POST /v1/{entity}/batch, and the checks
// on the fields they carry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEALS, read, start, type Answer, type Running } from './helpers.js'

let r: Running
const clock = Date.parse('2026-05-05T09:00:00Z')
beforeAll(async () => {
  r = await start({
    data: { deals: DEALS, 'items/1058': [{ id: 1, title: 'Pilot' }] },
    customFields: {
      deals: {
        ufCrm_Priority: { type: 'enumeration', items: [{ ID: '45', VALUE: 'High' }] },
        ufCrm_Budget: { type: 'money' },
      },
    },
    now: () => clock,
  })
})
afterAll(() => r.close())

const send = async (method: string, path: string, body?: unknown): Promise<Answer> =>
  read(
    await fetch(`${r.url}${path}`, {
      method,
      headers: { 'X-Api-Key': 'vibe_api_demo', 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  )

describe('create', () => {
  it('answers 201 with the whole new record, its id assigned and its times stamped', async () => {
    const answer = await send('POST', '/v1/deals', {
      title: 'Equipment supply',
      amount: 50000,
      currency: 'RUB',
      stageId: 'NEW',
      categoryId: 0,
      assignedById: 1,
    })
    expect(answer.status).toBe(201)
    expect(answer.json.success).toBe(true)
    expect(answer.json.data).toMatchObject({
      id: 7,
      title: 'Equipment supply',
      amount: 50000,
      stageId: 'NEW',
      createdAt: '2026-05-05T12:00:00+03:00',
      updatedAt: '2026-05-05T12:00:00+03:00',
      companyId: null,
    })
    expect(Object.keys(answer.json.data)).toContain('isReturning')
    expect((await r.get('/v1/deals/7')).json.data).toEqual(answer.json.data)
  })
  it('takes custom fields: declared ones checked, others learnt', async () => {
    const answer = await send('POST', '/v1/deals', {
      title: 'x',
      ufCrm_Priority: 45,
      ufCrm_Budget: '1500.50|RUB',
      ufCrm_New: 'n',
    })
    expect(answer.status).toBe(201)
    expect(answer.json.data).toMatchObject({ ufCrm_Priority: 45, ufCrm_Budget: '1500.50|RUB', ufCrm_New: 'n' })
    expect((await r.post('/v1/deals/search', { filter: { ufCrm_New: 'n' }, select: ['title'] })).json.data).toEqual([
      { title: 'x' },
    ])
  })
  it('creates smart-process items under their type', async () => {
    const answer = await send('POST', '/v1/items/1058', { title: 'Rollout' })
    expect(answer.status).toBe(201)
    expect(answer.json.data).toMatchObject({ id: 2, title: 'Rollout', opportunity: null })
    expect(Object.keys(answer.json.data)).toContain('movedTime')
  })
})

describe('field checks', () => {
  const refused = async (
    body: unknown,
    path = '/v1/deals',
  ): Promise<{ status: number; code: string; message: string }> => {
    const answer = await send('POST', path, body)
    expect(answer.json.success).toBe(false)
    return { status: answer.status, code: answer.json.error.code, message: answer.json.error.message }
  }
  it('a field the entity does not have → 400 INVALID_REQUEST naming it', async () => {
    expect(await refused({ title: 'x', stage: 'NEW' })).toMatchObject({
      status: 400,
      code: 'INVALID_REQUEST',
      message: expect.stringContaining("'stage'"),
    })
  })
  it('a value of the wrong type → 400 VALIDATION_ERROR', async () => {
    for (const body of [
      { amount: '5000' },
      { title: 5 },
      { opened: 'Y' },
      { closedAt: 'tomorrow' },
      { observers: 1 },
      { ufCrm_Priority: 47 },
      { ufCrm_Budget: 'lots' },
    ]) {
      expect(await refused(body), JSON.stringify(body)).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' })
    }
  })
  it("names every mistyped field in one message, in the docs' form; nothing is stored", async () => {
    const before = r.emulator.snapshot('deals')
    const answer = await refused({ title: 5, amount: '5000', stageId: 'NEW', closedAt: 'tomorrow' })
    expect(answer).toEqual({
      status: 400,
      code: 'VALIDATION_ERROR',
      message:
        'fields.title: Expected string, received number 5; fields.amount: Expected number, received string "5000"; ' +
        'fields.closedAt: Expected ISO 8601 date, received string "tomorrow"',
    })
    expect(r.emulator.snapshot('deals')).toEqual(before)
  })
  it('checks the field before the type: an unknown or read-only field wins over a mistyped one', async () => {
    expect((await refused({ amount: 'x', stage: 'NEW' })).code).toBe('INVALID_REQUEST')
    expect((await refused({ amount: 'x', createdAt: '2026-01-01T00:00:00Z' })).code).toBe('READONLY_FIELD')
  })
  it('a read-only field → 400 READONLY_FIELD', async () => {
    for (const body of [{ id: 99, title: 'x' }, { createdAt: '2026-01-01T00:00:00Z' }, { contactIds: [1] }]) {
      expect(await refused(body), JSON.stringify(body)).toMatchObject({ status: 400, code: 'READONLY_FIELD' })
    }
  })
  it('a body that is not an object → 400 VALIDATION_ERROR; nothing is stored', async () => {
    const before = r.emulator.count('deals')
    expect(await refused([{ title: 'x' }])).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' })
    expect(r.emulator.count('deals')).toBe(before)
  })
  it('phones and e-mails: a string, strings or [{ value, typeId }]; else 400 INVALID_MULTIFIELD_SHAPE', async () => {
    for (const phone of ['+7 916', ['+7 916', '+7 495'], [{ value: '+7 916', typeId: 'WORK' }, { value: '+7 495' }]]) {
      expect((await send('POST', '/v1/contacts', { name: 'A', phone })).status, JSON.stringify(phone)).toBe(201)
    }
    for (const email of [[{ VALUE: 'a@b.c', VALUE_TYPE: 'WORK' }], [{ value: 'a@b.c', kind: 'WORK' }], 5, [5]]) {
      const answer = await refused({ email }, '/v1/contacts')
      expect(answer, JSON.stringify(email)).toMatchObject({ status: 400, code: 'INVALID_MULTIFIELD_SHAPE' })
    }
  })
})

describe('update', () => {
  it('changes the given fields and answers the whole record, with updatedAt stamped', async () => {
    const answer = await send('PATCH', '/v1/deals/2', { stageId: 'LOSE', amount: 75000 })
    expect(answer.status).toBe(200)
    expect(answer.json.data).toMatchObject({
      id: 2,
      title: 'CRM implementation',
      stageId: 'LOSE',
      amount: 75000,
      updatedAt: '2026-05-05T12:00:00+03:00',
    })
    expect((await r.get('/v1/deals/2')).json.data.stageId).toBe('LOSE')
  })
  it('404 ENTITY_NOT_FOUND, 400 INVALID_PARAMS for a bad id, 400 VALIDATION_ERROR for a bad value', async () => {
    const missing = await send('PATCH', '/v1/deals/999', { title: 'x' })
    expect([missing.status, missing.json.error.code]).toEqual([404, 'ENTITY_NOT_FOUND'])
    expect((await send('PATCH', '/v1/deals/abc', { title: 'x' })).json.error.code).toBe('INVALID_PARAMS')
    expect((await send('PATCH', '/v1/deals/2', { amount: 'x' })).json.error.code).toBe('VALIDATION_ERROR')
    expect((await send('PATCH', '/v1/deals/2', { stage: 'x' })).json.error.code).toBe('INVALID_REQUEST')
    expect((await send('PATCH', '/v1/deals/2', { id: 3 })).json.error.code).toBe('READONLY_FIELD')
    expect(r.emulator.count('deals')).toBe(r.emulator.snapshot('deals').length)
  })
})

describe('multifield updates append, as Bitrix24 does', () => {
  const phoneOf = async (id: number): Promise<unknown> => (await r.get(`/v1/contacts/${id}`)).json.data.phone
  it('adds the phones of an update to those the record has, each in the shape it was given', async () => {
    const created = await send('POST', '/v1/contacts', { name: 'Ann', phone: '+7 495 000' })
    const id = Number(created.json.data.id)
    const first = await send('PATCH', `/v1/contacts/${id}`, { phone: [{ value: '+7 916 111', typeId: 'MOBILE' }] })
    expect(first.json.data.phone).toEqual(['+7 495 000', { value: '+7 916 111', typeId: 'MOBILE' }])
    await send('PATCH', `/v1/contacts/${id}`, { phone: '+7 903 222' })
    expect(await phoneOf(id)).toEqual(['+7 495 000', { value: '+7 916 111', typeId: 'MOBILE' }, '+7 903 222'])
    const found = await r.post('/v1/contacts/search', { filter: { phone: '+7 916 111' }, select: ['id'] })
    expect(found.json.data).toEqual([{ id }])
  })
  it('appends e-mails too, in bulk and batch updates alike; null clears; other fields still replace', async () => {
    const id = Number((await send('POST', '/v1/contacts', { name: 'Bo', email: 'a@x.example' })).json.data.id)
    await r.post('/v1/contacts/batch', { action: 'update', items: [{ id, email: ['b@x.example'], name: 'Bob' }] })
    const calls = [{ entity: 'contacts', action: 'update', entityId: id, params: { email: 'c@x.example' } }]
    expect((await r.post('/v1/batch', { calls })).json.data.summary.failed).toBe(0)
    const [stored] = r.emulator.snapshot('contacts').filter((row) => row['id'] === id)
    expect(stored).toMatchObject({ name: 'Bob', email: ['a@x.example', 'b@x.example', 'c@x.example'] })
    await send('PATCH', `/v1/contacts/${id}`, { email: null })
    expect((await r.get(`/v1/contacts/${id}`)).json.data.email).toBeNull()
    await send('PATCH', `/v1/contacts/${id}`, { email: 'd@x.example' })
    expect((await r.get(`/v1/contacts/${id}`)).json.data.email).toBe('d@x.example')
  })
  it('refuses the upper-case Bitrix24 shape on update too, and leaves the phones as they were', async () => {
    const id = Number((await send('POST', '/v1/contacts', { name: 'Cy', phone: '+7 1' })).json.data.id)
    const upper = await send('PATCH', `/v1/contacts/${id}`, { phone: [{ VALUE: '+7 2', VALUE_TYPE: 'WORK' }] })
    expect([upper.status, upper.json.error.code]).toEqual([400, 'INVALID_MULTIFIELD_SHAPE'])
    expect(await phoneOf(id)).toBe('+7 1')
  })
})

describe('delete', () => {
  it('answers 204 with an empty body, and the record is gone', async () => {
    const res = await fetch(`${r.url}/v1/deals/3`, { method: 'DELETE', headers: { 'X-Api-Key': 'vibe_api_demo' } })
    expect(res.status).toBe(204)
    expect(await res.text()).toBe('')
    expect((await r.get('/v1/deals/3')).status).toBe(404)
    const inProcess = await r.emulator.fetch('/v1/deals/4', {
      method: 'DELETE',
      headers: { 'X-Api-Key': 'vibe_api_demo' },
    })
    expect([inProcess.status, await inProcess.text()]).toEqual([204, ''])
  })
  it("a missing record → the entity's code: 404 ENTITY_NOT_FOUND for deals and items (30013)", async () => {
    expect((await send('DELETE', '/v1/deals/3')).json.error.code).toBe('ENTITY_NOT_FOUND')
    expect((await send('DELETE', '/v1/items/1058/9')).json.error.code).toBe('ENTITY_NOT_FOUND')
  })
})

describe('bulk: POST /v1/{entity}/batch', () => {
  it('creates, updates and deletes, one result per item with success', async () => {
    const created = await r.post('/v1/deals/batch', {
      action: 'create',
      items: [{ title: 'a' }, { title: 'b', amount: 'x' }],
    })
    expect(created.status).toBe(200)
    expect(created.json.data).toEqual([
      { id: expect.any(Number), success: true },
      { success: false, error: { code: 'VALIDATION_ERROR', message: expect.any(String) } },
    ])
    const id = created.json.data[0].id
    const updated = await r.post('/v1/deals/batch', {
      action: 'update',
      items: [
        { id, stageId: 'WON' },
        { id: 998, stageId: 'WON' },
      ],
    })
    expect(updated.json.data).toEqual([
      { id, success: true },
      { id: 998, success: false, error: { code: 'ENTITY_NOT_FOUND', message: 'Item not found' } },
    ])
    expect((await r.get(`/v1/deals/${id}`)).json.data.stageId).toBe('WON')
    const deleted = await r.post('/v1/deals/batch', { action: 'delete', ids: [id, 997] })
    expect(deleted.json.data).toEqual([
      { id, success: true },
      { id: 997, success: false, error: { code: 'ENTITY_NOT_FOUND', message: 'Item not found' } },
    ])
  })
  it('takes at most 500 items (400 BATCH_LIMIT_EXCEEDED); a malformed body → 400 VALIDATION_ERROR', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ title: `t${i}` }))
    const before = r.emulator.count('deals')
    expect((await r.post('/v1/deals/batch', { action: 'create', items: many })).json.error.code).toBe(
      'BATCH_LIMIT_EXCEEDED',
    )
    expect(r.emulator.count('deals')).toBe(before)
    expect((await r.post('/v1/deals/batch', { action: 'create', items: many.slice(0, 500) })).json.data).toHaveLength(
      500,
    )
    for (const body of [
      { action: 'upsert', items: [{}] },
      { action: 'delete', items: [1] },
      { action: 'create', items: [] },
      { action: 'create' },
    ]) {
      expect((await r.post('/v1/deals/batch', body)).json.error.code, JSON.stringify(body)).toBe('VALIDATION_ERROR')
    }
  })
})
