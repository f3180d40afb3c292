import type { FilterNode } from '../node/filter-node.js'
import {
  fail,
  guarded,
  isFilterNode,
  isPlain,
  parseCompare,
  parseDirection,
  parseField,
  parseInclude,
  parseLimit,
  parseOffset,
  show,
} from '../parse/parse.js'
import { freezeNode, withNode, type SearchNode } from '../node/search-node.js'
import { QueryError } from '../errors/query-error.js'
import { compileSearch } from '../operations/search.js'
import { countOperation, type CountOperation } from '../operations/count.js'
import {
  aggregateOperation,
  type AggregateOperation,
  type AggregateOptions,
  type AggregateSpec,
} from '../operations/aggregate.js'
import type { BatchableOperation, CompiledRequest } from '../operations/operation.js'
import { encodeSearchBody, maxRelations, type SearchBody } from '../wire/search-body.js'
import { checkOr, countOr, type OrCount } from '../wire/encode-filter.js'
import { conditionBuilder, type Condition, type ConditionBuilder } from '../filter/condition-builder.js'
import type { ConditionForms, OrderByField, WhereField } from '../filter/operand.js'
import type { EntitySchema, SchemaOf, WithIncluded } from '../schema/entity-schema.js'
import type { Simplify } from '../util/type-utils.js'

declare const rowType: unique symbol

// A field `select` takes: any of the row's but `_included`, which `include` fills. Applied to the
// fields written rather than to every field of the row, so a wide row costs nothing more.
type Selectable<F> = F extends '_included' ? never : F

/**
 * The row a query returns: the selected fields of `R`, or the whole row when nothing is selected.
 *
 * @typeParam R - The entity's row type.
 * @typeParam S - The selected fields (`never` when none).
 * @example
 * ```ts
 * type Row = Selection<Contact, 'id' | 'name'> // { id: number; name: string | null }
 * ```
 * @category Types
 */
export type Selection<R, S extends keyof R> = [S] extends [never] ? Simplify<R> : Simplify<Pick<R, S | IncludedKey<R>>>

// `_included` when `include` added it to the row: one lookup, not a pass over every key of the row.
type IncludedKey<R> = R extends { readonly _included: unknown } ? '_included' & keyof R : never

/**
 * A search query on one entity: a chain of `where`, `orderBy`, `select`, `limit` and `offset` that
 * compiles to the JSON body of `POST /v1/{entity}/search`.
 *
 * Builders are immutable: every method returns a new builder and leaves the one it was called on
 * unchanged, so a base query can branch into variants. Building does no I/O and needs no client.
 * Invalid input throws {@link QueryError} at once, before anything is sent.
 *
 * @typeParam R - The entity's row type.
 * @typeParam S - The fields selected so far (`never` until `select` is called).
 * @typeParam E - The entity's schema: which fields filter, the relations, the aggregatable fields.
 * @example
 * ```ts
 * import { contacts } from 'vibecode-query'
 *
 * const q = contacts().where('companyId', 15).orderBy('lastName').select('id', 'name').limit(10)
 * JSON.stringify(q)
 * // {"filter":{"companyId":15},"order":{"lastName":"asc"},"select":["id","name"],"limit":10}
 * ```
 * @category Builder
 */
