// Writes against the server written from the docs (test/doc-server/): what each sends, what it
// answers, and above all how often a failing write is sent — a create must never be duplicated.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import {
  batch,
  batchSettled,
  contacts,
  createClient,
  deals,
  isApiError,
  isNetworkError,
  isTimeoutError,
} from '../../src/index.js'
import type { DocServer } from '../doc-server/doc-server.js'
import { closeAfterTest, refusal, serveDocs } from './documented.js'
import { caught } from './leak-check.js'

const serve = serveDocs
const sent = (server: DocServer) => server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)

describe('create, update, delete as the docs show them', () => {
  it('creates (201, the record back), updates, reads it back and deletes (204)', async () => {
    const { server, client } = await serve()
    const created = await client.execute(
      deals.create({ title: 'Big one', amount: 5000, closedAt: new Date('2026-06-30T00:00:00Z') }),
    )
    expect(created.id).toEqual(expect.any(Number))
    expect(server.requests[0]?.body).toEqual({ title: 'Big one', amount: 5000, closedAt: '2026-06-30T00:00:00.000Z' })
    await client.execute(deals.update(created.id, { stageId: 'WON' }))
    expect((await client.execute(deals.get(created.id))).stageId).toBe('WON')
    expect(await client.execute(deals.delete(created.id))).toBeUndefined()
    const gone = await caught(client.execute(deals.get(created.id)))
    expect(isApiError(gone) && gone.code).toBe('ENTITY_NOT_FOUND')
    expect(sent(server)).toEqual([
      'POST /v1/deals 201',
      `PATCH /v1/deals/${created.id} 200`,
      `GET /v1/deals/${created.id} 200`,
      `DELETE /v1/deals/${created.id} 204`,
      `GET /v1/deals/${created.id} 404`,
    ])
  })

  it('captures the input when given: a later change to the caller’s object changes nothing', () => {
    const input = { title: 'a', observers: [1, 2] }
    const op = deals.create(input)
    input.title = 'b'
    input.observers.push(3)
    expect(op.toBody()).toEqual({ title: 'a', observers: [1, 2] })
  })

  it('refuses, before sending, what JSON would carry unfaithfully or the service would refuse', () => {
    expect(refusal(() => deals.create({ amount: Number.NaN }))).toBe('deals.create: amount is NaN')
    expect(refusal(() => deals.create({ title: undefined } as never))).toMatch(
      /title is undefined; use null to clear a field/,
    )
    expect(
      refusal(() => contacts.create({ name: 'x', phone: [{ VALUE: '+1', VALUE_TYPE: 'WORK' }] } as never)),
    ).toMatch(/phone\[0\] uses Bitrix24's VALUE\/VALUE_TYPE; write \{ value, typeId \}/)
    expect(refusal(() => deals.create({} as never))).toMatch(/takes at least one field/)
    expect(refusal(() => deals.create([] as never))).toMatch(/takes an object of fields/)
    expect(refusal(() => deals.update(0, { title: 'x' }))).toMatch(/deals.update\(0\): takes a record id/)
    expect(refusal(() => deals.delete(1.5))).toMatch(/deals.delete\(1.5\): takes a record id/)
  })
})

describe('writes inside a batch', () => {
  it('go as create, update and delete calls, each typed; a batch holding a create is not repeated', async () => {
    const { server, client } = await serve()
    const [deal] = server.tables.get('deals') ?? []
    const { made, renamed, removed } = await batch(client, {
      made: deals.create({ title: 'from a batch' }),
      renamed: deals.update(deal!.id, { title: 'renamed' }),
      removed: deals.delete(deal!.id),
    })
    expect(made.id).toEqual(expect.any(Number))
    expect(renamed).toBeUndefined()
    expect(removed).toBeUndefined()
    expect((server.requests[0]!.body as { calls: unknown[] }).calls).toEqual([
      { id: 'made', entity: 'deals', action: 'create', params: { title: 'from a batch' } },
      { id: 'renamed', entity: 'deals', action: 'update', entityId: deal!.id, params: { title: 'renamed' } },
      { id: 'removed', entity: 'deals', action: 'delete', entityId: deal!.id },
    ])
    server.misbehave.failWith = { code: 'QUEUE_TIMEOUT', status: 504 }
    server.requests.length = 0
    const outcomes = await batchSettled(client, { made: deals.create({ title: 'x' }) })
    expect(outcomes.made.status).toBe('rejected')
    expect(server.requests).toHaveLength(1)
  })
})

describe('never replayed unsafely', () => {
  it('sends a create answered 504 exactly once, and says it may or may not have been applied', async () => {
    const { server, client } = await serve({ misbehave: { failWith: { code: 'QUEUE_TIMEOUT', status: 504 } } })
    const error = await caught(client.execute(deals.create({ title: 'x' })))
    expect(isApiError(error) && error.status).toBe(504)
    expect((error as Error).message).toMatch(
      /not repeated, since it may have reached the service: the write may or may not have been applied/,
    )
    expect(server.requests).toHaveLength(1)
  })

  it('sends a create that timed out exactly once', async () => {
    const server = createServer((request) => request.resume()) // reads the body, never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    let requests = 0
    server.on('request', () => requests++)
    closeAfterTest({
      close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
    })
    const client = createClient({
      apiKey: 'vibe_api_x',
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      rateLimit: false,
      timeoutMs: 100,
    })
    const error = await caught(client.execute(deals.create({ title: 'x' })))
    expect(isTimeoutError(error)).toBe(true)
    expect(requests).toBe(1)
  })

  it('sends a create whose connection was reset after the body was read exactly once', async () => {
    let requests = 0
    const server = createServer((request) => {
      requests++
      request.resume()
      request.on('end', () => request.socket.destroy())
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    closeAfterTest({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) })
    const client = createClient({
      apiKey: 'vibe_api_x',
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      rateLimit: false,
      retry: { delayMs: 1 },
    })
    const error = await caught(client.execute(deals.create({ title: 'x' })))
    expect(isNetworkError(error)).toBe(true)
    expect(requests).toBe(1)
    // The same failure on a read is retried: the limit of 3 retries, 4 requests.
    requests = 0
    await caught(client.execute(deals().limit(1)))
    expect(requests).toBe(4)
  })

  it('retries a create refused as rate-limited (429: not executed), and one the caller declares idempotent', async () => {
    const { server, client } = await serve({
      misbehave: { failWith: { code: 'RATE_LIMITED', status: 429, times: 1, retryAfter: 0 } },
    })
    await client.execute(deals.create({ title: 'x' }))
    expect(sent(server)).toEqual(['POST /v1/deals 429', 'POST /v1/deals 201'])
    server.misbehave.failWith = { code: 'QUEUE_TIMEOUT', status: 504, times: 1 }
    server.requests.length = 0
    await client.execute(deals.create({ title: 'y' }), { idempotent: true })
    expect(sent(server)).toEqual(['POST /v1/deals 504', 'POST /v1/deals 201'])
  })

  it('retries an update of plain fields and a delete answered 502, but sends a multifield update once', async () => {
    const { server, client } = await serve()
    const [deal] = server.tables.get('deals') ?? []
    const [contact] = server.tables.get('contacts') ?? []
    server.misbehave.failWith = { code: 'BITRIX_UNAVAILABLE', status: 502, times: 1 }
    await client.execute(deals.update(deal!.id, { title: 'renamed' }))
    server.misbehave.failWith = { code: 'BITRIX_UNAVAILABLE', status: 502, times: 1 }
    await caught(client.execute(contacts.update(contact!.id, { phone: [{ value: '+15551234', typeId: 'WORK' }] })))
    server.misbehave.failWith = { code: 'BITRIX_UNAVAILABLE', status: 502, times: 1 }
    await client.execute(deals.delete(deal!.id))
    expect(sent(server)).toEqual([
      `PATCH /v1/deals/${deal!.id} 502`,
      `PATCH /v1/deals/${deal!.id} 200`,
      `PATCH /v1/contacts/${contact!.id} 502`,
      `DELETE /v1/deals/${deal!.id} 502`,
      `DELETE /v1/deals/${deal!.id} 204`,
    ])
  })

  it('sends a write the service refused as invalid (400 VALIDATION_ERROR) once', async () => {
    const { server, client } = await serve({ misbehave: { failWith: { code: 'VALIDATION_ERROR', status: 400 } } })
    const [deal] = server.tables.get('deals') ?? []
    await caught(client.execute(deals.update(deal!.id, { title: 'x' })))
    await caught(client.execute(deals.create({ title: 'x' })))
    expect(server.requests).toHaveLength(2)
  })
})
