/**
 * The emulator's own filter evaluator. It reads the **wire JSON** of `filter` (never the builder's
 * internal nodes) and compiles it into a predicate over stored rows, validating as it goes.
 *
 * Accepted forms (all may be mixed in one object; every entry is ANDed):
 * - bare value: exact match, `{ companyId: 15 }`; `null` matches an empty field;
 * - `$` operators in a per-field object: `$gt $gte $lt $lte $ne $contains $in`, several ANDed;
 * - key prefixes: `>=` `>` `<=` `<` `!` (not equal) `=` (equal) `@` (in) `!@` (not in) `%` (substring);
 * - `$or: [ {…}, {…} ]`: each element is a whole filter (ANDed inside), the elements are ORed; nests.
 *
 * Choices of the emulator (the real service does not document them): `$contains` and `%` match
 * substrings case-insensitively, exact matches on text are case-sensitive; a bare array value is
 * rejected (use `$in` or `@`); `$or` is our encoding of OR groups, unconfirmed; an unknown field
 * answers 400 `UNKNOWN_FIELD`, an unknown `$` operator 400 `UNKNOWN_OPERATOR`, any other malformed
 * filter 400 `INVALID_FILTER`.
 *
 * @module
 */
import { EmulatorError } from './emulator-error.js'
import { FIELD_NAME } from './entity-fields.js'
import { requireField } from './field-lookup.js'
import type { EmulatorRow, EntityFields, FieldDescriptor } from './types.js'
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
}

type Op = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'contains'

const DOLLAR_OPS: Readonly<Record<string, Op>> = {
  $gt: 'gt',
  $gte: 'gte',
  $lt: 'lt',
  $lte: 'lte',
  $ne: 'ne',
  $contains: 'contains',
  $in: 'in',
}

const PREFIX_OPS: Readonly<Record<string, Op>> = {
  '>=': 'gte',
  '>': 'gt',
  '<=': 'lte',
  '<': 'lt',
  '!': 'ne',
  '=': 'eq',
  '@': 'in',
  '!@': 'nin',
  '%': 'contains',
}

const PREFIXED_KEY = /^(!@|>=|<=|>|<|!|=|@|%)?(.*)$/s

const ALWAYS: Predicate = () => true

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function invalid(message: string): EmulatorError {
  return new EmulatorError(400, 'INVALID_FILTER', message)
}

/**
 * Compiles a wire `filter` into a predicate, throwing a 400 {@link EmulatorError} for anything it
 * cannot read. `undefined` and `null` match every row.
 *
 * @param filter - the `filter` member as sent (JSON body, or the parsed bracket query string)
 * @param ctx - the entity, its fields and the default offset
 * @returns the predicate
 * @example
 * ```ts
 * const match = compileFilter({ companyId: 15, '>=amount': 5, $or: [{ stageId: 'NEW' }, { stageId: 'WON' }] }, ctx)
 * rows.filter(match)
 * ```
 * @category Testing
 */
export function compileFilter(filter: unknown, ctx: FilterContext): Predicate {
  if (filter === undefined || filter === null) return ALWAYS
  if (!isPlainObject(filter)) throw invalid('filter must be an object')
  const parts: Predicate[] = []
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$or') parts.push(compileOr(value, ctx))
    else if (key.startsWith('$')) throw unknownOperator(key)
    else parts.push(...compileEntry(key, value, ctx))
  }
  return allOf(parts)
}

function unknownOperator(key: string): EmulatorError {
  return new EmulatorError(400, 'UNKNOWN_OPERATOR', `Unknown filter operator '${key}'`, {
    hint: `Supported: ${Object.keys(DOLLAR_OPS).join(' ')} and $or; prefixes >= > <= < ! = @ !@ %`,
  })
}

function allOf(parts: readonly Predicate[]): Predicate {
  if (parts.length === 0) return ALWAYS
  if (parts.length === 1) return parts[0] ?? ALWAYS
  return (row) => parts.every((p) => p(row))
}

