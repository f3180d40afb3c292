// The builder driven from plain JavaScript: random chains of every builder method, with random
// values of every kind in every argument (strings, numbers with NaN, ±Infinity and -0, bigints,
// symbols, null, undefined, nested and sparse arrays, objects, valid, invalid and fake Dates,
// proxies, getters that throw, functions, callbacks that build conditions). Every call must either
// throw QueryError or return a builder whose body is what a model written here, from the wire
// rules alone, expects: each condition exactly once, in the service's `$` syntax, OR groups as
// `$or` with each later group inside every branch of the ones before. Where the model cannot
// predict the body exactly (two conditions on one field, merged by rules it does not repeat), it
// checks that no condition's field went missing. Values are changed after each call, and every
// builder made is compiled again at the end: nothing given may change a query afterwards.
//
// fast-check prints the seed and the path of a failure; rerun it with
// `fc.assert(…, { seed, path })` to reproduce.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defineEntity, everyOperation, isQueryError, type SchemaOf } from '../../src/index.js'

// ---- what the fuzzer passes: a description, made into fresh JavaScript values at each call ------

type Bad =
  | 'invalid Date'
  | 'fake Date'
  | 'Date proxy'
  | 'trap proxy'
  | 'revoked proxy'
  | 'throwing getters'
  | 'throwing conversions'
  | 'getter throwing a revoked proxy'
  | 'symbol'
  | 'null'
  | 'boxed string'
  | 'boxed number'
  | 'function proxy'
  | 'bigint'
  | 'undefined'
type ArrayHow = 'plain' | 'hole' | 'proxy' | 'throwing getter' | 'throwing length' | 'throwing a revoked proxy'
type V =
  | { t: 'fresh' } // a field name no condition used before
  | { t: 'name'; name: string } // a field name from a small pool, used again and again
  | { t: 'str'; s: string }
  | { t: 'num'; n: number }
  | { t: 'bool'; b: boolean }
  | { t: 'date'; time: number; sneaky: boolean } // sneaky: a Date subclass whose methods lie
  | { t: 'bad'; bad: Bad }
  | { t: 'arr'; items: V[]; how: ArrayHow }
  | { t: 'obj'; entries: [string, V][] }
  | { t: 'fn'; returns: V } // a function that returns a value, not a condition
  | { t: 'cb'; build: Cond } // where's callback: (w) => the condition `build` describes
  | { t: 'cond'; build: Cond } // inside a callback: a condition made by w
type Cond = { t: 'w'; args: V[] } | { t: 'or' | 'and'; list: V }

type Op = '=' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'not in' | 'contains'
const ops: Op[] = ['=', '!=', '>', '>=', '<', '<=', 'in', 'not in', 'contains']
const bads: Bad[] = [
  'invalid Date',
  'fake Date',
  'Date proxy',
  'trap proxy',
  'revoked proxy',
  'throwing getters',
  'throwing conversions',
  'getter throwing a revoked proxy',
  'symbol',
  'null',
  'boxed string',
  'boxed number',
  'function proxy',
  'bigint',
  'undefined',
]

