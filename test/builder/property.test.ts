// Random valid chains compile to bodies that a reference evaluator — written here from the wire
// protocol in VIBECODE_API.md §3–§4, sharing no code with src/ — applies to random rows with the
// same result as the chain's intent (the conditions evaluated directly).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entity, QueryError, type IsoDateTime, type SearchBody } from '../../src/index.js'

interface Thing {
  id: number
  n: number
  s: string
  d: IsoDateTime
  b: boolean
}
type Field = Exclude<keyof Thing, 'id'>
type Op = '=' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'not in' | 'contains'
type Scalar = number | string | boolean | Date
type Desc = { kind: 'cmp'; field: Field; op: Op; value: Scalar | Scalar[] } | { kind: 'or' | 'and'; items: Desc[] }

// ---- the intent: conditions evaluated directly on a row ----------------------------------------

const instant = (v: Scalar): number => (v instanceof Date ? v.getTime() : Date.parse(v as string))
const same = (field: Field, a: unknown, b: Scalar): boolean =>
  field === 'd' ? instant(a as string) === instant(b) : a === b

function intent(desc: Desc, row: Thing): boolean {
  if (desc.kind !== 'cmp')
    return desc.kind === 'or' ? desc.items.some((d) => intent(d, row)) : desc.items.every((d) => intent(d, row))
  const { field, op, value } = desc
  const v = row[field]
  const num = (x: unknown) => (field === 'd' ? instant(x as Scalar) : (x as number))
  switch (op) {
    case '=':
      return same(field, v, value as Scalar)
    case '!=':
      return !same(field, v, value as Scalar)
    case '>':
      return num(v) > num(value)
    case '>=':
      return num(v) >= num(value)
    case '<':
      return num(v) < num(value)
    case '<=':
      return num(v) <= num(value)
    case 'in':
      return (value as Scalar[]).some((x) => same(field, v, x))
    case 'not in':
      return !(value as Scalar[]).some((x) => same(field, v, x))
    case 'contains':
      return String(v).toLowerCase().includes(String(value).toLowerCase())
  }
}

// ---- the reference evaluator of the wire JSON ----------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
const isoDate = /^\d{4}-\d{2}-\d{2}/
const cmp = (a: Json, b: Json): number => {
  if (typeof a === 'string' && typeof b === 'string' && isoDate.test(a) && isoDate.test(b))
    return Date.parse(a) - Date.parse(b)
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return a === b ? 0 : String(a) < String(b) ? -1 : 1
}
const equal = (a: Json, b: Json) => cmp(a, b) === 0 && typeof a === typeof b
const wireOps: Record<string, (v: Json, x: Json) => boolean> = {
  $eq: equal,
  $ne: (v, x) => !equal(v, x),
  $gt: (v, x) => cmp(v, x) > 0,
  $gte: (v, x) => cmp(v, x) >= 0,
  $lt: (v, x) => cmp(v, x) < 0,
  $lte: (v, x) => cmp(v, x) <= 0,
  $in: (v, x) => (x as Json[]).some((item) => equal(v, item)),
  $nin: (v, x) => !(x as Json[]).some((item) => equal(v, item)),
  $contains: (v, x) => String(v).toLowerCase().includes(String(x).toLowerCase()),
}
// Only the prefixes the service lists; the upstream "=" and "@" would fail this evaluator.
const prefixes: Record<string, string> = {
  '>=': '$gte',
  '<=': '$lte',
  '>': '$gt',
  '<': '$lt',
  '!': '$ne',
  '%': '$contains',
}

function matches(filter: { [k: string]: Json }, row: Record<string, Json>): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$or') return (condition as { [k: string]: Json }[]).some((branch) => matches(branch, row))
    const m = /^(>=|<=|>|<|!|%)?([A-Za-z_][A-Za-z0-9_]*)$/.exec(key)
    if (!m) throw new Error(`not a filter key: ${key}`)
    const value = row[m[2] as string] as Json
    if (m[1] !== undefined)
      return (wireOps[prefixes[m[1]] as string] as (v: Json, x: Json) => boolean)(value, condition)
    if (condition !== null && typeof condition === 'object' && !Array.isArray(condition)) {
      return Object.entries(condition).every(([op, operand]) => {
        const apply = wireOps[op]
        if (!apply) throw new Error(`unknown operator ${op}`)
        return apply(value, operand)
      })
    }
    return equal(value, condition)
  })
}

function run(body: SearchBody, rows: Thing[]): unknown[] {
  const json = JSON.parse(JSON.stringify(body)) as {
    filter?: { [k: string]: Json }
    order?: Record<string, string>
    select?: string[]
    limit?: number
    offset?: number
  }
  let out = rows.filter((row) => (json.filter ? matches(json.filter, row as unknown as Record<string, Json>) : true))
  const keys = Object.entries(json.order ?? {})
  out = [...out].sort((a, b) => {
    for (const [field, dir] of keys) {
      const c = cmp(a[field as keyof Thing] as Json, b[field as keyof Thing] as Json)
      if (c !== 0) return dir === 'desc' ? -c : c
    }
    return 0
  })
  out = out.slice(json.offset ?? 0, (json.offset ?? 0) + (json.limit ?? 50))
  return json.select ? out.map((row) => Object.fromEntries(json.select!.map((f) => [f, row[f as keyof Thing]]))) : out
}

// ---- generators ------------------------------------------------------------------------------------

