import type { FilterNode } from '../node/filter-node.js'
import { QueryError } from '../errors/query-error.js'
import { parseCondition, parseGroup } from '../parse/parse.js'
import type { ConditionForms, FilterableField } from './operand.js'

declare const rowOf: unique symbol

/**
 * A condition on rows of type `R`, made by a {@link ConditionBuilder}: pass it to `or`, `and`, or
 * return it from the callback of `where`. Opaque: its contents are the library's business.
 *
 * @example
 * ```ts
 * contacts().where((w) => w.or([w('typeId', 'CLIENT'), w('typeId', 'PARTNER')]))
 * ```
 * @category Filters
 */
export interface Condition<R> {
  /**
   * Ties the condition to its row type, so that a condition of another entity is refused while one
   * made for the built-in row serves a query that adds custom fields, and the other way round
   * (compared both ways, as a method's parameter is).
   */
  readonly [rowOf]?: { bivariant(row: R): void }['bivariant']
}

/**
 * The argument of `where`'s callback: call it like `where` to make a condition, and combine
 * conditions with `or` and `and` (nested as deep as needed).
 *
 * @typeParam R - The entity's row type.
 * @typeParam X - Fields the service does not filter on (the entity schema's `unfilterable`).
 * @typeParam W - The fields it takes: {@link FilterableField} of `R` less `X`, or the entity
 *   schema's own `filterable` list (read rather than worked out again).
 * @example OR of two conditions
 * ```ts
 * contacts().where((w) => w.or([w('companyId', 15), w('createdTime', '>=', '2026-01-01')]))
 * // { "filter": { "$or": [{ "companyId": 15 }, { "createdTime": { "$gte": "2026-01-01" } }] } }
 * ```
 * @example An OR of equalities on one field becomes $in
 * ```ts
 * contacts().where((w) => w.or([w('typeId', 'CLIENT'), w('typeId', 'PARTNER')]))
 * // { "filter": { "typeId": { "$in": ["CLIENT", "PARTNER"] } } }
 * ```
 * @category Filters
 */
export interface ConditionBuilder<R, X extends PropertyKey = never, W extends string = FilterableField<R, X>> {
  /**
   * Makes a condition, as `where` takes it: `(field, value)` for an exact match,
   * `(field, operator, operand)` otherwise.
   *
   * @param field - A filterable field of the entity.
   * @param condition - The value the field must equal, or an operator the field's type accepts and
   *   its operand (an array for `in`, a string for `contains`).
   * @returns The condition.
   * @throws {@link QueryError} on an invalid field name, operator or value.
   */
  <F extends W, L extends number = number>(
    field: F,
    ...condition: ConditionForms<R[F & keyof R], L>['args']
  ): Condition<R>
  /**
   * Makes a condition that holds when at least one of `conditions` holds. OR groups ANDed together
   * are sent one inside every branch of the other, so their branches multiply: `where` refuses a
   * filter of more than 256 `$or` branches in all.
   *
   * @param conditions - A non-empty array of conditions.
   * @returns The OR group.
   * @throws {@link QueryError} when the array is empty.
   * @example
   * ```ts
   * deals().where((w) => w.or([w('stageId', 'WON'), w('amount', '>=', 100000)]))
   * // { "filter": { "$or": [{ "stageId": "WON" }, { "amount": { "$gte": 100000 } }] } }
   * ```
   */
  or(conditions: readonly Condition<R>[]): Condition<R>
  /**
   * Makes a condition that holds when all of `conditions` hold (for AND groups inside an OR).
   *
   * @param conditions - A non-empty array of conditions.
   * @returns The AND group.
   * @throws {@link QueryError} when the array is empty.
   * @example
   * ```ts
   * deals().where((w) => w.or([w('stageId', 'WON'), w.and([w('stageId', 'EXECUTING'), w('amount', '>', 0)])]))
   * // { "filter": { "$or": [{ "stageId": "WON" }, { "stageId": "EXECUTING", "amount": { "$gt": 0 } }] } }
   * ```
   */
  and(conditions: readonly Condition<R>[]): Condition<R>
}

/**
 * The one runtime condition builder; `ConditionBuilder<R>` only types it per entity.
 *
 * @internal
 */
export const conditionBuilder = Object.freeze(
  Object.assign(
    (field: unknown, opOrValue: unknown, ...rest: unknown[]): FilterNode => {
      if (rest.length > 1)
        throw new QueryError(`w(): takes (field, value) or (field, operator, value), not ${rest.length + 2} arguments`)
      return rest.length === 0 ? parseCondition(field, '=', opOrValue) : parseCondition(field, opOrValue, rest[0])
    },
    {
      or: (conditions: unknown): FilterNode => parseGroup('or', conditions),
      and: (conditions: unknown): FilterNode => parseGroup('and', conditions),
    },
  ),
) as unknown as ConditionBuilder<never>
