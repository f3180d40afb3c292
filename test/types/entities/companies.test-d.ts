// Companies: every field of the docs' table, typed; revenue is the one aggregatable field.
import { describe, expectTypeOf, it } from 'vitest'
import { companies, type CompanySchema, type InferRow, type IsoDateTime, type Multifield } from '../../../src/index.js'

describe('companies', () => {
  it('selects every documented field, with its type', () => {
    const q = companies().select(
      'id',
      'title',
      'companyType',
      'industry',
      'revenue',
      'currencyId',
      'phone',
      'email',
      'web',
      'comments',
      'sourceId',
      'sourceDescription',
      'assignedById',
      'createdBy',
      'updatedBy',
      'createdTime',
      'updatedTime',
      'opened',
      'leadId',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      title: string | null
      companyType: string | null
      industry: string | null
      revenue: number | null
      currencyId: string | null
      phone: Multifield | null
      email: Multifield | null
      web: string | null
      comments: string | null
      sourceId: string | null
      sourceDescription: string | null
      assignedById: number | null
      createdBy: number | null
      updatedBy: number | null
      createdTime: IsoDateTime
      updatedTime: IsoDateTime
      opened: boolean | null
      leadId: number | null
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    companies().where('revenue', '>=', 1000000).where('leadId', 'in', [1, 2]).where('assignedById', '!=', 1)
    companies().where('industry', 'IT').where('title', 'contains', 'Bank').where('currencyId', 'in', ['USD'])
    companies().where('createdTime', '>', new Date()).where('updatedTime', '<=', '2026-05-01')
    companies().where('opened', true)
    companies().where('phone', 'contains', '495').where('email', 'info@example.com')
    // @ts-expect-error — revenue is a number
    companies().where('revenue', '>=', '1000000')
    // @ts-expect-error — contains is for strings
    companies().where('revenue', 'contains', '1')
    // @ts-expect-error — a date is not a number
    companies().where('createdTime', '>=', 1700000000)
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<CompanySchema['readOnly']>().toEqualTypeOf<
      'id' | 'createdBy' | 'updatedBy' | 'createdTime' | 'updatedTime'
    >()
    expectTypeOf<CompanySchema['unfilterable']>().toBeNever()
    expectTypeOf<CompanySchema['aggregatable']>().toEqualTypeOf<'revenue'>()
    expectTypeOf<CompanySchema['relations']>().toEqualTypeOf<{}>()
  })

  it('adds a custom field with withFields', () => {
    const mine = companies.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
