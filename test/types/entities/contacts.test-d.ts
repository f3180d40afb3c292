// Contacts: every field of the docs' table, typed; phone and email are multifields; company is a relation.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Company,
  contacts,
  type ContactSchema,
  type InferRow,
  type IsoDateTime,
  type Multifield,
} from '../../../src/index.js'

describe('contacts', () => {
  it('selects every documented field, with its type', () => {
    const q = contacts().select(
      'id',
      'name',
      'lastName',
      'secondName',
      'phone',
      'email',
      'companyId',
      'post',
      'comments',
      'typeId',
      'sourceId',
      'sourceDescription',
      'assignedById',
      'createdBy',
      'updatedBy',
      'createdTime',
      'updatedTime',
      'opened',
      'export',
      'leadId',
      'honorific',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      name: string | null
      lastName: string | null
      secondName: string | null
      phone: Multifield | null
      email: Multifield | null
      companyId: number | null
      post: string | null
      comments: string | null
      typeId: string | null
      sourceId: string | null
      sourceDescription: string | null
      assignedById: number | null
      createdBy: number | null
      updatedBy: number | null
      createdTime: IsoDateTime
      updatedTime: IsoDateTime
      opened: boolean | null
      export: boolean | null
      leadId: number | null
      honorific: string | null
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    contacts().where('companyId', 15).where('leadId', '>=', 1).where('assignedById', 'in', [1, 2])
    contacts().where('lastName', 'contains', 'Iv').where('honorific', 'not in', ['HNR_EN_1'])
    contacts().where('createdTime', '>=', new Date('2026-01-01')).where('updatedTime', '<', '2026-05-01T00:00:00Z')
    contacts().where('export', true).where('opened', '!=', false)
    contacts().where('phone', 'contains', '+7916').where('email', 'a@b.com')
    // @ts-expect-error — companyId is a number
    contacts().where('companyId', '15')
    // @ts-expect-error — a date takes a Date or an ISO string
    contacts().where('createdTime', '>=', 'yesterday')
    // @ts-expect-error — export is a boolean
    contacts().where('export', 'Y')
    // @ts-expect-error — a multifield takes = and contains only
    contacts().where('phone', 'in', ['+7916'])
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<ContactSchema['readOnly']>().toEqualTypeOf<
      'id' | 'createdBy' | 'updatedBy' | 'createdTime' | 'updatedTime'
    >()
    expectTypeOf<ContactSchema['unfilterable']>().toBeNever()
    expectTypeOf<ContactSchema['relations']['company']['row']>().toEqualTypeOf<Company>()
    expectTypeOf<keyof ContactSchema['relations']>().toEqualTypeOf<'company'>()
    // @ts-expect-error — dropped: the docs' table has no fm
    contacts().select('fm')
  })

  it('adds a custom field with withFields', () => {
    const mine = contacts.withFields<{ ufCrm_Region: 'EU' | 'US' }>()
    const q = mine().where('ufCrm_Region', 'EU').select('id', 'ufCrm_Region')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufCrm_Region: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufCrm_Region', 'ASIA')
  })
})
