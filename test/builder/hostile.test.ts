// Hostile JavaScript values in every argument of every builder method get a QueryError naming the
// method (and the field, when there is one), never a TypeError or a getter's own error from inside,
// and are never accepted as something else (DESIGN §2b).
import { describe, expect, it } from 'vitest'
import {
  contacts,
  deals,
  defineEntity,
  everyOperation,
  fieldNames,
  isQueryError,
  items,
  QueryError,
} from '../../src/index.js'

const boom = (): never => {
  throw new Error('boom')
}
const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  return proxy
}
const withGetter = (list: unknown[], index: number, get: () => unknown): unknown[] =>
  Object.defineProperty(list, index, { get })

// Values that pass no check, each made fresh.
const hostile: Record<string, () => unknown> = {
  'a proxy whose traps throw': () => new Proxy({}, { get: boom, getPrototypeOf: boom, ownKeys: boom, has: boom }),
  'a revoked proxy': revoked,
  'an object with throwing getters': () => ({
    get length(): never {
      return boom()
    },
    get kind(): never {
      return boom()
    },
  }),
  'a fake Date': () => Object.create(Date.prototype),
  'a proxy of a Date': () => new Proxy(new Date(0), {}),
  'an object whose conversions throw': () => ({
    toString: boom,
    toJSON: boom,
    valueOf: boom,
    [Symbol.toPrimitive]: boom,
  }),
  'an array with a throwing getter': () => withGetter(['id', 'name'], 1, boom),
  'an array whose getter throws a revoked proxy': () =>
    withGetter(['id', 'name'], 1, () => {
      throw revoked()
    }),
  // biome-ignore lint/suspicious/noSparseArray: the hole is the hostile input
  'an array with a hole': () => ['id', , 'name'],
  'a proxy of an array whose length throws': () =>
    new Proxy(['id'], { get: (target, key) => (key === 'length' ? boom() : Reflect.get(target, key)) }),
  'a revoked proxy of an array': () => {
    const { proxy, revoke } = Proxy.revocable(['id'], {})
    revoke()
    return proxy
  },
  'a symbol': () => Symbol('id'),
  'a bigint': () => 5n,
  'a function': () => () => 'id',
  NaN: () => NaN,
  null: () => null,
  'a boxed string': () => new String('id'),
}