const scalar: fc.Arbitrary<V> = fc.oneof(
  fc.constant<V>({ t: 'fresh' }),
  fc.constantFrom('id', 'name', 'title').map((name): V => ({ t: 'name', name })),
  fc
    .oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom<string>(...ops, 'asc', 'desc', '2026-01-01', '', '__proto__', 'a.b'),
    )
    .map((s): V => ({ t: 'str', s })),
  fc
    .oneof(fc.integer({ min: -3, max: 6000 }), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53))
    .map((n): V => ({ t: 'num', n })),
  fc.boolean().map((b): V => ({ t: 'bool', b })),
  fc
    .record({ time: fc.integer({ min: -8.64e15, max: 8.64e15 }), sneaky: fc.boolean() })
    .map((d): V => ({ t: 'date', ...d })),
  fc.constantFrom(...bads).map((bad): V => ({ t: 'bad', bad })),
)
// Lists are mostly plain arrays; a few are sparse, proxies, or throw when read.
const mostlyPlain = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<ArrayHow>('plain', 'proxy') },
  {
    weight: 1,
    arbitrary: fc.constantFrom<ArrayHow>('hole', 'throwing getter', 'throwing length', 'throwing a revoked proxy'),
  },
)
// Operands every field takes, and a valid condition on a fresh field, the operand fitting the operator.
const validValue = fc.oneof(
  fc.integer({ min: -5, max: 5 }).map((n): V => ({ t: 'num', n })),
  fc.constantFrom('a', 'b', '').map((s): V => ({ t: 'str', s })),
  fc.integer({ min: 0, max: 4e12 }).map((time): V => ({ t: 'date', time, sneaky: false })),
)
const validCompare: fc.Arbitrary<Cond> = fc
  .constantFrom<Op>(...ops)
  .chain((op) =>
    (op === 'in' || op === 'not in'
      ? fc
          .tuple(fc.array(validValue, { minLength: 1, maxLength: 3 }), mostlyPlain)
          .map(([items, how]): V => ({ t: 'arr', items, how }))
      : op === 'contains'
        ? fc.constantFrom('x', 'yz').map((s): V => ({ t: 'str', s }))
        : validValue
    ).map((value): Cond => ({ t: 'w', args: [{ t: 'fresh' }, { t: 'str', s: op }, value] })),
  )

// Every kind of value; conditions made by `w` come in the lists of a callback's or/and.
const valueArb: fc.Arbitrary<V> = fc.letrec<{ v: V; cond: Cond }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    scalar,
    fc.record({
      t: fc.constant('arr' as const),
      items: fc.array(tie('v'), { maxLength: 3 }),
      how: fc.constantFrom<ArrayHow>(
        'plain',
        'plain',
        'hole',
        'proxy',
        'throwing getter',
        'throwing length',
        'throwing a revoked proxy',
      ),
    }),
    fc.record({
      t: fc.constant('obj' as const),
      entries: fc.array(fc.tuple(fc.constantFrom('id', 'exact', 'kind', '__proto__'), tie('v')), { maxLength: 2 }),
    }),
    fc.record({ t: fc.constant('fn' as const), returns: scalar }),
    fc.record({ t: fc.constant('cb' as const), build: tie('cond') }),
  ),
  cond: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    // Mostly a valid condition, so that chains get far; else w with anything.
    validCompare,
    fc.record({ t: fc.constant('w' as const), args: fc.array(scalar, { maxLength: 4 }) }),
    fc.record({
      t: fc.constantFrom('or' as const, 'and' as const),
      list: fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .tuple(fc.array(tie('cond'), { minLength: 1, maxLength: 3 }), mostlyPlain)
            .map(([items, how]): V => ({ t: 'arr', items: items.map((build): V => ({ t: 'cond', build })), how })),
        },
        { weight: 1, arbitrary: tie('v') },
      ),
    }),
  ),
})).v
// ANDed OR groups of valid conditions, so that chains reach the bound of 256 `$or` branches.
const orGroups: fc.Arbitrary<Cond> = fc
  .array(fc.array(validCompare, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .map((groups): Cond => {
    const list = (items: Cond[]): V => ({
      t: 'arr',
      items: items.map((build): V => ({ t: 'cond', build })),
      how: 'plain',
    })
    return { t: 'and', list: list(groups.map((group): Cond => ({ t: 'or', list: list(group) }))) }
  })

// An aggregate spec: mostly fields with lists of functions, some of them unknown.
const functions = fc
  .tuple(fc.array(fc.constantFrom('count', 'sum', 'avg', 'min', 'max', 'median'), { maxLength: 3 }), mostlyPlain)
  .map(([names, how]): V => ({ t: 'arr', items: names.map((s): V => ({ t: 'str', s })), how }))
const aggregateSpec: fc.Arbitrary<V> = fc
  .array(
    fc.tuple(
      fc.constantFrom('id', 'amount', '__proto__'),
      fc.oneof({ weight: 4, arbitrary: functions }, { weight: 1, arbitrary: valueArb }),
    ),
    { maxLength: 2 },
  )
  .map((entries): V => ({ t: 'obj', entries }))

type Method = 'where' | 'orderBy' | 'select' | 'include' | 'limit' | 'offset' | 'aggregate' | 'count' | 'get'
interface Step {
  method: Method
  args: V[]
}
// Any method with any arguments; where also with a callback of valid conditions, aggregate with a spec.
const callback = fc.oneof(validCompare, orGroups).map((build): V[] => [{ t: 'cb', build }])
const spec = fc.tuple(aggregateSpec, valueArb).chain(([spec, options]) => fc.constantFrom<V[]>([spec], [spec, options]))
const others = fc.constantFrom<Method>('orderBy', 'select', 'include', 'limit', 'offset', 'aggregate', 'count', 'get')
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      method: fc.constant<Method>('where'),
      args: fc.oneof(fc.array(valueArb, { maxLength: 4 }), callback),
    }),
  },
  { weight: 1, arbitrary: fc.record({ method: fc.constant<Method>('aggregate'), args: spec }) },
  { weight: 3, arbitrary: fc.record({ method: others, args: fc.array(valueArb, { maxLength: 3 }) }) },
)

