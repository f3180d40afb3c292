import { TruncatedError } from '../errors/truncated-error.js'
import { QueryError } from '../errors/query-error.js'
import { ResponseError } from '../errors/response-error.js'
import type { SearchNode } from '../node/search-node.js'
import { guarded, parseField, show } from '../parse/parse.js'
import type { EntitySchema } from '../schema/entity-schema.js'
import {
  aggregateFunctions,
  aggregateOf,
  encodeAggregateBody,
  maxGroupBy,
  type AggregateFunction,
} from '../wire/aggregate.js'
import { encodeFilter } from '../wire/encode-filter.js'
import { entityPath } from '../wire/paths.js'
import type { CompiledRequest, UnbatchableOperation } from './operation.js'

type CustomField<R, E extends EntitySchema> = Exclude<keyof R, keyof E['row'] | '_included'>

/**
 * The fields `sum`, `avg`, `min` and `max` take: the entity's aggregatable fields, and numeric
 * custom fields.
 *
 * @example
 * ```ts
 * type F = NumericField<Deal, DealSchema> // 'amount'
 * ```
 * @category Operations
 */
export type NumericField<R, E extends EntitySchema> =
  | (E['aggregatable'] & keyof R)
  | { [K in CustomField<R, E>]-?: NonNullable<R[K]> extends number ? K : never }[CustomField<R, E>]

/**
 * The fields `groupBy` takes: the entity's groupable fields, and custom fields of any type.
 *
 * @example
 * ```ts
 * type G = GroupableField<Deal, DealSchema> // 'stageId' | 'categoryId' | …
 * ```
 * @category Operations
 */
export type GroupableField<R, E extends EntitySchema> = (E['groupable'] & keyof R) | CustomField<R, E>

/**
 * What to compute, per field: `count` on any field, `sum`, `avg`, `min`, `max` on numeric ones.
 *
 * @example
 * ```ts
 * const spec: AggregateSpec<Deal, DealSchema> = { amount: ['sum', 'avg'] }
 * ```
 * @category Operations
 */
export type AggregateSpec<R, E extends EntitySchema> = {
  readonly [F in Exclude<keyof R, '_included'> & string]?: readonly (F extends NumericField<R, E>
    ? AggregateFunction
    : 'count')[]
}

/**
 * The figures of an aggregate, per field and function.
 *
 * @example
 * ```ts
 * type A = Aggregates<{ amount: ['sum', 'avg'] }> // { amount: { sum: number; avg: number } }
 * ```
 * @category Operations
 */
export type Aggregates<Spec> = {
  -readonly [F in keyof Spec]-?: {
    [Fn in NonNullable<Spec[F]> extends readonly (infer A)[] ? A & string : never]: number
  }
}

/**
 * What an aggregate answers. `truncated` is `true` when the service computed the functions over only
 * the first 5000 of the matching records: never silent, and `{ exact: true }` makes it throw.
 *
 * @example
 * ```ts
 * const result: AggregateResult<{ amount: ['sum'] }> = { count: 3, aggregates: { amount: { sum: 30 } }, truncated: false }
 * ```
 * @category Operations
 */
export interface AggregateResult<Spec> {
  /** How many records match the filter (exact, whatever `truncated` says). */
  count: number
  /** The figures per field and function. */
  aggregates: Aggregates<Spec>
  /** Whether the figures cover only part of the records. */
  truncated: boolean
  /** How many records matched, when the service said. */
  totalRecords?: number
  /** How many records the figures cover, when the service said. */
  recordsProcessed?: number
}

/**
 * One group of a grouped aggregate: the grouped fields' values, the group's count and figures (a
 * group may lack a function's figure: the docs' own example shows groups with fewer).
 *
 * @example
 * ```ts
 * const group: AggregateGroup<Deal, 'stageId', { amount: ['sum'] }> = { stageId: 'WON', count: 2, aggregates: { amount: { sum: 20 } } }
 * ```
 * @category Operations
 */
export type AggregateGroup<R, G extends keyof R, Spec> = { [K in G]: R[K] } & {
  /** How many records the group holds. */
  count: number
  /** The group's figures; a field's or a function's figure may be missing. */
  aggregates: { [F in keyof Aggregates<Spec>]?: Partial<Aggregates<Spec>[F]> }
}

/**
 * What a grouped aggregate answers: the figures over every record, and one entry per group.
 *
 * @example
 * ```ts
 * type R = GroupedResult<Deal, 'stageId', { amount: ['sum'] }>['groups'][number]['stageId'] // string | null
 * ```
 * @category Operations
 */
export interface GroupedResult<R, G extends keyof R, Spec> extends AggregateResult<Spec> {
  /** One entry per combination of the grouped fields' values. */
  groups: AggregateGroup<R, G, Spec>[]
}

/**
 * Options of an aggregate.
 *
 * @example
 * ```ts
 * const options: AggregateOptions = { exact: true }
 * ```
 * @category Operations
 */
export interface AggregateOptions {
  /**
   * Throw {@link TruncatedError} instead of answering `truncated: true` when the figures cover
   * only part of the records (the service reads at most 5000 for sums, averages and groups).
   *
   * @defaultValue `false`
   */
  readonly exact?: boolean | undefined
}

/**
 * An aggregate: `POST /v1/{entity}/aggregate` with the query's filter, functions per field and, after
 * `groupBy`, groups. Made by a query's `aggregate(spec)`. Not a batch call (the service's batch has
 * no aggregate action).
 *
 * @typeParam R - The row.
 * @typeParam E - The entity's schema.
 * @typeParam Spec - The functions per field.
 * @typeParam G - The fields grouped by (`never` until `groupBy`).
 * @example
 * ```ts
 * const byStage = deals().where('categoryId', 0).aggregate({ amount: ['sum', 'avg'] }).groupBy('stageId')
 * byStage.toBody()
 * // { aggregate: [{ field: 'amount', function: 'sum' }, { field: 'amount', function: 'avg' }], filter: { categoryId: 0 }, groupBy: 'stageId' }
 * ```
 * @category Operations
 */