const C = () => contacts() as any
type Call = [method: RegExp, act: (value: unknown) => unknown]
// Each method, with the hostile value in one argument; the message must start with the method.
const calls: Record<string, Call> = {
  'where(field, value): field': [/^where\(/, (v) => C().where(v, 1)],
  'where(field, value): value': [/^where\("id", "="\)/, (v) => C().where('id', v)],
  'where(field, op, value): op': [/^where\("id"\)/, (v) => C().where('id', v, 1)],
  'where(field, op, value): value': [/^where\("id", ">"\)/, (v) => C().where('id', '>', v)],
  'where(field, "in", list)': [/^where\("id", "in"\)/, (v) => C().where('id', 'in', v)],
  'where(field, "in", [value])': [/^where\("id", "in"\)/, (v) => C().where('id', 'in', [1, v])],
  'where(field, "not in", list)': [/^where\("id", "not in"\)/, (v) => C().where('id', 'not in', v)],
  'where(field, "contains", text)': [/^where\("name", "contains"\)/, (v) => C().where('name', 'contains', v)],
  'where(callback) returning it': [/^where\(callback\)/, (v) => C().where(() => v)],
  'w(field, value)': [/^where\("id", "="\)/, (v) => C().where((w: any) => w('id', v))],
  'w(field, op, value)': [/^where\("id", "in"\)/, (v) => C().where((w: any) => w('id', 'in', v))],
  'w.or(list)': [/^or\(\)/, (v) => C().where((w: any) => w.or(v))],
  'w.or([condition, value])': [/^or\(\)/, (v) => C().where((w: any) => w.or([w('id', 1), v]))],
  'w.and(list)': [/^and\(\)/, (v) => C().where((w: any) => w.and(v))],
  'orderBy(field)': [/^orderBy\(/, (v) => C().orderBy(v)],
  'orderBy(field, direction)': [/^orderBy\("id"\)/, (v) => C().orderBy('id', v)],
  'select(field)': [/^select\(/, (v) => C().select('id', v)],
  'include(relation)': [/^include\(/, (v) => C().include(v)],
  'limit(n)': [/^limit\(/, (v) => C().limit(v)],
  'offset(n)': [/^offset\(/, (v) => C().offset(v)],
  'aggregate(spec)': [/^aggregate/, (v) => C().aggregate(v)],
  'aggregate({ field: functions })': [/^aggregate/, (v) => C().aggregate({ id: v })],
  'aggregate(spec, options)': [/^aggregate/, (v) => C().aggregate({}, v)],
  'get(id)': [/^deals\.get\(/, (v) => (deals as any).get(v)],
  'get(id).include(relation)': [/^include\(/, (v) => (deals as any).get(1).include(v)],
  'defineEntity(name)': [/^entity\(/, (v) => (defineEntity as any)(v, everyOperation)],
  'defineEntity(name, operations)': [/^defineEntity\("things"\)/, (v) => (defineEntity as any)('things', v)],
  'defineEntity(name, [operation])': [
    /^defineEntity\("things"\)/,
    (v) => (defineEntity as any)('things', ['search', v]),
  ],
  'defineEntity(name, operations, options)': [
    /^defineEntity\("things"\)/,
    (v) => (defineEntity as any)('things', ['search'], v),
  ],
  'defineEntity(…, { check })': [
    /^defineEntity\("things"\)/,
    (v) => (defineEntity as any)('things', ['search'], { check: v }),
  ],
  'items(entityTypeId)': [/^items\(/, (v) => (items as any)(v)],
  'fieldNames(entity)': [/^fieldNames\(/, (v) => (fieldNames as any)(v, ['id'])],
  'fieldNames(entity, names)': [/^fieldNames\(/, (v) => (fieldNames as any)('things', v)],
  'fieldNames(entity, [name])': [/^fieldNames\(/, (v) => (fieldNames as any)('things', ['id', v])],
}

// What an argument is allowed to be: a function is a check; options without a check have none.
const takes = (call: string, value: string): boolean =>
  (call === 'defineEntity(…, { check })' && value === 'a function') ||
  (call === 'defineEntity(name, operations, options)' && value.startsWith('an object ')) ||
  // Options without `exact` are options all the same.
  (call === 'aggregate(spec, options)' && value.startsWith('an object '))

describe('hostile values in every builder argument', () => {
  for (const [call, [method, act]] of Object.entries(calls)) {
    it(`${call} refuses each with QueryError naming the method`, () => {
      for (const [name, make] of Object.entries(hostile)) {
        if (takes(call, name)) continue
        let thrown: unknown
        try {
          act(make())
        } catch (error) {
          thrown = error
        }
        expect(isQueryError(thrown), `${name}: ${thrown === undefined ? 'accepted' : String(thrown)}`).toBe(true)
        expect((thrown as QueryError).message, name).toMatch(method)
      }
    })
  }

  it('names the field when the value of a condition cannot be read', () => {
    let thrown: unknown
    try {
      C().where('id', 'in', withGetter([1, 2], 1, boom))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(QueryError)
    expect((thrown as QueryError).field).toBe('id')
    expect((thrown as QueryError).message).toBe('where("id", "in"): a value could not be read (boom)')
  })

  it('refuses an operation the entity reference does not list, instead of ignoring it', () => {
    expect(() => (defineEntity as any)('things', ['search', 'gets'])).toThrow(
      /^defineEntity\("things"\): operation 1 is "gets"; use list, get, create, update, delete, fields, search, aggregate$/,
    )
  })

  it('reads an aggregate spec and its options once, at the call: groupBy sees what aggregate saw', () => {
    const spec = { amount: ['sum'] }
    let reads = 0
    const op = (deals() as any).aggregate(spec, {
      get exact() {
        reads++
        return false
      },
    })
    spec.amount.push('max')
    ;(spec as Record<string, string[]>).id = ['count']
    const sum = [{ field: 'amount', function: 'sum' }]
    expect(op.toBody()).toEqual({ aggregate: sum })
    expect(op.groupBy('stageId').toBody()).toEqual({ aggregate: sum, groupBy: 'stageId' })
    expect(reads).toBe(1)
  })

  it('lets an error thrown by the where callback itself through unchanged', () => {
    const mine = new RangeError('mine')
    expect(() =>
      C().where(() => {
        throw mine
      }),
    ).toThrow(mine)
  })
})