// ---- the model's view of a value: what it is, read from the description ------------------------

type S =
  | { k: 'string'; s: string }
  | { k: 'number'; n: number }
  | { k: 'boolean'; b: boolean }
  | { k: 'date'; iso: string }
  | { k: 'list'; items: S[] } // an array every read of which works
  | { k: 'object'; entries: [string, S][]; throwing?: string[] } // a plain object; reading `throwing` keys throws
  | { k: 'undefined' }
  | { k: 'junk' } // what no argument takes
  | { k: 'cond'; node: M | undefined } // undefined: making it throws
  | { k: 'callback'; node: M | undefined } // undefined: it returns no condition
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Cmp = { k: 'cmp'; field: string; op: Op; wire: Json }
type M = Cmp | { k: 'or' | 'and'; items: M[] }

const fieldName = /^[A-Za-z_]\w*$/
const asName = (s: S): string | undefined =>
  s.k === 'string' && fieldName.test(s.s) && !['__proto__', 'constructor', 'prototype'].includes(s.s) ? s.s : undefined
const asScalar = (s: S, op: Op): Json | undefined =>
  s.k === 'string'
    ? s.s
    : s.k === 'number'
      ? Number.isFinite(s.n)
        ? s.n
        : undefined
      : s.k === 'date'
        ? s.iso
        : s.k === 'boolean' && ['=', '!=', 'in', 'not in'].includes(op)
          ? s.b
          : undefined

// The condition `where(field, op, value)` makes, or undefined when it must be refused.
function compare(field: S, op: S, value: S): M | undefined {
  const name = asName(field)
  if (name === undefined || op.k !== 'string' || !ops.includes(op.s as Op)) return undefined
  const o = op.s as Op
  if (o === 'contains')
    return value.k === 'string' && value.s !== '' ? { k: 'cmp', field: name, op: o, wire: value.s } : undefined
  if (o === 'in' || o === 'not in') {
    if (value.k !== 'list' || value.items.length === 0) return undefined
    const wires = value.items.map((item) => asScalar(item, o))
    return wires.every((wire) => wire !== undefined)
      ? { k: 'cmp', field: name, op: o, wire: wires as Json[] }
      : undefined
  }
  const wire = asScalar(value, o)
  return wire === undefined ? undefined : { k: 'cmp', field: name, op: o, wire }
}

// The condition w(...args) makes: (field, value), (field, op, value), more arguments refused.
const none: S = { k: 'undefined' }
const equals: S = { k: 'string', s: '=' }
const wCall = (args: S[]): M | undefined =>
  args.length > 3
    ? undefined
    : args.length === 3
      ? compare(args[0]!, args[1]!, args[2]!)
      : compare(args[0] ?? none, equals, args[1] ?? none)

// ---- making values: the JavaScript value, and the model's view of it ----------------------------

