// Walks that must make progress or stop, and iterators used the unusual way.
import { describe, expect, it } from 'vitest'
import { createClient, deals, isQueryError, ResponseError, stream, type FetchLike } from '../../src/index.js'

const rows = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: from + i, title: `t${from + i}` }))

describe('walks that make no progress', () => {
  it('stop with ResponseError, and repeat no row, when the service ignores offset (id not selected)', async () => {
    const bodies: { select?: string[] }[] = []
    const fetch: FetchLike = async (_url, init) => {
      bodies.push(JSON.parse(String(init.body)))
      return new Response(JSON.stringify({ success: true, data: rows(1, 500) })) // the same first page, always
    }
    const client = createClient({ apiKey: 'vibe_api_x', baseUrl: 'http://svc.invalid', rateLimit: false, fetch })
    const seen: unknown[] = []
    let error: unknown
    try {
      for await (const row of stream(client, deals().orderBy('title').select('title'))) seen.push(row)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ResponseError)
    expect((error as Error).message).toMatch(/the service seems to have ignored `offset`/)
    expect(seen).toHaveLength(500)
    expect(seen[0]).toEqual({ title: 't1' }) // id fetched for the check, not shown
    expect(bodies[0]?.select).toEqual(['title', 'id'])
  })
})

describe('the stream iterator', () => {
  it('serves overlapping next() calls in order, losing no row', async () => {
    const fetch: FetchLike = async (_url, init) => {
      const { filter } = JSON.parse(String(init.body)) as { filter?: { id?: { $gt: number } } }
      const after = filter?.id?.$gt ?? 0
      return new Response(
        JSON.stringify({ success: true, data: after >= 1234 ? [] : rows(after + 1, Math.min(5000, 1234 - after)) }),
      )
    }
    const client = createClient({ apiKey: 'vibe_api_x', baseUrl: 'http://svc.invalid', rateLimit: false, fetch })
    const iterator = stream(client, deals().select('id'))
    const results = await Promise.all(Array.from({ length: 10 }, () => iterator.next()))
    expect(results.map((r) => (r.done ? 'done' : (r.value as { id: number }).id))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ])
    let rest = 0
    for await (const _ of iterator) rest++
    expect(rest).toBe(1224)
  })
})

describe('OR groups ANDed together', () => {
  const groups = (n: number) =>
    Array.from({ length: n }).reduce<ReturnType<typeof deals>>(
      (q, _, i) => q.where((w) => w.or([w('amount', '>', i), w('title', `t${i}`)])),
      deals(),
    )

  it('distribute up to 256 branches, and are refused beyond, never grown without bound', () => {
    expect(JSON.stringify(groups(7).toBody()).length).toBeLessThan(60_000)
    for (const n of [8, 20]) {
      let thrown: unknown
      try {
        groups(n)
      } catch (error) {
        thrown = error
      }
      expect(isQueryError(thrown)).toBe(true)
      expect((thrown as Error).message).toMatch(
        /^where\(callback\): 8 OR groups ANDed together would be sent as 510 \$or branches, more than 256/,
      )
    }
  })
})
