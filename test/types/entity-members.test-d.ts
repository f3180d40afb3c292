import { describe, expectTypeOf, it } from 'vitest'
import { deals, departments, users, type FieldsOperation } from '../../src/index.js'

describe('entity members', () => {
  it('exist only for the operations the entity reference lists', () => {
    expectTypeOf(deals.fields).returns.toEqualTypeOf<FieldsOperation>()
    expectTypeOf(users.fields).returns.toEqualTypeOf<FieldsOperation>()
    // @ts-expect-error — the reference lists no fields for departments
    void departments.fields
  })
})
