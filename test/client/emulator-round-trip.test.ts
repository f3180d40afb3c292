// Writes and reads end to end over HTTP against the emulator: what one write does, the next read sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contacts, createClient, deals, isNotFound, type Client } from '../../src/index.js'
import { createEmulator, type EmulatorServer } from '../../src/testing/index.js'
import { caught } from './leak-check.js'

let emulator: ReturnType<typeof createEmulator>
let server: EmulatorServer
let client: Client
beforeAll(async () => {
  emulator = createEmulator({ seed: 5, rateLimit: false })
  server = await emulator.listen({ port: 0 })
  client = createClient({ apiKey: 'vibe_api_demo', baseUrl: server.url, rateLimit: false })
})
afterAll(() => server?.close())

describe('writes against the emulator', () => {
  it('create → search finds it → update → get shows it → delete → get is 404', async () => {
    const { id } = await client.execute(deals.create({ title: 'End to end', amount: 4321, stageId: 'NEW' }))
    const [found] = await client.execute(deals().where('title', 'End to end').select('id', 'amount'))
    expect(found).toEqual({ id, amount: 4321 })
    await client.execute(deals.update(id, { stageId: 'WON' }))
    expect((await client.execute(deals.get(id))).stageId).toBe('WON')
    await client.execute(deals.delete(id))
    expect(isNotFound(await caught(client.execute(deals.get(id))))).toBe(true)
  })

  it('creates 1,200 contacts in 3 requests, each with its outcome, and finds them', async () => {
    emulator.clearRequests()
    const before = emulator.count('contacts')
    const items = Array.from({ length: 1200 }, (_, i) => ({ name: `Bulk ${i}`, lastName: 'Loaded' }))
    const result = await client.execute(contacts.createMany(items))
    expect(emulator.requests.filter((r) => r.path === '/v1/contacts/batch')).toHaveLength(3)
    expect(result).toMatchObject({ succeeded: 1200, failed: 0 })
    expect(result.items.every((item) => item.status === 'fulfilled' && item.value.id > 0)).toBe(true)
    expect(emulator.count('contacts')).toBe(before + 1200)
    expect(await client.execute(contacts().where('lastName', 'Loaded').count())).toBe(1200)
  })
})

describe('reads against the emulator', () => {
  it('counts and aggregates by stage as the rows add up', async () => {
    const rows = emulator.rows('deals') as {
      stageId: string | null
      amount: number | null
      categoryId: number | null
    }[]
    const inMain = rows.filter((row) => row.categoryId === 0)
    const op = deals()
      .where('categoryId', 0)
      .aggregate({ amount: ['sum', 'max'] })
      .groupBy('stageId')
    const { count, aggregates, groups, truncated } = await client.execute(op)
    expect(count).toBe(inMain.length)
    expect(truncated).toBe(false)
    expect(aggregates.amount.sum).toBe(inMain.reduce((sum, row) => sum + (row.amount ?? 0), 0))
    expect(aggregates.amount.max).toBe(Math.max(...inMain.map((row) => row.amount ?? 0)))
    for (const group of groups) {
      expect(group.count).toBe(inMain.filter((row) => row.stageId === group.stageId).length)
    }
    expect(await client.execute(deals().where('categoryId', 0).count())).toBe(inMain.length)
  })
})
