// Quotes: every field of the docs' table, typed, with deal-style names.
import { describe, expectTypeOf, it } from 'vitest'
import { type Deal, type InferRow, type IsoDateTime, quotes, type QuoteSchema } from '../../../src/index.js'

describe('quotes', () => {
  it('selects every documented field, with its type', () => {
    const q = quotes().select(
      'id',
      'title',
      'amount',
      'currency',
      'stageId',
      'dealId',
      'contactId',
      'companyId',
      'assignedById',
      'createdBy',
      'comments',
      'beginDate',
      'closeDate',
      'createdAt',
      'updatedAt',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      title: string | null
      amount: number | null
      currency: string | null
      stageId: string | null
      dealId: number | null
      contactId: number | null
      companyId: number | null
      assignedById: number | null
      createdBy: number | null
      comments: string | null
      beginDate: IsoDateTime | null
      closeDate: IsoDateTime | null
      createdAt: IsoDateTime
      updatedAt: IsoDateTime
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    quotes().where('amount', '>=', 1000).where('dealId', 42).where('contactId', 'not in', [1])
    quotes().where('stageId', 'in', ['DRAFT', 'SENT']).where('title', 'contains', 'Offer')
    quotes().where('beginDate', '>=', new Date()).where('closeDate', '<', '2026-12-31')
    quotes().where('createdAt', '>', '2026-01-01')
    // @ts-expect-error — dealId is a number
    quotes().where('dealId', '42')
    // @ts-expect-error — a date takes a Date or an ISO string
    quotes().where('closeDate', '<', 'tomorrow')
    // @ts-expect-error — quotes say closeDate, not Bitrix24's closedate
    quotes().where('closedate', '<', new Date())
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<QuoteSchema['readOnly']>().toEqualTypeOf<'id' | 'createdBy' | 'createdAt' | 'updatedAt'>()
    expectTypeOf<QuoteSchema['unfilterable']>().toBeNever()
    expectTypeOf<QuoteSchema['relations']['deal']['row']>().toEqualTypeOf<Deal>()
    expectTypeOf<keyof QuoteSchema['relations']>().toEqualTypeOf<'deal' | 'contact' | 'company'>()
  })

  it('adds a custom field with withFields', () => {
    const mine = quotes.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
