// Workgroups: every field of the docs' table, typed; no fields operation.
import { describe, expectTypeOf, it } from 'vitest'
import { type InferRow, type IsoDateTime, workgroups, type WorkgroupSchema } from '../../../src/index.js'

describe('workgroups', () => {
  it('selects every documented field, with its type', () => {
    const q = workgroups().select(
      'id',
      'name',
      'description',
      'active',
      'visible',
      'opened',
      'ownerId',
      'subjectId',
      'subjectName',
      'membersCount',
      'dateCreate',
      'dateUpdate',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      name: string | null
      description: string | null
      active: boolean | null
      visible: boolean | null
      opened: boolean | null
      ownerId: number | null
      subjectId: number | null
      subjectName: string | null
      membersCount: number | null
      dateCreate: IsoDateTime
      dateUpdate: IsoDateTime
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    workgroups().where('ownerId', 1).where('membersCount', '>=', 5).where('subjectId', 'in', [1, 2])
    workgroups().where('name', 'contains', 'Sales').where('subjectName', '!=', 'Other')
    workgroups().where('active', true).where('visible', true).where('opened', false)
    workgroups().where('dateCreate', '>=', new Date()).where('dateUpdate', '<', '2026-05-01')
    // @ts-expect-error — membersCount is a number
    workgroups().where('membersCount', '>=', '5')
    // @ts-expect-error — the table says membersCount, not Bitrix24's NUMBER_OF_MEMBERS
    workgroups().where('NUMBER_OF_MEMBERS', 5)
    // @ts-expect-error — visible is a boolean
    workgroups().where('visible', 1)
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<WorkgroupSchema['readOnly']>().toEqualTypeOf<
      'id' | 'subjectName' | 'membersCount' | 'dateCreate' | 'dateUpdate'
    >()
    expectTypeOf<WorkgroupSchema['unfilterable']>().toBeNever()
    expectTypeOf<'fields' extends WorkgroupSchema['operations'] ? true : false>().toEqualTypeOf<false>()
  })

  it('adds a custom field with withFields', () => {
    const mine = workgroups.withFields<{ ufRegion: 'EU' | 'US' }>()
    const q = mine().where('ufRegion', 'EU').select('id', 'ufRegion')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufRegion: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufRegion', 'ASIA')
  })
})