const instants = ['2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', '2026-03-01T12:30:00.000Z']
const dateValue = fc
  .constantFrom(...instants)
  .chain((iso) => fc.constantFrom<Scalar>(new Date(iso), iso, iso.replace('.000Z', '+00:00')))
const values: Record<Field, fc.Arbitrary<Scalar>> = {
  n: fc.integer({ min: -3, max: 3 }),
  s: fc.constantFrom('a', 'b', 'ab', 'Ba', 'c'),
  d: dateValue,
  b: fc.boolean(),
}
const opsOf: Record<Field, Op[]> = {
  n: ['=', '!=', '>', '>=', '<', '<=', 'in', 'not in'],
  s: ['=', '!=', 'in', 'not in', 'contains'],
  d: ['=', '!=', '>', '>=', '<', '<=', 'in', 'not in'],
  b: ['=', '!='],
}
const cmpArb: fc.Arbitrary<Desc> = fc
  .constantFrom<Field>('n', 's', 'd', 'b')
  .chain((field) =>
    fc
      .constantFrom(...opsOf[field])
      .chain((op) =>
        (op === 'in' || op === 'not in'
          ? fc.array(values[field], { minLength: 1, maxLength: 3 })
          : op === 'contains'
            ? fc.constantFrom('a', 'B', 'c')
            : values[field]
        ).map((value): Desc => ({ kind: 'cmp', field, op, value })),
      ),
  )
const descArb: fc.Arbitrary<Desc> = fc.letrec<{ node: Desc }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    cmpArb,
    fc.record({
      kind: fc.constantFrom<'or' | 'and'>('or', 'and'),
      items: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    }),
  ),
})).node

const rowArb = fc.record({
  n: fc.integer({ min: -3, max: 3 }),
  s: fc.constantFrom('a', 'b', 'ab', 'Ba', 'c', 'xyz'),
  d: fc
    .constantFrom(...instants, '2026-02-15T00:00:00.000Z')
    .map((iso) => iso.replace('.000Z', '+00:00') as IsoDateTime),
  b: fc.boolean(),
})
const rowsArb = fc.array(rowArb, { maxLength: 25 }).map((rows) => rows.map((row, i): Thing => ({ id: i + 1, ...row })))
const orderArb = fc.array(
  fc.tuple(fc.constantFrom<keyof Thing>('id', 'n', 's', 'd', 'b'), fc.constantFrom<'asc' | 'desc'>('asc', 'desc')),
  { maxLength: 3 },
)
const selectArb = fc.option(
  fc.uniqueArray(fc.constantFrom<keyof Thing>('id', 'n', 's', 'd', 'b'), { minLength: 1, maxLength: 5 }),
  { nil: undefined },
)

// ---- the chain and its intent ------------------------------------------------------------------

type W = (...args: unknown[]) => unknown
const toCondition = (w: W & { or: W; and: W }, desc: Desc): unknown =>
  desc.kind === 'cmp' ? w(desc.field, desc.op, desc.value) : w[desc.kind](desc.items.map((d) => toCondition(w, d)))

describe('compiled bodies mean what the chain says', () => {
  it('filters, orders, pages and selects like the intent', () => {
    let compiled = 0
    let refused = 0
    fc.assert(
      fc.property(
        fc.array(descArb, { maxLength: 5 }),
        orderArb,
        selectArb,
        fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        rowsArb,
        (where, order, select, limit, offset, rows) => {
          let body: SearchBody
          try {
            let q = entity<Thing>('things')
            for (const desc of where) {
              q =
                desc.kind === 'cmp'
                  ? desc.op === '='
                    ? (q as any).where(desc.field, desc.value)
                    : (q as any).where(desc.field, desc.op, desc.value)
                  : (q as any).where((w: W & { or: W; and: W }) => toCondition(w, desc))
            }
            for (const [field, dir] of order) q = q.orderBy(field, dir)
            if (select) q = q.select(...(select as [keyof Thing]))
            if (limit !== undefined) q = q.limit(limit)
            if (offset !== undefined) q = q.offset(offset)
            body = q.toBody()
          } catch (error) {
            // Conditions on one field that cannot be merged exactly, and OR groups past 256 branches,
            // are refused, never dropped.
            expect(error).toBeInstanceOf(QueryError)
            refused++
            return
          }
          compiled++

          const keys: [keyof Thing, 'asc' | 'desc'][] = []
          for (const [field, dir] of order) {
            const at = keys.findIndex(([f]) => f === field)
            if (at >= 0) keys[at] = [field, dir]
            else keys.push([field, dir])
          }
          const expectedRows = rows
            .filter((row) => where.every((d) => intent(d, row)))
            .sort((a, b) => {
              for (const [field, dir] of keys) {
                const x = field === 'd' ? Date.parse(a.d) : a[field]
                const y = field === 'd' ? Date.parse(b.d) : b[field]
                if (x !== y) return (x < y ? -1 : 1) * (dir === 'desc' ? -1 : 1)
              }
              return 0
            })
            .slice(offset ?? 0, (offset ?? 0) + (limit ?? 50))
            .map((row) => (select ? Object.fromEntries(select.map((f) => [f, row[f]])) : row))

          expect(run(body, rows)).toEqual(expectedRows)
        },
      ),
      { numRuns: 400 },
    )
    // Refusing is allowed, but not as a way to pass: most generated chains must compile.
    expect(compiled).toBeGreaterThan(refused * 2)
  })
})
