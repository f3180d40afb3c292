import { describe, expectTypeOf, it } from 'vitest'
import {
  contacts,
  currencies,
  dealCategories,
  deals,
  departments,
  users,
  type CreateInput,
  type Deal,
  type DealSchema,
  type InferResult,
} from '../../src/index.js'

describe('create', () => {
  it('takes writable fields, with the types a write takes', () => {
    deals.create({ title: 'Big one', amount: 5000, closedAt: new Date(), stageId: null, observers: [1, 2] })
    deals.create({ closedAt: '2026-06-30' })
    contacts.create({ name: 'Ann', phone: [{ value: '+15551234', typeId: 'WORK' }], email: 'ann@example.com' })
    deals.withFields<{ ufCrm_Region: 'EU' | 'US' | null }>().create({ ufCrm_Region: 'EU' })
  })

  it('answers the record: at least its id', () => {
    const op = deals.create({ title: 'x' })
    expectTypeOf<InferResult<typeof op>['id']>().toEqualTypeOf<number>()
    expectTypeOf<InferResult<typeof op>['title']>().toEqualTypeOf<string | null | undefined>()
  })

  it('rejects read-only and unknown fields, and wrong types', () => {
    // @ts-expect-error — id is read-only
    deals.create({ id: 5, title: 'x' })
    // @ts-expect-error — createdAt is read-only
    deals.create({ createdAt: '2026-01-01T00:00:00Z' })
    // @ts-expect-error — contactIds is read-only
    deals.create({ contactIds: [1] })
    // @ts-expect-error — no such field
    deals.create({ titel: 'x' })
    // @ts-expect-error — amount is a number
    deals.create({ amount: '5000' })
    // @ts-expect-error — Bitrix24's multifield shape is refused
    contacts.create({ phone: [{ VALUE: '+1', VALUE_TYPE: 'WORK' }] })
    // @ts-expect-error — a plain text field takes a string, not phone records
    deals.create({ title: [{ value: 'x' }] })
    // @ts-expect-error — nor does update
    contacts.update(1, { name: [{ value: 'Ann' }] })
  })

  it('requires the required fields, even a read-only one create needs', () => {
    dealCategories.create({ name: 'Wholesale' })
    // @ts-expect-error — name is required
    dealCategories.create({ sort: 10 })
    expectTypeOf<CreateInput<DealSchema, Deal>>().toHaveProperty('title')
    currencies.create({ id: 'KZT', amount: 1, amountCnt: 1 })
  })
})

describe('update and delete', () => {
  it('update takes a partial of writable fields and no id', () => {
    deals.update(42, { stageId: 'WON' })
    // @ts-expect-error — id cannot be changed
    deals.update(42, { id: 43 })
    // @ts-expect-error — updatedAt is read-only
    deals.update(42, { updatedAt: '2026-01-01T00:00:00Z' })
    expectTypeOf<InferResult<ReturnType<typeof deals.update>>>().toEqualTypeOf<void>()
  })

  it('exist only where the entity reference lists them', () => {
    expectTypeOf<InferResult<ReturnType<typeof deals.delete>>>().toEqualTypeOf<void>()
    // @ts-expect-error — users have no delete
    void users.delete
    void departments.delete
  })
})

describe('bulk writes', () => {
  it('take create inputs, id-carrying patches and ids; answer each record’s outcome', () => {
    const created = deals.createMany([{ title: 'a' }, { amount: 5 }])
    expectTypeOf<InferResult<typeof created>['items'][number]>().toEqualTypeOf<
      | { readonly status: 'fulfilled'; readonly value: { id: number } }
      | { readonly status: 'rejected'; readonly error: Error }
    >()
    deals.updateMany([{ id: 1, stageId: 'WON' }])
    deals.deleteMany([1, 2])
    // @ts-expect-error — a patch needs its id
    deals.updateMany([{ stageId: 'WON' }])
    // @ts-expect-error — read-only fields are refused in bulk too
    deals.createMany([{ id: 1 }])
    // @ts-expect-error — users have no delete, so no deleteMany
    void users.deleteMany
  })
})
