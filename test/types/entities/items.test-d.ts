// Smart-process items: every field of the docs' table, typed, with Bitrix24 names.
import { describe, expectTypeOf, it } from 'vitest'
import { type InferRow, type IsoDateTime, items, type ItemSchema } from '../../../src/index.js'

describe('items', () => {
  it('selects every documented field, with its type', () => {
    const q = items(128)().select(
      'id',
      'title',
      'xmlId',
      'stageId',
      'categoryId',
      'assignedById',
      'companyId',
      'contactId',
      'contactIds',
      'opportunity',
      'currencyId',
      'opened',
      'begindate',
      'closedate',
      'sourceId',
      'observers',
      'mycompanyId',
      'createdBy',
      'updatedBy',
      'movedBy',
      'createdTime',
      'updatedTime',
      'movedTime',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      title: string | null
      xmlId: string | null
      stageId: string | null
      categoryId: number | null
      assignedById: number | null
      companyId: number | null
      contactId: number | null
      contactIds: number[] | null
      opportunity: number | null
      currencyId: string | null
      opened: boolean | null
      begindate: IsoDateTime | null
      closedate: IsoDateTime | null
      sourceId: string | null
      observers: number[] | null
      mycompanyId: number | null
      createdBy: number | null
      updatedBy: number | null
      movedBy: number | null
      createdTime: IsoDateTime
      updatedTime: IsoDateTime
      movedTime: IsoDateTime | null
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    items(128)().where('opportunity', '>=', 500000).where('categoryId', 41).where('movedBy', 'in', [1])
    items(128)().where('stageId', 'DT128_41:NEW').where('xmlId', 'contains', 'ext')
    items(128)().where('begindate', '>=', new Date()).where('closedate', '<', '2026-12-31')
    items(128)().where('movedTime', '>', '2026-01-01')
    items(128)().where('opened', true)
    // @ts-expect-error — opportunity is a number
    items(128)().where('opportunity', 'a lot')
    // @ts-expect-error — items say begindate, as Bitrix24 does
    items(128)().where('beginDate', '>=', new Date())
    // @ts-expect-error — arrays cannot be filtered
    items(128)().where('observers', 1)
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<ItemSchema['readOnly']>().toEqualTypeOf<
      'id' | 'contactIds' | 'createdBy' | 'updatedBy' | 'movedBy' | 'createdTime' | 'updatedTime' | 'movedTime'
    >()
    expectTypeOf<ItemSchema['unfilterable']>().toEqualTypeOf<'contactIds' | 'observers'>()
    expectTypeOf<ItemSchema['relations']>().toEqualTypeOf<{}>()
    expectTypeOf<ItemSchema['groupable']>().toEqualTypeOf<'categoryId' | 'assignedById' | 'stageId'>()
  })

  it('adds a custom field with withFields', () => {
    const mine = items(128).withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