export interface SearchBuilder<R, S extends keyof R = never, E extends EntitySchema = SchemaOf<R & object>>
  extends BatchableOperation<Selection<R, S>[]> {
  /** Type-level only: the row this query returns, read by {@link InferRow}. */
  readonly [rowType]?: Selection<R, S>

  /** The plural entity name of the path, e.g. `contacts` for `/v1/contacts/search`. */
  readonly entity: string

  /**
   * Adds a condition: `where(field, value)` for an exact match, `where(field, operator, operand)`
   * otherwise. Which operators a field accepts, and the operand's type, follow the field's type:
   * ranges on numbers and dates, `contains` on strings, `in` and `not in` with a non-empty array of
   * the field's type. Conditions from several calls are ANDed; none is ever dropped.
   *
   * @typeParam F - The field, inferred from `field`.
   * @param field - A filterable field of the entity.
   * @param condition - The value the field must equal (a `Date` or ISO 8601 string for dates), or
   *   an operator ({@link OperatorFor} lists those the field takes) and its operand.
   * @returns A new builder with the condition added.
   * @throws {@link QueryError} on an invalid field name, operator or value (`undefined`, `NaN`,
   *   `null`, an empty array, …).
   * @example
   * ```ts
   * contacts().where('companyId', 15)
   * // { "filter": { "companyId": 15 } }
   * contacts().where('createdTime', '>=', new Date('2026-01-01')).where('typeId', 'in', ['CLIENT', 'PARTNER'])
   * // { "filter": { "createdTime": { "$gte": "2026-01-01T00:00:00.000Z" },
   * //               "typeId": { "$in": ["CLIENT", "PARTNER"] } } }
   * ```
   * @group Filtering
   */
  where<F extends WhereField<R, E>, L extends number = number>(
    field: F,
    ...condition: ConditionForms<R[F], L>['args']
  ): this
  /**
   * Adds a group of conditions built by a callback: OR groups, with AND groups nested inside.
   *
   * The service takes one `$or` per object, so an OR group ANDed after others (in this call or an
   * earlier one, at any depth) is sent once in every branch of the groups before it. The filter may
   * hold at most 256 `$or` branches in all, copies included (7 ANDed groups of two make 254; an OR of
   * equalities on one field is sent as `$in` and makes none); the call that would pass them throws.
   *
   * @param build - Receives a {@link ConditionBuilder} and returns a condition.
   * @returns A new builder with the condition added.
   * @throws {@link QueryError} on an empty group, invalid input inside it, or more than 256 `$or`
   *   branches in all, with the number of groups and of branches they would make. An error the
   *   callback itself throws goes through unchanged.
   * @example
   * ```ts
   * contacts().where((w) =>
   *   w.or([w('typeId', 'CLIENT'), w.and([w('typeId', 'PARTNER'), w('opened', true)])]),
   * )
   * // { "filter": { "$or": [{ "typeId": "CLIENT" }, { "typeId": "PARTNER", "opened": true }] } }
   * ```
   * @group Filtering
   */
  where(build: (w: ConditionBuilder<R, E['unfilterable'], WhereField<R, E>>) => Condition<R>): this

  /**
   * Sorts by a field. Keys apply in call order; ordering by the same field again replaces its
   * direction in place.
   *
   * @typeParam F - The field, inferred from `field`.
   * @param field - A field of type number, string, date or boolean.
   * @param direction - `'asc'` or `'desc'`.
   * @defaultValue direction: `'asc'`
   * @returns A new builder with the sort key added.
   * @throws {@link QueryError} on an invalid field name or direction.
   * @example
   * ```ts
   * contacts().orderBy('lastName').orderBy('id', 'desc')
   * // { "order": { "lastName": "asc", "id": "desc" } }
   * ```
   * @group Ordering
   */
  orderBy<F extends OrderByField<R, E>>(field: F, direction?: 'asc' | 'desc'): this

  /**
   * Selects the fields to return and narrows the row type to them. Several calls accumulate;
   * duplicates are sent once. Without any call the service returns, and the type promises, the
   * whole row.
   *
   * @typeParam F - The selected fields, inferred from `fields`.
   * @param fields - One or more fields of the entity.
   * @returns A new builder whose rows hold the selected fields only.
   * @throws {@link QueryError} when called with no field or an invalid field name.
   * @example
   * ```ts
   * const q = contacts().select('id', 'name').select('lastName')
   * // { "select": ["id", "name", "lastName"] }
   * type Row = InferRow<typeof q> // { id: number; name: string | null; lastName: string | null }
   * ```
   * @group Selecting
   */
  select<F extends keyof R & string>(
    ...fields: [F] extends [never] ? [field: Selectable<F>] : Selectable<F>[]
  ): SearchBuilder<R, S | F, E>

  /**
   * Loads related records with each row, under `_included` (at most 3 relations; the service loads
   * them for at most 200 rows, so a query with relations takes `limit(200)` or less, and walks page
   * by 200). The types accept only relations the entity has; at run time any name is sent, and the
   * service refuses an unknown one (`INVALID_INCLUDE`).
   *
   * @typeParam K - The relations, inferred.
   * @param relations - Relation names of the entity, e.g. `'contact'`, `'company'` for deals.
   * @returns A new builder whose rows carry `_included`.
   * @throws {@link QueryError} for more than 3 relations or an invalid name.
   * @example
   * ```ts
   * const q = deals().select('id', 'title').include('contact', 'company').limit(20)
   * // { "select": ["id", "title"], "include": ["contact", "company"], "limit": 20 }
   * type Row = InferRow<typeof q>
   * // { id: number; title: string | null; _included: { contacts: (Contact & LinkFields)[]; company: Company | null } }
   * ```
   * @group Selecting
   */
  include<K extends keyof E['relations'] & string>(
    ...relations: [K, ...K[]]
  ): SearchBuilder<R & WithIncluded<E, K>, S, E>

  /**
   * Sets how many rows to return. The service's default is 50.
   *
   * @param limit - An integer from 1 to 5000.
   * @returns A new builder with the limit set.
   * @throws {@link QueryError} outside 1..5000 or for a non-integer.
   * @example
   * ```ts
   * contacts().limit(10)
   * // { "limit": 10 }
   * ```
   * @group Paging
   */
  limit(limit: number): this

  /**
   * Sets how many matching rows to skip. The service advises `limit <= 500` with an offset.
   *
   * @param offset - An integer of 0 or more.
   * @returns A new builder with the offset set.
   * @throws {@link QueryError} for a negative or non-integer offset.
   * @example
   * ```ts
   * contacts().limit(100).offset(200)
   * // { "limit": 100, "offset": 200 }
   * ```
   * @group Paging
   */
  offset(offset: number): this

  /**
   * Compiles the query to the JSON body of `POST /v1/{entity}/search`: `filter`, `order`,
   * `select`, `include`, `limit`, `offset` in this order, each only when set. Every call returns a
   * fresh object.
   *
   * @returns The search body.
   * @throws {@link QueryError} when conditions on one field contradict or cannot be merged exactly,
   *   or relations are asked for more than 200 rows.
   * @example
   * ```ts
   * contacts().where('companyId', 15).orderBy('lastName').limit(10).toBody()
   * // { filter: { companyId: 15 }, order: { lastName: 'asc' }, limit: 10 }
   * ```
   * @group Compiling
   */
  toBody(): SearchBody

  /**
   * The same body as {@link SearchBuilder.toBody}, so `JSON.stringify(query)` prints the request body.
   *
   * @returns The search body.
   * @example
   * ```ts
   * JSON.stringify(contacts().where('companyId', 15))
   * // '{"filter":{"companyId":15}}'
   * ```
   * @group Compiling
   */
  toJSON(): SearchBody

  /**
   * Counts the records the query's filter matches: an operation that `client.execute` answers
   * with a number (`POST /v1/{entity}/aggregate`). Order, selection, limit and offset play no part.
   *
   * @returns The count operation.
   * @example
   * ```ts
   * const n = await client.execute(contacts().where('companyId', 15).count())
   * contacts().where('companyId', 15).count().toBody()
   * // { filter: { companyId: 15 } }
   * ```
   * @group Executing
   */
  count(): CountOperation

  /**
   * Computes figures over the records the query's filter matches: `count` on any field, `sum`,
   * `avg`, `min`, `max` on numeric ones (the entity's aggregatable fields and numeric custom
   * fields); `groupBy` splits them by field values. `client.execute` answers them typed, with
   * `truncated: true` when the service read only the first 5000 records (`{ exact: true }` throws
   * {@link TruncatedError} instead). Order, selection, limit and offset play no part.
   *
   * @typeParam Spec - The functions per field, inferred as written.
   * @param spec - Functions per field, e.g. `{ amount: ['sum', 'avg'] }`; `{}` counts only.
   * @param options - `exact: true` to refuse truncated figures.
   * @returns The aggregate operation.
   * @throws {@link QueryError} on an unknown function or an empty list, or a spec or options that
   *   are not plain objects. Both are read once, at the call: changing them later changes nothing.
   * @example
   * ```ts
   * const op = deals().where('categoryId', 0).aggregate({ amount: ['sum', 'avg'] }).groupBy('stageId')
   * const { count, aggregates, groups } = await client.execute(op)
   * // aggregates.amount.sum: number; groups: { stageId: string | null; count: number; aggregates: … }[]
   * ```
   * @group Executing
   */
  aggregate<const Spec extends AggregateSpec<R, E>>(
    spec: Spec,
    options?: AggregateOptions,
  ): AggregateOperation<R, E, Spec>

  /**
   * Compiles the query to the whole request `client.execute` sends: method, path, body, whether it
   * may be retried, and the decoder of its rows.
   *
   * @returns The compiled request.
   * @throws {@link QueryError} when conditions on one field contradict or cannot be merged exactly.
   * @example
   * ```ts
   * const { method, path, body } = contacts().where('companyId', 15).compile()
   * // method: 'POST', path: '/v1/contacts/search', body: { filter: { companyId: 15 } }
   * ```
   * @group Compiling
   */
  compile(): CompiledRequest<Selection<R, S>[]>

  /**
   * The query's frozen state, for the library's own modules (paging).
   *
   * @internal
   */
  toNode(): SearchNode
}

