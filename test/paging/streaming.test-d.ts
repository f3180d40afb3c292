import { describe, expectTypeOf, it } from 'vitest'
import {
  batch,
  batchSettled,
  contacts,
  pages,
  stream,
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
    expectTypeOf(stream(client, q)).toEqualTypeOf<AsyncIterableIterator<{ id: number; name: string | null }>>()
    expectTypeOf(pages(client, q)).toEqualTypeOf<AsyncIterableIterator<{ id: number; name: string | null }[]>>()
    expectTypeOf(stream(client, contacts())).toEqualTypeOf<
      AsyncIterableIterator<InferRow<ReturnType<typeof contacts>>>
    >()
    expectTypeOf<InferRow<ReturnType<typeof contacts>>['email']>().toEqualTypeOf<Contact['email']>()
  })

  it('take typed options', () => {
    stream(client, contacts(), {
      maxRows: 10,
      signal: new AbortController().signal,
      onProgress: (p) => expectTypeOf(p).toEqualTypeOf<PagingProgress>(),
    })
    // @ts-expect-error — maxRows is a number
    stream(client, contacts(), { maxRows: '10' })
    // @ts-expect-error — not a query
    stream(client, { filter: {} })
  })
})

describe('batch', () => {
  it('types each key with its query’s rows', async () => {
    const result = await batch(client, { people: contacts().select('id', 'lastName'), won: deals().select('amount') })
    expectTypeOf(result).toEqualTypeOf<{
      people: { id: number; lastName: string | null }[]
      won: { amount: number | null }[]
    }>()
    // @ts-expect-error — no such key
    void result.other
  })

  it('types each settled outcome', async () => {
    const settled = await batchSettled(client, { people: contacts().select('id') })
    expectTypeOf(settled.people).toEqualTypeOf<BatchOutcome<{ id: number }[]>>()
    if (settled.people.status === 'fulfilled') expectTypeOf(settled.people.value).toEqualTypeOf<{ id: number }[]>()
    else expectTypeOf(settled.people.error).toEqualTypeOf<Error>()
  })

  it('refuses values that are not queries', () => {
    // @ts-expect-error — not a query
    void batch(client, { a: 1 })
  })
})

describe('count', () => {
  it('resolves to a number', () => {
    expectTypeOf(client.execute(contacts().where('companyId', 15).count())).toEqualTypeOf<Promise<number>>()
    // @ts-expect-error — not an operation
    void client.execute('contacts')
    // @ts-expect-error — a count has no batch form (the service's batch has no aggregate action)
    void batch(client, { n: contacts().count() })
  })
})
