// Currencies: every field of the docs' table and the observed LID, typed; the id is the ISO code.
import { describe, expectTypeOf, it } from 'vitest'
import { currencies, type CurrencySchema, type InferRow } from '../../../src/index.js'

describe('currencies', () => {
  it('selects every documented field, with its type', () => {
    const q = currencies().select(
      'id',
      'amount',
      'amountCnt',
      'base',
      'sort',
      'fullName',
      'formatString',
      'decPoint',
      'thousandsSep',
      'decimals',
      'LID',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: string
      amount: number | null
      amountCnt: number | null
      base: boolean | null
      sort: number | null
      fullName: string | null
      formatString: string | null
      decPoint: string | null
      thousandsSep: string | null
      decimals: number | null
      LID: string | null
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    currencies().where('id', 'in', ['USD', 'EUR']).where('fullName', 'contains', 'Dollar')
    currencies().where('amount', '>', 1).where('amountCnt', 100).where('decimals', '<=', 2)
    currencies().where('base', false)
    // @ts-expect-error — the id is a code, not a number
    currencies().where('id', 840)
    // @ts-expect-error — amount is a number
    currencies().where('amount', '>', '1')
    // @ts-expect-error — base is a boolean
    currencies().where('base', 'N')
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<CurrencySchema['readOnly']>().toEqualTypeOf<'id' | 'LID'>()
    expectTypeOf<CurrencySchema['unfilterable']>().toBeNever()
    expectTypeOf<CurrencySchema['required']>().toEqualTypeOf<'id' | 'amount' | 'amountCnt'>()
  })

  it('adds a custom field with withFields', () => {
    const mine = currencies.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: string; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
