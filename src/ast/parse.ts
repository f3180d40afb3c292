// Turns untrusted builder input into frozen nodes, or throws QueryError naming the method, the
// field and the reason. TypeScript callers are stopped earlier by the types; these checks are for
// JavaScript callers and values typed `any`.
import { QueryError } from '../errors/query-error.js'
import type { CompareNode, FilterNode, ScalarValue } from './filter-node.js'
import { isOperator, operators, type Operator } from './operator.js'
import type { Direction } from './search-node.js'

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/
const reserved = new Set(['__proto__', 'constructor', 'prototype'])
const entityPath = /^[A-Za-z][A-Za-z0-9_-]*(\/[A-Za-z0-9_-]+)*$/

/** The largest `limit` the service accepts. @internal */
export const maxLimit = 5000

const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'bigint') return `${value}n`
  if (value instanceof Date) return 'Invalid Date'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object' && value !== null) return 'an object'
  return String(value)
}

/** @internal */
export function parseEntity(name: unknown): string {
  if (typeof name !== 'string' || !entityPath.test(name) || name.includes('..')) {
    throw new QueryError(
      `entity(${show(name)}): an entity is a plural name from the path /v1/{entity}, such as "contacts" or "items/128"`,
    )
  }
  return name
}

// Names that passed the checks below; most queries repeat a handful of field names.
const validFields = new Set<string>()

/** @internal */
export function parseField(method: string, field: unknown): string {
  if (validFields.has(field as string)) return field as string
  if (typeof field !== 'string' || !identifier.test(field)) {
    throw new QueryError(
      `${method}(${show(field)}): a field name is a plain identifier (letters, digits and _, not starting with a digit); operators go in the next argument`,
      typeof field === 'string' ? field : undefined,
    )
  }
  if (reserved.has(field)) throw new QueryError(`${method}(${show(field)}): "${field}" is a reserved name, not a field`, field)
  if (validFields.size < 1000) validFields.add(field)
  return field
}

const scalarProblem = (value: unknown, op: Operator): string | undefined => {
  if (value === undefined) return 'the value is undefined'
  if (value === null) return 'the value is null (filtering on empty values is not documented by the service)'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'the value is an invalid Date' : undefined
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? undefined : `the value is ${value}; pass a finite number`
    case 'string':
      return undefined
    case 'boolean':
      return op === '=' || op === '!=' || op === 'in' ? undefined : `operator "${op}" does not take a boolean`
    default:
      return `the value is ${show(value)}; pass a string, number, boolean or Date`
  }
}

const compareProblem = (op: Operator, value: unknown): string | undefined => {
  if (op === 'contains') {
    if (typeof value !== 'string' || value === '') return `"contains" takes a non-empty string, not ${show(value)}`
    return undefined
  }
  if (op !== 'in') return scalarProblem(value, op)
  if (!Array.isArray(value)) return `"in" takes an array of values, not ${show(value)}`
  if (value.length === 0) return '"in" takes a non-empty array (an empty one would match nothing)'
  for (const [index, item] of value.entries()) {
    const problem = scalarProblem(item, op)
    if (problem !== undefined) return `item ${index} of "in": ${problem}`
  }
  return undefined
}

/** @internal */
export function parseCompare(method: string, field: unknown, op: unknown, value: unknown): CompareNode {
  const name = parseField(method, field)
  if (!isOperator(op)) {
    throw new QueryError(
      `${method}(${show(name)}): unknown operator ${show(op)}; use one of ${Object.keys(operators).map((o) => `"${o}"`).join(', ')}`,
      name,
    )
  }
  const problem = compareProblem(op, value)
  if (problem !== undefined) throw new QueryError(`${method}(${show(name)}, ${show(op)}): ${problem}`, name)
  const stored = Array.isArray(value) ? Object.freeze([...(value as ScalarValue[])]) : (value as ScalarValue)
  return Object.freeze({ kind: 'compare', field: name, op, value: stored })
}

/** Tells whether a value is a node made by this module. @internal */
export const isFilterNode = (value: unknown): value is FilterNode =>
  typeof value === 'object' &&
  value !== null &&
  Object.isFrozen(value) &&
  ['compare', 'and', 'or'].includes((value as { kind?: unknown }).kind as string)

/** @internal */
export function parseGroup(kind: 'and' | 'or', items: unknown): FilterNode {
  if (!Array.isArray(items) || items.length === 0) {
    throw new QueryError(`${kind}(): takes a non-empty array of conditions built by the callback's argument`)
  }
  for (const [index, item] of items.entries()) {
    if (!isFilterNode(item)) {
      throw new QueryError(`${kind}(): item ${index} is ${show(item)}, not a condition built by the callback's argument`)
    }
  }
  return Object.freeze({ kind, items: Object.freeze([...(items as FilterNode[])]) })
}

/** @internal */
export function parseDirection(field: string, direction: unknown): Direction {
  if (direction === 'asc' || direction === 'desc') return direction
  throw new QueryError(`orderBy(${show(field)}): the direction is ${show(direction)}; use "asc" or "desc"`, field)
}

/** @internal */
export function parseLimit(limit: unknown): number {
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
    throw new QueryError(`limit(${show(limit)}): takes an integer from 1 to ${maxLimit}`)
  }
  return limit
}

/** @internal */
export function parseOffset(offset: unknown): number {
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    throw new QueryError(`offset(${show(offset)}): takes an integer of 0 or more`)
  }
  return offset
}
