import { describe, expect, it } from 'vitest'
import {
  companies,
  contacts,
  deals,
  entity,
  isQueryError,
  leads,
  QueryError,
  VibeCodeError,
  type IsoDateTime,
} from '../../src/index.js'

describe('the card query', () => {
  it('compiles to the exact search body, keys in the fixed order', () => {
    const q = contacts().where('companyId', 15).orderBy('lastName').select('id', 'name').limit(10)
    expect(JSON.stringify(q)).toBe(
      '{"filter":{"companyId":15},"order":{"lastName":"asc"},"select":["id","name"],"limit":10}',
    )
    expect(q.toBody()).toEqual(q.toJSON())
  })

  it('matches the docs seed request', () => {
    const q = contacts().where('companyId', 15).limit(10).orderBy('lastName')
    expect(q.toBody()).toEqual({ filter: { companyId: 15 }, order: { lastName: 'asc' }, limit: 10 })
  })

  it('compiles to the whole request: method, path, body and retry safety', () => {
    const request = contacts().where('companyId', 15).compile()
    expect(request).toMatchObject({
      method: 'POST',
      path: '/v1/contacts/search',
      body: { filter: { companyId: 15 } },
      idempotent: true,
    })
    expect(entity('items/128').limit(2).compile()).toMatchObject({ path: '/v1/items/128/search', body: { limit: 2 } })
  })

  it('is empty when nothing was set', () => {
    expect(contacts().toBody()).toEqual({})
    expect(JSON.stringify(contacts())).toBe('{}')
  })
})

