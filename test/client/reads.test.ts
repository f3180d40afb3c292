// Get by id and related records (include): against the doc server, against the emulator over HTTP,
// and against the include page's own example answers (docs 10300–10330, 10455–10480, 10540–10550).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  batch,
  createClient,
  deals,
  isApiError,
  isNotFound,
  isQueryError,
  leads,
  ResponseError,
  stream,
  users,
  type Client,
} from '../../src/index.js'
import { createEmulator, type EmulatorServer } from '../../src/testing/index.js'
import type { DocServer } from '../doc-server/doc-server.js'
import { answering, serveDocs } from './documented.js'
import { caught } from './leak-check.js'

describe('get by id, against the doc server', () => {
  let server: DocServer
  let client: Client
  beforeEach(async () => {
    ;({ server, client } = await serveDocs())
  })

  it('answers the row; a missing record is an ApiError 404 that isNotFound recognises', async () => {
    const [first] = server.tables.get('deals') ?? []
    const deal = await client.execute(deals.get(first!.id))
    expect(deal).toEqual(first)
    const error = await caught(client.execute(deals.get(999_999)))
    expect(isApiError(error) && error.status).toBe(404)
    expect(isNotFound(error)).toBe(true)
    expect(isNotFound(new Error('ENTITY_NOT_FOUND'))).toBe(false)
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /v1/deals/${first!.id}`,
      'GET /v1/deals/999999',
    ])
  })

  it("reads users' get, which answers an array holding the record", async () => {
    const [first] = server.tables.get('users') ?? []
    expect(await client.execute(users.get(first!.id))).toEqual(first)
  })

  it('refuses an id that is not a positive integer, before sending', () => {
    for (const id of [0, -1, 1.5, Number.NaN, '7' as never]) {
      let thrown: unknown
      try {
        deals.get(id)
      } catch (error) {
        thrown = error
      }
      expect(isQueryError(thrown), String(id)).toBe(true)
    }
  })

  it('is a batch call, get with entityId', async () => {
    const [first] = server.tables.get('deals') ?? []
    const { d } = await batch(client, { d: deals.get(first!.id) })
    expect(d).toEqual(first)
    expect((server.requests[0]!.body as { calls: unknown[] }).calls).toEqual([
      { id: 'd', entity: 'deals', action: 'get', entityId: first!.id },
    ])
  })
})

describe("users' get inside a batch, as the batch page shows it", () => {
  it('reads the array of UPPER_CASE keys into the row every other answer uses', async () => {
    const answer = {
      success: true,
      data: {
        results: { user1: [{ ID: '1', NAME: 'Letta', LAST_NAME: 'K', ACTIVE: true, UF_DEPARTMENT: [3] }] },
        totals: {},
        errors: {},
        summary: { total: 1, succeeded: 1, failed: 0 },
      },
    }
    const { user1 } = await batch(answering(answer), { user1: users.get(1) })
    expect(user1).toEqual({ id: 1, name: 'Letta', lastName: 'K', active: true, departmentId: [3] })
  })
})

describe('include, as the include page shows it', () => {
  it('sends ?include=a,b on get and reads _included (one-to-one and many-to-many)', async () => {
    const sent: { url: string }[] = []
    const answer = {
      success: true,
      data: {
        id: 741,
        title: 'Equipment',
        contactId: 71,
        companyId: 15,
        _included: {
          contacts: [{ id: 71, name: 'Ivan', lastName: 'Petrov', isPrimary: true, sort: 10, roleId: 0 }],
          company: { id: 15, title: 'Romashka', industry: 'IT' },
        },
      },
    }
    const deal = await answering(answer, sent).execute(deals.get(741).include('contact', 'company'))
    expect(sent[0]?.url).toBe('http://docs.invalid/v1/deals/741?include=contact%2Ccompany')
    expect(deal._included.company?.title).toBe('Romashka')
    expect(deal._included.contacts[0]?.isPrimary).toBe(true)
  })

  it('sends include in the search body, after select', async () => {
    const sent: { url: string; body?: string }[] = []
    const answer = {
      success: true,
      data: [{ id: 742, title: 'Support', companyId: 15, _included: { company: { id: 15, title: 'Romashka' } } }],
    }
    const rows = await answering(answer, sent).execute(
      deals().where('stageId', 'NEW').select('id', 'title').include('company').limit(50),
    )
    expect(sent[0]?.body).toBe('{"filter":{"stageId":"NEW"},"select":["id","title"],"include":["company"],"limit":50}')
    expect(rows[0]?._included.company?.title).toBe('Romashka')
  })

  it('never returns rows whose relations the service skipped (meta.includeSkipped)', async () => {
    const answer = { success: true, data: [{ id: 1, title: 'x' }], meta: { hasMore: true, includeSkipped: true } }
    const error = await caught(answering(answer).execute(deals().include('company').limit(10)))
    expect(error).toBeInstanceOf(ResponseError)
    expect((error as Error).message).toMatch(/meta.includeSkipped/)
  })

  it('refuses what the service would refuse or skip: more than 3 relations, more than 200 rows', () => {
    expect(() => (deals() as any).include('contact', 'company', 'quote', 'x')).toThrowError(
      /include\(\): takes at most 3 relations per request, not 4/,
    )
    expect(() => (deals.get(1) as any).include('a', 'b', 'c', 'd')).toThrowError(/at most 3 relations/)
    expect(() => deals().include('company').limit(500).toBody()).toThrowError(
      /include\(\): loads relations for at most 200 rows; set limit\(200\) or less/,
    )
    expect(() => deals().include('company').toBody()).not.toThrow() // the default limit is 50
  })
})

describe('include against the emulator over HTTP', () => {
  let emulator: ReturnType<typeof createEmulator>
  let server: EmulatorServer
  let client: Client
  beforeAll(async () => {
    emulator = createEmulator({ seed: 3, rateLimit: false })
    server = await emulator.listen({ port: 0 })
    client = createClient({ apiKey: 'vibe_api_demo', baseUrl: server.url, rateLimit: false })
  })
  afterAll(() => server?.close())

  it('loads a lead’s contact and company, and a walk with include pages by 200', async () => {
    const [lead] = await client.execute(
      leads().where('contactId', '>', 0).select('id', 'contactId').include('contact').limit(1),
    )
    expect(lead?._included.contact?.id).toBe(lead?.contactId)
    emulator.clearRequests()
    let count = 0
    for await (const row of stream(client, leads().select('id').include('company'), { maxRows: 450 })) {
      expect(row).toHaveProperty('_included')
      count++
    }
    expect(count).toBe(Math.min(450, emulator.count('leads')))
    const limits = emulator.requests.map((r) => (r.body as { limit: number }).limit)
    expect(limits[0]).toBe(200)
    expect(Math.max(...limits)).toBe(200)
  })
})
