/**
 * A JSON value of a compiled filter.
 *
 * @category Types
 * @example
 * ```ts
 * const value: WireValue = { $in: ['NEW', 'WON'] }
 * ```
 */
export type WireValue = string | number | boolean | readonly WireValue[] | { readonly [key: string]: WireValue }

/**
 * The `filter` object of a search body, in the service's `$` operator syntax (with the prefix
 * syntax for colliding conditions and `$or` for OR groups).
 *
 * @category Types
 * @example
 * ```ts
 * const filter: WireFilter = { companyId: 15, amount: { $gte: 1, $lte: 9 } }
 * ```
 */
export interface WireFilter {
  readonly [key: string]: WireValue
}

/**
 * The JSON body of `POST /v1/{entity}/search`. Only what the query set is present, in this key order.
 *
 * @category Types
 * @example
 * ```ts
 * const body: SearchBody = { filter: { companyId: 15 }, order: { lastName: 'asc' }, limit: 10 }
 * ```
 */
export interface SearchBody {
  /** Conditions, ANDed. */
  filter?: WireFilter
  /** Sort keys in order: field → `'asc' | 'desc'`. */
  order?: { [field: string]: 'asc' | 'desc' }
  /** The fields to return. */
  select?: string[]
  /** At most this many rows (1..5000; the service's default is 50). */
  limit?: number
  /** Skip this many rows. */
  offset?: number
}