describe('operators on every field type', () => {
  const at = new Date('2026-01-01T00:00:00.000Z')
  const cases: [string, () => { toBody(): unknown }, unknown][] = [
    // numbers
    ['number =', () => contacts().where('companyId', 15), { companyId: 15 }],
    ['number = (explicit)', () => contacts().where('companyId', '=', 15), { companyId: 15 }],
    ['number !=', () => contacts().where('companyId', '!=', 15), { companyId: { $ne: 15 } }],
    ['number >', () => deals().where('amount', '>', 10000), { amount: { $gt: 10000 } }],
    ['number >=', () => deals().where('amount', '>=', 50000), { amount: { $gte: 50000 } }],
    ['number <', () => deals().where('amount', '<', 100000), { amount: { $lt: 100000 } }],
    ['number <=', () => deals().where('amount', '<=', 200000), { amount: { $lte: 200000 } }],
    ['number in', () => contacts().where('id', 'in', [1, 2, 3]), { id: { $in: [1, 2, 3] } }],
    [
      'number 0 and negative',
      () => deals().where('amount', '>', -1.5).where('companyId', 0),
      { amount: { $gt: -1.5 }, companyId: 0 },
    ],
    // strings
    ['string =', () => contacts().where('typeId', 'CLIENT'), { typeId: 'CLIENT' }],
    ['string !=', () => deals().where('stageId', '!=', 'LOST'), { stageId: { $ne: 'LOST' } }],
    ['string contains', () => deals().where('title', 'contains', 'delivery'), { title: { $contains: 'delivery' } }],
    ['string in', () => deals().where('stageId', 'in', ['NEW', 'WON']), { stageId: { $in: ['NEW', 'WON'] } }],
    ['empty string =', () => contacts().where('post', ''), { post: '' }],
    // dates
    ['date = Date', () => contacts().where('createdTime', at), { createdTime: '2026-01-01T00:00:00.000Z' }],
    [
      'date >= Date',
      () => contacts().where('createdTime', '>=', at),
      { createdTime: { $gte: '2026-01-01T00:00:00.000Z' } },
    ],
    [
      'date > string',
      () => contacts().where('updatedTime', '>', '2026-01-01T00:00:00'),
      { updatedTime: { $gt: '2026-01-01T00:00:00' } },
    ],
    [
      'date < date-only string',
      () => deals().where('createdAt', '<', '2026-05-19'),
      { createdAt: { $lt: '2026-05-19' } },
    ],
    ['date <=', () => contacts().where('createdTime', '<=', at), { createdTime: { $lte: '2026-01-01T00:00:00.000Z' } }],
    ['date !=', () => contacts().where('createdTime', '!=', at), { createdTime: { $ne: '2026-01-01T00:00:00.000Z' } }],
    [
      'date in',
      () => contacts().where('createdTime', 'in', [at, '2026-02-01']),
      { createdTime: { $in: ['2026-01-01T00:00:00.000Z', '2026-02-01'] } },
    ],
    // booleans
    ['boolean =', () => contacts().where('opened', true), { opened: true }],
    ['boolean !=', () => contacts().where('opened', '!=', false), { opened: { $ne: false } }],
    // multifields
    ['phone =', () => contacts().where('phone', '74955553546'), { phone: '74955553546' }],
    [
      'email contains',
      () => contacts().where('email', 'contains', '@example.com'),
      { email: { $contains: '@example.com' } },
    ],
  ]
  it.each(cases)('%s', (_name, build, filter) => {
    expect(build().toBody()).toEqual({ filter })
  })

  it('ANDs conditions on different fields in call order', () => {
    const q = contacts().where('companyId', 15).where('typeId', 'CLIENT').where('name', 'contains', 'Iv')
    expect(JSON.stringify(q.toBody())).toBe('{"filter":{"companyId":15,"typeId":"CLIENT","name":{"$contains":"Iv"}}}')
  })

  it('merges several operators on one field into one object', () => {
    expect(deals().where('amount', '>=', 1).where('amount', '<=', 9).toBody()).toEqual({
      filter: { amount: { $gte: 1, $lte: 9 } },
    })
  })

  it('does not mutate or keep the caller’s arrays and dates', () => {
    const ids = [1, 2]
    const q = contacts().where('id', 'in', ids)
    ids.push(3)
    expect(q.toBody()).toEqual({ filter: { id: { $in: [1, 2] } } })
  })

  it('captures a Date when given: no one can change it afterwards, not even through the node', () => {
    const at = new Date('2026-01-01T00:00:00.000Z')
    const inList = new Date('2026-02-01T00:00:00.000Z')
    let kept: unknown
    const q = contacts()
      .where('createdTime', '>=', at)
      .where('updatedTime', 'in', [inList])
      .where((w) => (kept = w('updatedTime', '!=', at)) as never)
    const body = {
      filter: {
        createdTime: { $gte: '2026-01-01T00:00:00.000Z' },
        updatedTime: { $in: ['2026-02-01T00:00:00.000Z'], $ne: '2026-01-01T00:00:00.000Z' },
      },
    }
    at.setUTCFullYear(1999)
    inList.setTime(0)
    const node = (q as unknown as { toNode(): { where: { value: unknown }[] } }).toNode()
    for (const value of [
      node.where[0]?.value,
      (node.where[1]!.value as unknown[])[0],
      (kept as { value: unknown }).value,
    ]) {
      expect(Object.isFrozen(value)).toBe(true)
      if (value instanceof Date) value.setTime(0)
    }
    expect(q.toBody()).toEqual(body)
  })

  it('refuses an invalid or look-alike Date at the call, naming the field', () => {
    const fakes: [string, unknown][] = [
      ['invalid', new Date('nope')],
      ['look-alike', Object.create(Date.prototype)],
      ['proxy', new Proxy(new Date(0), {})],
    ]
    for (const [name, value] of fakes) {
      for (const act of [
        () => (contacts() as any).where('createdTime', value),
        () => (contacts() as any).where('createdTime', '<', value),
        () => (contacts() as any).where('createdTime', 'in', [value]),
        () => (contacts() as any).where((w: any) => w('createdTime', value)),
      ]) {
        let thrown: unknown
        try {
          act()
        } catch (error) {
          thrown = error
        }
        expect(thrown, name).toBeInstanceOf(QueryError)
        expect((thrown as QueryError).field, name).toBe('createdTime')
        expect((thrown as QueryError).message, name).toMatch(
          /^where\("createdTime", "(=|<|in)"\): (item 0 of "in": )?the value is an invalid Date$/,
        )
      }
    }
  })
})