export interface AggregateOperation<R, E extends EntitySchema, Spec, G extends keyof R = never>
  extends UnbatchableOperation<[G] extends [never] ? AggregateResult<Spec> : GroupedResult<R, G, Spec>> {
  /**
   * Groups the records by 1 to 5 fields; the answer gains `groups`, one per combination of values.
   *
   * @typeParam F - The fields, inferred.
   * @param fields - Groupable fields of the entity, or custom fields.
   * @returns A new aggregate with groups.
   * @throws {@link QueryError} for no field, more than 5, or an invalid name.
   * @example
   * ```ts
   * deals().aggregate({ amount: ['sum'] }).groupBy('stageId', 'categoryId').toBody()
   * // { aggregate: [{ field: 'amount', function: 'sum' }], groupBy: ['stageId', 'categoryId'] }
   * ```
   */
  groupBy<F extends GroupableField<R, E> & string>(
    ...fields: [F] | [F, F] | [F, F, F] | [F, F, F, F] | [F, F, F, F, F]
  ): AggregateOperation<R, E, Spec, F>
  /**
   * The JSON body sent.
   *
   * @example
   * ```ts
   * contacts().aggregate({ id: ['count'] }).toBody() // { aggregate: [{ field: 'id', function: 'count' }] }
   * ```
   */
  toBody(): Record<string, unknown>
  /**
   * The same as `toBody`, so `JSON.stringify` prints the body.
   *
   * @example
   * ```ts
   * JSON.stringify(contacts().aggregate({}))  // '{}'
   * ```
   */
  toJSON(): Record<string, unknown>
}

// The spec as [field, function] pairs, checked; lists read by index.
function parseSpec(spec: unknown): [string, AggregateFunction][] {
  return guarded('aggregate', () => {
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
      throw new QueryError("aggregate(): takes an object of functions per field, such as { amount: ['sum'] }")
    }
    const pairs: [string, AggregateFunction][] = []
    for (const field of Object.keys(spec)) {
      const name = parseField('aggregate', field)
      const functions = (spec as Record<string, unknown>)[field]
      if (!Array.isArray(functions) || functions.length === 0)
        throw new QueryError(`aggregate("${name}"): takes a non-empty array of functions`, name)
      for (let index = 0; index < functions.length; index++) {
        const fn = functions[index] as AggregateFunction
        if (!aggregateFunctions.includes(fn)) {
          throw new QueryError(
            `aggregate("${name}"): unknown function ${show(fn)}; use ${aggregateFunctions.join(', ')}`,
            name,
          )
        }
        if (!pairs.some(([f, g]) => f === name && g === fn)) pairs.push([name, fn])
      }
    }
    return pairs
  })
}

/**
 * Makes an aggregate over a search node.
 *
 * @internal
 */
export function aggregateOperation(
  node: SearchNode,
  spec: unknown,
  options: AggregateOptions | undefined,
  groupBy: readonly string[] = [],
): AggregateOperation<never, EntitySchema, unknown> {
  const pairs = parseSpec(spec)
  const exact = options?.exact === true
  const path = entityPath(node.entity, 'aggregate')
  const toBody = () => encodeAggregateBody(pairs, node.where.length > 0 ? encodeFilter(node.where) : undefined, groupBy)
  const compile = (): CompiledRequest<unknown> => ({
    method: 'POST',
    path,
    body: toBody(),
    idempotent: true,
    decode(answer) {
      const read = aggregateOf(answer)
      const { count, aggregates, groups, totalRecords, recordsProcessed } = read
      // Functions or groups over fewer records than matched are truncated, whether or not the flag says so.
      const partial =
        (pairs.length > 0 || groupBy.length > 0) && recordsProcessed !== undefined && totalRecords !== undefined
      const truncated = read.truncated || (partial && recordsProcessed < totalRecords)
      if (truncated && exact) throw new TruncatedError({ path, totalRecords, recordsProcessed })
      for (const [field, fn] of pairs) {
        if (typeof aggregates[field]?.[fn] !== 'number') {
          const { status, method } = answer
          throw new ResponseError(`with no number for ${fn}(${field}) in \`data.aggregates\``, { status, method, path })
        }
      }
      if (groupBy.length > 0 && groups === undefined) {
        const { status, method } = answer
        throw new ResponseError(`with no \`data.groups\` for an aggregate grouped by ${groupBy.join(', ')}`, {
          status,
          method,
          path,
        })
      }
      return {
        count,
        aggregates,
        // A group without figures (a groupBy with no functions) answers none: read as an empty object.
        ...(groupBy.length > 0
          ? { groups: groups?.map((group) => ({ ...group, aggregates: group.aggregates ?? {} })) }
          : {}),
        truncated,
        ...(totalRecords === undefined ? {} : { totalRecords }),
        ...(recordsProcessed === undefined ? {} : { recordsProcessed }),
      }
    },
  })
  return Object.freeze({
    compile,
    toBody,
    toJSON: toBody,
    groupBy(...fields: unknown[]) {
      if (fields.length === 0 || fields.length > maxGroupBy) {
        throw new QueryError(`groupBy(): takes 1 to ${maxGroupBy} fields, not ${fields.length}`)
      }
      const names = fields.map((field) => parseField('groupBy', field))
      return aggregateOperation(node, spec, options, [...new Set(names)])
    },
  }) as unknown as AggregateOperation<never, EntitySchema, unknown>
}
