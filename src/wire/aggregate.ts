// The body and answer of POST /v1/{entity}/aggregate: `{ aggregate: [{ field, function }], filter,
// groupBy }` answered with `data.{ count, aggregates, groups?, meta: { totalRecords,
// recordsProcessed, truncated } }`.
import { ResponseError } from '../errors/response-error.js'
import type { Answer } from './read-answer.js'
import { isJsonObject } from './json.js'

/**
 * A function of an aggregate: `count` on any field, the others on numeric ones.
 *
 * @example
 * ```ts
 * const fn: AggregateFunction = 'sum'
 * ```
 * @category Operations
 */
export type AggregateFunction = 'count' | 'sum' | 'avg' | 'min' | 'max'

/** Every aggregate function, for checks at run time. @internal */
export const aggregateFunctions: readonly AggregateFunction[] = ['count', 'sum', 'avg', 'min', 'max']

/** The most fields one aggregate groups by. @internal */
export const maxGroupBy = 5

/**
 * What an aggregate answers, read as documented.
 *
 * @internal
 */
export interface AggregateAnswer {
  readonly count: number
  readonly aggregates: Record<string, Record<string, number>>
  readonly groups: Record<string, unknown>[] | undefined
  readonly truncated: boolean
  readonly totalRecords: number | undefined
  readonly recordsProcessed: number | undefined
}

/**
 * The body of an aggregate: the functions per field, the filter, the fields to group by.
 *
 * @internal
 */
export function encodeAggregateBody(
  spec: readonly (readonly [field: string, fn: AggregateFunction])[],
  filter: unknown,
  groupBy: readonly string[],
): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  if (spec.length > 0) body.aggregate = spec.map(([field, fn]) => ({ field, function: fn }))
  if (filter !== undefined) body.filter = filter
  if (groupBy.length > 0) body.groupBy = groupBy.length === 1 ? groupBy[0] : [...groupBy]
  return body
}

/**
 * Reads an aggregate's answer; `truncated` is `meta.truncated` (numeric functions and groups read at
 * most 5000 records).
 *
 * @internal
 */
export function aggregateOf(answer: Answer): AggregateAnswer {
  const { data } = answer
  const fail = (problem: string): never => {
    throw new ResponseError(problem, { status: answer.status, method: answer.method, path: answer.path })
  }
  if (!isJsonObject(data) || typeof data.count !== 'number') return fail('with `data.count` that is not a number')
  const aggregates = data.aggregates ?? {}
  if (!isJsonObject(aggregates)) return fail('with `data.aggregates` that is not an object')
  if (data.groups !== undefined && !Array.isArray(data.groups)) return fail('with `data.groups` that is not an array')
  const meta = isJsonObject(data.meta) ? data.meta : {}
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined)
  return {
    count: data.count,
    aggregates: aggregates as AggregateAnswer['aggregates'],
    groups: data.groups as AggregateAnswer['groups'],
    truncated: meta.truncated === true,
    totalRecords: number(meta.totalRecords),
    recordsProcessed: number(meta.recordsProcessed),
  }
}
