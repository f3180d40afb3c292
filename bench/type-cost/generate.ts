// Generates the type-check workloads: the same typical queries written with vibecode-query (on its
// built-in entities, full schemas), Kysely and postgrest-js (over tables with the same columns, see
// reference-tables.ts), each query followed by its own row type as users write it
// (`type Row = InferRow<typeof q>`) and a function that reads the row; an import-only baseline for
// each; and a huge-schema canary (an entity with 500 fields).

export type Library = 'ours' | 'kysely' | 'postgrest'

/** Plain TypeScript interfaces for the reference libraries' tables: `ContactTable` and `DealTable`. */
export interface ReferenceTables {
  contact: string
  deal: string
}

function header(library: Library, tables: ReferenceTables): string {
  const interfaces = `${tables.contact}\n${tables.deal}`
  switch (library) {
    case 'ours':
      return `import { contacts, deals, type InferRow } from 'vibecode-query'\n`
    case 'kysely':
      return `import {
  Kysely, DummyDriver, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type InferResult,
} from 'kysely'
${interfaces}
interface DB { contacts: ContactTable; deals: DealTable }
const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
})
`
    case 'postgrest':
      return `import { PostgrestClient } from '@supabase/postgrest-js'
${interfaces}
type Table<R> = { Row: R; Insert: Partial<R>; Update: Partial<R>; Relationships: [] }
type Database = {
  public: {
    Tables: { contacts: Table<ContactTable>; deals: Table<DealTable> }
    Views: {}
    Functions: {}
    Enums: {}
    CompositeTypes: {}
  }
}
const pg = new PostgrestClient<Database>('http://localhost')
`
  }
}

/**
 * Query number `i` in each library: five shapes in rotation over contacts and deals, with varying
 * literals. Each shape is a list of chained calls, joined without separators.
 */
function query(library: Library, i: number): string {
  const iso = `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`
  const shapes: Record<Library, string[]>[] = [
    {
      ours: [
        `contacts()`,
        `.where('companyId', ${i})`,
        `.orderBy('lastName')`,
        `.select('id', 'name', 'lastName')`,
        `.limit(10)`,
      ],
      kysely: [
        `db.selectFrom('contacts')`,
        `.select(['id', 'name', 'lastName'])`,
        `.where('companyId', '=', ${i})`,
        `.orderBy('lastName')`,
        `.limit(10)`,
      ],
      postgrest: [
        `pg.from('contacts')`,
        `.select('id, name, lastName')`,
        `.eq('companyId', ${i})`,
        `.order('lastName')`,
        `.limit(10)`,
      ],
    },
    {
      ours: [
        `deals()`,
        `.where('createdAt', '>=', '${iso}')`,
        `.where('stageId', 'in', ['NEW', 'S${i}'])`,
        `.select('id', 'title', 'amount')`,
      ],
      kysely: [
        `db.selectFrom('deals')`,
        `.select(['id', 'title', 'amount'])`,
        `.where('createdAt', '>=', '${iso}')`,
        `.where('stageId', 'in', ['NEW', 'S${i}'])`,
      ],
      postgrest: [
        `pg.from('deals')`,
        `.select('id, title, amount')`,
        `.gte('createdAt', '${iso}')`,
        `.in('stageId', ['NEW', 'S${i}'])`,
      ],
    },
    {
      ours: [
        `deals()`,
        `.where('amount', '>=', ${i})`,
        `.where('stageId', '!=', 'LOSE')`,
        `.orderBy('createdAt', 'desc')`,
        `.select('id', 'amount', 'title')`,
        `.limit(50)`,
      ],
      kysely: [
        `db.selectFrom('deals')`,
        `.select(['id', 'amount', 'title'])`,
        `.where('amount', '>=', ${i})`,
        `.where('stageId', '!=', 'LOSE')`,
        `.orderBy('createdAt', 'desc')`,
        `.limit(50)`,
      ],
      postgrest: [
        `pg.from('deals')`,
        `.select('id, amount, title')`,
        `.gte('amount', ${i})`,
        `.neq('stageId', 'LOSE')`,
        `.order('createdAt', { ascending: false })`,
        `.limit(50)`,
      ],
    },
    {
      ours: [
        `contacts()`,
        `.where((w) => w.or([w('typeId', 'CLIENT'), w('name', 'contains', 'x${i}')]))`,
        `.select('id', 'lastName')`,
      ],
      kysely: [
        `db.selectFrom('contacts')`,
        `.select(['id', 'lastName'])`,
        `.where((eb) => eb.or([eb('typeId', '=', 'CLIENT'), eb('name', 'like', '%x${i}%')]))`,
      ],
      postgrest: [`pg.from('contacts')`, `.select('id, lastName')`, `.or('typeId.eq.CLIENT,name.ilike.*x${i}*')`],
    },
    {
      ours: [
        `contacts()`,
        `.where('lastName', 'contains', 't${i}')`,
        `.where('opened', true)`,
        `.select('id', 'lastName', 'post')`,
        `.offset(${i})`,
      ],
      kysely: [
        `db.selectFrom('contacts')`,
        `.select(['id', 'lastName', 'post'])`,
        `.where('lastName', 'like', '%t${i}%')`,
        `.where('opened', '=', true)`,
        `.offset(${i})`,
      ],
      postgrest: [
        `pg.from('contacts')`,
        `.select('id, lastName, post')`,
        `.ilike('lastName', '%t${i}%')`,
        `.eq('opened', true)`,
        `.range(${i}, ${i + 49})`,
      ],
    },
  ]
  return (shapes[i % shapes.length] as Record<Library, string[]>)[library].join('')
}