const boom = (): never => {
  throw new Error('boom')
}
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}
class SneakyDate extends Date {
  override getTime(): number {
    return 0
  }
  override toISOString(): string {
    return 'not a date'
  }
  override toJSON(): string {
    return 'not a date'
  }
}
const makeBad: Record<Bad, () => unknown> = {
  'invalid Date': () => new Date(NaN),
  'fake Date': () => Object.create(Date.prototype),
  'Date proxy': () => new Proxy(new Date(0), {}),
  'trap proxy': () =>
    new Proxy({}, { get: boom, getPrototypeOf: boom, ownKeys: boom, has: boom, getOwnPropertyDescriptor: boom }),
  'revoked proxy': revoked,
  'throwing getters': () => ({
    get length(): never {
      return boom()
    },
    get kind(): never {
      return boom()
    },
    get exact(): never {
      return boom()
    },
  }),
  'throwing conversions': () => ({ toString: boom, toJSON: boom, valueOf: boom, [Symbol.toPrimitive]: boom }),
  'getter throwing a revoked proxy': () => ({
    get id(): never {
      throw revoked()
    },
  }),
  symbol: () => Symbol('id'),
  null: () => null,
  'boxed string': () => new String('id'),
  'boxed number': () => new Number(5),
  'function proxy': () => new Proxy(() => 'id', { get: boom, getPrototypeOf: boom }),
  bigint: () => 5n,
  undefined: () => undefined,
}

// Changes whatever can be changed in what the library hands out (conditions, the query's node):
// Dates, arrays, objects. Frozen ones refuse, which is the point.
function tamper(value: unknown, depth = 0): void {
  if (depth > 8 || typeof value !== 'object' || value === null) return
  try {
    if (value instanceof Date) {
      value.setTime(0)
      return
    }
    for (const item of Object.values(value)) tamper(item, depth + 1)
    if (Array.isArray(value)) value.push('tampered')
    else Object.assign(value, { tampered: 1 })
  } catch {
    // frozen
  }
}

// The bad values that are plain objects, as such.
const badShadow: Partial<Record<Bad, S>> = {
  undefined: { k: 'undefined' },
  'throwing getters': { k: 'object', entries: [], throwing: ['length', 'kind', 'exact'] },
  'throwing conversions': {
    k: 'object',
    entries: [
      ['toString', { k: 'junk' }],
      ['toJSON', { k: 'junk' }],
      ['valueOf', { k: 'junk' }],
    ],
  },
  'getter throwing a revoked proxy': { k: 'object', entries: [], throwing: ['id'] },
}

type W = ((...args: unknown[]) => unknown) & { or: (list: unknown) => unknown; and: (list: unknown) => unknown }
interface Made {
  s: S
  make: (w: W | undefined, changeLater: (() => void)[]) => unknown
}

// Reads a description once per step: fresh names are fixed here, values made anew at each call.
function prepare(v: V, fresh: () => string): Made {
  switch (v.t) {
    case 'fresh': {
      const name = fresh()
      return { s: { k: 'string', s: name }, make: () => name }
    }
    case 'name':
      return { s: { k: 'string', s: v.name }, make: () => v.name }
    case 'str':
      return { s: { k: 'string', s: v.s }, make: () => v.s }
    case 'num':
      return { s: { k: 'number', n: v.n }, make: () => v.n }
    case 'bool':
      return { s: { k: 'boolean', b: v.b }, make: () => v.b }
    case 'date':
      return {
        s: { k: 'date', iso: new Date(v.time).toISOString() },
        make: (_, later) => {
          const date = v.sneaky ? new SneakyDate(v.time) : new Date(v.time)
          later.push(() => Date.prototype.setTime.call(date, 0))
          return date
        },
      }
    case 'bad':
      return { s: badShadow[v.bad] ?? { k: 'junk' }, make: makeBad[v.bad] }
    case 'arr': {
      const items = v.items.map((item) => prepare(item, fresh))
      const readable = v.how === 'plain' || v.how === 'proxy' || v.how === 'hole'
      const s: S = readable
        ? {
            k: 'list',
            items: items.map((item, index) => (v.how === 'hole' && index === 0 ? { k: 'undefined' } : item.s)),
          }
        : { k: 'junk' }
      return {
        s,
        make: (w, later) => {
          const list: unknown[] = items.map((item) => item.make(w, later))
          later.push(() => list.push('later'))
          if (v.how === 'hole') delete list[0]
          if (v.how === 'proxy') return new Proxy(list, {})
          if (v.how === 'throwing getter') return Object.defineProperty(list, list.length, { get: boom })
          if (v.how === 'throwing a revoked proxy')
            return Object.defineProperty(list, list.length, {
              get: () => {
                throw revoked()
              },
            })
          if (v.how === 'throwing length')
            return new Proxy(list, { get: (target, key) => (key === 'length' ? boom() : Reflect.get(target, key)) })
          return list
        },
      }
    }
    case 'obj': {
      const entries = v.entries.map(([key, value]) => [key, prepare(value, fresh)] as const)
      return {
        // Keys as Object.fromEntries keeps them: the first place, the last value.
        s: { k: 'object', entries: Object.entries(Object.fromEntries(entries.map(([key, value]) => [key, value.s]))) },
        make: (w, later) => {
          const object = Object.fromEntries(entries.map(([key, value]) => [key, value.make(w, later)]))
          later.push(() => Object.assign(object, { id: 'later' }))
          return object
        },
      }
    }
    case 'fn': {
      const returns = prepare(v.returns, fresh)
      return { s: { k: 'callback', node: undefined }, make: (w, later) => () => returns.make(w, later) }
    }
    case 'cb': {
      const cond = prepareCond(v.build, fresh)
      return { s: { k: 'callback', node: cond.node }, make: (_, later) => (w: W) => cond.make(w, later) }
    }
    case 'cond': {
      const cond = prepareCond(v.build, fresh)
      return { s: { k: 'cond', node: cond.node }, make: (w, later) => cond.make(w!, later) }
    }
  }
}

