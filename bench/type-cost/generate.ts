// Generates the type-check workloads: the same 200 typical queries written with vibecode-query,
// Kysely and postgrest-js over one 15-column row type, an import-only baseline for each, and a
// huge-schema canary (an entity with 500 fields).

export type Library = 'ours' | 'kysely' | 'postgrest'

const row15 = `interface Thing {
  id: number
  name: string
  lastName: string
  email: string
  typeId: string
  title: string
  companyId: number
  amount: number
  score: number
  assignedById: number
  createdAt: IsoDateTime
  updatedAt: IsoDateTime
  closedAt: IsoDateTime
  opened: boolean
  archived: boolean
}`

const kyselyRow = row15.replace('interface Thing', 'interface ThingTable').replace(/IsoDateTime/g, 'string')

const headers: Record<Library, string> = {
  ours: `import { entity, type InferRow, type IsoDateTime } from '../../src/index.js'
${row15}
const things = () => entity<Thing>('things')
`,
  kysely: `import { Kysely, DummyDriver, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type InferResult } from 'kysely'
${kyselyRow}
interface DB { things: ThingTable }
const db = new Kysely<DB>({ dialect: { createAdapter: () => new PostgresAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (k) => new PostgresIntrospector(k), createQueryCompiler: () => new PostgresQueryCompiler() } })
`,
  postgrest: `import { PostgrestClient } from '@supabase/postgrest-js'
${kyselyRow}
type Database = { public: { Tables: { things: { Row: ThingTable; Insert: Partial<ThingTable>; Update: Partial<ThingTable>; Relationships: [] } }; Views: {}; Functions: {}; Enums: {}; CompositeTypes: {} } }
const pg = new PostgrestClient<Database>('http://localhost')
`,
}

/** Query number `i` in each library: five shapes in rotation, with varying literals. */
function query(library: Library, i: number): string {
  const iso = `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`
  switch (`${library}:${i % 5}`) {
    case 'ours:0': return `things().where('companyId', ${i}).orderBy('lastName').select('id', 'name').limit(10)`
    case 'kysely:0': return `db.selectFrom('things').select(['id', 'name']).where('companyId', '=', ${i}).orderBy('lastName').limit(10)`
    case 'postgrest:0': return `pg.from('things').select('id, name').eq('companyId', ${i}).order('lastName').limit(10)`
    case 'ours:1': return `things().where('createdAt', '>=', '${iso}').where('typeId', 'in', ['A', 'B${i}']).select('id', 'email')`
    case 'kysely:1': return `db.selectFrom('things').select(['id', 'email']).where('createdAt', '>=', '${iso}').where('typeId', 'in', ['A', 'B${i}'])`
    case 'postgrest:1': return `pg.from('things').select('id, email').gte('createdAt', '${iso}').in('typeId', ['A', 'B${i}'])`
    case 'ours:2': return `things().where('amount', '>=', ${i}).where('typeId', '!=', 'LOST').orderBy('createdAt', 'desc').select('id', 'amount', 'title').limit(50)`
    case 'kysely:2': return `db.selectFrom('things').select(['id', 'amount', 'title']).where('amount', '>=', ${i}).where('typeId', '!=', 'LOST').orderBy('createdAt', 'desc').limit(50)`
    case 'postgrest:2': return `pg.from('things').select('id, amount, title').gte('amount', ${i}).neq('typeId', 'LOST').order('createdAt', { ascending: false }).limit(50)`
    case 'ours:3': return `things().where((w) => w.or([w('typeId', 'A'), w('name', 'contains', 'x${i}')])).select('id', 'lastName')`
    case 'kysely:3': return `db.selectFrom('things').select(['id', 'lastName']).where((eb) => eb.or([eb('typeId', '=', 'A'), eb('name', 'like', '%x${i}%')]))`
    case 'postgrest:3': return `pg.from('things').select('id, lastName').or('typeId.eq.A,name.ilike.*x${i}*')`
    case 'ours:4': return `things().where('title', 'contains', 't${i}').where('opened', true).select('id', 'title', 'score').offset(${i})`
    case 'kysely:4': return `db.selectFrom('things').select(['id', 'title', 'score']).where('title', 'like', '%t${i}%').where('opened', '=', true).offset(${i})`
    case 'postgrest:4': return `pg.from('things').select('id, title, score').ilike('title', '%t${i}%').eq('opened', true).range(${i}, ${i + 49})`
  }
  throw new Error(`no query ${library}:${i}`)
}

const rowOf: Record<Library, (q: string) => string> = {
  ours: (q) => `InferRow<typeof ${q}>`,
  kysely: (q) => `InferResult<typeof ${q}>[number]`,
  postgrest: (q) => `NonNullable<Awaited<typeof ${q}>['data']>[number]`,
}

/**
 * The workload file for a library: `count` queries, each with its row type read as users do.
 * With `count` 0 it is the import-only baseline (same header, no query).
 */
export function workload(library: Library, count: number): string {
  const lines = [headers[library]]
  for (let i = 0; i < count; i++) {
    lines.push(`export const q${i} = ${query(library, i)}`)
    lines.push(`export type R${i} = ${rowOf[library](`q${i}`)}`)
  }
  if (count === 0) lines.push(`export const baseline = ${library === 'ours' ? 'things' : library === 'kysely' ? 'db' : 'pg'}`)
  return `${lines.join('\n')}\n`
}

/** The canary: an entity of 500 fields (numbers, strings, dates, booleans) and 20 queries on it. */
export function hugeSchema(queries: number): string {
  const kinds = ['number', 'string', 'IsoDateTime', 'boolean'] as const
  const fields = Array.from({ length: 500 }, (_, i) => `  f${i}: ${kinds[i % 4]} | null`)
  const lines = [
    `import { entity, type InferRow, type IsoDateTime } from '../../src/index.js'`,
    `interface Huge {\n  id: number\n${fields.join('\n')}\n}`,
    `const huge = () => entity<Huge>('huge')`,
  ]
  if (queries === 0) lines.push('export const baseline = huge')
  for (let i = 0; i < queries; i++) {
    const n = (i * 37) % 500
    const num = n - (n % 4)
    const str = num + 1
    lines.push(
      `export const q${i} = huge().where('f${num}', '>=', ${i}).where('f${str}', 'contains', 'x').orderBy('f${num}').select('id', 'f${str}', 'f${n}').limit(10)`,
      `export type R${i} = InferRow<typeof q${i}>`,
    )
  }
  return `${lines.join('\n')}\n`
}