/**
 * The row type a query returns: the selected fields, or the whole row when nothing is selected.
 *
 * @typeParam Q - A query (`typeof q`).
 * @example
 * ```ts
 * import { contacts, type InferRow } from 'vibecode-query'
 *
 * const q = contacts().select('id', 'name')
 * type Row = InferRow<typeof q> // { id: number; name: string | null }
 * ```
 * @category Types
 */
export type InferRow<Q> = Q extends {
  /** The phantom row type every search carries. */
  readonly [rowType]?: infer Row
}
  ? Row
  : never

// The state is one node; each method returns a new builder over a new node (withNode), so nothing
// a builder holds ever changes, and what toNode hands out is frozen deeply first. Beside it, what
// the node's OR groups write, so that each where(callback) counts only its own condition.
class SearchBuilderImpl {
  readonly #node: SearchNode
  readonly #or: OrCount

  constructor(node: SearchNode, or: OrCount) {
    this.#node = node
    this.#or = or
  }

  #with(change: Partial<SearchNode>, or = this.#or): SearchBuilderImpl {
    return new SearchBuilderImpl(withNode(this.#node, change), or)
  }

  get entity(): string {
    return this.#node.entity
  }

  // A field name, checked against the entity's names when it was defined with them.
  #field(method: string, field: unknown): string {
    const name = parseField(method, field)
    this.#node.check?.(method, name)
    return name
  }