describe('each entity', () => {
  it('targets its own path', () => {
    expect(contacts().compile().path).toBe('/v1/contacts/search')
    expect(companies().compile().path).toBe('/v1/companies/search')
    expect(deals().compile().path).toBe('/v1/deals/search')
    expect(leads().compile().path).toBe('/v1/leads/search')
    expect(entity<{ id: number }>('tasks').compile().path).toBe('/v1/tasks/search')
    expect(entity<{ id: number }>('items/128').compile().path).toBe('/v1/items/128/search')
  })

  it('compiles the fields each entity knows', () => {
    expect(companies().where('industry', 'IT').select('id', 'title').toBody()).toEqual({
      filter: { industry: 'IT' },
      select: ['id', 'title'],
    })
    expect(leads().where('contactId', 'in', [1, 2]).orderBy('title', 'desc').toBody()).toEqual({
      filter: { contactId: { $in: [1, 2] } },
      order: { title: 'desc' },
    })
    interface Task {
      id: number
      status: number
      deadline: IsoDateTime
    }
    expect(entity<Task>('tasks').where('status', 'in', [2, 3]).where('deadline', '<', '2026-06-01').toBody()).toEqual({
      filter: { status: { $in: [2, 3] }, deadline: { $lt: '2026-06-01' } },
    })
  })

  it('takes custom fields', () => {
    const q = contacts<{ ufCrm_1742556744977: string }>()
      .where('ufCrm_1742556744977', 'contains', 'vip')
      .select('id', 'ufCrm_1742556744977')
    expect(q.toBody()).toEqual({
      filter: { ufCrm_1742556744977: { $contains: 'vip' } },
      select: ['id', 'ufCrm_1742556744977'],
    })
  })
})

describe('order, select, limit, offset', () => {
  it('keeps sort keys in call order; the same field again replaces its direction in place', () => {
    const q = contacts().orderBy('lastName').orderBy('id', 'desc').orderBy('lastName', 'desc')
    expect(JSON.stringify(q.toBody())).toBe('{"order":{"lastName":"desc","id":"desc"}}')
  })

  it('accumulates select calls, without duplicates, in call order', () => {
    expect(contacts().select('id', 'name').select('name', 'lastName').select('id').toBody()).toEqual({
      select: ['id', 'name', 'lastName'],
    })
  })

  it('sends limit and offset only when set; the last call wins', () => {
    expect(contacts().limit(1).toBody()).toEqual({ limit: 1 })
    expect(contacts().limit(5000).offset(0).toBody()).toEqual({ limit: 5000, offset: 0 })
    expect(contacts().limit(10).limit(20).offset(5).offset(7).toBody()).toEqual({ limit: 20, offset: 7 })
  })

  it('orders body keys filter, order, select, limit, offset whatever the call order', () => {
    const q = contacts().offset(20).limit(10).select('id').orderBy('id').where('companyId', 1)
    expect(Object.keys(q.toBody())).toEqual(['filter', 'order', 'select', 'limit', 'offset'])
  })
})

