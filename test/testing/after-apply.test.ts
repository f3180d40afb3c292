// Faults that hit after the request was served (`afterApply: true`): the write is stored, and then the
// connection is dropped, the answer replaced or held back — over HTTP, in-process, and through the client.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createClient, deals, isNetworkError } from '../../src/index.js'
import { createEmulator } from '../../src/testing/index.js'
import { DEALS, KEY, read, start, type Running } from './helpers.js'

let r: Running
beforeAll(async () => {
  r = await start({ data: { deals: DEALS } })
})
afterAll(() => r.close())
beforeEach(() => r.emulator.reset())

const titled = (title: string): unknown[] => r.emulator.snapshot('deals').filter((row) => row['title'] === title)
const create = (title: string, signal?: AbortSignal): Promise<Response> =>
  fetch(`${r.url}/v1/deals`, {
    method: 'POST',
    headers: { 'X-Api-Key': KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
    ...(signal === undefined ? {} : { signal }),
  })

describe('dropNext({ afterApply: true }) over HTTP', () => {
  it('stores the create, then destroys the socket: fetch rejects, yet the deal exists', async () => {
    r.emulator.dropNext({ afterApply: true, match: { method: 'POST', path: '/v1/deals' } })
    await expect(create('Applied, then lost')).rejects.toBeInstanceOf(TypeError)
    expect(titled('Applied, then lost')).toHaveLength(1)
    expect(r.emulator.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/v1/deals',
      status: null,
      fault: 'drop',
      afterApply: true,
    })
  })
  it('differs from a plain drop, which stores nothing and logs no afterApply', async () => {
    r.emulator.dropNext({ match: { method: 'POST', path: '/v1/deals' } })
    await expect(create('Never arrived')).rejects.toBeInstanceOf(TypeError)
    expect(titled('Never arrived')).toHaveLength(0)
    expect(r.emulator.requests.at(-1)).toMatchObject({ status: null, fault: 'drop' })
    expect(r.emulator.requests.at(-1)).not.toHaveProperty('afterApply')
  })
  it('carries out a delete and a bulk create before dropping', async () => {
    r.emulator.dropNext({ afterApply: true, times: 2 })
    await expect(fetch(`${r.url}/v1/deals/3`, { method: 'DELETE', headers: { 'X-Api-Key': KEY } })).rejects.toThrow(
      TypeError,
    )
    await expect(
      r.post('/v1/deals/batch', { action: 'create', items: [{ title: 'b1' }, { title: 'b2' }] }),
    ).rejects.toThrow(TypeError)
    const rows = r.emulator.snapshot('deals')
    expect(rows.some((row) => row['id'] === 3)).toBe(false)
    expect(rows.filter((row) => row['title'] === 'b1' || row['title'] === 'b2')).toHaveLength(2)
  })
})

describe('failNext and delayNext with afterApply', () => {
  it('failNext: the update is stored, the client reads a 504', async () => {
    r.emulator.failNext({ status: 504, afterApply: true, match: { method: 'PATCH' } })
    const answer = await read(
      await fetch(`${r.url}/v1/deals/1`, {
        method: 'PATCH',
        headers: { 'X-Api-Key': KEY, 'Content-Type': 'application/json' },
        body: JSON.stringify({ stageId: 'WON' }),
      }),
    )
    expect([answer.status, answer.json.error.code]).toEqual([504, 'QUEUE_TIMEOUT'])
    expect(r.emulator.snapshot('deals').find((row) => row['id'] === 1)?.['stageId']).toBe('WON')
    expect(r.emulator.requests.at(-1)).toMatchObject({ status: 504, fault: 'fail', afterApply: true })
  })
  it('delayNext: a client that gives up while the answer is held back missed a create that happened', async () => {
    r.emulator.delayNext(2_000, { afterApply: true })
    await expect(create('Slow answer', AbortSignal.timeout(100))).rejects.toThrow(/abort|timeout/i)
    expect(titled('Slow answer')).toHaveLength(1)
  })
  it('the served request passes authentication as any other: a bad key is refused, then the fault hits', async () => {
    r.emulator.failNext({ status: 502, afterApply: true })
    const answer = await r.post('/v1/deals', { title: 'Unauthorised' }, { 'X-Api-Key': 'vibe_api_wrong' })
    expect(answer.status).toBe(502)
    expect(titled('Unauthorised')).toHaveLength(0)
  })
  it('refuses an afterApply that is not a boolean', () => {
    expect(() => r.emulator.dropNext({ afterApply: 'yes' as never })).toThrow(TypeError)
  })
})

describe('in-process, through the library client', () => {
  const emulator = createEmulator({ data: { deals: DEALS } })
  const client = createClient({
    apiKey: KEY,
    baseUrl: 'http://emulator.local',
    fetch: emulator.fetch,
    rateLimit: false,
    retry: { delayMs: 1, jitter: false },
  })
  beforeEach(() => emulator.reset())

  it('a create is not sent again: the client gets a NetworkError, the portal holds the deal once', async () => {
    emulator.dropNext({ afterApply: true, match: { method: 'POST', path: '/v1/deals' } })
    const error = await client.execute(deals.create({ title: 'Exactly once' })).catch((e: unknown) => e)
    expect(isNetworkError(error)).toBe(true)
    expect(String((error as Error).message)).toMatch(/may or may not have been applied/)
    expect(emulator.snapshot('deals').filter((row) => row['title'] === 'Exactly once')).toHaveLength(1)
    expect(emulator.requests.filter((q) => q.method === 'POST')).toHaveLength(1)
  })
  it('an update of plain fields is sent again and succeeds; it was applied on the first attempt already', async () => {
    emulator.dropNext({ afterApply: true, match: { method: 'PATCH' } })
    await client.execute(deals.update(2, { stageId: 'LOSE' }))
    expect(emulator.requests.map((q) => [q.method, q.status, q.afterApply ?? false])).toEqual([
      ['PATCH', null, true],
      ['PATCH', 200, false],
    ])
    expect(emulator.snapshot('deals').find((row) => row['id'] === 2)?.['stageId']).toBe('LOSE')
  })
})