function prepareCond(
  c: Cond,
  fresh: () => string,
): { node: M | undefined; make: (w: W, later: (() => void)[]) => unknown } {
  if (c.t === 'w') {
    const args = c.args.map((arg) => prepare(arg, fresh))
    const made = (condition: unknown, later: (() => void)[]) => {
      later.push(() => tamper(condition))
      return condition
    }
    return {
      node: wCall(args.map((arg) => arg.s)),
      make: (w, later) => made(w(...args.map((arg) => arg.make(w, later))), later),
    }
  }
  const list = prepare(c.list, fresh)
  const s = list.s
  const items =
    s.k === 'list' && s.items.length > 0 && s.items.every((item) => item.k === 'cond' && item.node)
      ? s.items.map((item) => (item as { node: M }).node)
      : undefined
  return { node: items && { k: c.t, items }, make: (w, later) => w[c.t](list.make(w, later)) }
}

// ---- the model: the body a chain of valid calls must compile to ---------------------------------

interface Model {
  readonly where: readonly M[]
  readonly exact: boolean // false once two conditions share a field: the filter is then checked loosely
  readonly fields: ReadonlySet<string>
  readonly order: readonly (readonly [string, string])[]
  readonly select: readonly string[]
  readonly include: readonly string[]
  readonly limit?: number
  readonly offset?: number
  readonly got?: readonly [id: number, include: readonly string[]] // what the last get asked for
  readonly aggregate?: readonly { field: string; function: string }[] // what the last aggregate asked for
}

const fieldsOf = (m: M): string[] => (m.k === 'cmp' ? [m.field] : m.items.flatMap(fieldsOf))
const flatten = (items: readonly M[]): M[] => items.flatMap((item) => (item.k === 'or' ? flatten(item.items) : [item]))

class TooBig extends Error {}

