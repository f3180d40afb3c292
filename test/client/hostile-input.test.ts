// Hostile values get a QueryError or VibeCodeError naming the call, never a TypeError from inside,
// and nothing is sent (DESIGN §2b).
import { describe, expect, it } from 'vitest'
import { createClient, deals, isVibeCodeError, users } from '../../src/index.js'
import { refusal } from './documented.js'

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
})()
const hostileProto = new Proxy(
  {},
  {
    getPrototypeOf: () => {
      throw new Error('boom proto')
    },
  },
)

describe('hostile input', () => {
  it('refuses revoked proxies and hostile prototypes with QueryError', () => {
    expect(refusal(() => deals().where('title', revoked as never))).toMatch(
      /where\("title", "="\): the value is a value that cannot be read/,
    )
    expect(refusal(() => deals().where('closedAt', '>', hostileProto as never))).toMatch(/^where\("closedAt", ">"\)/)
    expect(refusal(() => deals().limit(revoked as never))).toMatch(/^limit\(a value that cannot be read\)/)
  })

  it('turns getters that throw, cycles and __proto__ keys in writes into QueryError', () => {
    const getter = {
      get title(): string {
        throw new Error('getter')
      },
    }
    expect(refusal(() => deals.create(getter as never))).toMatch(/deals.create: a value could not be read \(getter\)/)
    const cyclic: Record<string, unknown> = { title: 'x' }
    cyclic.self = cyclic
    expect(refusal(() => deals.create(cyclic as never))).toMatch(/nests deeper than 32 levels \(or holds a cycle\)/)
    const parsed = JSON.parse('{"title":"x","observers":[{"__proto__":{"polluted":true}}]}')
    expect(refusal(() => deals.create(parsed))).toMatch(/has a key "__proto__"/)
  })

  it('reads bulk lists by index, whatever their iterator says', () => {
    const ids = [1, 2]
    Object.defineProperty(ids, Symbol.iterator, {
      value: function* () {
        yield 999
      },
    })
    expect(deals.deleteMany(ids).toBodies()).toEqual([{ action: 'delete', ids: [1, 2] }])
    const fns = ['sum'] as ('sum' | 'max')[]
    Object.defineProperty(fns, Symbol.iterator, {
      value: function* () {
        yield 'max'
      },
    })
    expect(deals().aggregate({ amount: fns }).toBody()).toEqual({ aggregate: [{ field: 'amount', function: 'sum' }] })
  })

  it('refuses a callback condition with an extra argument, as where does', () => {
    expect(
      refusal(() => deals().where((w) => (w as unknown as (...args: unknown[]) => never)('amount', '>', 5, 6))),
    ).toMatch(/w\(\): takes .* not 4 arguments/)
  })

  it('refuses client options of the wrong shape at createClient, and non-operations as rejections', async () => {
    for (const options of [
      { hooks: null },
      { hooks: { beforeRequest: 5 } },
      { rateLimit: null },
      { retry: { statusCodes: 5 } },
      { fetch: 'x' },
    ]) {
      let thrown: unknown
      try {
        createClient({ apiKey: 'vibe_api_x', ...(options as object) })
      } catch (error) {
        thrown = error
      }
      expect(isVibeCodeError(thrown), JSON.stringify(options)).toBe(true)
    }
    const client = createClient({ apiKey: 'vibe_api_x', baseUrl: 'http://svc.invalid', rateLimit: false })
    const throwing = {
      get compile(): never {
        throw new Error('getter')
      },
    }
    await expect(client.execute(throwing as never)).rejects.toThrow('getter')
    await expect(client.executeTakeFirst(deals().count() as never)).rejects.toThrow(/takes a search query/)
    expect(refusal(() => users.get(0))).toMatch(/users.get\(0\): takes a record id/)
  })
})