describe('immutability', () => {
  it('leaves a base query unchanged when it branches', () => {
    const base = contacts().where('companyId', 15)
    const a = base.where('typeId', 'CLIENT').orderBy('id').select('id').limit(5)
    const b = base.where('typeId', 'PARTNER').offset(10)
    expect(base.toBody()).toEqual({ filter: { companyId: 15 } })
    expect(a.toBody()).toEqual({
      filter: { companyId: 15, typeId: 'CLIENT' },
      order: { id: 'asc' },
      select: ['id'],
      limit: 5,
    })
    expect(b.toBody()).toEqual({ filter: { companyId: 15, typeId: 'PARTNER' }, offset: 10 })
  })

  it('returns a new builder from every method', () => {
    const q = contacts()
    const next = [
      q.where('id', 1),
      q.where('id', '>', 1),
      q.where((w) => w('id', 1)),
      q.orderBy('id'),
      q.select('id'),
      q.limit(1),
      q.offset(1),
    ]
    for (const n of next) expect(n).not.toBe(q)
  })

  it('hands out a fresh body each time, so mutating one cannot change the query', () => {
    const q = contacts().where('id', 'in', [1, 2]).select('id')
    const body = q.toBody() as { select: string[]; filter: { id: { $in: number[] } } }
    body.select.push('name')
    body.filter.id.$in.push(3)
    expect(q.toBody()).toEqual({ filter: { id: { $in: [1, 2] } }, select: ['id'] })
  })

  it('hands out nothing mutable: the node, its arrays, the compiled request, callback conditions', () => {
    const q = contacts().where('id', 1).select('id').orderBy('id')
    const node = (q as unknown as { toNode(): Record<string, unknown[]> }).toNode()
    for (const value of [node, node.where, node.select, node.order, node.order?.[0], node.where?.[0]]) {
      expect(Object.isFrozen(value)).toBe(true)
    }
    expect(() => node.select?.push('name')).toThrow(TypeError)
    expect(q.toBody()).toEqual({ filter: { id: 1 }, order: { id: 'asc' }, select: ['id'] })
    expect(Object.isFrozen(q.compile())).toBe(true)
    contacts().where((w) => {
      const condition = w('id', 1)
      expect(Object.isFrozen(condition)).toBe(true)
      return condition
    })
  })
})

describe('several conditions on one field: merged exactly, or refused; none is dropped', () => {
  // Only tokens the service lists are written: the upstream prefixes "=", "@" and the prefix
  // collision keys of the first edition ("=id", "!id", ">id") are never sent.
  const sent = (q: { toBody(): unknown }) => JSON.stringify(q.toBody())

  it('puts an exact match beside operators into the same operator object as $in', () => {
    expect(sent(contacts().where('id', 5).where('id', '>=', 3))).toBe('{"filter":{"id":{"$in":[5],"$gte":3}}}')
    expect(sent(contacts().where('id', '>=', 3).where('id', 5))).toBe('{"filter":{"id":{"$in":[5],"$gte":3}}}')
  })

  it('simplifies repeated operators exactly', () => {
    const cases: [() => { toBody(): unknown }, string][] = [
      [() => contacts().where('id', '!=', 1).where('id', '!=', 2), '{"id":{"$nin":[1,2]}}'],
      [() => contacts().where('id', 'not in', [1, 2]).where('id', '!=', 3), '{"id":{"$nin":[1,2,3]}}'],
      [() => contacts().where('id', '>', 1).where('id', '>', 2), '{"id":{"$gt":2}}'],
      [() => contacts().where('id', '>=', 3).where('id', '>=', 1), '{"id":{"$gte":3}}'],
      [() => contacts().where('id', '>', 3).where('id', '>=', 3), '{"id":{"$gt":3}}'],
      [() => contacts().where('id', '<', 9).where('id', '<', 8), '{"id":{"$lt":8}}'],
      [() => contacts().where('id', '<=', 9).where('id', '<=', 8), '{"id":{"$lte":8}}'],
      [() => contacts().where('id', '<=', 8).where('id', '<', 8), '{"id":{"$lt":8}}'],
      [() => contacts().where('id', 'in', [1, 2]).where('id', 'in', [2, 3]), '{"id":2}'],
      [() => contacts().where('id', 'in', [1, 2, 3]).where('id', 'in', [3, 2, 9]), '{"id":{"$in":[2,3]}}'],
      [() => contacts().where('id', 2).where('id', 'in', [1, 2]), '{"id":2}'],
      [() => contacts().where('name', 'contains', 'a').where('name', 'contains', 'a'), '{"name":{"$contains":"a"}}'],
    ]
    for (const [build, filter] of cases) expect(sent(build())).toBe(`{"filter":${filter}}`)
  })

  it('compares two date bounds only when both are exact UTC times', () => {
    const early = new Date('2026-01-01T00:00:00.000Z')
    const late = new Date('2026-02-01T00:00:00.000Z')
    expect(contacts().where('createdTime', '>=', early).where('createdTime', '>=', late).toBody()).toEqual({
      filter: { createdTime: { $gte: '2026-02-01T00:00:00.000Z' } },
    })
    // Texts of other shapes need not sort as the times they name: refused, not guessed.
    expect(() =>
      contacts().where('createdTime', '>=', '2026-01-01').where('createdTime', '>=', early).toBody(),
    ).toThrowError(/where\("createdTime"\): two lower bounds that cannot be compared exactly/)
  })

  it('keeps every condition of a crowded field', () => {
    const q = deals()
      .where('amount', '>=', 1)
      .where('amount', '<=', 9)
      .where('amount', 'in', [5, 6])
      .where('amount', '>=', 3)
      .where('amount', '!=', 4)
    expect(q.toBody()).toEqual({ filter: { amount: { $in: [5, 6], $ne: 4, $gte: 3, $lte: 9 } } })
  })

  it('sends an identical condition once', () => {
    expect(contacts().where('id', '>', 1).where('id', '>', 1).toBody()).toEqual({ filter: { id: { $gt: 1 } } })
    expect(contacts().where('createdTime', new Date(0)).where('createdTime', new Date(0)).toBody()).toEqual({
      filter: { createdTime: '1970-01-01T00:00:00.000Z' },
    })
  })

  it('refuses, with QueryError naming the field, what cannot be merged exactly', () => {
    const cases: [() => { toBody(): unknown }, RegExp][] = [
      [() => contacts().where('id', 1).where('id', 2), /where\("id"\): its "=" and "in" conditions can never all hold/],
      [() => contacts().where('id', 'in', [1]).where('id', 'in', [2]), /can never all hold/],
      [
        () => contacts().where('name', 'contains', 'a').where('name', 'contains', 'b'),
        /two different "contains" conditions/,
      ],
      [
        () =>
          contacts()
            .where('id', '>', 1)
            .where('name', 'x')
            .where('id', '>', '2' as never),
        /two lower bounds/,
      ],
    ]
    for (const [build, message] of cases) {
      let thrown: unknown
      try {
        build().toBody()
      } catch (error) {
        thrown = error
      }
      expect(isQueryError(thrown), String(message)).toBe(true)
      expect((thrown as QueryError).message).toMatch(message)
    }
  })
})

