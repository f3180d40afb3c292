/**
 * The emulator's own filter evaluator. It reads the **wire JSON** of `filter` (never the builder's
 * internal nodes) and compiles it into a predicate over stored rows, validating as it goes.
 *
 * The docs' three syntaxes (lines 696–853), freely mixed in one object, every entry ANDed:
 * - `$` operators in a field's object: `{ "amount": { "$gte": 50000 } }` — `$gt $gte $lt $lte $ne
 *   $contains $in`, plus `$nin` (not in the docs' table; listed by the service's own
 *   `INVALID_FILTER_OPERATOR` message); several in one object are ANDed;
 * - prefix keys: `{ ">=amount": 50000, "!stageId": "LOST" }` — `>= > <= < ! %`;
 * - operator keys in a field's object: `{ "amount": { ">=": 50000 }, "stageId": { "!": "LOST" } }` —
 *   the same six, plus `!=`.
 * A bare value is an exact match; `null` matches an empty field. The entity overview also writes a
 * `$` operator above the fields, `?filter[$gte][amount]=1000` (line 10260): `{ "$gte": { "amount": 1000 } }`
 * reads as `{ "amount": { "$gte": 1000 } }`.
 *
 * Any other operator token — the upstream Bitrix24 prefixes `=`, `@`, `!@`, `=%`, `!%` included —
 * answers 400 `INVALID_FILTER_OPERATOR`; a field the entity does not have 400 `INVALID_FILTER_FIELD`
 * (line 1123); any other malformed filter 400 `INVALID_FILTER` (line 37640).
 *
 * A field the entity's page says the service ignores in filters (task `statusChangedDate`) names a
 * known field, so it is no error, but its condition filters nothing.
 *
 * Choices of the emulator (unconfirmed): `$or: [ {…}, {…} ]` ORs whole filters (the docs of
 * 2026-05-05 have no OR form); `$contains` and `%` match substrings case-insensitively, exact
 * matches on text are case-sensitive; a bare array is refused (write `$in`).
 *
 * @module
 */
import { fail } from './error-codes.js'
import type { EmulatorError } from './emulator-error.js'
import { requireField } from './field-lookup.js'
import { isPlainObject } from './params.js'
import type { EmulatorRow, EntityFields } from './types.js'
import { coerceOperand, compareScalars, storedScalars, type Scalar } from './values.js'

/**
 * A compiled filter: tells whether a row matches.
 *
 * @example
 * ```ts
 * const p: Predicate = (row) => row['id'] === 1
 * ```
 * @category Testing
 */
export type Predicate = (row: EmulatorRow) => boolean

/**
 * What a filter is compiled against.
 *
 * @example
 * ```ts
 * const ctx: FilterContext = { entity: 'deals', fields, offsetMinutes: 180 }
 * ```
 * @category Testing
 */
export interface FilterContext {
  /** The entity name (for messages). */
  readonly entity: string
  /** Its known fields. */
  readonly fields: EntityFields
  /** Minutes east of UTC assumed for ISO strings without an offset. */
  readonly offsetMinutes: number
  /** Fields the service ignores in filters: a condition on one is checked, then matches every row. */
  readonly ignored?: readonly string[]
}

type Op = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'contains'

/** `$` operators, inside a field's object. */
const DOLLAR_OPS: Readonly<Record<string, Op>> = {
  $gt: 'gt',
  $gte: 'gte',
  $lt: 'lt',
  $lte: 'lte',
  $ne: 'ne',
  $contains: 'contains',
  $in: 'in',
  $nin: 'nin',
}

/** Prefix keys, written before the field name. */
const PREFIXES: Readonly<Record<string, Op>> = {
  '>=': 'gte',
  '>': 'gt',
  '<=': 'lte',
  '<': 'lt',
  '!': 'ne',
  '%': 'contains',
}

/** Operator keys, inside a field's object: the prefixes and `!=`. */
const OPERATOR_KEYS: Readonly<Record<string, Op>> = { ...PREFIXES, '!=': 'ne' }

/** The OR group key: the emulator's choice, unconfirmed. */
const OR_KEY = '$or'

const SUPPORTED =
  `Supported: ${Object.keys(DOLLAR_OPS).join(', ')} in a field's object; ` +
  `prefixes ${Object.keys(PREFIXES).join(', ')}; ` +
  `operator keys ${Object.keys(OPERATOR_KEYS).join(', ')}; ${OR_KEY} for OR groups`

const ALWAYS: Predicate = () => true

/** The leading operator token of a key (`">="` of `">=amount"`), and the field name after it. */
const PREFIXED_KEY = /^([^A-Za-z_]*)(.*)$/s

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

function unsupported(token: string, field?: string): EmulatorError {
  const where = field === undefined ? '' : ` on field '${field}'`
  return fail('INVALID_FILTER_OPERATOR', `Unsupported filter operator '${token}'${where}. ${SUPPORTED}`)
}

/**
 * Compiles a wire `filter` into a predicate, throwing a 400 error for anything it cannot read.
 * `undefined` and `null` match every row.
 *
 * @param filter - the `filter` member as sent (JSON body, or the parsed bracket query string)
 * @param ctx - the entity, its fields and the default offset
 * @returns the predicate
 * @example
 * ```ts
 * const match = compileFilter({ companyId: 15, '>=amount': 5, stageId: { '!': 'LOST' } }, ctx)
 * rows.filter(match)
 * ```
 * @category Testing
 */