function compileOr(value: unknown, ctx: FilterContext): Predicate {
  if (!Array.isArray(value) || value.length === 0) throw invalid('$or must be a non-empty array of filter objects')
  const branches = value.map((branch, i) => {
    if (!isPlainObject(branch)) throw invalid(`$or[${i}] must be a filter object`)
    return compileFilter(branch, ctx)
  })
  return (row) => branches.some((p) => p(row))
}

function compileEntry(key: string, value: unknown, ctx: FilterContext): Predicate[] {
  const m = PREFIXED_KEY.exec(key)
  const prefix = m?.[1]
  const name = m?.[2] ?? key
  if (!FIELD_NAME.test(name)) throw invalid(`Unrecognised filter key '${key}'`)
  const field = requireField(ctx.entity, ctx.fields, name, 'filter')
  if (prefix !== undefined) {
    const op = PREFIX_OPS[prefix]
    if (op === undefined) throw invalid(`Unrecognised filter key '${key}'`)
    if (isPlainObject(value)) throw invalid(`Filter key '${key}' takes a value, not an operator object`)
    return [condition(name, field, op, value, ctx)]
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
    if (entries.length === 0) throw invalid(`Field '${name}' has an empty operator object`)
    return entries.map(([opKey, operand]) => {
      if (!opKey.startsWith('$')) {
        throw invalid(`Field '${name}': '${opKey}' is not an operator (operators start with $)`)
      }
      const op = Object.hasOwn(DOLLAR_OPS, opKey) ? DOLLAR_OPS[opKey] : undefined
      if (op === undefined) throw unknownOperator(opKey)
      return condition(name, field, op, operand, ctx)
    })
  }
  return [condition(name, field, 'eq', value, ctx)]
}

function condition(name: string, field: FieldDescriptor, op: Op, operand: unknown, ctx: FilterContext): Predicate {
  const { type } = field
  if (type === 'array' || type === 'object') {
    throw new EmulatorError(400, 'FIELD_NOT_FILTERABLE', `Field '${name}' cannot be used in a filter`)
  }
  const off = ctx.offsetMinutes
  const read = (row: EmulatorRow): Scalar[] => storedScalars(type, Object.hasOwn(row, name) ? row[name] : undefined, off)
  const label = op === 'eq' || op === 'ne' ? 'exact match' : op
  if (op === 'in' || op === 'nin') {
    if (!Array.isArray(operand)) throw invalid(`Field '${name}': ${op === 'in' ? '$in / @' : '!@'} takes an array`)
    const set = new Set<Scalar>(operand.map((v) => coerceOperand(name, type, v, off)))
    const inSet = (row: EmulatorRow): boolean => read(row).some((c) => set.has(c))
    return op === 'in' ? inSet : (row) => !inSet(row)
  }
  if (Array.isArray(operand)) throw invalid(`Field '${name}': ${label} takes a single value (use $in for a list)`)
  if (operand === null) {
    if (op === 'eq') return (row) => read(row).length === 0
    if (op === 'ne') return (row) => read(row).length > 0
    throw invalid(`Field '${name}': ${op} does not take null`)
  }
  if (op === 'contains') {
    if (type !== 'string' && type !== 'multifield') {
      throw invalid(`Field '${name}': $contains / % applies to text fields, not ${type}`)
    }
    const needle = String(coerceOperand(name, type, operand, off)).toLowerCase()
    return (row) => read(row).some((c) => String(c).toLowerCase().includes(needle))
  }
  const v = coerceOperand(name, type, operand, off)
  if (op === 'eq') return (row) => read(row).some((c) => c === v)
  if (op === 'ne') return (row) => !read(row).some((c) => c === v)
  if (type === 'boolean') throw invalid(`Field '${name}': ${op} does not apply to booleans`)
  const test = RANGE[op]
  return (row) => read(row).some((c) => typeof c === typeof v && test(compareScalars(c, v)))
}

const RANGE: Readonly<Record<'gt' | 'gte' | 'lt' | 'lte', (cmp: number) => boolean>> = {
  gt: (c) => c > 0,
  gte: (c) => c >= 0,
  lt: (c) => c < 0,
  lte: (c) => c <= 0,
}
