import { describe, expectTypeOf, it } from 'vitest'
import {
  type companies,
  contacts,
  deals,
  entity,
  leads,
  type InferResult,
  type Company,
  type Contact,
  type InferRow,
  type IsoDate,
  type IsoDateTime,
  type Multifield,
  type SearchBody,
} from '../../src/index.js'

describe('row narrowing', () => {
  it('narrows to exactly the selected keys', () => {
    const q = contacts().where('companyId', 15).orderBy('lastName').select('id', 'name').limit(10)
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; name: string | null }>()
  })

  it('accumulates select calls', () => {
    const q = contacts().select('id').select('lastName', 'createdTime').select('id')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{
      id: number
      lastName: string | null
      createdTime: IsoDateTime
    }>()
  })

  it('keeps the selection through later calls', () => {
    const q = contacts().select('id', 'phone').where('id', '>', 1).orderBy('id').limit(5).offset(1)
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; phone: Multifield | null }>()
  })

  it('gives the full row when nothing is selected', () => {
    const q = contacts().where('companyId', 15)
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ [K in keyof Contact]: Contact[K] }>()
    expectTypeOf<InferRow<typeof q>['email']>().toEqualTypeOf<Multifield | null>()
    expectTypeOf<InferRow<ReturnType<typeof companies>>>().toEqualTypeOf<{ [K in keyof Company]: Company[K] }>()
    expectTypeOf<InferRow<ReturnType<typeof companies>>['industry']>().toEqualTypeOf<string | null>()
  })

  it('adds custom fields through the type parameter', () => {
    const q = contacts<{ ufCrm_1742556744977: string; ufCrm_Score: number }>()
    expectTypeOf<InferRow<typeof q>['ufCrm_1742556744977']>().toEqualTypeOf<string>()
    const narrowed = q.where('ufCrm_Score', '>=', 5).select('id', 'ufCrm_1742556744977')
    expectTypeOf<InferRow<typeof narrowed>>().toEqualTypeOf<{ id: number; ufCrm_1742556744977: string }>()
  })

  it('types any entity from a user-supplied row', () => {
    interface Task {
      id: number
      title: string
      status: 2 | 3 | 5
      deadline: IsoDateTime
    }
    const q = entity<Task>('tasks').where('status', 'in', [2, 3]).where('deadline', '<', new Date()).select('title')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ title: string }>()
    // @ts-expect-error — 4 is not a status
    entity<Task>('tasks').where('status', 4)
  })

  it('types the compiled request with the rows it decodes', () => {
    const compiled = deals().select('id', 'amount').compile()
    expectTypeOf(compiled.decode).returns.toEqualTypeOf<{ id: number; amount: number | null }[]>()
    expectTypeOf<InferResult<ReturnType<typeof deals>>>().toEqualTypeOf<InferRow<ReturnType<typeof deals>>[]>()
    expectTypeOf(compiled.body).toEqualTypeOf<unknown>()
    expectTypeOf(deals().toBody()).toEqualTypeOf<SearchBody>()
  })

  it('refuses to read a field that was not selected', () => {
    const q = contacts().select('id', 'name')
    const r = {} as InferRow<typeof q>
    // @ts-expect-error — lastName was not selected
    void r.lastName
    void r.name
  })
})

