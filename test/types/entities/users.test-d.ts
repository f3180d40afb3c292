// Users: every field of the docs' table and two observed ones, typed; no delete.
import { describe, expectTypeOf, it } from 'vitest'
import { type InferRow, type IsoDateTime, users, type UserSchema } from '../../../src/index.js'

describe('users', () => {
  it('selects every documented field, with its type', () => {
    const q = users().select(
      'id',
      'name',
      'lastName',
      'email',
      'active',
      'workPosition',
      'departmentId',
      'personalPhone',
      'personalPhoto',
      'isAdmin',
      'lastLogin',
      'isOnline',
      'dateRegister',
    )
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      name: string | null
      lastName: string | null
      email: string | null
      active: boolean | null
      workPosition: string | null
      departmentId: number[] | null
      personalPhone: string | null
      personalPhoto: string | null
      isAdmin: boolean | null
      lastLogin: IsoDateTime | null
      isOnline: unknown
      dateRegister: unknown
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    users().where('id', 'in', [1, 2]).where('active', true).where('isAdmin', false)
    users().where('lastName', 'contains', 'Iva').where('workPosition', '!=', 'CEO')
    users().where('email', 'in', ['a@b.com', 'c@d.com'])
    users().where('lastLogin', '>=', new Date('2026-01-01')).where('lastLogin', '<', '2026-05-01')
    // @ts-expect-error — active is a boolean
    users().where('active', 'Y')
    // @ts-expect-error — email is a string
    users().where('email', 'in', [1])
    // @ts-expect-error — an undocumented type cannot be filtered
    users().where('isOnline', true)
    // @ts-expect-error — arrays cannot be filtered
    users().where('departmentId', 1)
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<UserSchema['readOnly']>().toEqualTypeOf<'id' | 'isAdmin' | 'lastLogin' | 'isOnline' | 'dateRegister'>()
    expectTypeOf<UserSchema['unfilterable']>().toEqualTypeOf<'departmentId'>()
    expectTypeOf<'delete' extends UserSchema['operations'] ? true : false>().toEqualTypeOf<false>()
    expectTypeOf<UserSchema['aggregatable'] | UserSchema['groupable']>().toBeNever()
  })

  it('adds a custom field with withFields', () => {
    const mine = users.withFields<{ ufRegion: 'EU' | 'US' }>()
    const q = mine().where('ufRegion', 'EU').select('id', 'ufRegion')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufRegion: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufRegion', 'ASIA')
  })
})
