// The library's own client and builder against the emulator, as our users' test suites would use them:
// in-process through emulator.fetch, and over real HTTP through listen().
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, contacts, createClient, deals } from '../../src/index.js'
import { createEmulator, type EmulatorServer } from '../../src/testing/index.js'

const emulator = createEmulator()
let server: EmulatorServer
beforeAll(async () => {
  server = await emulator.listen()
})
afterAll(() => server.close())

const seedQuery = contacts().where('companyId', 15).orderBy('lastName').select('id', 'name', 'lastName').limit(10)
const expected = emulator
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
  .map((c) => ({ id: c['id'], name: c['name'], lastName: c['lastName'] }))

describe('createClient + the emulator', () => {
  it('in-process: fetch: emulator.fetch', async () => {
    const client = createClient({ apiKey: 'vibe_api_demo', baseUrl: 'http://emulator.local', fetch: emulator.fetch })
    expect(await client.execute(seedQuery)).toEqual(expected)
  })
  it('over HTTP: baseUrl: server.url', async () => {
    const client = createClient({ apiKey: 'vibe_api_demo', baseUrl: server.url })
    expect(await client.execute(seedQuery)).toEqual(expected)
    const won = await client.execute(
      deals().where('stageId', 'WON').where('amount', '>=', 100000).select('id', 'amount'),
    )
    expect(won.length).toBeGreaterThan(0)
    for (const deal of won) expect(deal.amount).toBeGreaterThanOrEqual(100000)
  })
  it("surfaces the emulator's errors as ApiError with the service's code", async () => {
    const client = createClient({
      apiKey: 'vibe_api_unknown',
      baseUrl: 'http://emulator.local',
      fetch: emulator.fetch,
      retry: false,
    })
    const error = await client.execute(seedQuery).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401, code: 'INVALID_API_KEY' })
  })
})
