// Turns untrusted builder input into frozen nodes, or throws QueryError naming the call, the field
// and the reason. TypeScript callers are stopped earlier by the types; these checks are for
// JavaScript callers and values typed `any`. Messages are short on purpose: every byte ships.
import { QueryError } from '../errors/query-error.js'
import type { CompareNode, FilterNode, ScalarValue } from '../node/filter-node.js'
import { isOperator, operandShapes, type Operator } from '../node/operator.js'
import { freezeFilter, type Direction } from '../node/search-node.js'

/** The most rows one search returns. @internal */
export const maxLimit = 5000

// The time of a Date, or NaN for an invalid or fake one (a look-alike object or a proxy would make
// `getTime` throw a TypeError).
const timeOf = (value: Date): number => {
  try {
    return Date.prototype.getTime.call(value)
  } catch {
    return NaN
  }
}

/** @internal */
export const show = (value: unknown): string => {
  // A revoked proxy or a hostile prototype makes even Array.isArray or instanceof throw.
  try {
    return typeof value === 'string'
      ? JSON.stringify(value)
      : Array.isArray(value)
        ? 'an array'
        : isDate(value)
          ? 'an invalid Date'
          : typeof value === 'object' && value
            ? 'an object'
            : typeof value === 'symbol'
              ? 'a symbol'
              : `${String(value)}${typeof value === 'bigint' ? 'n' : ''}`
  } catch {
    return 'a value that cannot be read'
  }
}

/** `value instanceof Date`, false for a proxy whose prototype cannot be read. @internal */
export const isDate = (value: unknown): value is Date => {
  try {
    return value instanceof Date
  } catch {
    return false
  }
}

/** A plain object: `{ … }` or JSON.parse's, not an array, a Date, a boxed value or null. @internal */
export const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

/** The name of a call in a message: a string, or an object that writes it only when a message needs it. @internal */
export type Text = string | { toString(): string }

/** @internal */
export const fail = (call: Text, reason: string, field?: string): never => {
  throw new QueryError(`${call}: ${reason}`, field)
}

/** @internal */
export function parseEntity(name: unknown): string {
  if (typeof name === 'string' && /^[A-Za-z][\w-]*(\/[\w-]+)*$/.test(name)) return name
  return fail(
    `entity(${show(name)})`,
    'takes a plural name from the path /v1/{entity}, such as "contacts" or "items/128"',
  )
}

// Names that passed the checks below; most queries repeat a handful of field names.
const validFields = new Set<string>()

/** @internal */
export function parseField(method: string, field: unknown): string {
  if (validFields.has(field as string)) return field as string
  const call = `${method}(${show(field)})`
  if (typeof field !== 'string' || !/^[A-Za-z_]\w*$/.test(field)) {
    fail(call, 'not a field name (letters, digits and _); operators go in the next argument', field as string)
  }
  if (['__proto__', 'constructor', 'prototype'].includes(field as string))
    fail(call, 'a reserved name, not a field', field as string)
  if (validFields.size < 1000) validFields.add(field as string)
  return field as string
}

// One value of a condition, captured as it is now (a Date as its time); `reject` throws the reason.
const parseValue = (value: unknown, op: Operator, reject: (reason: string) => never): ScalarValue => {
  if (isDate(value)) {
    const time = timeOf(value)
    // Frozen where it leaves the builder (freezeFilter: toNode, condition below), not here: freezing cost
    // as much as the rest of the parse.
    return Number.isNaN(time) ? reject('the value is an invalid Date') : { time }
  }
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value
  if (typeof value !== 'boolean') return reject(`the value is ${show(value)}`)
  return op === '=' || op === '!=' || op === 'in' || op === 'not in' ? value : reject(`"${op}" does not take a boolean`)
}

// The operand as stored. A list is read by index, so neither a sparse array nor an overridden
// iterator can smuggle in a hole or change what is stored.
const parseOperand = (op: Operator, value: unknown, reject: (reason: string) => never): CompareNode['value'] => {
  const shape = operandShapes[op]
  if (shape === 'value') return parseValue(value, op, reject)
  if (shape === 'text')
    return typeof value === 'string' && value !== '' ? value : reject(`"${op}" takes a non-empty string`)
  if (!Array.isArray(value) || value.length === 0) return reject(`"${op}" takes a non-empty array`)
  const items: ScalarValue[] = []
  for (let index = 0; index < value.length; index++) {
    items.push(parseValue(value[index], op, (reason) => reject(`item ${index} of "${op}": ${reason}`)))
  }
  return items
}

/** @internal */
export function parseCompare(method: string, field: unknown, op: unknown, value: unknown): CompareNode {
  const name = parseField(method, field)
  if (!isOperator(op))
    fail(`${method}(${show(name)})`, `unknown operator ${show(op)}; use ${Object.keys(operandShapes).join(', ')}`, name)
  // The call's text is written only when something fails: writing it for every condition cost as
  // much as the rest of the parse.
  const call = { toString: () => `${method}(${show(name)}, ${show(op)})` }
  const operand = guarded(call, () => parseOperand(op as Operator, value, (reason) => fail(call, reason, name)), name)
  return { kind: 'compare', field: name, op: op as Operator, value: operand }
}

// The conditions handed out to callbacks, frozen: only these are accepted back, so a hand-made
// object cannot slip past the checks above.
const conditions = new WeakSet<FilterNode>()
const condition = <N extends FilterNode>(node: N): N => {
  conditions.add(node)
  return freezeFilter(node)
}

