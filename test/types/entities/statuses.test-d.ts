// Statuses: every field of the docs' table and the observed SYSTEM and CATEGORY_ID, typed.
import { describe, expectTypeOf, it } from 'vitest'
import { type InferRow, statuses, type StatusSchema } from '../../../src/index.js'

describe('statuses', () => {
  it('selects every documented field, with its type', () => {
    const q = statuses().select(
      'id',
      'entityId',
      'statusId',
      'name',
      'nameInit',
      'sort',
      'color',
      'semantics',
      'SYSTEM',
      'CATEGORY_ID',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      entityId: string | null
      statusId: string | null
      name: string | null
      nameInit: string | null
      sort: number | null
      color: string | null
      semantics: 'S' | 'F' | 'P' | null
      SYSTEM: 'Y' | 'N' | null
      CATEGORY_ID: number | null
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    statuses().where('entityId', 'DEAL_STAGE_1').where('statusId', 'in', ['NEW', 'WON'])
    statuses().where('name', 'contains', 'Won').where('color', '!=', '39A8EF')
    statuses().where('sort', '>=', 10).where('CATEGORY_ID', 1)
    statuses().where('semantics', 'in', ['S', 'F']).where('SYSTEM', 'N')
    // @ts-expect-error — the semantics are S, F or P
    statuses().where('semantics', 'W')
    // @ts-expect-error — SYSTEM is Y or N
    statuses().where('SYSTEM', true)
    // @ts-expect-error — sort is a number
    statuses().where('sort', '10')
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<StatusSchema['readOnly']>().toEqualTypeOf<'id' | 'SYSTEM' | 'CATEGORY_ID'>()
    expectTypeOf<StatusSchema['unfilterable']>().toBeNever()
    expectTypeOf<StatusSchema['required']>().toEqualTypeOf<'entityId' | 'statusId' | 'name'>()
  })

  it('adds a custom field with withFields', () => {
    const mine = statuses.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
