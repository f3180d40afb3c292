// The emulator agrees with the docs' catalogue (test/fixtures/entities): for each of the 15 built-in
// entities, read through the emulator's public API only (its in-process fetch handler), the field names
// (of /fields and of a seeded record), read-only and required flags, operations, relations,
// aggregatable and groupable fields, and the fields filters ignore are the catalogue's. Adding,
// dropping or renaming a field on either side fails here.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createEmulator, type Emulator } from '../../src/testing/index.js'

interface CatalogueField {
  readonly name: string
  readonly type: string
  readonly readOnly: boolean
  readonly required: boolean
  readonly multiple: boolean
  readonly values?: readonly (string | number)[]
}

interface CatalogueEntity {
  readonly name: string
  readonly path: string
  readonly scope: string
  readonly operations: readonly string[]
  readonly fields: readonly CatalogueField[]
  readonly include: readonly { name: string; kind: 'one' | 'many' | 'unknown'; key: string | null; target: string }[]
  readonly aggregatable?: readonly string[]
  readonly groupable?: readonly string[]
  readonly notFilterable: readonly { name: string }[]
  readonly reserved?: readonly { entityTypeId: number; entity: string }[]
}

const dir = new URL('../fixtures/entities/', import.meta.url)
const CATALOGUE: CatalogueEntity[] = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as CatalogueEntity)

/** The smart-process type whose items the default emulator seeds (any type takes the same table). */
const ITEM_TYPE = 156

/**
 * How each entity's /fields page shows the answer: descriptors under `data.fields` (`crm`), directly
 * under `data` (`flat`), upper-case names directly under `data` (`upper`), or `{ type, readonly }`
 * under `data.fields` (`readonly`). Tasks and users have no fields page: the CRM shape is the
 * emulator's choice. Departments and workgroups have no fields operation.
 */
const SHAPES: Readonly<Record<string, 'crm' | 'flat' | 'upper' | 'readonly' | 'none'>> = {
  contacts: 'crm', // 23066
  companies: 'crm', // 21909
  deals: 'crm', // 25659
  leads: 'crm', // 32405
  quotes: 'crm', // 34956
  activities: 'crm', // 20582
  tasks: 'crm',
  users: 'crm',
  invoices: 'flat', // 27832
  items: 'flat', // 30118
  statuses: 'upper', // 39563
  currencies: 'upper', // 23964
  'deal-categories': 'readonly', // 24658
  departments: 'none',
  workgroups: 'none',
}

/** Upper-case names of the `upper` shape that are not the catalogue name in UPPER_SNAKE_CASE. */
const UPPER_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  currencies: { id: 'CURRENCY' }, // 23964
}

const upper = (entity: string, name: string): string =>
  UPPER_NAMES[entity]?.[name] ?? name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()

const basePath = (entity: CatalogueEntity): string => entity.path.replace(':entityTypeId', String(ITEM_TYPE))

interface Answer {
  readonly status: number
  readonly json: any
}

let shared: Emulator | undefined
const emulator = (): Emulator =>
  (shared ??= createEmulator({ seed: 2, counts: { contacts: 80, companies: 12, deals: 60, leads: 30 } }))

