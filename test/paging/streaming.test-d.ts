import { describe, expectTypeOf, it } from 'vitest'
import {
  contacts,
  createClient,
  deals,
  type BatchOutcome,
  type Contact,
  type InferRow,
  type PagingProgress,
} from '../../src/index.js'

const client = createClient({ apiKey: 'vibe_api_demo' })

describe('stream and pages', () => {
  it('yield the query’s rows and pages', () => {
    const q = contacts().select('id', 'name')
    expectTypeOf(client.stream(q)).toEqualTypeOf<AsyncIterableIterator<{ id: number; name: string | null }>>()
    expectTypeOf(client.pages(q)).toEqualTypeOf<AsyncIterableIterator<{ id: number; name: string | null }[]>>()
    expectTypeOf(client.stream(contacts())).toEqualTypeOf<AsyncIterableIterator<InferRow<ReturnType<typeof contacts>>>>()
    expectTypeOf<InferRow<ReturnType<typeof contacts>>['email']>().toEqualTypeOf<Contact['email']>()
  })

  it('take typed options', () => {
    client.stream(contacts(), { maxRows: 10, signal: new AbortController().signal, onProgress: (p) => expectTypeOf(p).toEqualTypeOf<PagingProgress>() })
    // @ts-expect-error — maxRows is a number
    client.stream(contacts(), { maxRows: '10' })
    // @ts-expect-error — not a query
    client.stream({ filter: {} })
  })
})

describe('batch', () => {
  it('types each key with its query’s rows', async () => {
    const result = await client.batch({ people: contacts().select('id', 'lastName'), won: deals().select('amount') })
    expectTypeOf(result).toEqualTypeOf<{ people: { id: number; lastName: string | null }[]; won: { amount: number | null }[] }>()
    // @ts-expect-error — no such key
    void result.other
  })

  it('types each settled outcome', async () => {
    const settled = await client.batchSettled({ people: contacts().select('id') })
    expectTypeOf(settled.people).toEqualTypeOf<BatchOutcome<{ id: number }>>()
    if (settled.people.status === 'fulfilled') expectTypeOf(settled.people.rows).toEqualTypeOf<{ id: number }[]>()
    else expectTypeOf(settled.people.error).toEqualTypeOf<Error>()
  })

  it('refuses values that are not queries', () => {
    // @ts-expect-error — not a query
    void client.batch({ a: 1 })
  })
})

describe('count', () => {
  it('resolves to a number', () => {
    expectTypeOf(client.count(contacts().where('companyId', 15))).toEqualTypeOf<Promise<number>>()
    // @ts-expect-error — not a query
    void client.count('contacts')
  })
})