describe('OR groups', () => {
  it('compiles an OR of conditions on several fields to $or', () => {
    const q = contacts().where((w) => w.or([w('companyId', 15), w('createdTime', '>=', '2026-01-01')]))
    expect(q.toBody()).toEqual({ filter: { $or: [{ companyId: 15 }, { createdTime: { $gte: '2026-01-01' } }] } })
  })

  it('rewrites an OR of equalities on one field to the documented $in', () => {
    expect(
      contacts()
        .where((w) => w.or([w('typeId', 'CLIENT'), w('typeId', 'PARTNER')]))
        .toBody(),
    ).toEqual({
      filter: { typeId: { $in: ['CLIENT', 'PARTNER'] } },
    })
    expect(
      contacts()
        .where((w) => w.or([w('id', 1), w('id', 'in', [2, 3]), w('id', '=', 1), w.or([w('id', 4)])]))
        .toBody(),
    ).toEqual({ filter: { id: { $in: [1, 2, 3, 4] } } })
    expect(
      contacts()
        .where((w) => w.or([w('id', 7), w('id', 7)]))
        .toBody(),
    ).toEqual({ filter: { id: 7 } })
  })

  it('merges the $in rewrite with other conditions on the field', () => {
    const q = contacts()
      .where('id', '>', 0)
      .where((w) => w.or([w('id', 1), w('id', 2)]))
    expect(q.toBody()).toEqual({ filter: { id: { $gt: 0, $in: [1, 2] } } })
  })

  it('nests AND groups inside OR, and ANDs the group with the rest of the filter', () => {
    const q = contacts()
      .where('opened', true)
      .where((w) =>
        w.or([w('typeId', 'CLIENT'), w.and([w('typeId', 'PARTNER'), w('createdTime', '>=', '2026-01-01')])]),
      )
    expect(JSON.stringify(q.toBody())).toBe(
      '{"filter":{"opened":true,"$or":[{"typeId":"CLIENT"},{"typeId":"PARTNER","createdTime":{"$gte":"2026-01-01"}}]}}',
    )
  })

  it('nests OR inside AND inside OR', () => {
    const q = contacts().where((w) =>
      w.or([
        w('id', 1),
        w.and([w('companyId', 2), w.or([w('name', 'contains', 'a'), w('lastName', 'contains', 'b')])]),
      ]),
    )
    expect(q.toBody()).toEqual({
      filter: {
        $or: [{ id: 1 }, { companyId: 2, $or: [{ name: { $contains: 'a' } }, { lastName: { $contains: 'b' } }] }],
      },
    })
  })

  it('flattens nested ORs and one-item groups', () => {
    expect(
      contacts()
        .where((w) => w.or([w('id', 1), w.or([w('name', 'x'), w('lastName', 'y')])]))
        .toBody(),
    ).toEqual({
      filter: { $or: [{ id: 1 }, { name: 'x' }, { lastName: 'y' }] },
    })
    expect(
      contacts()
        .where((w) => w.or([w('id', '>', 1)]))
        .toBody(),
    ).toEqual({ filter: { id: { $gt: 1 } } })
    expect(
      contacts()
        .where((w) => w.and([w('id', 1), w('name', 'x')]))
        .toBody(),
    ).toEqual({ filter: { id: 1, name: 'x' } })
    expect(
      contacts()
        .where((w) => w('id', 1))
        .toBody(),
    ).toEqual({ filter: { id: 1 } })
  })

  it('keeps two OR groups by ANDing the second into each branch of the first', () => {
    const q = contacts()
      .where((w) => w.or([w('id', 1), w('name', 'x')]))
      .where((w) => w.or([w('typeId', 'A'), w('companyId', 2)]))
    expect(q.toBody()).toEqual({
      filter: {
        $or: [
          { id: 1, $or: [{ typeId: 'A' }, { companyId: 2 }] },
          { name: 'x', $or: [{ typeId: 'A' }, { companyId: 2 }] },
        ],
      },
    })
  })
})