/** @internal */
export const isFilterNode = (value: unknown): value is FilterNode => conditions.has(value as FilterNode)

/** @internal */
export const parseCondition = (field: unknown, op: unknown, value: unknown): FilterNode =>
  condition(parseCompare('where', field, op, value))

/** @internal */
export function parseGroup(kind: 'and' | 'or', items: unknown): FilterNode {
  const call = `${kind}()`
  const list = guarded(call, () => {
    if (!Array.isArray(items) || items.length === 0)
      fail(call, "takes a non-empty array of conditions made by the callback's argument")
    const list: FilterNode[] = []
    for (let index = 0; index < (items as unknown[]).length; index++) {
      const item = (items as unknown[])[index]
      if (!isFilterNode(item)) fail(call, `item ${index} is not a condition made by the callback's argument`)
      list.push(item as FilterNode)
    }
    return list
  })
  return condition({ kind, items: Object.freeze(list) })
}

/** @internal */
export function parseDirection(field: string, direction: unknown): Direction {
  if (direction !== 'asc' && direction !== 'desc')
    fail(`orderBy(${show(field)})`, `the direction is ${show(direction)}; use "asc" or "desc"`, field)
  return direction as Direction
}

/** @internal */
export const parseCount = (method: string, value: unknown, min: number, max = Infinity): number => {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
    fail(`${method}(${show(value)})`, `takes an integer from ${min}${max < Infinity ? ` to ${max}` : ' up'}`)
  }
  return value as number
}

/** @internal */
export const parseLimit = (limit: unknown): number => parseCount('limit', limit, 1, maxLimit)

/** @internal */
export const parseOffset = (offset: unknown): number => parseCount('offset', offset, 0)

// A value a write sends, checked and copied (so a later change to the caller's object or Date
// changes nothing): JSON values only, no NaN or Infinity (JSON would turn them into null), no
// cycle, at most 32 levels deep.
function parseWriteValue(value: unknown, at: string, reject: (reason: string) => never, depth = 0): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : reject(`${at} is ${show(value)}`)
  if (depth > 32) return reject(`${at} nests deeper than 32 levels (or holds a cycle)`)
  if (isDate(value)) {
    const time = timeOf(value)
    return Number.isNaN(time) ? reject(`${at} is an invalid Date`) : new Date(time)
  }
  if (Array.isArray(value)) {
    const items: unknown[] = []
    for (let index = 0; index < value.length; index++)
      items.push(parseWriteValue(value[index], `${at}[${index}]`, reject, depth + 1))
    return items
  }
  if (isPlain(value)) {
    if ('VALUE' in value || 'VALUE_TYPE' in value) {
      reject(`${at} uses Bitrix24's VALUE/VALUE_TYPE; write { value, typeId } (the service refuses the other shape)`)
    }
    const copy: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      if (key === '__proto__') reject(`${at} has a key "__proto__", which JSON would not carry`)
      copy[key] = parseWriteValue((value as Record<string, unknown>)[key], `${at}.${key}`, reject, depth + 1)
    }
    return copy
  }
  return reject(`${at} is ${value === undefined ? 'undefined; use null to clear a field' : show(value)}`)
}

/**
 * The fields of a create or update, checked and copied: a plain object of field names and JSON
 * values, at least one field.
 *
 * @internal
 */
export function parseWrite(call: string, input: unknown): Record<string, unknown> {
  return guarded(call, () => {
    if (!isPlain(input)) {
      return fail(call, 'takes an object of fields, such as { title: "Big one" }')
    }
    const fields: Record<string, unknown> = {}
    for (const key of Object.keys(input)) {
      const name = parseField(call, key)
      fields[name] = parseWriteValue((input as Record<string, unknown>)[key], name, (reason) =>
        fail(call, reason, name),
      )
    }
    if (Object.keys(fields).length === 0) fail(call, 'takes at least one field')
    return fields
  })
}

/**
 * Runs a parse, turning whatever a hostile value throws on the way (a getter, a proxy trap, a
 * stack overflow) into a QueryError naming the call and, when given, the field.
 *
 * @internal
 */
export function guarded<T>(call: Text, parse: () => T, field?: string): T {
  try {
    return parse()
  } catch (error) {
    // What was thrown may be hostile too (a revoked proxy cannot even say what it is).
    let own = false
    let message: unknown
    try {
      own = error instanceof QueryError
      message = (error as Error).message
    } catch {}
    if (own) throw error
    return fail(call, `a value could not be read (${typeof message === 'string' ? message : show(error)})`, field)
  }
}

/** A record id: a positive safe integer. @internal */
export const parseId = (call: string, id: unknown): number =>
  Number.isSafeInteger(id) && (id as number) > 0
    ? (id as number)
    : fail(`${call}(${show(id)})`, 'takes a record id, a positive integer')

/**
 * The relations of `include`, added to those already asked for: names checked, duplicates sent
 * once, at most `max` in all.
 *
 * @internal
 */
export function parseInclude(current: readonly string[], relations: readonly unknown[], max: number): string[] {
  if (relations.length === 0) fail('include()', 'takes at least one relation')
  const names = [...current]
  for (let index = 0; index < relations.length; index++) {
    const name = parseField('include', relations[index])
    if (!names.includes(name)) names.push(name)
  }
  if (names.length > max) fail('include()', `takes at most ${max} relations per request, not ${names.length}`)
  return names
}
