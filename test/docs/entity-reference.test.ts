// The committed entity reference (docs/entity-reference.md) is what scripts/entity-reference.ts
// renders from the library's types now: a field, operator, read-only mark or aggregate list changed
// in src/schema/ without regenerating the page fails here. A few rows are also checked by hand, so
// that a generator that read the types wrongly cannot pass by agreeing with itself.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { collectEntities, pagePath, renderEntityReference } from '../../scripts/entity-reference.js'

describe('the entity reference page', () => {
  let entities: ReturnType<typeof collectEntities> = []
  let page = ''
  beforeAll(() => {
    entities = collectEntities() // two TypeScript programs over src/: a few seconds
    page = renderEntityReference(entities)
  }, 60_000)
  const field = (entity: string, name: string) => {
    const found = entities.find((e) => e.value === entity)?.fields.find((f) => f.name === name)
    if (!found) throw new Error(`${entity}.${name} not found`)
    return found
  }

  it('is up to date (run `npx tsx scripts/entity-reference.ts` when this fails)', () => {
    expect(readFileSync(pagePath, 'utf8'), 'docs/entity-reference.md is out of date').toBe(page)
  })

  it('covers every built-in entity the package exports', () => {
    expect(entities.map((e) => e.value)).toEqual([
      'contacts',
      'companies',
      'deals',
      'leads',
      'quotes',
      'invoices',
      'activities',
      'items',
      'tasks',
      'users',
      'statuses',
      'dealCategories',
      'currencies',
      'departments',
      'workgroups',
    ])
  })

  it('reads the columns from the types', () => {
    expect(field('tasks', 'status')).toMatchObject({
      values: [2, 3, 4, 5, 6],
      numeric: true,
      groupable: true,
      create: 'optional',
      update: true,
    })
    expect(field('tasks', 'priority').values).toEqual([0, 1, 2])
    expect(field('tasks', 'statusChangedDate')).toMatchObject({
      operators: [],
      ignored: true,
      create: 'no',
      update: false,
    })
    expect(field('deals', 'stageSemanticId')).toMatchObject({
      values: ['S', 'F', 'P'],
      groupable: true,
      numeric: false,
      create: 'no',
    })
    expect(field('deals', 'amount')).toMatchObject({
      operators: ['=', '!=', '>', '>=', '<', '<=', 'in', 'not in'],
      orderable: true,
      numeric: true,
    })
    expect(field('deals', 'title').operators).toEqual(['=', '!=', 'in', 'not in', 'contains'])
    expect(field('deals', 'contactIds')).toMatchObject({ operators: [], ignored: true, orderable: false, create: 'no' })
    expect(field('contacts', 'phone')).toMatchObject({ operators: ['=', 'contains'], orderable: false })
    expect(field('currencies', 'id')).toMatchObject({ create: 'required', update: false })
    expect(entities.find((e) => e.value === 'users')?.members).not.toContain('delete')
    expect(entities.find((e) => e.value === 'deals')?.relations).toEqual([
      { name: 'contact', kind: 'many', key: 'contacts', row: 'Contact' },
      { name: 'company', kind: 'one', key: 'company', row: 'Company' },
    ])
  })
})