describe('OR groups ANDed together: bounded, refused at the call that passes the bound', () => {
  const pair = (w: any, i: number) => w.or([w('id', i), w('name', `n${i}`)])
  // Every `$or` branch the body writes, copies included.
  const branches = (value: unknown): number =>
    Array.isArray(value)
      ? value.reduce((sum: number, item) => sum + branches(item), 0)
      : typeof value === 'object' && value !== null
        ? Object.entries(value).reduce(
            (sum, [key, item]) => sum + (key === '$or' ? (item as unknown[]).length : 0) + branches(item),
            0,
          )
        : 0
  const groups = (n: number) => {
    let q = contacts()
    for (let i = 0; i < n; i++) q = q.where((w) => pair(w, i))
    return q
  }

  it('counts every branch the body writes, copies included, up to 256', () => {
    // 2 + 4 + … + 128: each group is written once per branch of the groups before it.
    const body = groups(7).toBody()
    expect(branches(body)).toBe(254)
    expect(JSON.stringify(body).length).toBeLessThan(20_000)
  })

  it('refuses the where() that would pass 256 branches, saying what was written and the limit', () => {
    const seven = groups(7)
    expect(() => seven.where((w) => pair(w, 7))).toThrow(
      'where(callback): 8 OR groups ANDed together would be sent as 510 $or branches, more than 256 (one $or per object: each group is repeated in every branch of the groups before it); combine them',
    )
    expect(() => contacts().where((w) => w.and(Array.from({ length: 20 }, (_, i) => pair(w, i))))).toThrow(
      /^where\(callback\): 20 OR groups ANDed together would be sent as 2097150 \$or branches, more than 256/,
    )
    expect(seven.toBody()).toEqual(groups(7).toBody())
  })

  it('counts groups nested inside branches, which multiply as well', () => {
    // Each level ANDs two pairs and the level below, which is thus written 4 times: 8 + 4 × the level below.
    const nest = (w: any, depth: number): unknown =>
      depth === 0
        ? w('id', 0)
        : w.or([w.and([pair(w, depth), pair(w, -depth), nest(w, depth - 1)]), w('companyId', depth)])
    expect(
      branches(
        contacts()
          .where((w) => nest(w, 3) as never)
          .toBody(),
      ),
    ).toBe(168)
    expect(() => contacts().where((w) => nest(w, 4) as never)).toThrow(
      /^where\(callback\): 12 OR groups ANDed together would be sent as 680 \$or branches, more than 256/,
    )
    expect(() => contacts().where((w) => nest(w, 30) as never)).toThrow(/^where\(callback\): 90 OR groups/)
  })

  it('does not count an OR of equalities on one field, which is sent as $in', () => {
    let q = contacts() as any
    for (let i = 0; i < 50; i++) q = q.where((w: any) => w.or([w(`f${i}`, 1), w(`f${i}`, 2)]))
    expect(Object.keys(q.toBody().filter)).toHaveLength(50)
  })
})