// The filter of conditions ANDed together: one key per field, OR groups as `$or`, each later group
// written inside every branch of the groups before it (an object holds one `$or`).
function expectedFilter(conditions: readonly M[], budget = { objects: 0 }): { [key: string]: Json } {
  const filter: { [key: string]: Json } = {}
  const groups: M[][] = []
  const collect = (items: readonly M[]): void => {
    for (const item of items) {
      if (item.k === 'cmp') filter[item.field] = item.op === '=' ? item.wire : { [dollar[item.op]]: item.wire }
      else if (item.k === 'and') collect(item.items)
      else {
        const flat = flatten(item.items)
        const first = flat[0]
        const field = first?.k === 'cmp' ? first.field : undefined
        const equalities = flat.filter(
          (m): m is Cmp => m.k === 'cmp' && m.field === field && (m.op === '=' || m.op === 'in'),
        )
        // An OR of equalities on one field is that field `$in` their values, each once.
        if (field !== undefined && equalities.length === flat.length) {
          const values = [...new Set(equalities.flatMap((m) => (m.op === 'in' ? (m.wire as Json[]) : [m.wire])))]
          filter[field] = values.length === 1 ? (values[0] as Json) : { $in: values }
        } else if (flat.length === 1) collect(flat)
        else groups.push(flat)
      }
    }
  }
  collect(conditions)
  const withOr = (object: { [key: string]: Json }, branches: Json[]): { [key: string]: Json } => {
    if (++budget.objects > 5000) throw new TooBig()
    const existing = object.$or as { [key: string]: Json }[] | undefined
    return { ...object, $or: existing ? existing.map((branch) => withOr(branch, branches)) : branches }
  }
  let out = filter
  for (const group of groups)
    out = withOr(
      out,
      group.map((item) => expectedFilter([item], budget)),
    )
  return out
}
const dollar: Record<Exclude<Op, '='>, string> = {
  '!=': '$ne',
  '>': '$gt',
  '>=': '$gte',
  '<': '$lt',
  '<=': '$lte',
  in: '$in',
  'not in': '$nin',
  contains: '$contains',
}

// Every `$or` branch a filter holds, each copy counted (shared objects counted once per place).
function branchCount(value: Json, memo = new Map<object, number>()): number {
  if (typeof value !== 'object' || value === null) return 0
  const known = memo.get(value)
  if (known !== undefined) return known
  let count = 0
  if (Array.isArray(value)) for (const item of value) count += branchCount(item, memo)
  else
    for (const [key, item] of Object.entries(value))
      count += (key === '$or' ? (item as Json[]).length : 0) + branchCount(item, memo)
  memo.set(value, count)
  return count
}

// Whether the filter of `where` stays within 256 branches; undefined when too big to write.
const filterOf = (where: readonly M[]): { [key: string]: Json } | undefined => {
  try {
    const filter = expectedFilter(where)
    return branchCount(filter) > 256 ? undefined : filter
  } catch (error) {
    if (error instanceof TooBig) return undefined
    throw error
  }
}

type Outcome = { ok: true; model: Model } | { ok: false } | { ok: 'either'; model: Model }

