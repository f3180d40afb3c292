// Leads: every field of the docs' table, typed; phone and email are multifields.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Company,
  type Contact,
  type InferRow,
  type IsoDateTime,
  leads,
  type LeadSchema,
  type Multifield,
} from '../../../src/index.js'

describe('leads', () => {
  it('selects every documented field, with its type', () => {
    const q = leads().select(
      'id',
      'title',
      'name',
      'lastName',
      'secondName',
      'statusId',
      'companyTitle',
      'companyId',
      'contactId',
      'amount',
      'currency',
      'sourceId',
      'sourceDescription',
      'assignedById',
      'createdBy',
      'opened',
      'comments',
      'post',
      'phone',
      'email',
      'createdTime',
      'updatedTime',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      title: string | null
      name: string | null
      lastName: string | null
      secondName: string | null
      statusId: string | null
      companyTitle: string | null
      companyId: number | null
      contactId: number | null
      amount: number | null
      currency: string | null
      sourceId: string | null
      sourceDescription: string | null
      assignedById: number | null
      createdBy: number | null
      opened: boolean | null
      comments: string | null
      post: string | null
      phone: Multifield | null
      email: Multifield | null
      createdTime: IsoDateTime
      updatedTime: IsoDateTime
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    leads().where('amount', '>', 0).where('contactId', 'in', [1, 2]).where('companyId', 3)
    leads().where('statusId', 'NEW').where('companyTitle', 'contains', 'LLC')
    leads().where('createdTime', '>=', new Date('2026-04-01')).where('updatedTime', '<', '2026-05-01')
    leads().where('opened', true)
    leads().where('phone', 'contains', '916')
    // @ts-expect-error — amount is a number
    leads().where('amount', '>', '0')
    // @ts-expect-error — statusId is a string
    leads().where('statusId', 1)
    // @ts-expect-error — opened is a boolean
    leads().where('opened', '>', true)
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<LeadSchema['readOnly']>().toEqualTypeOf<'id' | 'createdBy' | 'createdTime' | 'updatedTime'>()
    expectTypeOf<LeadSchema['unfilterable']>().toBeNever()
    expectTypeOf<LeadSchema['relations']['contact']['row']>().toEqualTypeOf<Contact>()
    expectTypeOf<LeadSchema['relations']['company']['row']>().toEqualTypeOf<Company>()
    expectTypeOf<LeadSchema['aggregatable']>().toEqualTypeOf<'amount'>()
  })

  it('adds a custom field with withFields', () => {
    const mine = leads.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
