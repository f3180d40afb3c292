// The type holes of issue 15, each as an application developer meets it: a wrong program that
// compiled, or a right one that did not. Each `describe` is one hole of the issue.
import { describe, expectTypeOf, it } from 'vitest'
import {
  batch,
  contacts,
  deals,
  entity,
  type AnyQuery,
  type Client,
  type Condition,
  type ConditionBuilder,
  type Contact,
  type Deal,
  type InferRow,
  type IsoDateString,
  type IsoDateTime,
  type SearchBuilder,
} from '../../src/index.js'

declare const client: Client
type DealRow = InferRow<ReturnType<typeof deals>>

describe('1. a query written where a looser type is expected keeps its row', () => {
  it('inline in batch, in a record of AnyQuery, or passed to a helper generic over AnyQuery', async () => {
    const { k } = await batch(client, { k: deals() })
    expectTypeOf(k).toEqualTypeOf<DealRow[]>()
    const calls = { k: deals() } satisfies Record<string, AnyQuery>
    expectTypeOf<InferRow<typeof calls.k>>().toEqualTypeOf<DealRow>()
    const rows = await batch(client, { k: deals() } satisfies Record<string, AnyQuery>)
    // @ts-expect-error — deals have no such field; `any` rows would have let it through
    void rows.k[0]?.nonexistent
    const same = <Q extends AnyQuery>(q: Q): Q => q
    const viaHelper = same(deals())
    expectTypeOf<InferRow<typeof viaHelper>>().toEqualTypeOf<DealRow>()
    const forAny = entity<{ id: number; title: string }>('notes') satisfies AnyQuery
    expectTypeOf<InferRow<typeof forAny>>().toEqualTypeOf<{ id: number; title: string }>()
  })
})

describe('2. generic helpers keep the query they are given', () => {
  it('a helper over SearchBuilder<Contact, any> returns the same query, selection and custom fields kept', () => {
    const byCompany = <Q extends SearchBuilder<Contact, any>>(q: Q) =>
      q.where('companyId', 15).orderBy('lastName').limit(5)
    const narrowed = byCompany(contacts().select('id', 'name'))
    expectTypeOf<InferRow<typeof narrowed>>().toEqualTypeOf<{ id: number; name: string | null }>()
    const custom = byCompany(contacts<{ ufCrm_Segment: string | null }>().select('id', 'ufCrm_Segment'))
    expectTypeOf<InferRow<typeof custom>>().toEqualTypeOf<{ id: number; ufCrm_Segment: string | null }>()
    expectTypeOf(custom.where('ufCrm_Segment', 'gold')).toEqualTypeOf(custom)
  })

  it('a helper generic over custom fields selects and reads them, and returns the caller’s query', () => {
    const withIds = <U extends object>(q: SearchBuilder<Contact & U>) => q.select('id', 'name')
    expectTypeOf<InferRow<ReturnType<typeof withIds<{ ufCrm_X: string }>>>>().toEqualTypeOf<{
      id: number
      name: string | null
    }>()
  })
})

describe('3. helpers typed for the built-in row take a query with custom fields', () => {
  it('a SearchBuilder<Contact> parameter takes contacts<MyFields>()', () => {
    const byCompany = (q: SearchBuilder<Contact>) => q.where('companyId', 15)
    byCompany(contacts())
    byCompany(contacts<{ ufCrm_Segment: string | null }>())
    const ofDeals = (q: SearchBuilder<Deal>) => q
    ofDeals(deals())
    ofDeals(deals<{ ufCrm_Region: 'EU' | 'US' }>())
    // @ts-expect-error — a deal query is not a contact query
    byCompany(deals())
  })

  it('a condition built for the built-in row serves a query with custom fields', () => {
    const clients = (w: ConditionBuilder<Contact>): Condition<Contact> => w('typeId', 'CLIENT')
    contacts<{ ufCrm_Vip: boolean | null }>().where(clients)
    contacts<{ ufCrm_Vip: boolean | null }>().where((w) => w.or([clients(w), w('ufCrm_Vip', true)]))
    const deal = (w: ConditionBuilder<Deal>): Condition<Deal> => w('amount', '>', 0)
    // @ts-expect-error — a deal condition is not a contact condition
    contacts().where(deal)
  })
})

