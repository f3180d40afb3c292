import { describe, expect, it } from 'vitest'
import {
  contacts,
  deals,
  defineEntity,
  entity,
  fieldNames,
  isQueryError,
  items,
  type SchemaOf,
} from '../../src/index.js'

describe('entities', () => {
  it('start searches on their own path, and withFields changes nothing at run time', () => {
    expect(deals().compile().path).toBe('/v1/deals/search')
    expect(contacts.entity).toBe('contacts')
    const myDeals = deals.withFields<{ ufCrm_Region: string }>()
    expect(myDeals().where('ufCrm_Region', 'EU').compile()).toMatchObject({
      path: '/v1/deals/search',
      body: { filter: { ufCrm_Region: 'EU' } },
    })
    expect(Object.isFrozen(deals)).toBe(true)
  })

  it('items(entityTypeId) searches /v1/items/{id} and refuses the CRM entities’ own ids with the entity to use', () => {
    expect(items(128)().limit(1).compile().path).toBe('/v1/items/128/search')
    expect(items(128).entity).toBe('items/128')
    const refused: [number, string][] = [
      [1, 'leads'],
      [2, 'deals'],
      [3, 'contacts'],
      [4, 'companies'],
      [7, 'quotes'],
      [31, 'invoices'],
    ]
    for (const [id, own] of refused) {
      expect(() => items(id)).toThrowError(
        new RegExp(`items\\(${id}\\): entityTypeId ${id} is ${own}; use ${own}\\(\\) instead`),
      )
    }
    for (const bad of [0, -1, 1.5, Number.NaN, '128' as never]) {
      let thrown: unknown
      try {
        items(bad)
      } catch (error) {
        thrown = error
      }
      expect(isQueryError(thrown), String(bad)).toBe(true)
    }
  })

  it('defineEntity and entity() check the name', () => {
    expect(() => defineEntity<SchemaOf<{ id: number }>>('no such/../x', ['search'])).toThrowError(
      /entity\("no such\/..\/x"\)/,
    )
    expect(() => entity('')).toThrowError(/takes a plural name/)
    expect(
      defineEntity<SchemaOf<{ id: number; text: string }>>('notes', ['search'])().where('text', 'x').toBody(),
    ).toEqual({ filter: { text: 'x' } })
  })
})

describe('an entity defined with its field names', () => {
  type NoteSchema = SchemaOf<{ id: number; title: string; createdAt: string }>
  const notes = defineEntity<NoteSchema>(
    'notes',
    ['search', 'fields'],
    fieldNames<NoteSchema>('notes', ['id', 'title', 'createdAt']),
  )
  const refused = (build: () => unknown): string => {
    try {
      build()
    } catch (error) {
      expect(isQueryError(error)).toBe(true)
      return (error as Error).message
    }
    throw new Error('not refused')
  }

  it('refuses an unknown field in where, orderBy, select and callbacks, suggesting the nearest name', () => {
    const q = notes() as unknown as {
      where(...args: unknown[]): unknown
      orderBy(f: string): unknown
      select(...f: string[]): unknown
    }
    expect(refused(() => q.where('titel', 'x'))).toBe('where("titel"): not a field of notes; did you mean "title"?')
    expect(refused(() => q.orderBy('createdat'))).toMatch(
      /orderBy\("createdat"\): not a field of notes; did you mean "createdAt"\?/,
    )
    expect(refused(() => q.select('id', 'body'))).toMatch(
      /select\("body"\): not a field of notes; a field added since the types were generated needs withFields/,
    )
    expect(refused(() => q.where((w: any) => w.or([w('id', 1), w('nope', 2)])))).toMatch(
      /where\("nope"\): not a field of notes/,
    )
    expect(notes().where('title', 'x').select('id').orderBy('createdAt').toBody()).toEqual({
      filter: { title: 'x' },
      order: { createdAt: 'asc' },
      select: ['id'],
    })
  })

  it('stops checking names once fields are added by type', () => {
    const more = notes.withFields<{ ufCrm_1: string }>()
    expect(more().where('ufCrm_1', 'x').toBody()).toEqual({ filter: { ufCrm_1: 'x' } })
  })
})

describe('the members of each entity', () => {
  it('are the operations its reference lists, at run time as in the types', async () => {
    const library = await import('../../src/index.js')
    const { readFileSync, readdirSync } = await import('node:fs')
    const dir = new URL('../fixtures/entities/', import.meta.url)
    const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const catalogue = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { name: string; operations: string[] }
      if (catalogue.name === 'items') continue
      const value = (library as Record<string, unknown>)[camel(catalogue.name)] as Record<string, unknown>
      expect(typeof value, catalogue.name).toBe('function')
      for (const member of ['get', 'create', 'update', 'delete', 'fields']) {
        expect(typeof value[member], `${catalogue.name}.${member}`).toBe(
          catalogue.operations.includes(member) ? 'function' : 'undefined',
        )
      }
    }
    expect(typeof (items(128) as unknown as Record<string, unknown>).fields).toBe('function')
  })
})
