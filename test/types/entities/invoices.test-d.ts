// Invoices: every field of the docs' table and the observed comments, typed, with Bitrix24 names.
import { describe, expectTypeOf, it } from 'vitest'
import { type InferRow, invoices, type InvoiceSchema, type IsoDateTime } from '../../../src/index.js'

describe('invoices', () => {
  it('selects every documented field, with its type', () => {
    const q = invoices().select(
      'id',
      'title',
      'stageId',
      'categoryId',
      'contactId',
      'companyId',
      'mycompanyId',
      'opportunity',
      'currencyId',
      'assignedById',
      'createdBy',
      'createdTime',
      'updatedTime',
      'comments',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      title: string | null
      stageId: string | null
      categoryId: number | null
      contactId: number | null
      companyId: number | null
      mycompanyId: number | null
      opportunity: number | null
      currencyId: string | null
      assignedById: number | null
      createdBy: number | null
      createdTime: IsoDateTime
      updatedTime: IsoDateTime
      comments: string | null
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    invoices().where('opportunity', '>=', 10000).where('mycompanyId', 1).where('categoryId', 'in', [5])
    invoices().where('stageId', 'DT31_5:N').where('currencyId', '!=', 'USD').where('comments', 'contains', 'paid')
    invoices().where('createdTime', '>=', new Date()).where('updatedTime', '<', '2026-05-01')
    // @ts-expect-error — opportunity is a number
    invoices().where('opportunity', '10000')
    // @ts-expect-error — invoices say opportunity, not amount
    invoices().where('amount', '>=', 1)
    // @ts-expect-error — ranges are for numbers and dates
    invoices().where('stageId', '>', 'DT31_5:N')
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<InvoiceSchema['readOnly']>().toEqualTypeOf<'id' | 'createdBy' | 'createdTime' | 'updatedTime'>()
    expectTypeOf<InvoiceSchema['unfilterable']>().toBeNever()
    expectTypeOf<keyof InvoiceSchema['relations']>().toEqualTypeOf<'contact' | 'company'>()
    expectTypeOf<InvoiceSchema['aggregatable']>().toEqualTypeOf<'opportunity'>()
  })

  it('adds a custom field with withFields', () => {
    const mine = invoices.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
