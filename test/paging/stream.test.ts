// client.stream / client.pages against the emulator over real HTTP on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest'
import { contacts, createClient, deals, pages, stream, type Client, type PagingProgress } from '../../src/index.js'
import { createEmulator, type Emulator, type EmulatorServer } from '../../src/testing/index.js'

let server: EmulatorServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function setUp(
  contactCount: number,
  extra: Parameters<typeof createEmulator>[0] = {},
): Promise<{ emulator: Emulator; client: Client }> {
  const emulator = createEmulator({
    seed: 7,
    counts: { contacts: contactCount, deals: 0, leads: 0 },
    rateLimit: false,
    ...extra,
  })
  server = await emulator.listen({ port: 0 })
  const client = createClient({ apiKey: 'vibe_api_demo', baseUrl: server.url, rateLimit: false, retry: false })
  return { emulator, client }
}

const searches = (emulator: Emulator) => emulator.requests.filter((r) => r.path.endsWith('/search'))
const bodies = (emulator: Emulator) => searches(emulator).map((r) => r.body as Record<string, unknown>)

describe('keyset paging (no order, or order by id)', () => {
  it('streams 12,345 rows in ⌈N/5000⌉ requests, every row once', async () => {
    const { emulator, client } = await setUp(12_345)
    const ids: number[] = []
    for await (const row of stream(client, contacts())) ids.push(row.id)
    expect(searches(emulator)).toHaveLength(Math.ceil(12_345 / 5000))
    expect(ids).toHaveLength(12_345)
    expect(new Set(ids).size).toBe(12_345)
    expect(ids).toEqual(
      emulator
        .rows('contacts')
        .map((r) => r.id)
        .sort((a, b) => Number(a) - Number(b)),
    )
    expect(bodies(emulator)).toEqual([
      { order: { id: 'asc' }, limit: 5000 },
      { filter: { id: { $gt: ids[4999] } }, order: { id: 'asc' }, limit: 5000 },
      { filter: { id: { $gt: ids[9999] } }, order: { id: 'asc' }, limit: 5000 },
    ])
  })

  it('needs one more request after a full last page, unless the answer says meta.hasMore: false', async () => {
    const plain = await setUp(10_000)
    for await (const _ of stream(plain.client, contacts().select('id')));
    expect(searches(plain.emulator)).toHaveLength(3) // the third, empty page shows the end
    await server?.close()

    const withMeta = await setUp(10_000, { searchMeta: true })
    let count = 0
    for await (const _ of stream(withMeta.client, contacts().select('id'))) count++
    expect(count).toBe(10_000)
    expect(searches(withMeta.emulator)).toHaveLength(2) // exactly ⌈N/5000⌉
  })

  it('keeps the query’s filter and ANDs the key condition with it', async () => {
    const { emulator, client } = await setUp(3000)
    const expected = emulator
      .rows('contacts')
      .filter((r) => r.typeId === 'CLIENT')
      .map((r) => r.id)
    const ids: unknown[] = []
    for await (const row of stream(client, contacts().where('typeId', 'CLIENT').select('id'))) ids.push(row.id)
    expect(ids.sort()).toEqual(expected.sort())
    expect(bodies(emulator)[0]).toEqual({
      filter: { typeId: 'CLIENT' },
      order: { id: 'asc' },
      select: ['id'],
      limit: 5000,
    })
  })

  it('walks descending ids with id < last', async () => {
    const { emulator, client } = await setUp(6000)
    const ids: number[] = []
    for await (const row of stream(client, contacts().orderBy('id', 'desc').select('id'))) ids.push(row.id)
    expect(ids).toHaveLength(6000)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    expect(bodies(emulator)[1]).toEqual({
      filter: { id: { $lt: ids[4999] } },
      order: { id: 'desc' },
      select: ['id'],
      limit: 5000,
    })
  })

  it('fetches id for paging when it is not selected, and leaves it out of the rows', async () => {
    const { emulator, client } = await setUp(5200)
    const rows: object[] = []
    for await (const row of stream(client, contacts().select('name', 'lastName'))) rows.push(row)
    expect(rows).toHaveLength(5200)
    expect(rows.every((row) => Object.keys(row).sort().join() === 'lastName,name')).toBe(true)
    expect(bodies(emulator).map((b) => b.select)).toEqual([
      ['name', 'lastName', 'id'],
      ['name', 'lastName', 'id'],
    ])
  })

  it('loses and repeats no row when rows are inserted and deleted during the walk', async () => {
    const { emulator, client } = await setUp(12_000)
    const before = emulator
      .rows('contacts')
      .map((r) => Number(r.id))
      .sort((a, b) => a - b)
    const deleted = [before[100], before[6000], before[11_000]] as number[] // one seen, two not yet
    const seen: number[] = []
    for await (const page of pages(client, contacts().select('id'))) {
      seen.push(...page.map((row) => row.id))
      if (seen.length === 5000) {
        emulator.remove('contacts', deleted)
        emulator.insert('contacts', [{ name: 'New', lastName: 'Row', createdTime: '2026-06-01T00:00:00+03:00' }])
      }
    }
    const seenOnce = new Set(seen)
    expect(seenOnce.size).toBe(seen.length) // none twice
    const missing = before.filter((id) => !deleted.includes(id) && !seenOnce.has(id))
    expect(missing).toEqual([]) // every row that existed throughout, once
    expect(seenOnce.has(deleted[1] as number)).toBe(false)
    expect(seenOnce.has(deleted[2] as number)).toBe(false)
    expect(seen).toHaveLength(12_000 - 2 + 1) // the inserted row comes last, by id
  })

  it('starts at the query’s offset and stops at its limit', async () => {
    const { emulator, client } = await setUp(7000)
    const sorted = emulator
      .rows('contacts')
      .map((r) => Number(r.id))
      .sort((a, b) => a - b)
    const limited: number[] = []
    for await (const row of stream(client, contacts().select('id').limit(10))) limited.push(row.id)
    expect(limited).toEqual(sorted.slice(0, 10))
    emulator.clearRequests()
    const ids: number[] = []
    for await (const row of stream(client, contacts().select('id').offset(100), { maxRows: 5500 })) ids.push(row.id)
    expect(ids).toEqual(sorted.slice(100, 5600))
    expect(bodies(emulator)).toEqual([
      { order: { id: 'asc' }, select: ['id'], limit: 5000, offset: 100 },
      { filter: { id: { $gt: sorted[5099] } }, order: { id: 'asc' }, select: ['id'], limit: 500 },
    ])
  })
})

