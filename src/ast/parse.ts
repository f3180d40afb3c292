// Turns untrusted builder input into frozen nodes, or throws QueryError naming the call, the field
// and the reason. TypeScript callers are stopped earlier by the types; these checks are for
// JavaScript callers and values typed `any`. Messages are short on purpose: every byte ships.
import { QueryError } from '../errors/query-error.js'
import type { CompareNode, FilterNode, ScalarValue } from './filter-node.js'
import { isOperator, operators, type Operator } from './operator.js'
import type { Direction } from './search-node.js'

/** The largest `limit` the service accepts. @internal */
export const maxLimit = 5000

const show = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value)
    : Array.isArray(value)
      ? 'an array'
      : value instanceof Date
        ? 'an invalid Date'
        : typeof value === 'object' && value
          ? 'an object'
          : `${String(value)}${typeof value === 'bigint' ? 'n' : ''}`

const fail = (call: string, reason: string, field?: string): never => {
  throw new QueryError(`${call}: ${reason}`, field)
}

/** @internal */
export function parseEntity(name: unknown): string {
  if (typeof name === 'string' && /^[A-Za-z][\w-]*(\/[\w-]+)*$/.test(name)) return name
  return fail(`entity(${show(name)})`, 'takes a plural name from the path /v1/{entity}, such as "contacts" or "items/128"')
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
  if (['__proto__', 'constructor', 'prototype'].includes(field as string)) fail(call, 'a reserved name, not a field', field as string)
  if (validFields.size < 1000) validFields.add(field as string)
  return field as string
}

/** What is wrong with one value of operator `op`, if anything. */
const valueProblem = (value: unknown, op: Operator): string | undefined =>
  value instanceof Date
    ? Number.isNaN(value.getTime())
      ? 'the value is an invalid Date'
      : undefined
    : typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
      ? undefined
      : typeof value === 'boolean'
        ? op === '=' || op === '!=' || op === 'in'
          ? undefined
          : `"${op}" does not take a boolean`
        : `the value is ${show(value)}`

const operandProblem = (op: Operator, value: unknown): string | undefined => {
  if (op === 'contains') return typeof value === 'string' && value !== '' ? undefined : '"contains" takes a non-empty string'
  if (op !== 'in') return valueProblem(value, op)
  if (!Array.isArray(value) || value.length === 0) return '"in" takes a non-empty array'
  for (const [index, item] of value.entries()) {
    const problem = valueProblem(item, op)
    if (problem) return `item ${index} of "in": ${problem}`
  }
  return undefined
}

/** @internal */
export function parseCompare(method: string, field: unknown, op: unknown, value: unknown): CompareNode {
  const name = parseField(method, field)
  if (!isOperator(op)) fail(`${method}(${show(name)})`, `unknown operator ${show(op)}; use ${Object.keys(operators).join(' ')}`, name)
  const problem = operandProblem(op as Operator, value)
  if (problem) fail(`${method}(${show(name)}, ${show(op)})`, problem, name)
  const stored = Array.isArray(value) ? Object.freeze([...value]) : value
  return { kind: 'compare', field: name, op: op as Operator, value: stored as ScalarValue }
}

// The conditions handed out to callbacks: only these are accepted back, so a hand-made object
// cannot slip past the checks above.
const conditions = new WeakSet<FilterNode>()
const condition = (node: FilterNode): FilterNode => {
  conditions.add(node)
  return Object.freeze(node)
}

/** Tells whether a value is a condition made by {@link parseCondition} or {@link parseGroup}. @internal */
export const isFilterNode = (value: unknown): value is FilterNode => conditions.has(value as FilterNode)

/** Like {@link parseCompare}, for a condition handed to a callback. @internal */
export const parseCondition = (field: unknown, op: unknown, value: unknown): FilterNode =>
  condition(parseCompare('where', field, op, value))

/** @internal */
export function parseGroup(kind: 'and' | 'or', items: unknown): FilterNode {
  if (!Array.isArray(items) || !items.length || !items.every(isFilterNode)) {
    fail(`${kind}()`, "takes a non-empty array of conditions made by the callback's argument")
  }
  return condition({ kind, items: Object.freeze([...(items as FilterNode[])]) })
}

/** @internal */
export function parseDirection(field: string, direction: unknown): Direction {
  if (direction !== 'asc' && direction !== 'desc') fail(`orderBy(${show(field)})`, `the direction is ${show(direction)}; use "asc" or "desc"`, field)
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