describe('bad input throws QueryError, synchronously, naming the field and the reason', () => {
  const anyContacts = () => contacts() as any
  const cases: [string, () => unknown, RegExp][] = [
    [
      'operator as field prefix',
      () => anyContacts().where('>=id', 3),
      /where\(">=id"\): not a field name \(letters, digits and _\); operators go in the next argument/,
    ],
    ['$or as a field', () => anyContacts().where('$or', 1), /where\("\$or"\)/],
    ['__proto__', () => anyContacts().where('__proto__', 1), /where\("__proto__"\): a reserved name, not a field/],
    ['constructor', () => anyContacts().select('constructor'), /select\("constructor"\): a reserved name/],
    ['empty field', () => anyContacts().where('', 1), /where\(""\): not a field name/],
    ['non-string field', () => anyContacts().where(42, 1), /where\(42\): not a field name/],
    ['dotted field', () => anyContacts().orderBy('company.id'), /orderBy\("company.id"\)/],
    [
      'undefined value',
      () => anyContacts().where('companyId', undefined),
      /where\("companyId", "="\): the value is undefined/,
    ],
    [
      'undefined with operator',
      () => anyContacts().where('companyId', '>', undefined),
      /where\("companyId", ">"\): the value is undefined/,
    ],
    ['null value', () => anyContacts().where('companyId', null), /the value is null/],
    ['NaN', () => anyContacts().where('companyId', NaN), /the value is NaN/],
    ['Infinity', () => anyContacts().where('companyId', '<', Infinity), /the value is Infinity/],
    ['invalid Date', () => anyContacts().where('createdTime', '>=', new Date('nope')), /invalid Date/],
    ['object value', () => anyContacts().where('companyId', { $gte: 1 }), /the value is an object/],
    ['array for =', () => anyContacts().where('companyId', [1, 2]), /the value is an array/],
    [
      'boolean range',
      () => anyContacts().where('opened', '>', true),
      /where\("opened", ">"\): ">" does not take a boolean/,
    ],
    ['bigint', () => anyContacts().where('id', 1n), /the value is 1n/],
    ['empty in', () => anyContacts().where('id', 'in', []), /"in" takes a non-empty array/],
    ['non-array in', () => anyContacts().where('id', 'in', 5), /where\("id", "in"\): "in" takes a non-empty array/],
    ['bad item in', () => anyContacts().where('id', 'in', [1, undefined]), /item 1 of "in": the value is undefined/],
    ['NaN in', () => anyContacts().where('id', 'in', [NaN]), /item 0 of "in": the value is NaN/],
    [
      'contains non-string',
      () => anyContacts().where('name', 'contains', 5),
      /where\("name", "contains"\): "contains" takes a non-empty string/,
    ],
    ['contains empty', () => anyContacts().where('name', 'contains', ''), /"contains" takes a non-empty string/],
    [
      'unknown operator',
      () => anyContacts().where('id', '==', 1),
      /where\("id"\): unknown operator "=="; use =, !=, >, >=, <, <=, in, not in, contains/,
    ],
    ['$-operator', () => anyContacts().where('id', '$gte', 1), /unknown operator "\$gte"/],
    ['too many where args', () => anyContacts().where('id', '=', 1, 2), /not 4 arguments/],
    ['no where args', () => anyContacts().where(), /not 0 arguments/],
    [
      'callback returning junk',
      () => anyContacts().where(() => ({ id: 1 })),
      /where\(callback\): must return a condition made by the callback's argument/,
    ],
    ['empty or', () => anyContacts().where((w: any) => w.or([])), /or\(\): takes a non-empty array/],
    ['empty and', () => anyContacts().where((w: any) => w.and([])), /and\(\): takes a non-empty array/],
    [
      'or of junk',
      () => anyContacts().where((w: any) => w.or([{ id: 1 }])),
      /or\(\): item 0 is not a condition made by the callback's argument/,
    ],
    ['or of non-array', () => anyContacts().where((w: any) => w.or(w('id', 1))), /or\(\): takes a non-empty array/],
    [
      'hand-made frozen condition',
      () => anyContacts().where(() => Object.freeze({ kind: 'compare', field: '__proto__', op: '=', value: 1 })),
      /where\(callback\): must return a condition made by the callback's argument/,
    ],
    [
      'hand-made condition inside or',
      () => anyContacts().where((w: any) => w.or([w('id', 1), Object.freeze({ kind: 'or', items: [] })])),
      /or\(\): item 1 is not a condition made by the callback's argument/,
    ],
    ['limit 0', () => anyContacts().limit(0), /limit\(0\): takes an integer from 1 to 5000/],
    ['limit 5001', () => anyContacts().limit(5001), /limit\(5001\)/],
    ['limit 1.5', () => anyContacts().limit(1.5), /limit\(1.5\)/],
    ['limit string', () => anyContacts().limit('10'), /limit\("10"\)/],
    ['limit NaN', () => anyContacts().limit(NaN), /limit\(NaN\)/],
    ['offset -1', () => anyContacts().offset(-1), /offset\(-1\): takes an integer from 0 up/],
    ['offset 0.5', () => anyContacts().offset(0.5), /offset\(0.5\)/],
    ['offset undefined', () => anyContacts().offset(undefined), /offset\(undefined\)/],
    [
      'bad direction',
      () => anyContacts().orderBy('id', 'DESC'),
      /orderBy\("id"\): the direction is "DESC"; use "asc" or "desc"/,
    ],
    ['null direction', () => anyContacts().orderBy('id', null), /the direction is null/],
    ['empty select', () => anyContacts().select(), /select\(\): takes at least one field/],
    ['bad select field', () => anyContacts().select('id', 'name;drop'), /select\("name;drop"\)/],
    ['bad entity', () => entity('../admin'), /entity\("..\/admin"\)/],
    ['empty entity', () => entity(''), /entity\(""\)/],
    ['entity with query', () => entity('contacts?x=1'), /entity\("contacts\?x=1"\)/],
  ]
  it.each(cases)('%s', (_name, act, message) => {
    let thrown: unknown
    try {
      act()
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(QueryError)
    expect(thrown).toBeInstanceOf(VibeCodeError)
    expect(isQueryError(thrown)).toBe(true)
    expect((thrown as Error).name).toBe('QueryError')
    expect((thrown as Error).message).toMatch(message)
  })

  it('names the field on the error', () => {
    try {
      ;(contacts() as any).where('companyId', undefined)
    } catch (error) {
      expect((error as QueryError).field).toBe('companyId')
    }
    expect.assertions(1)
  })

  it('leaves the builder usable after a refused call', () => {
    const q = contacts().where('id', 1)
    expect(() => (q as any).where('id', undefined)).toThrow(QueryError)
    expect(q.toBody()).toEqual({ filter: { id: 1 } })
  })
})