describe('offset paging (any other order)', () => {
  it('pages by 500 in the query’s order and returns the right rows', async () => {
    const { emulator, client } = await setUp(1234)
    const rows: { id: number; lastName: string | null }[] = []
    for await (const row of stream(client, contacts().orderBy('lastName').select('id', 'lastName'))) rows.push(row)
    expect(rows).toHaveLength(1234)
    expect(new Set(rows.map((r) => r.id)).size).toBe(1234)
    const names = rows.map((r) => r.lastName ?? '')
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(bodies(emulator).map((b) => [b.limit, b.offset ?? 0])).toEqual([
      [500, 0],
      [500, 500],
      [500, 1000],
    ])
    // A stable order (id breaks ties) and no date windowing, as the docs ask for manual offset paging.
    for (const body of bodies(emulator))
      expect(body).toMatchObject({ order: { lastName: 'asc', id: 'asc' }, autoWindow: false })
    const single = await client.execute(contacts().orderBy('lastName').select('id', 'lastName').limit(1000))
    expect(rows.slice(0, 1000)).toEqual(single)
  })
})

describe('control', () => {
  it('stops at maxRows with no more requests than needed', async () => {
    const { emulator, client } = await setUp(12_000)
    let count = 0
    for await (const _ of stream(client, contacts().select('id'), { maxRows: 7000 })) count++
    expect(count).toBe(7000)
    expect(bodies(emulator).map((b) => b.limit)).toEqual([5000, 2000])
  })

  it('sends no more requests after an early break', async () => {
    const { emulator, client } = await setUp(12_000)
    for await (const row of stream(client, contacts())) {
      expect(row.id).toBeTypeOf('number')
      break
    }
    expect(searches(emulator)).toHaveLength(1)
  })

  it('stops on abort with the signal’s reason and sends nothing more', async () => {
    const { emulator, client } = await setUp(12_000)
    const controller = new AbortController()
    let count = 0
    const walk = async () => {
      for await (const _ of stream(client, contacts(), { signal: controller.signal })) {
        if (++count === 10) controller.abort()
      }
    }
    await expect(walk()).rejects.toMatchObject({ name: 'AbortError' })
    expect(count).toBe(10) // the rest of the page in hand is not yielded, and no request follows
    expect(searches(emulator)).toHaveLength(1)
  })

  it('reports progress after each page', async () => {
    const { client } = await setUp(10_001)
    const progress: PagingProgress[] = []
    for await (const _ of pages(client, contacts(), { onProgress: (p) => progress.push(p) }));
    expect(progress).toEqual([
      { rows: 5000, requests: 1, mode: 'keyset' },
      { rows: 10_000, requests: 2, mode: 'keyset' },
      { rows: 10_001, requests: 3, mode: 'keyset' },
    ])
  })

  it('yields nothing, after one request, when no row matches', async () => {
    const { emulator, client } = await setUp(100)
    const seen: unknown[] = []
    for await (const page of pages(client, deals().where('amount', '>', 1e12))) seen.push(page)
    expect(seen).toEqual([])
    expect(searches(emulator)).toHaveLength(1)
  })

  it('refuses, before sending anything, a filter that cannot take the key condition beside its own', async () => {
    const { emulator, client } = await setUp(10)
    const walk = async () => {
      // A JavaScript caller's text bound on `id` cannot be compared with the walk's numeric key.
      for await (const _ of stream(client, contacts().where('id', '>', 'abc' as never)));
    }
    await expect(walk()).rejects.toThrow(/where\("id"\): two lower bounds that cannot be compared exactly/)
    expect(searches(emulator)).toHaveLength(0)
  })

  it('refuses a bad maxRows before sending anything', async () => {
    const { emulator, client } = await setUp(10)
    const walk = async () => {
      for await (const _ of stream(client, contacts(), { maxRows: 0 }));
    }
    await expect(walk()).rejects.toThrow(/maxRows\(0\): takes an integer from 1 up/)
    expect(searches(emulator)).toHaveLength(0)
  })
})