export function compileFilter(filter: unknown, ctx: FilterContext): Predicate {
  if (filter === undefined || filter === null) return ALWAYS
  if (!isPlainObject(filter)) throw fail('INVALID_FILTER', 'filter must be an object')
  const parts: Predicate[] = []
  for (const [key, value] of Object.entries(filter)) parts.push(...compileKey(key, value, ctx))
  return allOf(parts)
}

function compileKey(key: string, value: unknown, ctx: FilterContext): Predicate[] {
  if (key === OR_KEY) return [compileOr(value, ctx)]
  if (key.startsWith('$')) {
    const op = own(DOLLAR_OPS, key)
    if (op === undefined) throw unsupported(key)
    if (!isPlainObject(value)) {
      throw fail('INVALID_FILTER', `'${key}' above the fields takes an object { field: value }`)
    }
    return Object.entries(value).map(([name, operand]) => condition(ctx, name, op, operand))
  }
  const [, token = '', name = ''] = PREFIXED_KEY.exec(key) ?? []
  if (token !== '') {
    const op = own(PREFIXES, token)
    if (op === undefined) throw unsupported(token, name === '' ? undefined : name)
    if (name === '') throw fail('INVALID_FILTER', `Filter key '${key}' names no field`)
    if (isPlainObject(value)) throw fail('INVALID_FILTER', `Filter key '${key}' takes a value, not an operator object`)
    return [condition(ctx, name, op, value)]
  }
  if (!isPlainObject(value)) return [condition(ctx, name, 'eq', value)]
  const entries = Object.entries(value)
  if (entries.length === 0) throw fail('INVALID_FILTER', `Field '${name}' has an empty operator object`)
  requireField(ctx.entity, ctx.fields, name, 'filter')
  return entries.map(([opKey, operand]) => {
    const op = own(DOLLAR_OPS, opKey) ?? own(OPERATOR_KEYS, opKey)
    if (op === undefined) throw unsupported(opKey, name)
    return condition(ctx, name, op, operand)
  })
}

function allOf(parts: readonly Predicate[]): Predicate {
  if (parts.length === 0) return ALWAYS
  if (parts.length === 1) return parts[0] ?? ALWAYS
  return (row) => parts.every((p) => p(row))
}

function compileOr(value: unknown, ctx: FilterContext): Predicate {
  if (!Array.isArray(value) || value.length === 0) {
    throw fail('INVALID_FILTER', `${OR_KEY} must be a non-empty array of filter objects`)
  }
  const branches = value.map((branch, i) => {
    if (!isPlainObject(branch)) throw fail('INVALID_FILTER', `${OR_KEY}[${i}] must be a filter object`)
    return compileFilter(branch, ctx)
  })
  return (row) => branches.some((p) => p(row))
}

function condition(ctx: FilterContext, name: string, op: Op, operand: unknown): Predicate {
  const { kind } = requireField(ctx.entity, ctx.fields, name, 'filter')
  if (kind === 'array' || kind === 'object') throw fail('INVALID_FILTER', `Field '${name}' cannot be used in a filter`)
  if (ctx.ignored?.includes(name) === true) return ALWAYS
  const off = ctx.offsetMinutes
  const read = (row: EmulatorRow): Scalar[] =>
    storedScalars(kind, Object.hasOwn(row, name) ? row[name] : undefined, off)
  if (op === 'in' || op === 'nin') {
    if (!Array.isArray(operand)) throw fail('INVALID_FILTER', `Field '${name}': $${op} takes an array`)
    const set = new Set<Scalar>(operand.map((v) => coerceOperand(name, kind, v, off)))
    const inSet = (row: EmulatorRow): boolean => read(row).some((c) => set.has(c))
    return op === 'in' ? inSet : (row) => !inSet(row)
  }
  if (Array.isArray(operand)) {
    throw fail('INVALID_FILTER', `Field '${name}': ${op} takes a single value (write $in for a list)`)
  }
  if (operand === null) {
    if (op === 'eq') return (row) => read(row).length === 0
    if (op === 'ne') return (row) => read(row).length > 0
    throw fail('INVALID_FILTER', `Field '${name}': ${op} does not take null`)
  }
  if (op === 'contains') {
    if (kind !== 'string' && kind !== 'multifield') {
      throw fail('INVALID_FILTER', `Field '${name}': a substring match needs a text field, not ${kind}`)
    }
    const needle = String(coerceOperand(name, kind, operand, off)).toLowerCase()
    return (row) => read(row).some((c) => String(c).toLowerCase().includes(needle))
  }
  const v = coerceOperand(name, kind, operand, off)
  if (op === 'eq') return (row) => read(row).some((c) => c === v)
  if (op === 'ne') return (row) => !read(row).some((c) => c === v)
  if (kind === 'boolean') throw fail('INVALID_FILTER', `Field '${name}': ${op} does not apply to booleans`)
  const test = RANGE[op]
  return (row) => read(row).some((c) => typeof c === typeof v && test(compareScalars(c, v)))
}

const RANGE: Readonly<Record<'gt' | 'gte' | 'lt' | 'lte', (cmp: number) => boolean>> = {
  gt: (c) => c > 0,
  gte: (c) => c >= 0,
  lt: (c) => c < 0,
  lte: (c) => c <= 0,
}