// What a call must do: succeed with this model, be refused, or (loose filter) either.
function expect1(model: Model, method: Method, args: readonly S[]): Outcome {
  const name = (s: S | undefined) => (s ? asName(s) : undefined)
  switch (method) {
    case 'where': {
      let condition: M | undefined
      if (args.length === 3) condition = compare(args[0]!, args[1]!, args[2]!)
      else if (args.length === 2) condition = compare(args[0]!, equals, args[1]!)
      else if (args.length === 1 && args[0]!.k === 'callback') condition = args[0]!.node
      if (!condition) return { ok: false }
      const fields = fieldsOf(condition)
      const exact = model.exact && new Set([...model.fields, ...fields]).size === model.fields.size + fields.length
      const next: Model = {
        ...model,
        where: [...model.where, condition],
        exact,
        fields: new Set([...model.fields, ...fields]),
      }
      if (!exact) return { ok: 'either', model: next }
      return filterOf(next.where) ? { ok: true, model: next } : { ok: false }
    }
    case 'orderBy': {
      const field = name(args[0])
      const direction =
        args.length < 2 || args[1]!.k === 'undefined' ? 'asc' : args[1]!.k === 'string' ? args[1]!.s : undefined
      if (field === undefined || (direction !== 'asc' && direction !== 'desc')) return { ok: false }
      const at = model.order.findIndex(([f]) => f === field)
      const order =
        at < 0
          ? [...model.order, [field, direction] as const]
          : model.order.map((key, i) => (i === at ? ([field, direction] as const) : key))
      return { ok: true, model: { ...model, order } }
    }
    case 'select':
    case 'include': {
      const names = args.map(name)
      if (names.length === 0 || names.some((n) => n === undefined)) return { ok: false }
      const list = [...new Set([...model[method], ...(names as string[])])]
      if (method === 'include' && list.length > 3) return { ok: false }
      return { ok: true, model: { ...model, [method]: list } }
    }
    case 'limit':
    case 'offset': {
      const n = args[0]?.k === 'number' ? args[0].n : undefined
      const min = method === 'limit' ? 1 : 0
      const max = method === 'limit' ? 5000 : Infinity
      return n !== undefined && Number.isSafeInteger(n) && n >= min && n <= max
        ? { ok: true, model: { ...model, [method]: n } }
        : { ok: false }
    }
    case 'count':
      return { ok: 'either', model }
    case 'aggregate': {
      // A plain object of field → non-empty list of known functions; options a plain object or none.
      const [spec, options] = args
      if (spec?.k !== 'object' || spec.throwing) return { ok: false }
      if (
        options !== undefined &&
        options.k !== 'undefined' &&
        (options.k !== 'object' || options.throwing?.includes('exact'))
      )
        return { ok: false }
      const pairs: string[] = []
      for (const [field, fns] of spec.entries) {
        if (asName({ k: 'string', s: field }) === undefined || fns.k !== 'list' || fns.items.length === 0)
          return { ok: false }
        for (const fn of fns.items) {
          if (fn.k !== 'string' || !['count', 'sum', 'avg', 'min', 'max'].includes(fn.s)) return { ok: false }
          if (!pairs.includes(`${field} ${fn.s}`)) pairs.push(`${field} ${fn.s}`)
        }
      }
      return {
        ok: true,
        model: {
          ...model,
          aggregate: pairs.map((pair) => ({ field: pair.split(' ')[0]!, function: pair.split(' ')[1]! })),
        },
      }
    }
    case 'get': {
      // things.get(id), then .include(…) with the other arguments, if any.
      const id = args[0]?.k === 'number' ? args[0].n : undefined
      const relations = args.slice(1).map(name)
      if (id === undefined || !Number.isSafeInteger(id) || id <= 0 || relations.some((n) => n === undefined))
        return { ok: false }
      return new Set(relations).size > 3
        ? { ok: false }
        : { ok: true, model: { ...model, got: [id, [...new Set(relations as string[])]] } }
    }
  }
}

// The body the model's chain must compile to, or undefined when compiling must be refused; its
// filter is null when the model cannot predict it exactly.
function expectedBody(model: Model): Record<string, Json> | undefined {
  if (model.include.length > 0 && (model.limit ?? 50) > 200) return undefined
  const body: Record<string, Json> = {}
  if (model.where.length > 0) body.filter = model.exact ? expectedFilter(model.where) : null
  if (model.order.length > 0) body.order = Object.fromEntries(model.order)
  if (model.select.length > 0) body.select = [...model.select]
  if (model.include.length > 0) body.include = [...model.include]
  if (model.limit !== undefined) body.limit = model.limit
  if (model.offset !== undefined) body.offset = model.offset
  return body
}

const keysIn = (value: unknown, into = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) keysIn(item, into)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!key.startsWith('$')) into.add(key)
      keysIn(item, into)
    }
  }
  return into
}
const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json

// ---- the property -------------------------------------------------------------------------------

const things = defineEntity<SchemaOf<{ id: number }>>('things', everyOperation)

