// Item 4 of the hostile-network review: a walk makes progress on every page or stops with a clear
// error, and never yields a row twice, whatever the server does with the paging conditions.
import { afterEach, describe, expect, it } from 'vitest'
import { contacts, createClient, isResponseError, stream } from '../../src/index.js'
import { answer, range, rowsWithIds, startHostile, type HostileServer, type Received } from './hostile-server.js'

const servers: HostileServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

type Body = { limit?: number; offset?: number; filter?: Record<string, unknown> }
// Serves search pages from `page(body, index)`, and counts the requests.
async function serve(
  page: (body: Body, index: number) => number[],
): Promise<{ server: HostileServer; ids: number[]; error: unknown }> {
  const server = await startHostile((req: Received, res, index) =>
    answer(res, rowsWithIds(page(JSON.parse(req.body) as Body, index))),
  )
  servers.push(server)
  const client = createClient({ apiKey: 'vibe_api_x', baseUrl: server.url, rateLimit: false, retry: false })
  const ids: number[] = []
  let error: unknown
  try {
    // A guard of the test's own: the walk must stop long before 100 pages.
    for await (const row of stream(
      client,
      contacts()
        .select('id', 'name')
        .orderBy(...orderOf()),
    )) {
      ids.push(row.id as number)
      if (server.received.length > 100) throw new Error('the walk did not stop')
    }
  } catch (caught) {
    error = caught
  }
  return { server, ids, error }
}
let orderOf: () => Parameters<ReturnType<typeof contacts>['orderBy']> = () => ['id']

describe('keyset walks against a server that ignores the id condition', () => {
  it('stops after the first page when the same page comes back, with no row twice', async () => {
    orderOf = () => ['id']
    const { ids, error, server } = await serve(() => range(1, 5000))
    expect(isResponseError(error)).toBe(true)
    expect((error as Error).message).toMatch(/with id 1 after id 5000: paging by id needs them ascending/)
    expect(ids).toEqual(range(1, 5000))
    expect(server.received).toHaveLength(2)
  })

  it('stops at a page whose ids go backwards, having yielded none of it', async () => {
    orderOf = () => ['id']
    const { ids, error } = await serve((_, index) =>
      index === 0 ? range(1, 5000) : [...range(5001, 7000), 6000, ...range(7001, 9999)],
    )
    expect((error as Error).message).toMatch(/with id 6000 after id 7000/)
    expect(ids).toEqual(range(1, 5000))
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('offset walks against a server that ignores the offset', () => {
  it('stops at the second page when the same page comes back', async () => {
    orderOf = () => ['name']
    const { ids, error, server } = await serve(() => range(1, 500))
    expect((error as Error).message).toMatch(/ignored `offset`/)
    expect(ids).toEqual(range(1, 500))
    expect(server.received).toHaveLength(2)
  })

  it('stops when the same rows come back in another order', async () => {
    orderOf = () => ['name']
    const { ids, error } = await serve((_, index) => (index === 0 ? range(1, 500) : range(1, 500).reverse()))
    expect((error as Error).message).toMatch(/ignored `offset`/)
    expect(ids).toEqual(range(1, 500))
  })

  it('yields a row that moved onto the next page once (a record added meanwhile)', async () => {
    orderOf = () => ['name']
    // The second page starts with the first page's last row again, as after an insert before it.
    const { ids, error } = await serve((body) => (body.offset ? range(500, 800) : range(1, 500)))
    expect(error).toBeUndefined()
    expect(ids).toEqual(range(1, 800))
  })
})
