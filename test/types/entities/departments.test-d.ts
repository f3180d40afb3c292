// Departments: every field of the docs' table, typed; no fields operation.
import { describe, expectTypeOf, it } from 'vitest'
import { departments, type DepartmentSchema, type InferRow } from '../../../src/index.js'

describe('departments', () => {
  it('selects every documented field, with its type', () => {
    const q = departments().select('id', 'name', 'parentId', 'headId', 'sort')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      name: string | null
      parentId: number | null
      headId: number | null
      sort: number | null
    }>()
  })

  it('filters each kind of field with its own operand', () => {
    departments().where('parentId', 1).where('headId', 'in', [5, 6]).where('sort', '>=', 100)
    departments().where('name', 'contains', 'Sales')
    // @ts-expect-error — parentId is a number
    departments().where('parentId', '1')
    // @ts-expect-error — contains is for strings
    departments().where('headId', 'contains', '5')
  })

  it('knows the read-only fields, and which fields the service does not filter on', () => {
    expectTypeOf<DepartmentSchema['readOnly']>().toEqualTypeOf<'id'>()
    expectTypeOf<DepartmentSchema['unfilterable']>().toBeNever()
    expectTypeOf<'fields' extends DepartmentSchema['operations'] ? true : false>().toEqualTypeOf<false>()
  })

  it('adds a custom field with withFields', () => {
    const mine = departments.withFields<{ ufRegion: 'EU' | 'US' }>()
    const q = mine().where('ufRegion', 'EU').select('id', 'ufRegion')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; ufRegion: 'EU' | 'US' }>()
    // @ts-expect-error — the custom field takes its own values only
    mine().where('ufRegion', 'ASIA')
  })
})
