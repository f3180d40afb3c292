// Deals: every field of the docs' table and three observed ones, typed.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Company,
  type Contact,
  deals,
  type DealSchema,
  type InferRow,
  type IsoDateTime,
} from '../../../src/index.js'

describe('deals', () => {
  it('selects every documented field, with its type', () => {
    const q = deals().select(
      'id',
      'title',
      'amount',
      'currency',
      'stageId',
      'categoryId',
      'companyId',
      'contactId',
      'contactIds',
      'assignedById',
      'createdBy',
      'updatedBy',
      'createdAt',
      'updatedAt',
      'closedAt',
      'sourceId',
      'sourceDescription',
      'probability',
      'opened',
      'comments',
      'observers',
      'typeId',
      'isReturning',
      'stageSemanticId',
      'closed',
      'entityTypeId',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      title: string | null
      amount: number | null
      currency: string | null
      stageId: string | null
      categoryId: number | null
      companyId: number | null
      contactId: number | null
      contactIds: number[] | null
      assignedById: number | null
      createdBy: number | null
      updatedBy: number | null
      createdAt: IsoDateTime
      updatedAt: IsoDateTime
      closedAt: IsoDateTime | null
      sourceId: string | null
      sourceDescription: string | null
      probability: number | null
      opened: boolean | null
      comments: string | null
      observers: number[] | null
      typeId: string | null
      isReturning: boolean | null
      stageSemanticId: 'S' | 'F' | 'P' | null
      closed: 'Y' | 'N' | null
      entityTypeId: 2
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    deals().where('amount', '>=', 50000).where('categoryId', 0).where('probability', '<', 50)
    deals().where('stageId', 'in', ['NEW', 'C1:NEW']).where('title', 'contains', 'Big')
    deals().where('closedAt', '<', new Date()).where('createdAt', '>=', '2026-01-01')
    deals().where('isReturning', false)
    deals().where('stageSemanticId', 'in', ['S', 'F']).where('closed', 'N').where('entityTypeId', 2)
    // @ts-expect-error — amount is a number
    deals().where('amount', '50000')
    // @ts-expect-error — the semantics are S, F or P
    deals().where('stageSemanticId', 'X')
    // @ts-expect-error — deals are entity type 2
    deals().where('entityTypeId', 3)
    // @ts-expect-error — arrays cannot be filtered
    deals().where('contactIds', 1)
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<DealSchema['readOnly']>().toEqualTypeOf<
      | 'id'
      | 'contactIds'
      | 'createdBy'
      | 'updatedBy'
      | 'createdAt'
      | 'updatedAt'
      | 'stageSemanticId'
      | 'closed'
      | 'entityTypeId'
    >()
    expectTypeOf<DealSchema['unfilterable']>().toEqualTypeOf<'contactIds' | 'observers'>()
    expectTypeOf<DealSchema['relations']['contact']['row']>().toEqualTypeOf<Contact>()
    expectTypeOf<DealSchema['relations']['company']['row']>().toEqualTypeOf<Company>()
    expectTypeOf<DealSchema['relations']['contact']['kind']>().toEqualTypeOf<'many'>()
  })

  it('adds a custom field with withFields', () => {
    const mine = deals.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
