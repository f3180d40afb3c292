// Build + compile + serialise a 5-clause query: vibecode-query vs Kysely compiling the same query
// to SQL (DummyDriver), vs postgrest-js building its URL, vs a hand-written object literal (the
// ceiling: no builder at all). Each takes the date the way its users pass it: a Date to
// vibecode-query and Kysely (a bound parameter there), an ISO string to postgrest-js and the literal.
// vibecode-query is the packed package's built JavaScript.
import { PostgrestClient } from '@supabase/postgrest-js'
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely'
import { compare } from './lib/compare.js'
import { importLibrary, type PackedPackage } from './lib/packed-package.js'

interface ContactTable {
  id: number
  name: string
  lastName: string
  companyId: number
  createdTime: Date
}
const db = new Kysely<{ contacts: ContactTable }>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
})
const pg = new PostgrestClient('http://localhost:54321')
const since = new Date('2026-01-01T00:00:00Z')
const inner = 50

/** The five clauses: company, created since, order by last name, three fields, ten rows. */
const contendersOf = ({ contacts }: Awaited<ReturnType<typeof importLibrary>>) => ({
  'vibecode-query': () => {
    for (let i = 0; i < inner; i++) {
      JSON.stringify(
        contacts()
          .where('companyId', 15)
          .where('createdTime', '>=', since)
          .orderBy('lastName')
          .select('id', 'name', 'lastName')
          .limit(10),
      )
    }
  },
  kysely: () => {
    for (let i = 0; i < inner; i++) {
      db.selectFrom('contacts')
        .select(['id', 'name', 'lastName'])
        .where('companyId', '=', 15)
        .where('createdTime', '>=', since)
        .orderBy('lastName')
        .limit(10)
        .compile()
    }
  },
  'postgrest-js': () => {
    for (let i = 0; i < inner; i++) {
      const query = pg
        .from('contacts')
        .select('id,name,lastName')
        .eq('companyId', 15)
        .gte('createdTime', since.toISOString())
        .order('lastName')
        .limit(10)
      void (query as unknown as { url: URL }).url.href
    }
  },
  'object literal': () => {
    for (let i = 0; i < inner; i++) {
      JSON.stringify({
        filter: { companyId: 15, createdTime: { $gte: since.toISOString() } },
        order: { lastName: 'asc' },
        select: ['id', 'name', 'lastName'],
        limit: 10,
      })
    }
  },
})

export async function benchBuilder(pkg: PackedPackage, rounds = 7) {
  const hz = await compare(contendersOf(await importLibrary(pkg)), { rounds, time: 250, opsPerCall: inner })
  const ours = hz['vibecode-query'] as number
  return {
    opsPerSecond: hz,
    vsKysely: ours / (hz.kysely as number),
    vsPostgrest: ours / (hz['postgrest-js'] as number),
    ofCeiling: ours / (hz['object literal'] as number),
  }
}
