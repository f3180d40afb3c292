// Property: the emulator's evaluator agrees with a brute-force reading of random filters over random
// rows, whichever syntax ($ operators, prefix keys, operator keys, nested $or) each condition is
// written in.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileFilter } from '../../src/testing/filter-eval.js'
import { learnFields } from '../../src/testing/entity-fields.js'
import type { FieldSpec } from '../../src/testing/types.js'

type Op = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'contains'
type Field = 'n' | 's' | 'd' | 'b'
/** How a condition is written; `ne` as an operator key is `!` under 'key' and `!=` under 'keyNe'. */
type Syntax = 'dollar' | 'prefix' | 'key' | 'keyNe'
interface Cond {
  field: Field
  op: Op
  value: unknown
  syntax: Syntax
}
type Row = { id: number; n: number | null; s: string | null; d: string | null; b: boolean | null }

const INSTANTS = [Date.UTC(2025, 11, 31, 21), Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1, 12), Date.UTC(2026, 5, 1)]
const isoAt = (ms: number, offsetHours: number): string => {
  const local = new Date(ms + offsetHours * 3600_000).toISOString().slice(0, 19)
  return offsetHours === 0
    ? `${local}Z`
    : `${local}${offsetHours > 0 ? '+' : '-'}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`
}
const dateArb = fc.tuple(fc.constantFrom(...INSTANTS), fc.constantFrom(0, 3, -5)).map(([ms, h]) => isoAt(ms, h))
const strArb = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'é'), maxLength: 3 })
const valueArb: Record<Field, fc.Arbitrary<unknown>> = {
  n: fc.integer({ min: -3, max: 3 }),
  s: strArb,
  d: dateArb,
  b: fc.boolean(),
}
const opsFor: Record<Field, Op[]> = {
  n: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'],
  s: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin', 'contains'],
  d: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'],
  b: ['eq', 'ne', 'in', 'nin'],
}

const condArb: fc.Arbitrary<Cond> = fc.constantFrom<Field>('n', 's', 'd', 'b').chain((field) =>
  fc
    .record({
      field: fc.constant(field),
      op: fc.constantFrom(...opsFor[field]),
      syntax: fc.constantFrom<Syntax>('dollar', 'prefix', 'key', 'keyNe'),
      single: valueArb[field],
      list: fc.array(valueArb[field], { minLength: 1, maxLength: 3 }),
    })
    .map(({ field, op, syntax, single, list }) => ({
      field,
      op,
      syntax,
      value: op === 'in' || op === 'nin' ? list : single,
    })),
)

const rowArb = fc.record({
  n: fc.option(fc.integer({ min: -3, max: 3 })),
  s: fc.option(strArb),
  d: fc.option(dateArb),
  b: fc.option(fc.boolean()),
})

const DOLLAR: Record<Exclude<Op, 'eq'>, string> = {
  ne: '$ne',
  gt: '$gt',
  gte: '$gte',
  lt: '$lt',
  lte: '$lte',
  in: '$in',
  nin: '$nin',
  contains: '$contains',
}
/** The docs' prefixes, also their operator keys; lists have only the $ form. */
const PREFIX: Partial<Record<Op, string>> = { ne: '!', gt: '>', gte: '>=', lt: '<', lte: '<=', contains: '%' }

function render(c: Cond): Record<string, unknown> {
  if (c.op === 'eq') return { [c.field]: c.value }
  const token = PREFIX[c.op]
  if (token === undefined || c.syntax === 'dollar') return { [c.field]: { [DOLLAR[c.op]]: c.value } }
  if (c.syntax === 'prefix') return { [`${token}${c.field}`]: c.value }
  return { [c.field]: { [c.op === 'ne' && c.syntax === 'keyNe' ? '!=' : token]: c.value } }
}
/** AND of conditions, written as nested single-element $or groups so that keys never collide. */
function and(conds: readonly Cond[]): Record<string, unknown> {
  const [first, ...rest] = conds
  if (first === undefined) return {}
  return rest.length === 0 ? render(first) : { ...render(first), $or: [and(rest)] }
}

function scalar(field: Field, v: unknown): number | string | boolean {
  return field === 'd' ? Date.parse(String(v)) : (v as number | string | boolean)
}
function expectMatch(row: Row, c: Cond): boolean {
  const raw = row[c.field]
  if (raw === null) return c.op === 'ne' || c.op === 'nin'
  const x = scalar(c.field, raw)
  const list = Array.isArray(c.value) ? c.value.map((v) => scalar(c.field, v)) : []
  const v = Array.isArray(c.value) ? undefined : scalar(c.field, c.value)
  switch (c.op) {
    case 'eq':
      return x === v
    case 'ne':
      return x !== v
    case 'gt':
      return (x as number) > (v as number)
    case 'gte':
      return (x as number) >= (v as number)
    case 'lt':
      return (x as number) < (v as number)
    case 'lte':
      return (x as number) <= (v as number)
    case 'in':
      return list.includes(x)
    case 'nin':
      return !list.includes(x)
    case 'contains':
      return String(x).toLowerCase().includes(String(v).toLowerCase())
  }
}

describe('filter evaluator vs brute force', () => {
  it('agrees on ANDs and ORs of random conditions in random syntaxes', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 25 }),
        fc.array(fc.array(condArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (rawRows, groups, asOr) => {
          const rows: Row[] = rawRows.map((r, i) => ({ id: i + 1, ...r }))
          const fields = new Map<string, FieldSpec>()
          learnFields('things', fields, [{ id: 1, n: 0, s: 'x', d: '2026-01-01T00:00:00Z', b: true }], () => true)
          const filter = asOr ? { $or: groups.map(and) } : and(groups.flat())
          const predicate = compileFilter(filter, { entity: 'things', fields, offsetMinutes: 180 })
          const expected = rows
            .filter((row) =>
              asOr
                ? groups.some((g) => g.every((c) => expectMatch(row, c)))
                : groups.flat().every((c) => expectMatch(row, c)),
            )
            .map((row) => row.id)
          expect(rows.filter(predicate).map((row) => row.id)).toEqual(expected)
        },
      ),
      { numRuns: 400 },
    )
  })
})
