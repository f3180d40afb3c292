// A schema's own `filterable` and `orderable` lists (what `generate` writes, so that a 300-field entity
// costs no more to check than a built-in one): where, the condition builder and orderBy read them for
// the schema's own rows, with `_included` or without, and work the lists out from the row as before
// once custom fields are added by type. Each schema below lists fewer fields than its row would give,
// so that a test fails when the list is no longer read, or read where it should not be.
import { describe, expectTypeOf, it } from 'vitest'
import {
  defineEntity,
  type Contact,
  type EntitySchema,
  type FilterableField,
  type InferRow,
  type IsoDateTime,
  type OrderableField,
  type Relation,
  type SearchBuilder,
} from '../../src/index.js'
import type { OrderByField, WhereField } from '../../src/filter/operand.js'

interface Note {
  id: number
  title: string | null
  createdAt: IsoDateTime
  tags: string[] | null
}

// Lists narrower than the row's: `title` is left out of both.
interface NoteSchema extends EntitySchema {
  readonly row: Note
  readonly readOnly: 'id'
  readonly required: never
  readonly unfilterable: never
  readonly operations: 'search'
  readonly relations: { readonly author: Relation<Contact, 'one', 'author'> }
  readonly aggregatable: never
  readonly groupable: never
  readonly filterable: 'id' | 'createdAt' | 'tags'
  readonly orderable: 'id' | 'createdAt'
}

// The same schema without lists: everything worked out from the row.
interface DerivedNoteSchema extends Omit<NoteSchema, 'filterable' | 'orderable'> {}

const notes = defineEntity<NoteSchema>('notes', ['search'])
const derivedNotes = defineEntity<DerivedNoteSchema>('notes', ['search'])

// The fields where and orderBy take on a query.
type WhereFieldOf<Q> = Q extends SearchBuilder<infer R, infer _S, infer E> ? WhereField<R, E> : never
type OrderByFieldOf<Q> = Q extends SearchBuilder<infer R, infer _S, infer E> ? OrderByField<R, E> : never

describe("a schema's own field lists", () => {
  it('where, the condition builder and orderBy take the listed fields', () => {
    notes().where('createdAt', '>=', '2026-01-01').where('tags', 'x').orderBy('createdAt', 'desc')
    notes().where((w) => w.or([w('id', 1), w('tags', 'contains', 'y')]))
  })

  it('and refuse a field the list leaves out, though its type would filter and order', () => {
    // @ts-expect-error — not in NoteSchema['filterable']
    notes().where('title', 'x')
    // @ts-expect-error — not in NoteSchema['filterable']
    notes().where((w) => w('title', 'x'))
    // @ts-expect-error — not in NoteSchema['orderable']
    notes().orderBy('title')
    // @ts-expect-error — a multiple field never orders
    notes().orderBy('tags')
  })

  it('are read after include too: _included is no field of them', () => {
    const q = notes().include('author')
    // @ts-expect-error — still the schema's list
    q.where('title', 'x')
    // @ts-expect-error — still the schema's list
    q.orderBy('title')
    q.where('id', 1).orderBy('id')
    // @ts-expect-error — _included is not a field to filter on
    q.where('_included', 'x')
  })

  it("give way to the row's own lists once custom fields are added by type", () => {
    const custom = notes<{ ufCrm_Score: number | null }>()
    custom.where('title', 'x').where('ufCrm_Score', '>', 1).orderBy('title').orderBy('ufCrm_Score')
    custom.where((w) => w('title', 'contains', 'x'))
    notes.withFields<{ ufCrm_Score: number | null }>()().where('title', 'x')
    // A retyped field is worked out from its new type: a string where the list says nothing.
    notes<{ title: 'A' | 'B' | null }>().where('title', 'A')
    // @ts-expect-error — the custom row's lists still leave out a multiple field in orderBy
    custom.orderBy('tags')
  })

  it('a schema without lists works them out from the row', () => {
    derivedNotes().where('title', 'x').orderBy('title')
    expectTypeOf<WhereFieldOf<ReturnType<typeof derivedNotes>>>().toEqualTypeOf<FilterableField<Note>>()
    expectTypeOf<FilterableField<Note>>().toEqualTypeOf<'id' | 'title' | 'createdAt' | 'tags'>()
    expectTypeOf<OrderableField<Note>>().toEqualTypeOf<'id' | 'title' | 'createdAt'>()
  })

  it('where and orderBy take exactly the lists', () => {
    expectTypeOf<WhereFieldOf<ReturnType<typeof notes>>>().toEqualTypeOf<'id' | 'createdAt' | 'tags'>()
    expectTypeOf<OrderByFieldOf<ReturnType<typeof notes>>>().toEqualTypeOf<'id' | 'createdAt'>()
    const included = notes().include('author')
    expectTypeOf<WhereFieldOf<typeof included>>().toEqualTypeOf<'id' | 'createdAt' | 'tags'>()
  })
})

describe('_included in the selected row', () => {
  it('is kept after include, whatever is selected, and absent without it', () => {
    const q = notes().include('author').select('id')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ id: number; _included: { author: Contact | null } }>()
    const plain = notes().select('id', 'title')
    expectTypeOf<InferRow<typeof plain>>().toEqualTypeOf<{ id: number; title: string | null }>()
  })

  it('is not added to a row typed with an index signature', () => {
    const q = defineEntity<EntitySchema & { row: Record<string, number> }>('any', ['search'])().select('a')
    expectTypeOf<InferRow<typeof q>>().toEqualTypeOf<{ a: number }>()
  })
})
