import { describe, expectTypeOf, it } from 'vitest'
import {
  contacts,
  deals,
  departments,
  type users,
  type Company,
  type Contact,
  type Deal,
  type InferResult,
  type InferRow,
  type LinkFields,
  type User,
} from '../../src/index.js'

describe('get', () => {
  it("answers the entity's row, with custom fields", () => {
    expectTypeOf<InferResult<ReturnType<typeof deals.get>>>().toEqualTypeOf<{ [K in keyof Deal]: Deal[K] }>()
    expectTypeOf<InferResult<ReturnType<typeof users.get>>>().toEqualTypeOf<{ [K in keyof User]: User[K] }>()
    const withFields = deals.withFields<{ ufCrm_Region: 'EU' | 'US' | null }>()
    expectTypeOf<InferResult<ReturnType<typeof withFields.get>>['ufCrm_Region']>().toEqualTypeOf<'EU' | 'US' | null>()
  })

  it('adds _included per relation: one-to-one as the row or null, many-to-many as an array with link fields', () => {
    const op = deals.get(1).include('contact', 'company')
    type Row = InferResult<typeof op>
    expectTypeOf<Row['_included']['company']>().toEqualTypeOf<Company | null>()
    expectTypeOf<Row['_included']['contacts']>().toEqualTypeOf<(Contact & LinkFields)[]>()
    expectTypeOf<Row['title']>().toEqualTypeOf<string | null>()
    // @ts-expect-error — deals have no such relation
    deals.get(1).include('responsible')
    // @ts-expect-error — departments have no relations at all
    void departments.get(1).include('company')
  })
})

describe('include on search', () => {
  it('adds _included to the rows, selected or not, through later calls', () => {
    const q = deals().select('id').include('company').where('amount', '>', 0)
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; _included: { company: Company | null } }>()
    const all = contacts().include('company')
    expectTypeOf<InferRow<typeof all>['_included']>().toEqualTypeOf<{ company: Company | null }>()
    expectTypeOf<InferRow<typeof all>['name']>().toEqualTypeOf<string | null>()
  })

  it('refuses relations the entity lacks, and selecting _included', () => {
    // @ts-expect-error — contacts have no contact relation
    contacts().include('contact')
    // @ts-expect-error — _included is not a field to select
    deals().include('company').select('_included')
  })
})
