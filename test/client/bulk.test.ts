// Bulk writes (POST /v1/{entity}/batch): chunks of 500, each record's outcome, and the same retry
// safety as single writes. The per-record answer is the docs' one sentence, read as
// test/fixtures/docs/bulk.json records it (unconfirmed).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createClient, deals, isApiError, type FetchLike } from '../../src/index.js'
import { refusal } from './documented.js'

const fixture = JSON.parse(readFileSync(new URL('../fixtures/docs/bulk.json', import.meta.url), 'utf8'))

/** A fake service: answers each bulk request per record (`failing` ids fail), or a status. */
function service(
  answer: (body: { action: string; items?: { id?: number }[]; ids?: number[] }, index: number) => Response,
) {
  const requests: { action: string; size: number }[] = []
  const fetch: FetchLike = async (_url, init) => {
    const body = JSON.parse(String(init.body))
    requests.push({ action: body.action, size: (body.items ?? body.ids).length })
    return answer(body, requests.length - 1)
  }
  const client = createClient({
    apiKey: 'vibe_api_documented',
    baseUrl: 'http://docs.invalid',
    rateLimit: false,
    retry: { delayMs: 1 },
    fetch,
  })
  return { client, requests }
}
const perRecord = (body: { items?: unknown[]; ids?: unknown[] }, fail: (index: number) => boolean = () => false) =>
  new Response(
    JSON.stringify({
      success: true,
      data: (body.items ?? body.ids)!.map((_, index) =>
        fail(index)
          ? { success: false, error: { code: 'VALIDATION_ERROR', message: 'bad' } }
          : { success: true, id: 1000 + index },
      ),
    }),
  )

describe('bulk writes', () => {
  it('reads the documented answer, record by record', async () => {
    const { client } = service(() => new Response(JSON.stringify(fixture.body)))
    const result = await client.execute(deals.updateMany(fixture.request.body.items))
    expect(result.succeeded).toBe(1)
    expect(result.failed).toBe(1)
    expect(result.items[0]).toEqual({ status: 'fulfilled', value: undefined })
    const second = result.items[1]
    expect(second?.status === 'rejected' && isApiError(second.error) && second.error.code).toBe('ENTITY_NOT_FOUND')
  })

  it('creates 1,200 records in 3 requests of at most 500, each record’s outcome in order', async () => {
    const { client, requests } = service((body) => perRecord(body, (index) => index === 7))
    const items = Array.from({ length: 1200 }, (_, i) => ({ title: `deal ${i}` }))
    const result = await client.execute(deals.createMany(items))
    expect(requests).toEqual([
      { action: 'create', size: 500 },
      { action: 'create', size: 500 },
      { action: 'create', size: 200 },
    ])
    expect(result.items).toHaveLength(1200)
    expect(result.failed).toBe(3) // record 7 of each request
    expect(result.items[0]).toEqual({ status: 'fulfilled', value: { id: 1000 } })
    expect(result.items[507]?.status).toBe('rejected')
  })

  it('keeps the other requests’ outcomes when one request fails, and never repeats a create', async () => {
    const { client, requests } = service((body, index) =>
      index === 1
        ? new Response('{"success":false,"error":{"code":"QUEUE_TIMEOUT","message":"slow"}}', { status: 504 })
        : perRecord(body),
    )
    const result = await client.execute(deals.createMany(Array.from({ length: 1100 }, () => ({ title: 'x' }))))
    expect(requests.map((r) => r.size)).toEqual([500, 500, 100]) // the 504 is not sent again
    expect(result.succeeded).toBe(600)
    const failed = result.items[500]
    expect(failed?.status === 'rejected' && failed.error.message).toMatch(
      /QUEUE_TIMEOUT: slow .*may or may not have been applied/,
    )
  })

  it('reports a created record without an id as failed, not as a success with no id', async () => {
    const { client } = service(
      () => new Response(JSON.stringify({ success: true, data: [{ success: true, id: 5 }, { success: true }] })),
    )
    const result = await client.execute(deals.createMany([{ title: 'a' }, { title: 'b' }]))
    expect(result.items[0]).toEqual({ status: 'fulfilled', value: { id: 5 } })
    expect(result.items[1]?.status).toBe('rejected')
    expect(result).toMatchObject({ succeeded: 1, failed: 1 })
  })

  it('retries a delete request answered 503', async () => {
    const { client, requests } = service((body, index) =>
      index === 0
        ? new Response('{"success":false,"error":{"code":"X","message":"down"}}', { status: 503 })
        : perRecord(body),
    )
    const result = await client.execute(deals.deleteMany([1, 2, 3]))
    expect(requests).toEqual([
      { action: 'delete', size: 3 },
      { action: 'delete', size: 3 },
    ])
    expect(result).toMatchObject({ succeeded: 3, failed: 0 })
    expect(deals.deleteMany([1, 2]).toBodies()).toEqual([{ action: 'delete', ids: [1, 2] }])
  })

  it('refuses an empty list, a bad record or id, before sending', () => {
    expect(refusal(() => deals.createMany([]))).toMatch(/deals.createMany\(\): takes a non-empty array/)
    expect(refusal(() => deals.createMany([{ title: 'a' }, { amount: Number.NaN }]))).toMatch(
      /deals.createMany\[1\]: amount is NaN/,
    )
    expect(refusal(() => deals.updateMany([{ stageId: 'WON' } as never]))).toMatch(
      /deals.updateMany\[0\]\(undefined\): takes a record id/,
    )
    expect(refusal(() => deals.deleteMany([1, 0]))).toMatch(/deals.deleteMany\[1\]\(0\): takes a record id/)
  })
})
