// Deal pipelines: every field of the docs' table, typed; name is required on create.
import { describe, expectTypeOf, it } from 'vitest'
import { dealCategories, type DealCategorySchema, type InferRow, type IsoDateTime } from '../../../src/index.js'

describe('dealCategories', () => {
  it('selects every documented field, with its type', () => {
    const q = dealCategories().select('id', 'name', 'sort', 'isLocked', 'createdAt')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      name: string | null
      sort: number | null
      isLocked: 'Y' | 'N' | null
      createdAt: IsoDateTime
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    dealCategories().where('id', '>', 0).where('sort', '<=', 100)
    dealCategories().where('name', 'contains', 'Sales').where('isLocked', 'N')
    dealCategories().where('createdAt', '>=', new Date()).where('createdAt', '<', '2026-05-01')
    // @ts-expect-error — isLocked is Y or N
    dealCategories().where('isLocked', 'yes')
    // @ts-expect-error — id is a number
    dealCategories().where('id', '0')
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<DealCategorySchema['readOnly']>().toEqualTypeOf<'id' | 'isLocked' | 'createdAt'>()
    expectTypeOf<DealCategorySchema['unfilterable']>().toBeNever()
    expectTypeOf<DealCategorySchema['required']>().toEqualTypeOf<'name'>()
  })

  it('adds a custom field with withFields', () => {
    const mine = dealCategories.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