  #known(method: string, condition: FilterNode): void {
    if (!this.#node.check) return
    if (condition.kind === 'compare') this.#node.check(method, condition.field)
    else for (const item of condition.items) this.#known(method, item)
  }

  where(field: unknown, opOrValue?: unknown, value?: unknown): SearchBuilderImpl {
    let condition: FilterNode
    let or = this.#or
    // biome-ignore lint/complexity/noArguments: only the count tells `where('a', undefined)` from `where('a')`
    const count = arguments.length
    if (count === 3) {
      condition = parseCompare('where', field, opOrValue, value)
    } else if (count === 2) {
      condition = parseCompare('where', field, '=', opOrValue)
    } else if (count === 1 && typeof field === 'function') {
      condition = (field as (w: unknown) => FilterNode)(conditionBuilder)
      if (!isFilterNode(condition)) {
        throw new QueryError("where(callback): must return a condition made by the callback's argument")
      }
      or = checkOr('where(callback)', countOr([condition], { ...or }))
    } else {
      throw new QueryError(
        `where(): takes (field, value), (field, operator, value) or (callback), not ${count} arguments`,
      )
    }
    this.#known('where', condition)
    return this.#with({ where: [...this.#node.where, condition] }, or)
  }

  orderBy(field: unknown, direction: unknown = 'asc'): SearchBuilderImpl {
    const name = this.#field('orderBy', field)
    const key = [name, parseDirection(name, direction)] as const
    const order = [...this.#node.order]
    const at = order.findIndex((entry) => entry[0] === name)
    if (at < 0) order.push(key)
    else order[at] = key
    return this.#with({ order })
  }

  select(...fields: unknown[]): SearchBuilderImpl {
    if (fields.length === 0) throw new QueryError('select(): takes at least one field')
    const select = [...this.#node.select]
    // A set keeps a selection of many thousand fields linear.
    const seen = new Set(select)
    for (const field of fields) {
      const name = this.#field('select', field)
      if (!seen.has(name)) select.push(name)
      seen.add(name)
    }
    return this.#with({ select })
  }

  include(...relations: unknown[]): SearchBuilderImpl {
    return this.#with({ include: parseInclude(this.#node.include, relations, maxRelations) })
  }

  limit(limit: unknown): SearchBuilderImpl {
    return this.#with({ limit: parseLimit(limit) })
  }

  offset(offset: unknown): SearchBuilderImpl {
    return this.#with({ offset: parseOffset(offset) })
  }

  count(): CountOperation {
    return countOperation(this.#node)
  }

  aggregate(spec: unknown, options?: unknown): unknown {
    // Read once, here: the operation reads both again for each groupBy. A spec that is not a plain
    // object goes on as null, for the operation to refuse.
    const [copy, exact] = guarded('aggregate', () => {
      if (options !== undefined && !isPlain(options))
        fail('aggregate()', `takes { exact: true } or nothing as options, not ${show(options)}`)
      const copy = isPlain(spec) ? { ...spec } : null
      for (const key in copy) {
        const functions = copy[key]
        if (Array.isArray(functions))
          copy[key] = Array.from({ length: functions.length }, (_, index) => functions[index])
      }
      return [copy, (options as AggregateOptions | undefined)?.exact === true] as const
    })
    return aggregateOperation(this.#node, copy, { exact })
  }

  toBody(): SearchBody {
    return encodeSearchBody(this.#node)
  }

  toJSON(): SearchBody {
    return this.toBody()
  }

  compile(): CompiledRequest<unknown[]> {
    return compileSearch(this.#node)
  }

  toNode(): SearchNode {
    return freezeNode(this.#node)
  }
}

// The OR count of a query without conditions, shared: where(callback) counts into a copy.
const noOr: OrCount = Object.freeze({ groups: 0, branches: 0, product: 1 })

/**
 * Wraps a search node in a builder.
 *
 * @internal
 */
export function createSearchBuilder<R, E extends EntitySchema>(node: SearchNode): SearchBuilder<R, never, E> {
  const or = node.where.length ? countOr(node.where) : noOr
  return new SearchBuilderImpl(node, or) as unknown as SearchBuilder<R, never, E>
}