describe('fields and operators follow the field type', () => {
  it('accepts what each type allows', () => {
    contacts()
      .where('companyId', 15)
      .where('companyId', '>=', 1)
      .where('id', 'in', [1, 2] as const)
    contacts().where('name', 'contains', 'Iv').where('typeId', 'in', ['CLIENT']).where('name', '!=', 'x')
    contacts()
      .where('createdTime', '>=', new Date())
      .where('createdTime', '<', '2026-01-01')
      .where('updatedTime', '2026-01-01T00:00:00')
    contacts().where('opened', true).where('opened', '!=', false)
    contacts().where('phone', '+7916').where('email', 'contains', '@x.com')
    const ids: number[] = [1, 2]
    contacts().where('id', 'in', ids)
    contacts()
      .where('id', 'not in', ids)
      .where('typeId', 'not in', ['OTHER'])
      .where('createdTime', 'not in', [new Date()])
  })

  it('rejects an unknown field', () => {
    // @ts-expect-error — no such field
    contacts().where('nmae', 'x')
    // @ts-expect-error — no such field
    contacts().where('nmae', '=', 'x')
    // @ts-expect-error — a prefix is not a field
    contacts().where('>=id', 1)
  })

  it('rejects a wrong operand type', () => {
    // @ts-expect-error — companyId is a number
    contacts().where('companyId', '15')
    // @ts-expect-error — name is a string
    contacts().where('name', '>', 5)
    // @ts-expect-error — a date takes a Date or an ISO string
    contacts().where('createdTime', '>=', 'yesterday')
    // @ts-expect-error — a date is not a number
    contacts().where('createdTime', '>=', 1700000000)
    // @ts-expect-error — opened is a boolean
    contacts().where('opened', 'Y')
  })

  it('rejects an operator the field type does not allow', () => {
    // @ts-expect-error — contains is for strings
    contacts().where('companyId', 'contains', '1')
    // @ts-expect-error — ranges are for numbers and dates
    contacts().where('name', '>=', 'A')
    // @ts-expect-error — booleans take = and != only
    contacts().where('opened', '>', true)
    // @ts-expect-error — not an operator
    contacts().where('id', '==', 1)
    // @ts-expect-error — a wire token is not an operator
    contacts().where('id', '$gte', 1)
  })

  it('treats a date field, with or without a time of day, as a date', () => {
    type Row = { id: number; ufCrm_Due: IsoDate | null; ufCrm_Days: IsoDate[] | null }
    const due = () => entity<Row>('deals')
    due().where('ufCrm_Due', '<', new Date('2027-01-01')).where('ufCrm_Due', '>=', '2026-05-01').orderBy('ufCrm_Due')
    due().where('ufCrm_Days', '>=', '2026-05-01')
    // @ts-expect-error — a date field does not take contains
    due().where('ufCrm_Due', 'contains', '2026')
    // @ts-expect-error — nor a number
    due().where('ufCrm_Due', '<', 1)
    const row: Row = { id: 1, ufCrm_Due: '2026-05-01', ufCrm_Days: ['2026-05-01', '2026-05-02T09:00:00+03:00'] }
    expectTypeOf(row.ufCrm_Due).toEqualTypeOf<IsoDate | null>()
  })

  it('rejects a non-array or mistyped in and not in', () => {
    // @ts-expect-error — in takes an array
    contacts().where('id', 'in', 1)
    // @ts-expect-error — in takes an array of the field type
    contacts().where('id', 'in', ['1'])
    // @ts-expect-error — not in takes an array
    contacts().where('id', 'not in', 1)
    // @ts-expect-error — not in takes an array of the field type
    contacts().where('typeId', 'not in', [1])
    // @ts-expect-error — booleans take = and != only
    contacts().where('opened', 'not in', [true])
    // @ts-expect-error — a multifield takes = and contains only
    contacts().where('phone', 'not in', ['+7'])
  })

  it('rejects array fields in where and orderBy, multifields in orderBy, but selects them', () => {
    // @ts-expect-error — an array of ids cannot be filtered
    deals().where('contactIds', 1)
    // @ts-expect-error — nor ordered
    deals().orderBy('observers')
    // @ts-expect-error — phones cannot be ordered
    contacts().orderBy('phone')
    expectTypeOf(deals().select('contactIds', 'observers').compile().decode).returns.toEqualTypeOf<
      { contactIds: number[] | null; observers: number[] | null }[]
    >()
  })

  it('rejects unknown select and order fields and bad directions', () => {
    // @ts-expect-error — no such field
    contacts().select('id', 'nmae')
    // @ts-expect-error — select needs a field
    contacts().select()
    // @ts-expect-error — no such field
    contacts().orderBy('nmae')
    // @ts-expect-error — directions are lower case
    contacts().orderBy('id', 'DESC')
  })

  it('rejects another entity’s fields', () => {
    // @ts-expect-error — stageId belongs to deals
    contacts().where('stageId', 'NEW')
    // @ts-expect-error — lastName belongs to contacts
    deals().select('lastName')
    // @ts-expect-error — stageSemanticId belongs to deals
    leads().orderBy('stageSemanticId')
  })

  it('types limit and offset as numbers', () => {
    // @ts-expect-error — a number
    contacts().limit('10')
    // @ts-expect-error — a number
    contacts().offset('10')
  })
})

describe('OR groups', () => {
  it('types conditions per entity', () => {
    contacts().where((w) =>
      w.or([w('typeId', 'CLIENT'), w.and([w('companyId', 15), w('createdTime', '>=', new Date())])]),
    )
    // @ts-expect-error — unknown field inside a group
    contacts().where((w) => w.or([w('nmae', 'x'), w('id', 1)]))
    // @ts-expect-error — wrong operator inside a group
    contacts().where((w) => w.or([w('opened', '>', true), w('id', 1)]))
    // @ts-expect-error — the callback must return a condition
    contacts().where(() => ({ id: 1 }))
  })

  it('refuses a condition made for another entity', () => {
    deals().where((w) => {
      const c = w('amount', 1)
      // @ts-expect-error — a deal condition is not a contact condition
      contacts().where((cw) => cw.or([c, cw('id', 1)]))
      return c
    })
  })
})
