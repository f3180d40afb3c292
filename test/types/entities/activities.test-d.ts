// Activities: every field of the docs' table, typed; the documented codes are literal unions.
import { describe, expectTypeOf, it } from 'vitest'
import { activities, type ActivitySchema, type InferRow, type IsoDateTime } from '../../../src/index.js'

describe('activities', () => {
  it('selects every documented field, with its type', () => {
    const q = activities().select(
      'id',
      'typeId',
      'ownerTypeId',
      'ownerId',
      'subject',
      'description',
      'responsibleId',
      'priority',
      'direction',
      'completed',
      'startTime',
      'endTime',
      'deadline',
      'createdAt',
      'updatedAt',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      typeId: 1 | 2 | 3 | 6 | null
      ownerTypeId: 1 | 2 | 3 | 4 | null
      ownerId: number | null
      subject: string | null
      description: string | null
      responsibleId: number | null
      priority: 1 | 2 | 3 | null
      direction: 1 | 2 | null
      completed: boolean | null
      startTime: IsoDateTime | null
      endTime: IsoDateTime | null
      deadline: IsoDateTime | null
      createdAt: IsoDateTime
      updatedAt: IsoDateTime
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    activities().where('typeId', 'in', [1, 2, 3, 6]).where('ownerTypeId', 2).where('ownerId', '>', 0)
    activities().where('priority', '>=', 2).where('direction', 1).where('responsibleId', 1)
    activities().where('subject', 'contains', 'Call').where('completed', false)
    activities().where('deadline', '<', new Date()).where('startTime', '>=', '2026-04-01')
    activities().where('createdAt', '>', '2026-01-01T00:00:00+03:00')
    // @ts-expect-error — 4 is not an activity type
    activities().where('typeId', 4)
    // @ts-expect-error — 7 is not a documented owner type
    activities().where('ownerTypeId', 'in', [2, 7])
    // @ts-expect-error — the priorities are 1, 2 and 3
    activities().where('priority', 0)
    // @ts-expect-error — completed is a boolean
    activities().where('completed', 'Y')
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<ActivitySchema['readOnly']>().toEqualTypeOf<'id' | 'createdAt' | 'updatedAt'>()
    expectTypeOf<ActivitySchema['unfilterable']>().toBeNever()
    expectTypeOf<ActivitySchema['aggregatable']>().toBeNever()
    type Groupable = 'typeId' | 'ownerTypeId' | 'responsibleId' | 'completed'
    expectTypeOf<ActivitySchema['groupable']>().toEqualTypeOf<Groupable>()
  })

  it('adds a custom field with withFields', () => {
    const mine = activities.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