describe('4. a field of a union type takes only a value that fits every member', () => {
  it('refuses a value for fields of different types, accepts one for fields of the same type', () => {
    const mixed = 'name' as 'name' | 'companyId'
    // @ts-expect-error — 'x' cannot be sent to companyId
    contacts().where(mixed, 'x')
    // @ts-expect-error — nor any operator
    contacts().where(mixed, '=', 'x')
    const names = 'name' as 'name' | 'lastName'
    contacts().where(names, 'contains', 'Iv').orderBy(names)
    // @ts-expect-error — a number does not fit a name
    contacts().where(names, 1)
  })
})

describe('5. an empty list and a date that is no date are compile errors', () => {
  it('refuses in [] and not in [], keeps lists whose length is known at run time', () => {
    // @ts-expect-error — in takes at least one value
    contacts().where('id', 'in', [])
    // @ts-expect-error — not in takes at least one value
    contacts().where('typeId', 'not in', [])
    // @ts-expect-error — also inside a group
    contacts().where((w) => w('id', 'in', []))
    const ids: number[] = [1, 2]
    contacts()
      .where('id', 'in', ids)
      .where('id', 'in', [1])
      .where('typeId', 'not in', ['A', 'B'] as const)
  })

  it('refuses an impossible month or day, keeps ISO dates with or without a time', () => {
    // @ts-expect-error — no month 99
    contacts().where('createdTime', '>=', '2026-99-99')
    // @ts-expect-error — no month 13
    contacts().where('createdTime', '<', '2026-13-01')
    // @ts-expect-error — no day 32
    contacts().where('createdTime', '2026-01-32')
    // @ts-expect-error — not ISO 8601
    contacts().where('createdTime', '>=', '31.01.2026')
    contacts().where('createdTime', '>=', '2026-01-31').where('createdTime', '<', '2026-12-01T09:00:00+03:00')
    contacts().where('createdTime', 'in', ['2026-01-01', new Date()])
    // @ts-expect-error — writes take the same dates
    deals.update(1, { closedAt: '2026-99-99' })
  })
})

describe('6. a multiple field filters; a date read as a plain string has a way through', () => {
  it('filters a multiple custom field by one of its values, and does not order by it', () => {
    const q = contacts<{
      ufCrm_Tags: string[] | null
      ufCrm_Scores: number[] | null
      ufCrm_Days: IsoDateTime[] | null
    }>()
    q.where('ufCrm_Tags', 'vip').where('ufCrm_Tags', 'in', ['vip', 'eu']).where('ufCrm_Tags', 'contains', 'v')
    q.where('ufCrm_Scores', '>=', 9).where('ufCrm_Days', '<', new Date())
    // @ts-expect-error — one value, not an array
    q.where('ufCrm_Tags', ['vip'])
    // @ts-expect-error — the values are strings
    q.where('ufCrm_Tags', 1)
    // @ts-expect-error — a multiple field cannot be ordered
    q.orderBy('ufCrm_Tags')
    const tags = q.select('ufCrm_Tags')
    expectTypeOf<InferRow<typeof tags>>().toEqualTypeOf<{ ufCrm_Tags: string[] | null }>()
    // @ts-expect-error — the built-in lists of ids are still not filterable
    deals().where('contactIds', 1)
  })

  it('takes a string date as a Date or, when known to be ISO 8601, as IsoDateString', () => {
    const fromJson: string = '2026-01-01'
    // @ts-expect-error — a plain string may be any text
    contacts().where('createdTime', '>=', fromJson)
    contacts().where('createdTime', '>=', new Date(fromJson))
    contacts().where('createdTime', '>=', fromJson as IsoDateString)
  })
})

describe('7. select takes a spread list of columns', () => {
  it('selects a (keyof Contact)[] without a cast, and still refuses no field at all', () => {
    const cols: (keyof Contact)[] = ['id', 'name']
    const q = contacts().select(...cols)
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<Contact>()
    const some: ('id' | 'lastName')[] = ['id']
    const narrowed = contacts().select(...some)
    expectTypeOf<InferRow<typeof narrowed>>().toEqualTypeOf<{ id: number; lastName: string | null }>()
    // @ts-expect-error — select needs a field
    contacts().select()
    // @ts-expect-error — no such field
    contacts().select(...(['id', 'nmae'] as const))
  })
})
