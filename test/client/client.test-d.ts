import { describe, expectTypeOf, it } from 'vitest'
import {
  contacts,
  createClient,
  deals,
  entity,
  type ApiError,
  type ApiErrorCode,
  type Client,
  type Contact,
  type InferResult,
  type InferRow,
} from '../../src/index.js'

declare const client: Client

describe('execute', () => {
  it('resolves with InferRow of a narrowed query', () => {
    const q = contacts().where('companyId', 15).select('id', 'name')
    expectTypeOf(client.execute(q)).resolves.toEqualTypeOf<InferRow<typeof q>[]>()
    expectTypeOf(client.execute(q)).resolves.toEqualTypeOf<{ id: number; name: string | null }[]>()
  })

  it('resolves with the full row when nothing is selected', () => {
    const q = contacts().limit(10)
    expectTypeOf(client.execute(q)).resolves.toEqualTypeOf<InferRow<typeof q>[]>()
    expectTypeOf(client.execute(q)).resolves.items.toEqualTypeOf<InferRow<ReturnType<typeof contacts>>>()
    expectTypeOf<InferRow<typeof q>>().toExtend<Contact>()
  })

  it('follows the entity and custom fields', () => {
    const d = deals().select('id')
    expectTypeOf(client.execute(d)).resolves.toEqualTypeOf<InferRow<typeof d>[]>()
    const c = contacts<{ ufCrm_1: string }>().select('ufCrm_1')
    expectTypeOf(client.execute(c)).resolves.toEqualTypeOf<{ ufCrm_1: string }[]>()
    const items = entity<{ id: number; title: string }>('items').select('title')
    expectTypeOf(client.execute(items)).resolves.toEqualTypeOf<{ title: string }[]>()
  })

  it('runs any operation, typed by InferResult: a count is a number', () => {
    const count = contacts().where('companyId', 15).count()
    expectTypeOf(client.execute(count)).resolves.toEqualTypeOf<number>()
    expectTypeOf<InferResult<typeof count>>().toEqualTypeOf<number>()
    const q = deals().select('id', 'amount')
    expectTypeOf<InferResult<typeof q>>().toEqualTypeOf<{ id: number; amount: number | null }[]>()
    expectTypeOf<InferResult<typeof q>>().toEqualTypeOf<InferRow<typeof q>[]>()
  })

  it('rejects what is not a query, and reading a field that was not selected', async () => {
    // @ts-expect-error -- a body is not a query
    void client.execute({ filter: {} })
    const [row] = await client.execute(contacts().select('id'))
    // @ts-expect-error -- `name` was not selected
    void row?.name
  })
})

describe('executeTakeFirst', () => {
  it('resolves with Row | undefined, narrowed and full', () => {
    const narrowed = contacts().select('id', 'lastName')
    expectTypeOf(client.executeTakeFirst(narrowed)).resolves.toEqualTypeOf<InferRow<typeof narrowed> | undefined>()
    const full = contacts()
    expectTypeOf(client.executeTakeFirst(full)).resolves.toEqualTypeOf<InferRow<typeof full> | undefined>()
  })

  it('OrThrow resolves with the row', () => {
    const q = contacts().select('id')
    expectTypeOf(client.executeTakeFirstOrThrow(q)).resolves.toEqualTypeOf<{ id: number }>()
  })
})

describe('createClient and errors', () => {
  it('requires apiKey and takes typed options', () => {
    expectTypeOf(createClient({ apiKey: 'k' })).toEqualTypeOf<Client>()
    createClient({ apiKey: 'k', retry: false, rateLimit: false, timeoutMs: false, fetch: globalThis.fetch })
    createClient({
      apiKey: 'k',
      retry: { limit: 1 },
      rateLimit: { burst: 1 },
      hooks: { onError: [(s) => void s.error] },
    })
    // @ts-expect-error -- apiKey is required
    createClient({})
    // @ts-expect-error -- hooks are arrays
    createClient({ apiKey: 'k', hooks: { beforeRequest: () => {} } })
  })

  it('types ApiError.code as the documented codes, open to others', () => {
    expectTypeOf<'SCOPE_DENIED'>().toExtend<ApiErrorCode>()
    expectTypeOf<'SOMETHING_NEW'>().toExtend<ApiErrorCode>()
    expectTypeOf<ApiError['code']>().toEqualTypeOf<ApiErrorCode>()
    expectTypeOf<ApiError['status']>().toEqualTypeOf<number>()
  })
})