describe('the builder driven with random JavaScript values', () => {
  it('returns a builder whose body the model expects, or throws QueryError; never anything else', () => {
    const numRuns = 1000
    const seen = { calls: 0, refused: 0, exactBodies: 0, orRefused: 0 }
    const started = performance.now()
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 8 }), (steps) => {
        let counter = 0
        const fresh = () => `f${counter++}`
        let q: any = things()
        let model: Model = { where: [], exact: true, fields: new Set(), order: [], select: [], include: [] }
        const made: { q: any; body: string }[] = []

        for (const step of steps) {
          const args = step.args.map((arg) => prepare(arg, fresh))
          const expected = expect1(
            model,
            step.method,
            args.map((arg) => arg.s),
          )
          const later: (() => void)[] = []
          const values = args.map((arg) => arg.make(undefined, later))
          let result: any
          let thrown: unknown
          let threw = false
          try {
            if (step.method !== 'get') result = q[step.method](...values)
            else {
              result = (things as any).get(values[0])
              if (values.length > 1) result = result.include(...values.slice(1))
            }
          } catch (error) {
            threw = true
            thrown = error
          }
          seen.calls++
          // Whatever was given, or handed out, may change now; the query must not.
          for (const change of later) change()
          if (!threw) tamper(result?.toNode?.())

          if (threw) {
            expect(isQueryError(thrown), `${step.method}: ${String(thrown)}`).toBe(true)
            expect(expected.ok, `${step.method} refused: ${(thrown as Error).message}`).not.toBe(true)
            seen.refused++
            if (/\$or branches/.test((thrown as Error).message)) seen.orRefused++
            continue
          }
          expect(expected.ok, `${step.method} accepted what must be refused`).not.toBe(false)
          if (step.method === 'get') {
            const [id, include] = (expected as { model: Model }).model.got!
            expect(result.compile()).toMatchObject({
              method: 'GET',
              path: `/v1/things/${id}`,
              query: include.length > 0 ? { include: include.join(',') } : undefined,
            })
            continue
          }
          if (step.method === 'count' || step.method === 'aggregate') {
            // Operations over the same filter: theirs is the search's. An aggregate's spec is the
            // one given at the call, with groupBy too.
            const operations = step.method === 'count' ? [result] : [result, result.groupBy('id')]
            for (const operation of operations) {
              let body: { filter?: unknown; aggregate?: unknown; groupBy?: unknown }
              try {
                body = operation.toBody()
              } catch (error) {
                expect(isQueryError(error)).toBe(true)
                expect(model.exact).toBe(false)
                continue
              }
              if (model.exact)
                expect(json(body.filter ?? null)).toEqual(
                  model.where.length > 0 ? json(expectedFilter(model.where)) : null,
                )
              if (step.method === 'aggregate') {
                const want = (expected as { model: Model }).model.aggregate!
                expect(body.aggregate ?? []).toEqual(want)
                expect(body.groupBy).toBe(operation === result ? undefined : 'id')
              }
            }
            continue
          }
          q = result
          model = (expected as { model: Model }).model

          let body: Record<string, unknown>
          try {
            body = q.toBody()
          } catch (error) {
            expect(isQueryError(error), String(error)).toBe(true)
            expect(
              model.exact && expectedBody(model) !== undefined,
              `toBody refused: ${(error as Error).message}`,
            ).toBe(false)
            continue
          }
          const want = expectedBody(model)
          expect(want, 'toBody must be refused: relations for more than 200 rows').toBeDefined()
          expect(JSON.stringify(q)).toBe(JSON.stringify(body))
          const request = q.compile()
          expect([request.method, request.path]).toEqual(['POST', '/v1/things/search'])
          expect(json(request.body)).toEqual(json(body))
          expect(Object.keys(body)).toEqual(Object.keys(want!))
          expect(Object.keys(body.order ?? {})).toEqual(Object.keys(want!.order ?? {}))
          if (model.exact) {
            expect(json(body)).toEqual(json(want))
            seen.exactBodies++
          } else {
            const { filter, ...rest } = body
            const { filter: _, ...wantRest } = want!
            expect(json(rest)).toEqual(json(wantRest))
            // Merged by rules the model does not repeat: still no field of any condition dropped,
            // and never more than 256 branches.
            const keys = keysIn(filter)
            for (const field of model.fields) expect(keys.has(field), `${field} dropped`).toBe(true)
            expect(branchCount(json(filter ?? null))).toBeLessThanOrEqual(256)
          }
          made.push({ q, body: JSON.stringify(body) })
        }
        // Nothing done since, to the values given or to later builders, changed an earlier query.
        for (const { q: earlier, body } of made) expect(JSON.stringify(earlier.toBody())).toBe(body)
      }),
      { numRuns },
    )
    const seconds = (performance.now() - started) / 1000
    console.info(
      `builder fuzz: ${numRuns} runs, ${seen.calls} calls (${seen.refused} refused, ${seen.orRefused} past the OR bound), ${seen.exactBodies} bodies checked exactly, ${seconds.toFixed(1)} s`,
    )
    // The model must be exercised, not dodged: many exact bodies, and the OR bound reached.
    expect(seen.exactBodies).toBeGreaterThan(seen.calls / 6)
    expect(seen.orRefused).toBeGreaterThan(0)
  })
})