/** The row type of a query, as each library's users read it. */
const rowOf: Record<Library, (q: string) => string> = {
  ours: (q) => `InferRow<typeof ${q}>`,
  kysely: (q) => `InferResult<typeof ${q}>[number]`,
  postgrest: (q) => `NonNullable<Awaited<typeof ${q}>['data']>[number]`,
}

/**
 * What the baseline refers to: the imports and the setup, each alone (an array of the two entity
 * functions would make tsc compare their types, which no query does).
 */
const baselineOf: Record<Library, string[]> = { ours: ['contacts', 'deals'], kysely: ['db'], postgrest: ['pg'] }

/**
 * The workload file for a library: `count` queries, each with its own row type and a function
 * that reads a field of that row (so the row's members are resolved, as in an editor's hover or a
 * use of the row). With `count` 0 it is the import-only baseline (same header, no query).
 */
export function workload(library: Library, count: number, tables: ReferenceTables): string {
  const lines = [header(library, tables)]
  for (let i = 0; i < count; i++) {
    lines.push(`export const q${i} = ${query(library, i)}`)
    lines.push(`export type Row${i} = ${rowOf[library](`q${i}`)}`)
    lines.push(`export const id${i} = (row: Row${i}) => row.id`)
  }
  if (count === 0)
    for (const [i, name] of baselineOf[library].entries()) lines.push(`export const baseline${i} = ${name}`)
  return `${lines.join('\n')}\n`
}

/** The canary: an entity of 500 fields (numbers, strings, dates, booleans) and `queries` queries on it. */
export function hugeSchema(queries: number): string {
  const kinds = ['number', 'string', 'IsoDateTime', 'boolean'] as const
  const fields = Array.from({ length: 500 }, (_, i) => `  f${i}: ${kinds[i % 4]} | null`)
  const lines = [
    `import { entity, type InferRow, type IsoDateTime } from 'vibecode-query'`,
    `interface Huge {\n  id: number\n${fields.join('\n')}\n}`,
    `const huge = () => entity<Huge>('huge')`,
  ]
  if (queries === 0) lines.push('export const baseline = huge')
  for (let i = 0; i < queries; i++) {
    const n = (i * 37) % 500
    const num = n - (n % 4)
    const str = num + 1
    lines.push(
      `export const q${i} = huge().where('f${num}', '>=', ${i}).where('f${str}', 'contains', 'x')` +
        `.orderBy('f${num}').select('id', 'f${str}', 'f${n}').limit(10)`,
      `export type Row${i} = InferRow<typeof q${i}>`,
      `export const id${i} = (row: Row${i}) => row.id`,
    )
  }
  return `${lines.join('\n')}\n`
}