async function call(method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await emulator().fetch(path, {
    method,
    headers: { 'X-Api-Key': 'vibe_api_demo', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await res.text()
  return { status: res.status, json: text === '' ? undefined : JSON.parse(text) }
}

const codeOf = (answer: Answer): string | undefined => answer.json?.error?.code

/** A seeded record of the entity (its first, by id), through the list route. */
async function firstRecord(entity: CatalogueEntity): Promise<Record<string, unknown>> {
  const answer = await call('GET', `${basePath(entity)}?limit=1`)
  expect(answer.status, entity.name).toBe(200)
  const [row] = answer.json.data as Array<Record<string, unknown>>
  expect(row, `${entity.name} has seeded rows`).toBeDefined()
  return row ?? {}
}

/** An id the entity has no record for. */
const missingId = (entity: CatalogueEntity): string => (entity.name === 'currencies' ? 'XXX' : '999999')

/** The descriptors of a /fields answer by name, read in the entity's shape. */
function descriptors(entity: CatalogueEntity, data: any): Record<string, Record<string, unknown>> {
  const shape = SHAPES[entity.name]
  if (shape === 'crm' || shape === 'readonly') {
    expect(Object.keys(data.fields ?? {}).length, entity.name).toBeGreaterThan(0)
    return data.fields
  }
  expect(data.fields, `${entity.name} answers without a fields wrapper`).toBeUndefined()
  const { include: _, ...flat } = data
  return flat
}

it('the catalogue holds the 15 built-in entities', () => {
  expect(CATALOGUE.map((entity) => entity.name).sort()).toEqual(Object.keys(SHAPES).sort())
})

describe.each(CATALOGUE.map((entity) => [entity.name, entity] as const))('%s', (_, entity) => {
  const names = entity.fields.map((field) => field.name)

  it('answers records with exactly the catalogue fields', async () => {
    const row = await firstRecord(entity)
    expect(Object.keys(row).sort()).toEqual([...names].sort())
    for (const field of entity.fields) {
      const value = row[field.name]
      if (field.multiple) expect(value === null || Array.isArray(value), field.name).toBe(true)
      if (field.values !== undefined && value !== null) expect(field.values, field.name).toContain(value)
    }
  })

  it('lists exactly the catalogue fields in /fields, with its read-only and required flags', async () => {
    const shape = SHAPES[entity.name]
    if (shape === 'none') {
      expect(entity.operations).not.toContain('fields')
      return
    }
    const answer = await call('GET', `${basePath(entity)}/fields`)
    expect(answer.status).toBe(200)
    const found = descriptors(entity, answer.json.data)
    const wire = (name: string): string => (shape === 'upper' ? upper(entity.name, name) : name)
    expect(Object.keys(found).sort()).toEqual(names.map(wire).sort())
    for (const field of entity.fields) {
      const descriptor = found[wire(field.name)] ?? {}
      const readOnly = shape === 'readonly' ? descriptor['readonly'] : descriptor['isReadOnly']
      expect(readOnly, `${field.name} read-only`).toBe(field.readOnly)
      if (shape !== 'readonly') expect(descriptor['isRequired'], `${field.name} required`).toBe(field.required)
      const items = descriptor['items'] as Array<{ ID: string }> | undefined
      expect(
        items?.map((item) => item.ID),
        `${field.name} items`,
      ).toEqual(field.values?.map(String))
    }
    const include = (answer.json.data.include ?? []) as string[]
    expect(include).toEqual(entity.include.map((relation) => relation.name))
  })

  it('refuses a write to each read-only field (READONLY_FIELD) and takes every other field', async () => {
    if (!entity.operations.includes('update')) return
    for (const field of entity.fields) {
      const answer = await call('PATCH', `${basePath(entity)}/${missingId(entity)}`, { [field.name]: null })
      expect(codeOf(answer) === 'READONLY_FIELD', `${field.name}: ${codeOf(answer)}`).toBe(field.readOnly)
    }
    const unknown = await call('PATCH', `${basePath(entity)}/${missingId(entity)}`, { notAField: 1 })
    expect(codeOf(unknown)).toBe('INVALID_REQUEST')
  })

  it('requires on create exactly the catalogue required fields', async () => {
    if (!entity.operations.includes('create')) return
    const required = entity.fields.filter((field) => field.required).map((field) => field.name)
    const empty = await call('POST', basePath(entity), {})
    if (required.length === 0) {
      expect(codeOf(empty), 'a create without fields is taken').toBeUndefined()
      return
    }
    expect(codeOf(empty)).toBe('BITRIX_ERROR')
    expect(required.map((name) => upper(entity.name, name))).toContain(
      String(empty.json.error.message).replace(/ is required$/, ''),
    )
  })

  it('serves the catalogue operations and refuses the others with ACTION_NOT_SUPPORTED', async () => {
    const path = basePath(entity)
    const id = String((await firstRecord(entity))['id'])
    const requests: Record<string, () => Promise<Answer>> = {
      list: () => call('GET', `${path}?limit=1`),
      search: () => call('POST', `${path}/search`, { limit: 1 }),
      get: () => call('GET', `${path}/${id}`),
      fields: () => call('GET', `${path}/fields`),
      aggregate: () => call('POST', `${path}/aggregate`, {}),
      create: () => call('POST', path, { notAField: 1 }),
      update: () => call('PATCH', `${path}/${missingId(entity)}`, {}),
      delete: () => call('DELETE', `${path}/${missingId(entity)}`),
    }
    for (const [operation, request] of Object.entries(requests)) {
      const refused = codeOf(await request()) === 'ACTION_NOT_SUPPORTED'
      expect(refused, `${operation}`).toBe(!entity.operations.includes(operation))
    }
    const products = codeOf(await call('GET', `${path}/${id}/products`))
    expect(products).toBe(entity.operations.includes('products') ? 'NOT_IMPLEMENTED' : 'NOT_FOUND')
    const known = ['list', 'search', 'get', 'fields', 'aggregate', 'create', 'update', 'delete', 'products']
    expect(entity.operations.filter((operation) => !known.includes(operation))).toEqual([])
  })

  it('answers include with the catalogue relations, their keys, kinds and entities', async () => {
    const unknown = await call('GET', `${basePath(entity)}?include=notARelation&limit=1`)
    expect(codeOf(unknown)).toBe('INVALID_INCLUDE')
    const available = String(unknown.json.error.message).split('Available: ')[1] ?? ''
    expect(available.split(', ').filter((name) => name !== '')).toEqual(entity.include.map((r) => r.name))
    for (const relation of entity.include) {
      const answer = await call('GET', `${basePath(entity)}?include=${relation.name}&limit=50`)
      expect(answer.status, relation.name).toBe(200)
      const targets = new Set(
        emulator()
          .rows(relation.target)
          .map((row) => row['id']),
      )
      let resolved = 0
      for (const row of answer.json.data as Array<{ _included: Record<string, unknown> }>) {
        const key = relation.key ?? relation.name
        expect(Object.keys(row._included), relation.name).toEqual([key])
        const value = row._included[key]
        if (relation.kind === 'unknown') expect(value, relation.name).toBeNull()
        if (relation.kind === 'one' && value !== null) {
          expect(targets.has((value as { id: unknown }).id), `${relation.name} → ${relation.target}`).toBe(true)
          resolved++
        }
        if (relation.kind === 'many') {
          expect(Array.isArray(value), relation.name).toBe(true)
          for (const item of value as Array<Record<string, unknown>>) {
            expect(targets.has(item['id'])).toBe(true)
            expect(item).toMatchObject({ isPrimary: expect.any(Boolean), sort: expect.any(Number), roleId: 0 })
            resolved++
          }
        }
      }
      if (relation.kind !== 'unknown') expect(resolved, `${relation.name} resolves to some record`).toBeGreaterThan(0)
    }
  })

  it('takes the catalogue aggregatable fields for sum and groupable ones for groupBy, no others', async () => {
    const aggregatable = entity.aggregatable ?? []
    const groupable = entity.groupable ?? []
    for (const field of entity.fields) {
      const sum = { aggregate: [{ field: field.name, function: 'sum' }] }
      const summed = await call('POST', `${basePath(entity)}/aggregate`, sum)
      expect(summed.status === 200, `sum ${field.name}: ${codeOf(summed)}`).toBe(aggregatable.includes(field.name))
      const grouped = await call('POST', `${basePath(entity)}/aggregate`, { groupBy: field.name })
      expect(grouped.status === 200, `groupBy ${field.name}: ${codeOf(grouped)}`).toBe(groupable.includes(field.name))
    }
  })

  it('ignores in filters the fields the catalogue says the service ignores, and only those', async () => {
    const total = (await call('POST', `${basePath(entity)}/aggregate`, {})).json.data.count as number
    const ignored = entity.notFilterable.map((field) => field.name)
    for (const field of entity.fields.filter((f) => f.type === 'datetime')) {
      const filter = { [field.name]: { $gt: '2999-01-01' } }
      const count = (await call('POST', `${basePath(entity)}/aggregate`, { filter })).json.data.count
      expect(count, field.name).toBe(ignored.includes(field.name) ? total : 0)
    }
    for (const name of ignored) expect(names).toContain(name)
  })

  if (entity.reserved !== undefined) {
    it('refuses the reserved smart-process types', async () => {
      for (const { entityTypeId } of entity.reserved ?? []) {
        expect(codeOf(await call('GET', `/v1/items/${entityTypeId}`))).toBe('RESERVED_ENTITY_TYPE')
      }
    })
  }
})
